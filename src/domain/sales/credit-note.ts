/**
 * A credit note (avoir) built from a validated invoice (DOMAIN-FR §1 example C, §2 "Credit note"):
 * - full (the whole invoice, carriage included) or partial: chosen lines and quantities sent back, or
 *   a price correction per unit on chosen lines; carriage refunded only when asked (convention);
 * - it repeats the invoice's line discounts, document discounts, escompte and VAT rates;
 * - it cites the invoice's number and date and gives its reason; its total reads "net à déduire";
 * - never more than invoiced minus already credited, per line ({@link creditableLines}).
 */
import { CHAIN_SOURCES, creditableLines, creditableShippingCents, type ChainIssue } from './chain'
import { parseQuantity } from '../rates'
import { multiplyByQuantity, type Cents } from '../money'
import type { Quantity } from '../rates'
import type { IsoDate, SalesDoc, SalesLine } from '../model'

/** One invoice line to credit. */
export interface CreditLineRequest {
  /** Index of the line in the invoice. */
  readonly line: number
  readonly quantity: number
  /** `return` (default): goods sent back at the invoiced price. `priceCorrection`: `unitPriceCents` off each unit. */
  readonly kind?: 'return' | 'priceCorrection'
  /** Price correction per unit, HT, before the invoice's discounts (which the credit note repeats). */
  readonly unitPriceCents?: number
}

/** What to credit. */
export type CreditRequest =
  | { readonly kind: 'full' }
  | { readonly kind: 'partial'; readonly lines: readonly CreditLineRequest[]; readonly refundShipping?: boolean }

/** A credit note ready to store as a draft (the caller adds id, salesperson and the like). */
export type CreditNoteDraft = Pick<SalesDoc,
  'type' | 'status' | 'customerId' | 'date' | 'lines' | 'discountsPercent' | 'earlyPaymentDiscountPercent' | 'shippingCents'
  | 'sourceIds' | 'creditedInvoice' | 'reason' | 'salespersonId' | 'channel' | 'warehouseId' | 'deliveryAddress' | 'customerPoNumber'>

/**
 * The draft credit note for `request` on `invoice`, given the invoice's other credit notes, or the
 * issues that refuse it (each with the line, the figures and the rule).
 */
export function buildCreditNote(
  invoice: SalesDoc,
  creditNotes: readonly SalesDoc[],
  request: CreditRequest,
  options: { date: IsoDate; reason: string },
): { draft: CreditNoteDraft | null; issues: ChainIssue[] } {
  const creditable = creditableLines(invoice, creditNotes)
  const shippingLeft = creditableShippingCents(invoice, creditNotes)
  const issues: ChainIssue[] = []
  const lines: SalesLine[] = []
  let shippingCents = 0

  if (request.kind === 'full') {
    const touched = creditable.filter((line) => line.creditedGrossCents > 0)
    if (touched.length > 0 || shippingLeft < (invoice.shippingCents ?? 0)) {
      issues.push({ code: 'alreadyCredited', values: { invoice: invoice.number ?? '', line: (touched[0]?.line ?? 0) + 1 }, source: CHAIN_SOURCES.credit })
    }
    invoice.lines.forEach((line, index) => {
      if (line.quantity > 0) lines.push(creditLine(invoice, index, line.quantity, 'return', line.unitPriceCents))
    })
    shippingCents = shippingLeft
  } else {
    request.lines.forEach((asked, requestIndex) => {
      const available = creditable[asked.line]
      const source = invoice.lines[asked.line]
      if (!available || !source) {
        issues.push({ code: 'unknownLine', values: { line: asked.line + 1 }, source: CHAIN_SOURCES.credit })
        return
      }
      const kind = asked.kind ?? 'return'
      const quantity = parseQuantity(asked.quantity, `lines[${requestIndex}].quantity`)
      if (quantity === 0) return
      const unitPriceCents = kind === 'return' ? source.unitPriceCents : asked.unitPriceCents ?? 0
      const values = { line: asked.line + 1, designation: source.designation }
      if (kind === 'return' && quantity > parseQuantity(available.creditableQuantity)) {
        issues.push({ code: 'creditExceedsInvoiced', values: { ...values, requested: asked.quantity, invoiced: available.invoicedQuantity, returned: available.returnedQuantity, creditable: available.creditableQuantity }, source: CHAIN_SOURCES.credit })
        return
      }
      if (kind === 'priceCorrection') {
        if (quantity > parseQuantity(available.invoicedQuantity)) {
          issues.push({ code: 'creditExceedsInvoiced', values: { ...values, requested: asked.quantity, invoiced: available.invoicedQuantity, returned: available.returnedQuantity, creditable: available.invoicedQuantity }, source: CHAIN_SOURCES.credit })
          return
        }
        if (unitPriceCents <= 0 || unitPriceCents > source.unitPriceCents) {
          issues.push({ code: 'correctionExceedsPrice', values: { ...values, correctionCents: unitPriceCents, unitPriceCents: source.unitPriceCents }, source: CHAIN_SOURCES.credit })
          return
        }
      }
      const grossCents = multiplyByQuantity(unitPriceCents as Cents, quantity as Quantity)
      const alreadyAsked = lines.filter((l) => l.source?.line === asked.line).reduce((sum, l) => sum + multiplyByQuantity(l.unitPriceCents as Cents, parseQuantity(l.quantity) as Quantity), 0)
      if (grossCents + alreadyAsked > available.creditableGrossCents) {
        issues.push({ code: 'creditExceedsAmount', values: { ...values, requestedCents: grossCents + alreadyAsked, creditableCents: available.creditableGrossCents, invoicedCents: available.grossCents }, source: CHAIN_SOURCES.credit })
        return
      }
      lines.push(creditLine(invoice, asked.line, asked.quantity, kind, unitPriceCents))
    })
    if (request.refundShipping) {
      if (shippingLeft === 0) issues.push({ code: 'shippingAlreadyCredited', values: { invoice: invoice.number ?? '', shippingCents: invoice.shippingCents ?? 0 }, source: CHAIN_SOURCES.credit })
      shippingCents = shippingLeft
    }
  }
  if (issues.length === 0 && lines.length === 0 && shippingCents === 0) issues.push({ code: 'nothingToCredit', values: { invoice: invoice.number ?? '' }, source: CHAIN_SOURCES.credit })
  if (issues.length > 0) return { draft: null, issues }

  const draft: CreditNoteDraft = {
    type: 'creditNote',
    status: 'draft',
    customerId: invoice.customerId,
    date: options.date,
    lines,
    ...(invoice.discountsPercent?.length ? { discountsPercent: [...invoice.discountsPercent] } : {}),
    ...(invoice.earlyPaymentDiscountPercent ? { earlyPaymentDiscountPercent: invoice.earlyPaymentDiscountPercent } : {}),
    ...(shippingCents > 0 ? { shippingCents } : {}),
    sourceIds: [invoice.id],
    creditedInvoice: { id: invoice.id, number: invoice.number ?? '', date: invoice.date },
    reason: options.reason,
    salespersonId: invoice.salespersonId,
    channel: invoice.channel,
    ...(invoice.warehouseId ? { warehouseId: invoice.warehouseId } : {}),
    ...(invoice.deliveryAddress ? { deliveryAddress: invoice.deliveryAddress } : {}),
    ...(invoice.customerPoNumber ? { customerPoNumber: invoice.customerPoNumber } : {}),
  }
  return { draft, issues: [] }
}

/** A credit-note line repeating the invoice line's designation, VAT rate, discounts and cost. */
function creditLine(invoice: SalesDoc, index: number, quantity: number, kind: 'return' | 'priceCorrection', unitPriceCents: number): SalesLine {
  const source = invoice.lines[index]!
  return {
    productId: source.productId,
    designation: source.designation,
    quantity,
    unitPriceCents,
    vatRatePercent: source.vatRatePercent,
    ...(source.discountsPercent?.length ? { discountsPercent: [...source.discountsPercent] } : {}),
    unitCostCents: kind === 'return' ? source.unitCostCents : 0,
    source: { docId: invoice.id, line: index },
    creditKind: kind,
  }
}
