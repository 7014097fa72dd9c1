/**
 * Payments received and their allocation to invoices (lettrage).
 *
 * - A payment is matched to one or several invoices, fully or partly, never for more than what each
 *   invoice still owes; the usual order is the oldest due date first (the customer settles the oldest
 *   debt first unless they say which invoice they pay — C. civ. art. 1342-10 on imputation of payments).
 * - What is not matched stays on the customer's account as a credit (an overpayment, or a payment
 *   received before its invoice); it can be matched later or refunded.
 * - A validated credit note is matched against an invoice: the customer pays the invoice less the
 *   credit note. It is stored as a negative allocation to the credit note, so it is never counted twice.
 * - A rejected cheque or direct debit (impayé) cancels its allocations: the invoices are open again,
 *   and overdue when their due date has passed (C. com. L441-10 II, DOMAIN-FR §3); the bank fees are noted.
 * - Invoice state at the simulated date: paid, partly paid, unpaid, overdue ({@link settleInvoices}).
 */
import { accountSign, countsOnAccount, documentAmountDueCents, effectivePayments, settleInvoices, type InvoiceState } from './accounts'
import type { IsoDate, Payment, PaymentMethod, SalesDoc } from './model'

/** A receipt (money in), a refund of a customer credit (money out, negative amount), or a credit note matched without money. */
export type PaymentKind = 'receipt' | 'refund' | 'compensation'

/** Means of payment that can come back unpaid (impayé): a cheque without funds, a direct debit or an LCR refused. */
export const REJECTABLE_METHODS: readonly PaymentMethod[] = ['cheque', 'directDebit', 'lcr']

/** A refusal of the payment rules, as an i18n key of the `payments` namespace and its figures (cents). */
export interface PaymentIssue {
  key: string
  values?: Record<string, string | number>
}

/** The kind of a stored payment (absent = a receipt). */
export function paymentKind(payment: Payment): PaymentKind {
  return payment.kind ?? 'receipt'
}

/** What a payment has matched to documents: Σ of its allocations (credit notes count negative). */
export function allocatedCents(payment: Payment): number {
  return payment.allocations.reduce((sum, a) => sum + a.amountCents, 0)
}

/**
 * The customer credit a receipt still holds: amount − what it matched − what was refunded of it.
 * A rejected payment holds nothing (its money never arrived); refunds and compensations hold nothing.
 */
export function paymentUnallocatedCents(payment: Payment, payments: readonly Payment[]): number {
  if (payment.rejected || paymentKind(payment) !== 'receipt') return 0
  const refunded = payments
    .filter((p) => p.refundOf === payment.id && !p.rejected)
    .reduce((sum, p) => sum - p.amountCents, 0)
  return Math.max(0, payment.amountCents - allocatedCents(payment) - refunded)
}

/** What a validated credit note still has to give: net à déduire − what was matched or refunded of it. */
export function creditNoteRemainingCents(doc: SalesDoc, payments: readonly Payment[]): number {
  const used = effectivePayments(payments)
    .flatMap((p) => p.allocations)
    .filter((a) => a.docId === doc.id)
    .reduce((sum, a) => sum - a.amountCents, 0)
  return Math.max(0, documentAmountDueCents(doc) - used)
}

/** An invoice (or acompte invoice) still open at a date. */
export interface PayableInvoice {
  docId: string
  number: string
  date: IsoDate
  dueDate: IsoDate
  amountDueCents: number
  remainingCents: number
  state: InvoiceState
  daysLate: number
}

/**
 * The customer's validated invoices that still owe something at `asOf`, oldest due date first (then
 * oldest invoice): the order in which a payment is suggested to settle them.
 */
export function openInvoices(docs: readonly SalesDoc[], payments: readonly Payment[], asOf: IsoDate): PayableInvoice[] {
  const invoices = docs.filter((d) => countsOnAccount(d, asOf) && accountSign(d) > 0)
  const settled = settleInvoices(invoices, payments, asOf)
  return invoices
    .map((doc) => ({ doc, s: settled.get(doc.id)! }))
    .filter(({ s }) => s.remainingCents > 0)
    .map(({ doc, s }) => ({
      docId: doc.id, number: doc.number ?? '', date: doc.date, dueDate: s.dueDate, amountDueCents: s.amountDueCents,
      remainingCents: s.remainingCents, state: s.state, daysLate: s.daysLate,
    }))
    .sort((a, b) => compare(a.dueDate, b.dueDate) || compare(a.date, b.date) || compare(a.number, b.number))
}

/** One source of customer credit: a payment's unmatched part or a credit note not yet used. */
export interface CreditSource {
  kind: 'payment' | 'creditNote'
  id: string
  date: IsoDate
  label: string
  remainingCents: number
}

/** Everything the customer may use or have refunded at `asOf`, oldest first, and its total. */
export function customerCredits(docs: readonly SalesDoc[], payments: readonly Payment[], asOf: IsoDate): { sources: CreditSource[]; totalCents: number } {
  const effective = effectivePayments(payments, asOf)
  const sources: CreditSource[] = []
  for (const payment of effective) {
    const remainingCents = paymentUnallocatedCents(payment, effective)
    if (remainingCents > 0) sources.push({ kind: 'payment', id: payment.id, date: payment.date, label: payment.reference, remainingCents })
  }
  for (const doc of docs) {
    if (doc.type !== 'creditNote' || doc.status !== 'validated' || doc.date > asOf) continue
    const remainingCents = creditNoteRemainingCents(doc, effective)
    if (remainingCents > 0) sources.push({ kind: 'creditNote', id: doc.id, date: doc.date, label: doc.number ?? '', remainingCents })
  }
  sources.sort((a, b) => compare(a.date, b.date) || compare(a.id, b.id))
  return { sources, totalCents: sources.reduce((sum, s) => sum + s.remainingCents, 0) }
}

/**
 * The suggested lettrage of `amountCents` over open invoices, in the given order (oldest due date
 * first from {@link openInvoices}): each takes what it still owes until the money runs out; the rest
 * is the customer's credit.
 */
export function suggestAllocations(invoices: readonly Pick<PayableInvoice, 'docId' | 'remainingCents'>[], amountCents: number): { allocations: { docId: string; amountCents: number }[]; unallocatedCents: number } {
  let left = Math.max(0, amountCents)
  const allocations: { docId: string; amountCents: number }[] = []
  for (const invoice of invoices) {
    if (left <= 0) break
    const take = Math.min(left, invoice.remainingCents)
    if (take > 0) allocations.push({ docId: invoice.docId, amountCents: take })
    left -= take
  }
  return { allocations, unallocatedCents: left }
}

/** A document a learner wants to match, with what the check needs to know of it. */
export interface AllocationTarget {
  doc: SalesDoc | undefined
  /** Positive amount asked: paid on an invoice, or taken from a credit note. */
  amountCents: number
}

/**
 * Checks a lettrage: every document exists, belongs to the customer, is a validated invoice, acompte
 * invoice or credit note dated on or before `asOf`; an invoice never receives more than it still owes,
 * a credit note never gives more than it has left; the money matched never exceeds `availableCents`
 * (invoices − credit notes used). Returns the first issue, or the allocations as stored (credit notes negative).
 */
export function checkAllocations(
  input: { customerId: string; targets: readonly AllocationTarget[]; availableCents: number; asOf: IsoDate; payments: readonly Payment[] },
): { issue: PaymentIssue } | { allocations: { docId: string; amountCents: number }[] } {
  const seen = new Set<string>()
  const invoices = input.targets.map((t) => t.doc).filter((d): d is SalesDoc => d !== undefined && accountSign(d) > 0)
  const settled = settleInvoices(invoices, input.payments, input.asOf)
  const allocations: { docId: string; amountCents: number }[] = []
  for (const { doc, amountCents } of input.targets) {
    if (!doc) return { issue: { key: 'payments.errors.docNotFound' } }
    const number = doc.number ?? doc.id
    if (seen.has(doc.id)) return { issue: { key: 'payments.errors.docTwice', values: { number } } }
    seen.add(doc.id)
    if (doc.customerId !== input.customerId) return { issue: { key: 'payments.errors.otherCustomer', values: { number } } }
    if (accountSign(doc) === 0) return { issue: { key: 'payments.errors.notReceivable', values: { number } } }
    if (doc.status !== 'validated') return { issue: { key: 'payments.errors.notValidated', values: { number } } }
    if (doc.date > input.asOf) return { issue: { key: 'payments.errors.docInFuture', values: { number, date: doc.date } } }
    if (!Number.isInteger(amountCents) || amountCents <= 0) return { issue: { key: 'payments.errors.amountNotPositive', values: { number } } }
    if (accountSign(doc) > 0) {
      const remaining = settled.get(doc.id)!.remainingCents
      if (amountCents > remaining) return { issue: { key: 'payments.errors.aboveRemaining', values: { number, amountCents, remainingCents: remaining } } }
      allocations.push({ docId: doc.id, amountCents })
    } else {
      const remaining = creditNoteRemainingCents(doc, effectivePayments(input.payments, input.asOf))
      if (amountCents > remaining) return { issue: { key: 'payments.errors.aboveCreditNote', values: { number, amountCents, remainingCents: remaining } } }
      allocations.push({ docId: doc.id, amountCents: -amountCents })
    }
  }
  const matched = allocations.reduce((sum, a) => sum + a.amountCents, 0)
  if (matched < 0) return { issue: { key: 'payments.errors.creditAboveInvoices', values: { amountCents: -matched } } }
  if (matched > input.availableCents) return { issue: { key: 'payments.errors.aboveAvailable', values: { amountCents: matched, availableCents: input.availableCents } } }
  return { allocations }
}

/** Adds allocations to a payment's own, merging those on the same document into one. */
export function mergeAllocations(current: readonly Payment['allocations'][number][], added: readonly Payment['allocations'][number][]): Payment['allocations'] {
  const out = current.map((a) => ({ ...a }))
  for (const a of added) {
    const same = out.find((o) => o.docId === a.docId)
    if (same) same.amountCents += a.amountCents
    else out.push({ ...a })
  }
  return out.filter((a) => a.amountCents !== 0)
}

/**
 * Whether a payment can be recorded as rejected (impayé) on `date`: only a cheque, direct debit or LCR
 * (a transfer or card payment received is final), not already rejected, not before it was received,
 * and not when part of it was refunded (the money is gone). Bank fees are noted, never negative.
 */
export function checkRejection(payment: Payment, payments: readonly Payment[], date: IsoDate, bankFeesCents = 0): PaymentIssue | undefined {
  if (paymentKind(payment) !== 'receipt') return { key: 'payments.errors.notAReceipt' }
  if (payment.rejected) return { key: 'payments.errors.alreadyRejected', values: { date: payment.rejectedOn ?? payment.date } }
  if (!REJECTABLE_METHODS.includes(payment.method)) return { key: 'payments.errors.notRejectable', values: { method: payment.method } }
  if (date < payment.date) return { key: 'payments.errors.rejectBeforeReceipt', values: { date: payment.date } }
  if (bankFeesCents < 0) return { key: 'payments.errors.negativeFees' }
  const refunded = payments.filter((p) => p.refundOf === payment.id && !p.rejected).reduce((sum, p) => sum - p.amountCents, 0)
  if (refunded > 0) return { key: 'payments.errors.refundedAlready', values: { amountCents: refunded } }
  return undefined
}

/** Where an invoice stands at `asOf`, in the words of the payments list (see {@link settleInvoices}). */
export function invoicePaymentState(doc: SalesDoc, payments: readonly Payment[], asOf: IsoDate): InvoiceState {
  return settleInvoices([doc], payments, asOf).get(doc.id)?.state ?? 'unpaid'
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
