/**
 * The customer's account statement (relevé de compte) and the ageing of what remains owed (balance
 * âgée), DOMAIN-FR §4.
 *
 * - A statement covers a period: the opening balance (everything dated before the first day), each
 *   movement of the period in date order — invoice and acompte invoice + (débit), credit note −,
 *   payment −, rejected payment + (crédit then its reversal) — with the running balance, and the
 *   closing balance. The closing balance is {@link customerBalance} at the last day, always.
 * - A rejected cheque or direct debit is printed twice: the payment (−) and its rejection (+), on the
 *   payment's date, so it weighs nothing, as in {@link customerBalance}.
 * - Ageing at a date sorts what remains on each invoice (after lettrage) by days past its due date
 *   (C. com. L441-10: overdue from the day after the due date): not due, 1–30, 31–60, 61–90, over 90.
 *   What the company owes back (credit notes and payments not matched to an invoice) is the
 *   "unallocated" column, so the buckets plus it always equal the balance.
 */
import { accountSign, countsOnAccount, customerBalance, documentAmountDueCents, documentDueDate, settleInvoices } from './accounts'
import type { IsoDate, Payment, SalesDoc } from './model'

/** What a statement line is. */
export type StatementEntryKind = 'invoice' | 'downPayment' | 'creditNote' | 'payment' | 'paymentRejected'

/** One movement of the account. Amounts are TTC cents, positive; one of debit or credit is 0. */
export interface StatementEntry {
  kind: StatementEntryKind
  date: IsoDate
  /** The document or payment id. */
  id: string
  /** The document's number, or the payment's reference. */
  reference: string
  /** Due date of an invoice or acompte invoice. */
  dueDate?: IsoDate
  /** Adds to what the customer owes (invoice, rejected payment). */
  debitCents: number
  /** Reduces it (credit note, payment). */
  creditCents: number
  /** Balance after this line. */
  balanceCents: number
}

/** A period, both days included. */
export interface StatementPeriod {
  from: IsoDate
  to: IsoDate
}

/** The statement of a customer's account over a period. */
export interface AccountStatement extends StatementPeriod {
  /** Balance at the end of the day before `from`. */
  openingBalanceCents: number
  entries: StatementEntry[]
  totalDebitCents: number
  totalCreditCents: number
  /** opening + debits − credits = {@link customerBalance} at `to`. */
  closingBalanceCents: number
}

const KIND_ORDER: Record<StatementEntryKind, number> = { invoice: 0, downPayment: 1, creditNote: 2, payment: 3, paymentRejected: 4 }

/** Every movement of the account, in date order (documents before payments on the same day), without balances. */
function movements(docs: readonly SalesDoc[], payments: readonly Payment[]): Omit<StatementEntry, 'balanceCents'>[] {
  const out: Omit<StatementEntry, 'balanceCents'>[] = []
  for (const doc of docs) {
    if (!countsOnAccount(doc)) continue
    const amount = documentAmountDueCents(doc)
    const sign = accountSign(doc)
    const kind = doc.type as 'invoice' | 'downPayment' | 'creditNote'
    out.push({
      kind, date: doc.date, id: doc.id, reference: doc.number ?? doc.id,
      ...(sign > 0 ? { dueDate: documentDueDate(doc) } : {}),
      debitCents: sign > 0 ? amount : 0, creditCents: sign < 0 ? amount : 0,
    })
  }
  for (const payment of payments) {
    out.push({ kind: 'payment', date: payment.date, id: payment.id, reference: payment.reference, debitCents: 0, creditCents: payment.amountCents })
    if (payment.rejected) {
      out.push({ kind: 'paymentRejected', date: payment.date, id: payment.id, reference: payment.reference, debitCents: payment.amountCents, creditCents: 0 })
    }
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.reference.localeCompare(b.reference)))
}

/**
 * The account statement of a customer over `period` (both days included). `docs` may hold any of
 * the customer's documents: only validated invoices, acompte invoices and credit notes count.
 * @example accountStatement(docs, payments, { from: '2026-10-01', to: '2026-10-31' }).closingBalanceCents
 */
export function accountStatement(docs: readonly SalesDoc[], payments: readonly Payment[], period: StatementPeriod): AccountStatement {
  let balance = 0
  const entries: StatementEntry[] = []
  let totalDebitCents = 0
  let totalCreditCents = 0
  let openingBalanceCents = 0
  for (const movement of movements(docs, payments)) {
    if (movement.date > period.to) break
    balance += movement.debitCents - movement.creditCents
    if (movement.date < period.from) {
      openingBalanceCents = balance
      continue
    }
    totalDebitCents += movement.debitCents
    totalCreditCents += movement.creditCents
    entries.push({ ...movement, balanceCents: balance })
  }
  return { ...period, openingBalanceCents, entries, totalDebitCents, totalCreditCents, closingBalanceCents: openingBalanceCents + totalDebitCents - totalCreditCents }
}

/** The ageing buckets, in order: not yet due, then days past the due date. */
export const AGEING_BUCKET_KEYS = ['notDue', 'days1to30', 'days31to60', 'days61to90', 'over90'] as const
export type AgeingBucket = (typeof AGEING_BUCKET_KEYS)[number]

/** The bucket of an amount `daysLate` days past its due date (0 or less: not due). */
export function ageingBucket(daysLate: number): AgeingBucket {
  if (daysLate <= 0) return 'notDue'
  if (daysLate <= 30) return 'days1to30'
  if (daysLate <= 60) return 'days31to60'
  if (daysLate <= 90) return 'days61to90'
  return 'over90'
}

/** What a customer owes at a date, by bucket, TTC cents. */
export interface Ageing {
  buckets: Record<AgeingBucket, number>
  /** Credits not matched to an invoice (credit notes, overpayments), ≤ 0: balance − Σ buckets. */
  unallocatedCents: number
  /** Σ buckets + unallocated = the balance at the date. */
  totalCents: number
}

function emptyBuckets(): Record<AgeingBucket, number> {
  return { notDue: 0, days1to30: 0, days31to60: 0, days61to90: 0, over90: 0 }
}

/**
 * The ageing of a customer's account at `asOf`: what remains on each invoice and acompte invoice
 * (after lettrage, {@link settleInvoices}) in the bucket of its days past due; the rest of the
 * balance (credits not yet matched) is `unallocatedCents`.
 */
export function customerAgeing(docs: readonly SalesDoc[], payments: readonly Payment[], asOf: IsoDate): Ageing {
  const buckets = emptyBuckets()
  const onAccount = docs.filter((doc) => countsOnAccount(doc, asOf))
  for (const settlement of settleInvoices(onAccount, payments, asOf).values()) {
    if (settlement.remainingCents > 0) buckets[ageingBucket(settlement.daysLate)] += settlement.remainingCents
  }
  const { balanceCents } = customerBalance(docs, payments, asOf)
  const inBuckets = AGEING_BUCKET_KEYS.reduce((sum, key) => sum + buckets[key], 0)
  return { buckets, unallocatedCents: balanceCents - inBuckets, totalCents: balanceCents }
}

/** One customer's line of the aged balance. */
export interface AgedBalanceRow extends Ageing {
  customerId: string
}

/** The aged balance (balance âgée) of all customers at a date, with its totals. */
export interface AgedBalance {
  asOf: IsoDate
  /** Customers whose balance or one of whose buckets is not zero, largest total first. */
  rows: AgedBalanceRow[]
  totals: Ageing
}

/** A customer's documents and payments. */
export interface CustomerAccount {
  customerId: string
  docs: readonly SalesDoc[]
  payments: readonly Payment[]
}

/** The aged balance of every customer of `accounts` at `asOf`; customers with nothing owed either way are left out. */
export function agedBalance(accounts: readonly CustomerAccount[], asOf: IsoDate): AgedBalance {
  const totals: Ageing = { buckets: emptyBuckets(), unallocatedCents: 0, totalCents: 0 }
  const rows: AgedBalanceRow[] = []
  for (const account of accounts) {
    const ageing = customerAgeing(account.docs, account.payments, asOf)
    if (ageing.totalCents === 0 && ageing.unallocatedCents === 0) continue
    rows.push({ customerId: account.customerId, ...ageing })
    for (const key of AGEING_BUCKET_KEYS) totals.buckets[key] += ageing.buckets[key]
    totals.unallocatedCents += ageing.unallocatedCents
    totals.totalCents += ageing.totalCents
  }
  rows.sort((a, b) => b.totalCents - a.totalCents || a.customerId.localeCompare(b.customerId))
  return { asOf, rows, totals }
}

/** Legal retention of accounting documents and their supporting pieces: 10 years (C. com. L123-22). */
export const ARCHIVE_RETENTION_YEARS = 10

/** End of the retention of a document archived on `archivedOn`: the same day 10 years later (29 Feb → 28 Feb). */
export function archiveRetainUntil(archivedOn: IsoDate, years: number = ARCHIVE_RETENTION_YEARS): IsoDate {
  const [y, m, d] = archivedOn.split('-').map(Number) as [number, number, number]
  const year = y + years
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  const day = m === 2 && d === 29 && !leap ? 28 : d
  return `${year}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}
