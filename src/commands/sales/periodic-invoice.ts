/**
 * `sales.createPeriodicInvoice`: the month-end periodic invoice of a customer (CGI 289 I-3), grouping
 * every delivery note of the month not invoiced yet, through `sales.createInvoice`; its terms are at
 * most 45 days from its date (C. com. L441-10 I).
 */
import { z } from 'zod'
import { deliveriesOfMonth, invoiceableLines, periodicInvoiceTerms } from '@/domain'
import type { CommandDefinition } from '../command'
import { refuse } from '../refusal'
import { createInvoice } from './invoices'
import { idSchema } from './sales-inputs'
import { customerDocs, guardFigures, requireCustomer, requireDoc } from './sales-records'

export const createPeriodicInvoiceInput = z.object({
  customerId: idSchema,
  /** The month billed, 'YYYY-MM'. */
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
}).strict()
export type CreatePeriodicInvoiceInput = z.infer<typeof createPeriodicInvoiceInput>

/**
 * A draft invoice for all the delivery notes of `month` of the customer that still have something to
 * invoice; refused when there is none, or when the month has not started yet on the simulated clock.
 */
export const createPeriodicInvoice: CommandDefinition<CreatePeriodicInvoiceInput, { invoiceId: string; totalInclVatCents: number; deliveries: number; dueInDays: number }> = {
  name: 'sales.createPeriodicInvoice',
  input: createPeriodicInvoiceInput,
  async run(ctx, { customerId, month }) {
    const customer = await requireCustomer(ctx.db, customerId, false)
    if (`${month}-01` > ctx.simDate) refuse('sales-inbox.errors.futureMonth', { month, date: ctx.simDate })
    const docs = await customerDocs(ctx.db, customer.id)
    const invoices = docs.filter((d) => d.type === 'invoice')
    const open = deliveriesOfMonth(docs, customer.id, month)
      .filter((d) => invoiceableLines([d], invoices).some((line) => line.remaining > 0))
    if (open.length === 0) refuse('sales-inbox.errors.nothingInMonth', { month, name: customer.name })
    const created = await createInvoice.run(ctx, { deliveryIds: open.map((d) => d.id) })
    const draft = await requireDoc(ctx.db, created.invoiceId, ['invoice'])
    const terms = guardFigures(() => periodicInvoiceTerms(draft.paymentTerms ?? customer.customer!.paymentTerms, ctx.simDate))
    await ctx.db.salesDocs.update(draft.id, { paymentTerms: terms })
    return { invoiceId: created.invoiceId, totalInclVatCents: created.totalInclVatCents, deliveries: open.length, dueInDays: terms.kind === 'net' ? terms.days : -1 }
  },
}
