/**
 * `sales.createServiceInvoice`: a direct invoice for services (no order nor delivery note: a service
 * is billed once performed, CGI 289 I-3), as a draft validated by `sales.validateInvoice`.
 */
import { z } from 'zod'
import { operationNature, type SalesDoc } from '@/domain'
import type { CommandDefinition } from '../command'
import { refuse } from '../refusal'
import { deliveryAddressOf, discountsSchema, idSchema, lineInputSchema, snapshotLines } from './sales-inputs'
import { loadProducts, newDocId, priceFor, requireCustomer, requireSettings } from './sales-records'

export const createServiceInvoiceInput = z.object({
  customerId: idSchema,
  lines: z.array(lineInputSchema).min(1).max(200),
  discountsPercent: discountsSchema.optional(),
  earlyPaymentDiscountPercent: z.number().min(0).max(10).optional(),
  deliveryAddressIndex: z.number().int().min(0).max(50).optional(),
  customerPoNumber: z.string().max(60).optional(),
  notes: z.string().max(2000).optional(),
}).strict()
export type CreateServiceInvoiceInput = z.infer<typeof createServiceInvoiceInput>

/**
 * A draft invoice (unnumbered) of service lines only, at the customer's prices; a line of goods is
 * refused (goods are invoiced from their delivery note). The service is dated today (date of the sale).
 */
export const createServiceInvoice: CommandDefinition<CreateServiceInvoiceInput, { invoiceId: string; totalInclVatCents: number }> = {
  name: 'sales.createServiceInvoice',
  input: createServiceInvoiceInput,
  async run(ctx, input) {
    const settings = await requireSettings(ctx.db)
    const customer = await requireCustomer(ctx.db, input.customerId, false)
    const products = await loadProducts(ctx.db, input.lines.map((l) => l.productId))
    for (const product of products.values()) {
      if (product.kind !== 'service') refuse('sales-inbox.errors.notAService', { reference: product.reference, designation: product.designation.fr })
    }
    const agreements = await ctx.db.priceAgreements.where('customerId').equals(customer.id).toArray()
    const deliveryAddress = deliveryAddressOf(customer, input.deliveryAddressIndex)
    const nature = operationNature([...products.values()].map((p) => p.kind))
    const draft: SalesDoc = {
      id: newDocId(), type: 'invoice', status: 'draft', customerId: customer.id, date: ctx.simDate,
      lines: snapshotLines(input.lines, customer, products, agreements, ctx.simDate),
      ...(input.discountsPercent?.length ? { discountsPercent: input.discountsPercent } : {}),
      ...(input.earlyPaymentDiscountPercent ? { earlyPaymentDiscountPercent: input.earlyPaymentDiscountPercent } : {}),
      paymentTerms: customer.customer?.paymentTerms ?? settings.defaultPaymentTerms,
      salespersonId: customer.customer?.salespersonId ?? '', channel: customer.customer?.channel ?? 'direct', sourceIds: [],
      ...(input.customerPoNumber?.trim() ? { customerPoNumber: input.customerPoNumber.trim() } : {}),
      ...(deliveryAddress ? { deliveryAddress } : {}),
      ...(input.notes ? { notes: input.notes } : {}),
      saleDate: ctx.simDate,
      ...(nature ? { operationNature: nature } : {}),
    }
    const { doc } = priceFor(draft, customer, products.values())
    await ctx.db.salesDocs.add(doc)
    return { invoiceId: doc.id, totalInclVatCents: doc.totals!.totalInclVatCents }
  },
}
