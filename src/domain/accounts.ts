/**
 * A customer's account: balance, what each invoice still owes, its state at the simulated date, and
 * the exposure (encours) compared with the credit limit.
 *
 * - Balance = invoices (and acompte invoices) − credit notes − payments received, all TTC
 *   (DOMAIN-FR §4: the encours is counted TTC). Only validated documents count: a draft owes nothing.
 * - An invoice is overdue from the day after its due date, with no reminder needed (C. com. L441-10 II);
 *   its due date comes from the payment terms (L441-10 I, {@link dueDate}).
 * - Exposure (encours, AFDCC definition, DOMAIN-FR §4) = balance + confirmed orders not yet invoiced
 *   (delivered or not); available credit = credit limit − exposure.
 */
import { dueDate as computeDueDate } from './due-date'
import { daysBetween } from './calendar'
import { priceDocument } from './pricing'
import type { PriceDocumentInput } from './pricing-types'
import type { VatCategory } from './vat-categories'
import type { IsoDate, Payment, SalesDoc, SalesDocType, VatRegime } from './model'
import { creditExposure, type CreditExposureParts } from './credit'

/** Documents that change what the customer owes: + invoices and acompte invoices, − credit notes. */
export const RECEIVABLE_TYPES: readonly SalesDocType[] = ['invoice', 'downPayment', 'creditNote']

/** Order statuses whose goods are promised but not (fully) invoiced yet: they weigh on the encours. */
const OPEN_ORDER_STATUSES = new Set(['confirmed', 'partlyDelivered', 'delivered'])

/** Where an invoice stands at a date. */
export type InvoiceState = 'paid' | 'partlyPaid' | 'unpaid' | 'overdue'

/** True for a validated invoice, acompte invoice or credit note dated on or before `asOf`. */
export function countsOnAccount(doc: SalesDoc, asOf?: IsoDate): boolean {
  return RECEIVABLE_TYPES.includes(doc.type) && doc.status === 'validated' && (asOf === undefined || doc.date <= asOf)
}

/** +1 when the document adds to what the customer owes, −1 for a credit note, 0 otherwise. */
export function accountSign(doc: SalesDoc): 1 | -1 | 0 {
  if (doc.type === 'creditNote') return -1
  return doc.type === 'invoice' || doc.type === 'downPayment' ? 1 : 0
}

/**
 * The input of {@link priceDocument} for a stored document, so its totals can be recomputed and
 * explained. A line at 0 % takes the VAT category of the customer's regime (intra-EU reverse charge,
 * CGI art. 262 ter I; export, CGI art. 262 I) unless `vatCategoryOf` names one (e.g. the product's).
 */
export function salesDocPricingInput(
  doc: SalesDoc,
  regime: VatRegime = 'france',
  vatCategoryOf: (productId: string) => VatCategory | undefined = () => undefined,
): PriceDocumentInput {
  const zeroRateCategory: VatCategory = regime === 'intraEu' ? 'intraEuReverseCharge' : regime === 'export' ? 'exportExempt' : 'franchise'
  const downPayment = doc.type === 'invoice' && doc.totals ? doc.totals.totalInclVatCents - doc.totals.amountDueCents : 0
  return {
    lines: doc.lines.map((line) => ({
      quantity: line.quantity,
      unitPriceCents: line.unitPriceCents,
      vatRatePercent: line.vatRatePercent,
      ...(line.discountsPercent?.length ? { discountsPercent: line.discountsPercent } : {}),
      vatCategory: vatCategoryOf(line.productId) ?? (line.vatRatePercent === 0 ? zeroRateCategory : 'standard'),
    })),
    ...(doc.discountsPercent?.length ? { discountsPercent: doc.discountsPercent } : {}),
    ...(doc.earlyPaymentDiscountPercent ? { earlyPaymentDiscountPercent: doc.earlyPaymentDiscountPercent } : {}),
    ...(doc.shippingCents ? { shippingCents: doc.shippingCents } : {}),
    ...(downPayment > 0 ? { downPaymentCents: downPayment } : {}),
    documentType: doc.type === 'creditNote' ? 'creditNote' : 'invoice',
    vatDate: doc.date,
  }
}

/** TTC of a document: its stored totals, or its lines priced by {@link priceDocument}. */
export function documentInclVatCents(doc: SalesDoc, regime?: VatRegime): number {
  return doc.totals?.totalInclVatCents ?? priceDocument(salesDocPricingInput(doc, regime)).totalInclVatCents
}

/** Net à payer (or net à déduire for a credit note), positive: TTC less any acompte already invoiced. */
export function documentAmountDueCents(doc: SalesDoc, regime?: VatRegime): number {
  return doc.totals?.amountDueCents ?? priceDocument(salesDocPricingInput(doc, regime)).amountDueCents
}

/** The due date: the stored one, else from the terms (L441-10 I), else the issue date (payable on receipt). */
export function documentDueDate(doc: SalesDoc): IsoDate {
  if (doc.dueDate) return doc.dueDate
  return doc.paymentTerms ? computeDueDate(doc.date, doc.paymentTerms) : doc.date
}

/** Payments that count at `asOf`: received on or before it and not rejected (a rejected cheque reopens). */
export function effectivePayments(payments: readonly Payment[], asOf?: IsoDate): Payment[] {
  return payments.filter((p) => !p.rejected && (asOf === undefined || p.date <= asOf))
}

/** The balance of a customer's account and its parts, TTC cents. */
export interface CustomerBalance {
  /** Invoices and acompte invoices (net à payer). */
  invoicedCents: number
  /** Credit notes (net à déduire). */
  creditedCents: number
  /** Payments received (not rejected). */
  paidCents: number
  /** invoiced − credited − paid: what the customer owes (negative: the company owes the customer). */
  balanceCents: number
}

/** What the balance needs of a document (a stored document, or a list's summary of one). */
export interface AccountEntry {
  type: SalesDocType
  status: SalesDoc['status']
  date: IsoDate
  /** Net à payer (net à déduire for a credit note), positive. */
  amountDueCents: number
}

/**
 * Balance = invoices − credit notes − payments, TTC (DOMAIN-FR §4), at `asOf` when given.
 * `docs` may hold any document of the customer: quotes, orders and delivery notes are ignored.
 */
export function customerBalance(docs: readonly SalesDoc[], payments: readonly Payment[], asOf?: IsoDate): CustomerBalance {
  return balanceOfEntries(
    docs.filter((doc) => countsOnAccount(doc, asOf)).map((doc) => ({ type: doc.type, status: doc.status, date: doc.date, amountDueCents: documentAmountDueCents(doc) })),
    payments, asOf,
  )
}

/** {@link customerBalance} from entries whose amount is already known (the tiers list reads no lines). */
export function balanceOfEntries(entries: readonly AccountEntry[], payments: readonly Payment[], asOf?: IsoDate): CustomerBalance {
  let invoicedCents = 0
  let creditedCents = 0
  for (const entry of entries) {
    if (!RECEIVABLE_TYPES.includes(entry.type) || entry.status !== 'validated' || (asOf !== undefined && entry.date > asOf)) continue
    if (entry.type === 'creditNote') creditedCents += entry.amountDueCents
    else invoicedCents += entry.amountDueCents
  }
  const paidCents = effectivePayments(payments, asOf).reduce((sum, p) => sum + p.amountCents, 0)
  return { invoicedCents, creditedCents, paidCents, balanceCents: invoicedCents - creditedCents - paidCents }
}

/** What an invoice still owes at a date, and why. */
export interface Settlement {
  amountDueCents: number
  /** Amounts matched to it (lettrage): payments, and credit notes deducted from a payment. */
  paidCents: number
  /** amountDue − paid, never below 0. */
  remainingCents: number
  dueDate: IsoDate
  /** Days past the due date at `asOf` while something remains (0 when not yet due or settled). */
  daysLate: number
  state: InvoiceState
}

/**
 * What an invoice (or acompte invoice) still owes at the simulated date `asOf` and its state:
 * paid when nothing remains; overdue when something remains after the due date (C. com. L441-10 II:
 * penalties run from the day after it); partly paid when something was matched; unpaid otherwise.
 * What is matched to an invoice is what the payments allocate to it (lettrage): a credit note is
 * matched by a payment that allocates a negative amount to it, so it reduces what the customer
 * pays and is never counted twice.
 */
export function invoiceSettlement(doc: SalesDoc, payments: readonly Payment[], asOf: IsoDate): Settlement {
  return settleInvoices([doc], payments, asOf).get(doc.id)!
}

/** {@link invoiceSettlement} for every invoice and acompte invoice of `docs`, in one pass over the payments. */
export function settleInvoices(docs: readonly SalesDoc[], payments: readonly Payment[], asOf: IsoDate): Map<string, Settlement> {
  const matched = new Map<string, number>()
  for (const payment of effectivePayments(payments, asOf)) {
    for (const allocation of payment.allocations) matched.set(allocation.docId, (matched.get(allocation.docId) ?? 0) + allocation.amountCents)
  }
  const out = new Map<string, Settlement>()
  for (const doc of docs) {
    if (accountSign(doc) <= 0) continue
    const amountDueCents = documentAmountDueCents(doc)
    const paidCents = matched.get(doc.id) ?? 0
    const remaining = amountDueCents - paidCents
    const due = documentDueDate(doc)
    const daysLate = remaining > 0 ? Math.max(0, daysBetween(due, asOf)) : 0
    const state: InvoiceState = remaining <= 0 ? 'paid' : daysLate > 0 ? 'overdue' : paidCents > 0 ? 'partlyPaid' : 'unpaid'
    out.set(doc.id, { amountDueCents, paidCents, remainingCents: Math.max(0, remaining), dueDate: due, daysLate, state })
  }
  return out
}

/**
 * The day each invoice of `docs` was fully paid by `asOf`: the date of the payment that brought what
 * is matched to it (lettrage) up to its net à payer; absent while something remains.
 */
export function paidOnDates(docs: readonly Pick<SalesDoc, 'id'>[], amountDue: (id: string) => number, payments: readonly Payment[], asOf: IsoDate): Map<string, IsoDate> {
  const wanted = new Set(docs.map((d) => d.id))
  const matched = new Map<string, number>()
  const out = new Map<string, IsoDate>()
  const sorted = effectivePayments(payments, asOf).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
  for (const payment of sorted) {
    for (const allocation of payment.allocations) {
      if (!wanted.has(allocation.docId) || out.has(allocation.docId)) continue
      const total = (matched.get(allocation.docId) ?? 0) + allocation.amountCents
      matched.set(allocation.docId, total)
      if (total >= amountDue(allocation.docId)) out.set(allocation.docId, payment.date)
    }
  }
  return out
}

/** The customer's exposure (encours) at a date, TTC cents (DOMAIN-FR §4). */
export interface Exposure {
  balanceCents: number
  /** Overdue part of the balance (échu): what remains on invoices past their due date. */
  overdueCents: number
  /** Confirmed orders, delivered or not, not yet invoiced (TTC less what was already invoiced on them). */
  openOrdersCents: number
  /** The encours, {@link creditExposure} of `parts`: balance + open orders. */
  exposureCents: number
  /** The AFDCC parts of the encours, as {@link creditExposure} takes them (open orders split: delivered or not). */
  parts: CreditExposureParts
  /** Days late of the oldest overdue invoice (0 when none is overdue). */
  oldestOverdueDays: number
}

/**
 * Encours = overdue and not yet due invoices + goods delivered not invoiced + confirmed orders not
 * delivered − credit notes, acomptes and payments not matched to an invoice (DOMAIN-FR §4, AFDCC
 * definition), computed by {@link creditExposure}. An order's invoiced part (its invoices and acompte
 * invoices, found through `sourceIds` directly or via its delivery notes) is already on the account,
 * so only the rest counts; of that rest, what its delivery notes shipped (all of it once the order is
 * delivered) is "delivered not invoiced".
 */
export function customerExposure(docs: readonly SalesDoc[], payments: readonly Payment[], asOf: IsoDate): Exposure {
  const { balanceCents } = customerBalance(docs, payments, asOf)
  const onAccount = docs.filter((doc) => countsOnAccount(doc, asOf) && accountSign(doc) > 0)
  let overdueCents = 0
  let remainingCents = 0
  let oldestOverdueDays = 0
  for (const s of settleInvoices(onAccount, payments, asOf).values()) {
    remainingCents += s.remainingCents
    if (s.state !== 'overdue') continue
    overdueCents += s.remainingCents
    oldestOverdueDays = Math.max(oldestOverdueDays, s.daysLate)
  }
  const deliveriesOf = new Map<string, SalesDoc[]>()
  for (const doc of docs) {
    if (doc.type !== 'delivery' || doc.date > asOf) continue
    for (const source of doc.sourceIds) deliveriesOf.set(source, [...(deliveriesOf.get(source) ?? []), doc])
  }
  let openOrdersCents = 0
  let deliveredNotInvoicedCents = 0
  for (const order of docs) {
    if (order.type !== 'order' || !OPEN_ORDER_STATUSES.has(order.status) || order.date > asOf) continue
    const deliveries = deliveriesOf.get(order.id) ?? []
    const linked = new Set([order.id, ...deliveries.map((d) => d.id)])
    const invoiced = onAccount
      .filter((doc) => doc.sourceIds.some((id) => linked.has(id)))
      .reduce((sum, doc) => sum + documentAmountDueCents(doc), 0)
    const orderCents = documentInclVatCents(order)
    const uninvoiced = Math.max(0, orderCents - invoiced)
    const deliveredCents = order.status === 'delivered' ? orderCents : Math.min(orderCents, deliveries.reduce((sum, d) => sum + documentInclVatCents(d), 0))
    const delivered = Math.min(uninvoiced, Math.max(0, deliveredCents - invoiced))
    openOrdersCents += uninvoiced
    deliveredNotInvoicedCents += delivered
  }
  // What is on account but matched to no invoice (credit notes, acomptes and payments unapplied).
  const unappliedCreditsCents = Math.max(0, remainingCents - balanceCents)
  const parts: CreditExposureParts = {
    overdueCents, notDueCents: balanceCents + unappliedCreditsCents - overdueCents,
    deliveredNotInvoicedCents, openOrdersCents: openOrdersCents - deliveredNotInvoicedCents, unappliedCreditsCents,
  }
  const { exposureCents } = creditExposure({ ...parts, limitCents: 0 })
  return { balanceCents, overdueCents, openOrdersCents, exposureCents, parts, oldestOverdueDays }
}
