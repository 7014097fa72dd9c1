/**
 * Invoice commands: a draft invoice from one or several delivery notes (what they shipped and no
 * invoice bills yet; the order's carriage on its first invoice; its acomptes deducted), changes to a
 * draft, validation (mentions checker, number of the series, due date, totals and the customer's
 * identity fixed; immutable afterwards) and the discarding of an unnumbered draft.
 */
import { z } from 'zod'
import {
  availableDownPaymentCents,
  invoiceableLines,
  operationNature,
  orderProgress,
  priceSalesDoc,
  type SalesDoc,
  type SalesLine,
} from '@/domain'
import type { WorkspaceDb } from '@/db/workspace-db'
import type { CommandDefinition } from '../command'
import { refuse } from '../refusal'
import { deliveryAddressOf, idSchema } from './sales-inputs'
import {
  customerDocs, guardFigures, loadProducts, newDocId, priceFor, regimeOf, requireAction, requireCustomer, requireDoc, requireSettings, takeNumber, withEuros,
} from './sales-records'
import { planValidation } from './validation'

export const createInvoiceInput = z.object({ deliveryIds: z.array(idSchema).min(1).max(60) }).strict()
export type CreateInvoiceInput = z.infer<typeof createInvoiceInput>

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

/**
 * `sales.createInvoice`: a draft invoice (unnumbered) for the delivery notes given, of one customer;
 * several notes make a grouped or month-end periodic invoice (CGI 289 I-3). Their orders must share
 * their discounts, escompte and payment terms, which the invoice repeats.
 */
export const createInvoice: CommandDefinition<CreateInvoiceInput, { invoiceId: string; totalInclVatCents: number; amountDueCents: number }> = {
  name: 'sales.createInvoice',
  input: createInvoiceInput,
  async run(ctx, { deliveryIds }) {
    const ids = [...new Set(deliveryIds)]
    const deliveries: SalesDoc[] = []
    for (const id of ids) {
      const delivery = await requireDoc(ctx.db, id, ['delivery'])
      requireAction(delivery, 'invoice')
      if (deliveries[0] && delivery.customerId !== deliveries[0].customerId) {
        refuse('sales.rules.invoiceMixedCustomers', { number: delivery.number ?? '', first: deliveries[0].number ?? '' })
      }
      deliveries.push(delivery)
    }
    const customer = await requireCustomer(ctx.db, deliveries[0]!.customerId, false)
    const docs = await customerDocs(ctx.db, customer.id)
    const orders = [...new Set(deliveries.map((d) => d.sourceIds[0]!))].map((id) => docs.find((d) => d.id === id && d.type === 'order'))
    const order = orders[0]
    if (!order) refuse('sales.errors.notFound', { id: deliveries[0]!.sourceIds[0] ?? '' })
    for (const other of orders.slice(1)) {
      if (!other) refuse('sales.errors.notFound', { id: '' })
      if (!same(other.discountsPercent, order.discountsPercent) || (other.earlyPaymentDiscountPercent ?? 0) !== (order.earlyPaymentDiscountPercent ?? 0) || !same(other.paymentTerms, order.paymentTerms)) {
        refuse('sales.rules.invoiceMixedTerms', { number: other.number ?? '', first: order.number ?? '' })
      }
    }
    const invoices = docs.filter((d) => d.type === 'invoice')
    const open = invoiceableLines(deliveries, invoices).filter((line) => line.remaining > 0)
    if (open.length === 0) refuse('sales.rules.nothingToInvoice', { deliveries: deliveries.map((d) => d.number ?? d.id).join(', ') })
    const lines: SalesLine[] = open.map((line) => {
      const { netCents: _n, ...delivered } = deliveries.find((d) => d.id === line.deliveryId)!.lines[line.line]!
      return { ...delivered, quantity: line.remaining, source: { docId: line.deliveryId, line: line.line } }
    })
    // The order's carriage goes on its first invoice; its acomptes are deducted from what is invoiced.
    const invoicedOrders = new Set(invoices.flatMap((inv) => docs.filter((d) => d.type === 'delivery' && inv.sourceIds.includes(d.id)).flatMap((d) => d.sourceIds)))
    const shippingCents = orders.reduce((sum, o) => sum + (o && !invoicedOrders.has(o.id) ? o.shippingCents ?? 0 : 0), 0)
    const orderIds = orders.map((o) => o!.id)
    const acomptes = availableDownPaymentCents(docs.filter((d) => d.type === 'downPayment' && d.sourceIds.some((id) => orderIds.includes(id))), invoices)
    const products = await loadProducts(ctx.db, lines.map((l) => l.productId))
    const poNumbers = [...new Set(orders.flatMap((o) => (o?.customerPoNumber ? [o.customerPoNumber] : [])))]
    const nature = operationNature(lines.map((l) => products.get(l.productId)!.kind))
    const draft: SalesDoc = {
      id: newDocId(), type: 'invoice', status: 'draft', customerId: customer.id, date: ctx.simDate, lines,
      ...(order.discountsPercent?.length ? { discountsPercent: [...order.discountsPercent] } : {}),
      ...(order.earlyPaymentDiscountPercent ? { earlyPaymentDiscountPercent: order.earlyPaymentDiscountPercent } : {}),
      ...(shippingCents > 0 ? { shippingCents } : {}),
      paymentTerms: order.paymentTerms ?? customer.customer!.paymentTerms,
      salespersonId: order.salespersonId, channel: order.channel,
      ...(order.warehouseId ? { warehouseId: order.warehouseId } : {}),
      sourceIds: deliveries.map((d) => d.id),
      ...(poNumbers.length ? { customerPoNumber: poNumbers.join(', ') } : {}),
      ...(order.deliveryAddress ? { deliveryAddress: order.deliveryAddress } : {}),
      ...(order.incoterm ? { incoterm: order.incoterm } : {}),
      saleDate: deliveries.map((d) => d.date).sort().at(-1)!,
      ...(nature ? { operationNature: nature } : {}),
    }
    if (acomptes.cents > 0) {
      const ttc = guardFigures(() => priceSalesDoc(draft, regimeOf(customer))).totalInclVatCents
      draft.downPaymentCents = Math.min(acomptes.cents, ttc)
      draft.downPaymentIds = acomptes.ids
    }
    const { doc } = priceFor(draft, customer, products.values())
    await ctx.db.salesDocs.add(doc)
    return { invoiceId: doc.id, totalInclVatCents: doc.totals!.totalInclVatCents, amountDueCents: doc.totals!.amountDueCents }
  },
}

export const updateInvoiceDraftInput = z.object({
  docId: idSchema,
  /** The customer's purchase-order number(s), as printed; empty to remove. */
  customerPoNumber: z.string().max(120).optional(),
  deliveryAddressIndex: z.number().int().min(0).max(50).optional(),
  /** Credit notes: the reason printed. */
  reason: z.string().max(500).optional(),
  notes: z.string().max(2000).optional(),
}).strict()
export type UpdateInvoiceDraftInput = z.infer<typeof updateInvoiceDraftInput>

/**
 * `sales.updateInvoiceDraft`: fixes the header of a draft invoice, acompte invoice or credit note
 * (purchase-order number, delivery address, reason, notes) before validation. Lines and amounts come
 * from the chain; a validated document is never edited (C. com. L441-9: a credit note corrects it).
 */
export const updateInvoiceDraft: CommandDefinition<UpdateInvoiceDraftInput, { docId: string }> = {
  name: 'sales.updateInvoiceDraft',
  input: updateInvoiceDraftInput,
  async run(ctx, input) {
    const doc = await requireDoc(ctx.db, input.docId, ['invoice', 'downPayment', 'creditNote'])
    requireAction(doc, 'update')
    const next: SalesDoc = { ...doc }
    if (input.customerPoNumber !== undefined) {
      if (input.customerPoNumber.trim()) next.customerPoNumber = input.customerPoNumber.trim()
      else delete next.customerPoNumber
    }
    if (input.deliveryAddressIndex !== undefined) {
      const customer = await requireCustomer(ctx.db, doc.customerId, true)
      next.deliveryAddress = deliveryAddressOf(customer, input.deliveryAddressIndex)
    }
    if (input.reason !== undefined) next.reason = input.reason.trim()
    if (input.notes !== undefined) next.notes = input.notes
    await ctx.db.salesDocs.put(next)
    return { docId: doc.id }
  },
}

const docRef = z.object({ docId: idSchema }).strict()
const invoiceRef = z.object({ invoiceId: idSchema }).strict()

interface ValidatedResult extends Record<string, unknown> {
  docId: string
  number: string
  date: string
  dueDate?: string
  amountDueCents: number
}

/**
 * `sales.validateInvoice`: validates a draft invoice or acompte invoice. The mentions checker runs on
 * the invoice as it would be issued; any missing or wrong mention refuses it with the list (the first
 * one's article in the message) and nothing changes — not even the sequence. Otherwise it takes the
 * next number of its series (invoices, acomptes), is dated today, gets its due date from the terms,
 * stores its totals and the customer's and seller's identity, and becomes immutable. The orders it
 * completes become invoiced.
 */
export const validateInvoice: CommandDefinition<z.infer<typeof invoiceRef>, ValidatedResult> = {
  name: 'sales.validateInvoice',
  input: invoiceRef,
  async run(ctx, { invoiceId }) {
    const draft = await requireDoc(ctx.db, invoiceId, ['invoice', 'downPayment'])
    requireAction(draft, 'validate')
    const settings = await requireSettings(ctx.db)
    const number = await takeNumber(ctx.db, settings, draft.type as 'invoice' | 'downPayment', ctx.simDate)
    const plan = await planValidation(ctx.db, draft, ctx.simDate, number)
    refuseMissingMentions(plan.issues)
    const validated: SalesDoc = { ...plan.candidate, status: 'validated', validatedOn: ctx.simDate }
    await ctx.db.salesDocs.put(validated)
    if (validated.type === 'invoice') await refreshOrders(ctx.db, validated)
    return { docId: validated.id, number, date: validated.date, ...(validated.dueDate ? { dueDate: validated.dueDate } : {}), amountDueCents: validated.totals!.amountDueCents }
  },
}

/** Refuses validation with the list of mentions: how many, which (codes), and the first one's figures and article. */
export function refuseMissingMentions(issues: readonly { code: string; problem: string; source: string; values: Record<string, string | number> }[]): void {
  const [first] = issues
  if (!first) return
  refuse('sales.rules.mentionsMissing', withEuros({
    ...first.values, count: issues.length, mentions: issues.map((i) => i.code).join(','), firstMention: first.code, problem: first.problem, source: first.source,
  }))
}

/** The orders whose delivery notes `invoice` bills move to invoiced once everything is delivered and invoiced. */
async function refreshOrders(db: WorkspaceDb, invoice: SalesDoc): Promise<void> {
  const docs = await db.salesDocs.where('customerId').equals(invoice.customerId).toArray()
  const orderIds = new Set(docs.filter((d) => d.type === 'delivery' && invoice.sourceIds.includes(d.id)).flatMap((d) => d.sourceIds))
  for (const order of docs) {
    if (order.type !== 'order' || !orderIds.has(order.id) || order.status === 'cancelled') continue
    const status = orderProgress(order, docs, docs).status
    if (status !== order.status) await db.salesDocs.update(order.id, { status })
  }
}

/**
 * `sales.discardDraft`: deletes a draft invoice, acompte invoice or credit note. A draft has no number,
 * so no gap opens in the sequence; what it billed or credited is free again.
 */
export const discardDraft: CommandDefinition<z.infer<typeof docRef>, { docId: string }> = {
  name: 'sales.discardDraft',
  input: docRef,
  async run(ctx, { docId }) {
    const doc = await requireDoc(ctx.db, docId, ['invoice', 'downPayment', 'creditNote'])
    requireAction(doc, 'discard')
    await ctx.db.salesDocs.delete(doc.id)
    return { docId: doc.id }
  },
}
