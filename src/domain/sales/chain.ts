/**
 * Quantities along the sales chain (DOMAIN-FR §2; C. com. L441-9: an invoice follows the delivery).
 * - Per order line: ordered, delivered, remaining (the backorder), invoiced.
 * - A new delivery ships at most what remains on each line.
 * - An invoice bills what its delivery notes shipped and no invoice (draft or validated) bills yet.
 * - A credit note credits, per invoice line, never more than invoiced minus already credited.
 *
 * Each derived line names its source line (`SalesLine.source`). Lines written before the chain
 * commands (the generated history) have none: they are matched to the source document's lines by
 * product, in order, within the quantity each source line holds.
 */
import { multiplyByQuantity, type Cents } from '../money'
import { parseQuantity, type Quantity } from '../rates'
import type { SalesDoc, SalesLine } from '../model'

/** A line of a given document, by its index. */
export interface LineRef {
  readonly docId: string
  readonly line: number
}

/** Why the chain refuses a quantity: an i18n code under `sales.rules.` and its figures. */
export interface ChainIssue {
  readonly code:
    | 'unknownLine' | 'nothingToDeliver' | 'deliveryExceedsRemaining'
    | 'nothingToInvoice'
    | 'nothingToCredit' | 'creditExceedsInvoiced' | 'creditExceedsAmount' | 'correctionExceedsPrice' | 'alreadyCredited' | 'shippingAlreadyCredited'
  readonly values: Record<string, string | number>
  readonly source: string
}

/** The rules the chain applies, cited with each issue. */
export const CHAIN_SOURCES = {
  delivery: 'Bon de livraison : quantité livrée ≤ quantité commandée restant à livrer (reliquat)',
  invoice: 'C. com. L441-9 : la facture est émise à la livraison, pour ce qui a été livré',
  credit: 'CGI ann. II art. 242 nonies A ; un avoir ne crédite pas plus que ce qui a été facturé',
} as const

const toThousandths = (quantity: number, field = 'quantity'): number => parseQuantity(quantity, field)
const fromThousandths = (thousandths: number): number => thousandths / 1000

/**
 * The source line of each line of `doc`: its recorded `source` when it names one of `sources`, else the
 * first line of the sources (in `doc.sourceIds` order) with the same product that still has quantity
 * not matched by an earlier line of `doc`; null when none fits.
 */
export function resolveSourceLines(doc: Pick<SalesDoc, 'lines' | 'sourceIds'>, sources: readonly Pick<SalesDoc, 'id' | 'lines'>[]): (LineRef | null)[] {
  const byId = new Map(sources.map((source) => [source.id, source]))
  const ordered = [...doc.sourceIds.map((id) => byId.get(id)).filter((s) => s !== undefined), ...sources.filter((s) => !doc.sourceIds.includes(s.id))]
  const used = new Map<string, number>()
  const key = (ref: LineRef) => `${ref.docId}#${ref.line}`
  const refs: (LineRef | null)[] = doc.lines.map((line) => {
    const explicit = line.source
    if (explicit && byId.get(explicit.docId)?.lines[explicit.line]) {
      used.set(key(explicit), (used.get(key(explicit)) ?? 0) + toThousandths(line.quantity))
      return explicit
    }
    return null
  })
  doc.lines.forEach((line, index) => {
    if (refs[index] || line.source) return
    const quantity = toThousandths(line.quantity)
    for (const source of ordered) {
      const found = source.lines.findIndex((candidate, candidateIndex) => {
        if (candidate.productId !== line.productId) return false
        const ref = { docId: source.id, line: candidateIndex }
        return toThousandths(candidate.quantity) - (used.get(key(ref)) ?? 0) >= quantity
      })
      if (found >= 0) {
        const ref = { docId: source.id, line: found }
        used.set(key(ref), (used.get(key(ref)) ?? 0) + quantity)
        refs[index] = ref
        return
      }
    }
  })
  return refs
}

/** Where one order line stands. Quantities in units (at most 3 decimals). */
export interface OrderLineProgress {
  readonly line: number
  readonly productId: string
  readonly designation: string
  readonly ordered: number
  readonly delivered: number
  /** Ordered − delivered: the backorder (reliquat). */
  readonly remaining: number
  /** On validated invoices. */
  readonly invoiced: number
  /** On draft invoices, not validated yet. */
  readonly inDraftInvoices: number
}

/** An order's progress and the status it implies. */
export interface OrderProgress {
  readonly lines: OrderLineProgress[]
  readonly status: 'confirmed' | 'partlyDelivered' | 'delivered' | 'invoiced'
}

/**
 * Ordered, delivered, remaining and invoiced per line of `order`, from its delivery notes and the
 * invoices drawn on them (any invoice or delivery not of this order is ignored). The status: invoiced
 * when everything is delivered and invoiced by validated invoices, delivered when everything is
 * delivered, partly delivered when something is, confirmed otherwise.
 */
export function orderProgress(order: SalesDoc, deliveries: readonly SalesDoc[], invoices: readonly SalesDoc[]): OrderProgress {
  const ownDeliveries = deliveries.filter((d) => d.type === 'delivery' && d.sourceIds.includes(order.id))
  const delivered = order.lines.map(() => 0)
  const invoiced = order.lines.map(() => 0)
  const drafts = order.lines.map(() => 0)
  // Delivery line → order line.
  const orderLineOf = new Map<string, number>()
  for (const delivery of ownDeliveries) {
    resolveSourceLines(delivery, [order]).forEach((ref, index) => {
      if (!ref) return
      orderLineOf.set(`${delivery.id}#${index}`, ref.line)
      delivered[ref.line]! += toThousandths(delivery.lines[index]!.quantity)
    })
  }
  for (const invoice of invoices) {
    if (invoice.type !== 'invoice') continue
    const sources = ownDeliveries.filter((d) => invoice.sourceIds.includes(d.id))
    if (sources.length === 0) continue
    resolveSourceLines(invoice, sources).forEach((ref, index) => {
      const orderLine = ref ? orderLineOf.get(`${ref.docId}#${ref.line}`) : undefined
      if (orderLine === undefined) return
      const target = invoice.status === 'validated' ? invoiced : drafts
      target[orderLine]! += toThousandths(invoice.lines[index]!.quantity)
    })
  }
  const lines = order.lines.map((line, index): OrderLineProgress => {
    const ordered = toThousandths(line.quantity)
    return {
      line: index, productId: line.productId, designation: line.designation,
      ordered: fromThousandths(ordered),
      delivered: fromThousandths(delivered[index]!),
      remaining: fromThousandths(Math.max(0, ordered - delivered[index]!)),
      invoiced: fromThousandths(invoiced[index]!),
      inDraftInvoices: fromThousandths(drafts[index]!),
    }
  })
  const allDelivered = lines.every((l) => l.remaining === 0)
  const status = allDelivered
    ? (lines.every((l) => l.invoiced >= l.ordered) ? 'invoiced' : 'delivered')
    : lines.some((l) => l.delivered > 0) ? 'partlyDelivered' : 'confirmed'
  return { lines, status }
}

/** One line to ship: an order line and a quantity. */
export interface DeliveryLineRequest {
  readonly line: number
  readonly quantity: number
}

/**
 * The lines a new delivery note ships: what is asked (or, when nothing is asked, everything that
 * remains), each at most what remains on its order line. Lines asked twice add up; zero lines are
 * left out. Issues name the line, the figures and the rule.
 */
export function planDelivery(progress: OrderProgress, requested?: readonly DeliveryLineRequest[]): { lines: DeliveryLineRequest[]; issues: ChainIssue[] } {
  const issues: ChainIssue[] = []
  const wanted = new Map<number, number>()
  if (!requested) {
    for (const line of progress.lines) if (line.remaining > 0) wanted.set(line.line, toThousandths(line.remaining))
  } else {
    requested.forEach((request, index) => {
      const quantity = toThousandths(request.quantity, `lines[${index}].quantity`)
      wanted.set(request.line, (wanted.get(request.line) ?? 0) + quantity)
    })
  }
  const lines: DeliveryLineRequest[] = []
  for (const [lineIndex, quantity] of [...wanted].sort((a, b) => a[0] - b[0])) {
    const line = progress.lines[lineIndex]
    if (!line) {
      issues.push({ code: 'unknownLine', values: { line: lineIndex + 1 }, source: CHAIN_SOURCES.delivery })
      continue
    }
    if (quantity === 0) continue
    if (quantity > toThousandths(line.remaining)) {
      issues.push({
        code: 'deliveryExceedsRemaining',
        values: { line: lineIndex + 1, designation: line.designation, requested: fromThousandths(quantity), remaining: line.remaining, ordered: line.ordered, delivered: line.delivered },
        source: CHAIN_SOURCES.delivery,
      })
      continue
    }
    lines.push({ line: lineIndex, quantity: fromThousandths(quantity) })
  }
  if (issues.length === 0 && lines.length === 0) issues.push({ code: 'nothingToDeliver', values: {}, source: CHAIN_SOURCES.delivery })
  return { lines, issues }
}

/** A delivered line and how much of it is still to invoice. */
export interface InvoiceableLine {
  readonly deliveryId: string
  readonly line: number
  readonly productId: string
  readonly delivered: number
  /** Billed by invoices, validated or draft (a draft reserves what it bills). */
  readonly invoiced: number
  readonly remaining: number
}

/**
 * What each line of `deliveries` still has to be invoiced: delivered minus what any invoice of
 * `invoices` (draft or validated) bills from it. `except` leaves one invoice out (the one being checked).
 */
export function invoiceableLines(deliveries: readonly SalesDoc[], invoices: readonly SalesDoc[], except?: string): InvoiceableLine[] {
  const billed = new Map<string, number>()
  for (const invoice of invoices) {
    if (invoice.type !== 'invoice' || invoice.id === except) continue
    const sources = deliveries.filter((d) => invoice.sourceIds.includes(d.id))
    if (sources.length === 0) continue
    resolveSourceLines(invoice, sources).forEach((ref, index) => {
      if (!ref) return
      const key = `${ref.docId}#${ref.line}`
      billed.set(key, (billed.get(key) ?? 0) + toThousandths(invoice.lines[index]!.quantity))
    })
  }
  return deliveries.flatMap((delivery) => delivery.lines.map((line, index): InvoiceableLine => {
    const delivered = toThousandths(line.quantity)
    const invoiced = billed.get(`${delivery.id}#${index}`) ?? 0
    return {
      deliveryId: delivery.id, line: index, productId: line.productId,
      delivered: fromThousandths(delivered), invoiced: fromThousandths(invoiced), remaining: fromThousandths(Math.max(0, delivered - invoiced)),
    }
  }))
}

/** An invoice line and what a credit note may still credit on it. */
export interface CreditableLine {
  readonly line: number
  readonly productId: string
  readonly designation: string
  readonly unitPriceCents: number
  readonly invoicedQuantity: number
  /** Quantity sent back on credit notes (returns), draft or validated. */
  readonly returnedQuantity: number
  readonly creditableQuantity: number
  /** Quantity × unit price of the invoice line, before discounts. */
  readonly grossCents: number
  /** Quantity × unit price credited so far (returns and price corrections). */
  readonly creditedGrossCents: number
  readonly creditableGrossCents: number
}

const lineGross = (line: Pick<SalesLine, 'quantity' | 'unitPriceCents'>): number =>
  multiplyByQuantity(line.unitPriceCents as Cents, parseQuantity(line.quantity) as Quantity)

/**
 * Per line of `invoice`, what is left to credit given its credit notes (draft or validated, `except`
 * one): returned quantities never beyond the invoiced quantity, credited amounts (before the
 * invoice's discounts, which the credit note repeats) never beyond the line's gross.
 */
export function creditableLines(invoice: SalesDoc, creditNotes: readonly SalesDoc[], except?: string): CreditableLine[] {
  const returned = invoice.lines.map(() => 0)
  const creditedGross = invoice.lines.map(() => 0)
  for (const note of creditNotes) {
    if (note.type !== 'creditNote' || note.id === except || !note.sourceIds.includes(invoice.id)) continue
    resolveSourceLines(note, [invoice]).forEach((ref, index) => {
      if (!ref) return
      const line = note.lines[index]!
      if (line.creditKind !== 'priceCorrection') returned[ref.line]! += toThousandths(line.quantity)
      creditedGross[ref.line]! += lineGross(line)
    })
  }
  return invoice.lines.map((line, index): CreditableLine => {
    const invoicedQuantity = toThousandths(line.quantity)
    const grossCents = lineGross(line)
    return {
      line: index, productId: line.productId, designation: line.designation, unitPriceCents: line.unitPriceCents,
      invoicedQuantity: fromThousandths(invoicedQuantity),
      returnedQuantity: fromThousandths(returned[index]!),
      creditableQuantity: fromThousandths(Math.max(0, invoicedQuantity - returned[index]!)),
      grossCents,
      creditedGrossCents: creditedGross[index]!,
      creditableGrossCents: Math.max(0, grossCents - creditedGross[index]!),
    }
  })
}

/** Carriage of `invoice` not yet refunded by its credit notes (draft or validated, `except` one). */
export function creditableShippingCents(invoice: SalesDoc, creditNotes: readonly SalesDoc[], except?: string): number {
  const refunded = creditNotes
    .filter((note) => note.type === 'creditNote' && note.id !== except && note.sourceIds.includes(invoice.id))
    .reduce((sum, note) => sum + (note.shippingCents ?? 0), 0)
  return Math.max(0, (invoice.shippingCents ?? 0) - refunded)
}

/**
 * Acompte TTC invoiced on the orders and not yet deducted: validated acompte invoices minus what
 * invoices (draft or validated, `except` one) already deduct from them.
 */
export function availableDownPaymentCents(downPayments: readonly SalesDoc[], invoices: readonly SalesDoc[], except?: string): { cents: number; ids: string[] } {
  const validated = downPayments.filter((doc) => doc.type === 'downPayment' && doc.status === 'validated')
  const ids = validated.map((doc) => doc.id)
  const invoicedCents = validated.reduce((sum, doc) => sum + (doc.totals?.totalInclVatCents ?? 0), 0)
  const deducted = invoices
    .filter((invoice) => invoice.type === 'invoice' && invoice.id !== except && (invoice.downPaymentIds ?? []).some((id) => ids.includes(id)))
    .reduce((sum, invoice) => sum + (invoice.downPaymentCents ?? 0), 0)
  return { cents: Math.max(0, invoicedCents - deducted), ids }
}
