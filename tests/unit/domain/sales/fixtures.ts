/** Sales documents of DOMAIN-FR §1 (example A: 12 chairs and 3 desks) along the chain, for the pure sales rules. */
import type { SalesDoc, SalesLine } from '@/domain'
import { line, makeProduct, makeSalesDoc } from '../../../factories/company-records'

export const chair = makeProduct({ id: 'p-chair', reference: 'CHA-001' })
export const desk = makeProduct({ id: 'p-desk', reference: 'BUR-010', designation: { fr: 'Bureau droit 160 cm', en: 'Straight desk 160 cm' }, priceCents: 38_990, costCents: 22_000 })
export const setup = makeProduct({ id: 'p-setup', reference: 'SRV-001', designation: { fr: 'Installation sur site', en: 'On-site set-up' }, kind: 'service', stockManaged: false, priceCents: 6_000, costCents: 3_000, weightGrams: 0 })

export const orderA = makeSalesDoc({
  id: 'o-a', type: 'order', number: 'BC-2026-00001', customerId: 'cus-1', date: '2026-03-02',
  lines: [line(chair, 12), line(desk, 3)], discountsPercent: [5, 2], earlyPaymentDiscountPercent: 1, shippingCents: 4_500,
  customerPoNumber: 'PO-7781',
})

/** A delivery note of `order` shipping `quantities` (one per order line, 0 to skip), lines linked to the order's. */
export function deliveryOf(order: SalesDoc, id: string, quantities: number[], date = '2026-03-05', withSource = true): SalesDoc {
  const lines: SalesLine[] = order.lines.flatMap((l, index) => (quantities[index]! > 0
    ? [{ ...l, quantity: quantities[index]!, ...(withSource ? { source: { docId: order.id, line: index } } : {}) }]
    : []))
  return makeSalesDoc({ id, type: 'delivery', number: `BL-2026-${id}`, customerId: order.customerId, date, lines, sourceIds: [order.id] })
}

/** An invoice billing the whole of `deliveries` (lines linked to theirs), with the order's terms. */
export function invoiceOf(order: SalesDoc, id: string, deliveries: SalesDoc[], status: 'draft' | 'validated' = 'validated', withSource = true): SalesDoc {
  const lines = deliveries.flatMap((d) => d.lines.map((l, index) => ({ ...l, ...(withSource ? { source: { docId: d.id, line: index } } : {}) })))
  return makeSalesDoc({
    id, type: 'invoice', status, ...(status === 'validated' ? { number: `FA-2026-${id}` } : {}), customerId: order.customerId, date: '2026-03-06', lines,
    discountsPercent: order.discountsPercent, earlyPaymentDiscountPercent: order.earlyPaymentDiscountPercent, shippingCents: order.shippingCents,
    sourceIds: deliveries.map((d) => d.id), paymentTerms: { kind: 'net', days: 30 },
  })
}
