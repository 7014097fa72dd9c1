import { addDays, daysBetween } from '@/domain/calendar'
import type { Payment, PaymentMethod, Tier } from '@/domain'
import type { IssuedCreditNote, IssuedInvoice } from './simulation'
import type { Random } from './prng'

/** Overdue ageing buckets at the end of the history (days past the due date), as a dunning list shows them. */
export const AGEING_BUCKETS: readonly { from: number; to: number }[] = [
  { from: 1, to: 30 }, { from: 31, to: 60 }, { from: 61, to: 90 }, { from: 91, to: Infinity },
]

/** Days after which a disputed invoice of the history has been settled. */
const DISPUTE_SETTLED_AFTER_DAYS = 360

interface PlannedPayment {
  invoice: IssuedInvoice
  day: number
  amountCents: number
}

export interface SettlementInput {
  invoices: IssuedInvoice[]
  creditNotes: IssuedCreditNote[]
  /** Exposure that payments do not change (confirmed orders not yet invoiced), per customer. */
  openOrders: Map<string, number>
  tiers: Tier[]
  /** The date of each day index of the history. */
  dates: string[]
  endDate: string
  rng: Random
}

/**
 * How customers paid, in the domain's terms (`settleInvoices`, `customerBalance`): a payment allocates
 * what it settles to the invoice (lettrage), and a credit note is matched by a payment that allocates a
 * negative amount to it, so the customer pays the invoice less the credit note; a credit note that
 * comes after the invoice was paid is refunded (a negative receipt matched to it). Most customers pay
 * on time, some late, some in two instalments, a few never (disputes), card customers at the order.
 * The end state then shows what a learner must deal with: overdue invoices in every ageing bucket,
 * some customers near their credit limit and one over it.
 */
export function settle(input: SettlementInput): Payment[] {
  const credits = new Map<string, IssuedCreditNote[]>()
  for (const credit of input.creditNotes) {
    const id = credit.doc.sourceIds[0] ?? ''
    credits.set(id, [...(credits.get(id) ?? []), credit])
  }
  const byInvoice = new Map<string, PlannedPayment[]>()
  for (const payment of capToOutstanding(planPayments(input))) {
    const list = byInvoice.get(payment.invoice.doc.id)
    if (list) list.push(payment)
    else byInvoice.set(payment.invoice.doc.id, [payment])
  }
  const remaining = (invoice: IssuedInvoice) => invoice.doc.totals!.amountDueCents - paidOf(byInvoice.get(invoice.doc.id))
  fillAgeingBuckets(input, byInvoice, credits, remaining)
  pushCustomersToTheirLimit(input, byInvoice, credits, remaining)
  return materialize(input, byInvoice, credits)
}

function planPayments({ invoices, dates, rng }: SettlementInput): PlannedPayment[] {
  const planned: PlannedPayment[] = []
  // Day indexes, not date arithmetic: a payment on or after the end of the history has not happened yet.
  const push = (invoice: IssuedInvoice, day: number, amountCents: number) => {
    if (day < dates.length) planned.push({ invoice, day, amountCents })
  }
  for (const invoice of invoices) {
    const total = invoice.doc.totals!.amountDueCents
    const habit = invoice.profile.payer
    let day: number
    if (habit === 'card') day = invoice.day
    else if (habit === 'good') day = invoice.dueDay + rng.int(-8, 3)
    else if (habit === 'late') day = invoice.dueDay + rng.int(10, 40)
    else day = invoice.dueDay + rng.int(40, 120)
    day = Math.max(day, invoice.day)
    const disputed = habit !== 'card' && rng.chance(habit === 'slow' ? 0.06 : 0.008)
    if (disputed) {
      // A dispute is settled within months in real life (a credit note or a payment): only the disputes
      // of the last year stay open, so old ones do not block every new order at the credit check.
      if (dates.length - invoice.dueDay > DISPUTE_SETTLED_AFTER_DAYS) push(invoice, invoice.dueDay + DISPUTE_SETTLED_AFTER_DAYS / 2, total)
      continue
    }
    if (habit !== 'card' && rng.chance(0.03)) {
      const first = Math.round(total * (0.4 + rng.next() * 0.2))
      push(invoice, day, first)
      push(invoice, day + rng.int(15, 45), total - first)
    } else {
      push(invoice, day, total)
    }
  }
  return planned
}

/** A payment never settles more than what the invoice still owes (the second instalment completes it). */
function capToOutstanding(planned: PlannedPayment[]): PlannedPayment[] {
  planned.sort((a, b) => a.day - b.day || a.invoice.day - b.invoice.day)
  const paid = new Map<string, number>()
  const kept: PlannedPayment[] = []
  for (const payment of planned) {
    const id = payment.invoice.doc.id
    const amountCents = Math.min(payment.amountCents, payment.invoice.doc.totals!.amountDueCents - (paid.get(id) ?? 0))
    if (amountCents <= 0) continue
    paid.set(id, (paid.get(id) ?? 0) + amountCents)
    kept.push({ ...payment, amountCents })
  }
  return kept
}

function paidOf(list: PlannedPayment[] | undefined): number {
  let sum = 0
  for (const payment of list ?? []) sum += payment.amountCents
  return sum
}

/** Leaves at least one invoice unpaid in each ageing bucket (the latest one due in that range). */
function fillAgeingBuckets(
  { invoices, endDate }: SettlementInput, byInvoice: Map<string, PlannedPayment[]>, credits: Map<string, IssuedCreditNote[]>,
  remaining: (invoice: IssuedInvoice) => number,
): void {
  for (const bucket of AGEING_BUCKETS) {
    // Due between these two dates (string comparison of calendar dates: no date arithmetic per invoice).
    const latestDue = addDays(endDate, -bucket.from)
    const earliestDue = bucket.to === Infinity ? '0000-01-01' : addDays(endDate, -bucket.to)
    const inBucket = invoices.filter((invoice) => {
      const due = invoice.doc.dueDate ?? invoice.doc.date
      return due <= latestDue && due >= earliestDue && invoice.profile.payer !== 'card' && !credits.has(invoice.doc.id)
    })
    if (inBucket.length === 0 || inBucket.some((invoice) => remaining(invoice) > 0)) continue
    // For the oldest bucket take an invoice about four months overdue, not the very oldest.
    const overdueDays = (invoice: IssuedInvoice) => daysBetween(invoice.doc.dueDate ?? invoice.doc.date, endDate)
    const target = bucket.to === Infinity ? inBucket.filter((i) => overdueDays(i) <= 150).at(-1) ?? inBucket.at(-1) : inBucket.at(-1)
    if (target) byInvoice.delete(target.doc.id)
  }
}

/**
 * Leaves unpaid the latest invoices of some B2B customers until their exposure (balance + open orders,
 * DOMAIN-FR §4) reaches their credit limit: the catalogue's `nearCreditLimit` customers (over the limit
 * for very late payers), or without hints the customers buying most for their limit, one over and two near.
 */
function pushCustomersToTheirLimit(
  input: SettlementInput, byInvoice: Map<string, PlannedPayment[]>, credits: Map<string, IssuedCreditNote[]>,
  remaining: (invoice: IssuedInvoice) => number,
): void {
  const { invoices, openOrders, tiers, endDate } = input
  const balance = new Map<string, number>()
  for (const invoice of invoices) {
    const id = invoice.doc.customerId
    balance.set(id, (balance.get(id) ?? 0) + Math.max(0, remaining(invoice)))
  }
  const exposure = (id: string) => (balance.get(id) ?? 0) + (openOrders.get(id) ?? 0)

  const since = addDays(endDate, -150)
  const recent = new Map<string, IssuedInvoice[]>()
  const targets = new Map<string, 'near' | 'over'>()
  for (const invoice of invoices) {
    if (invoice.profile.creditTarget) targets.set(invoice.doc.customerId, invoice.profile.creditTarget)
    if (invoice.profile.payer === 'card' || invoice.doc.date < since || credits.has(invoice.doc.id)) continue
    const list = recent.get(invoice.doc.customerId)
    if (list) list.push(invoice)
    else recent.set(invoice.doc.customerId, [invoice])
  }
  const limits = new Map(tiers.map((tier) => [tier.id, tier.customer?.creditLimitCents ?? 0]))
  const limitOf = (id: string) => limits.get(id) ?? 0
  const band = { near: { low: 0.86, high: 0.99 }, over: { low: 1.03, high: 1.4 } }

  const reach = (id: string, target: 'near' | 'over'): boolean => {
    const limit = limitOf(id)
    const { low, high } = band[target]
    if (limit <= 0 || exposure(id) > high * limit) return false
    const dropped: [string, PlannedPayment[]][] = []
    // Drop the payments of the latest invoices first: in real life they are the ones still open.
    for (const invoice of [...(recent.get(id) ?? [])].reverse()) {
      if (exposure(id) >= low * limit) break
      const paid = byInvoice.get(invoice.doc.id)
      const amount = paidOf(paid)
      if (!paid || amount === 0 || exposure(id) + amount > high * limit) continue
      byInvoice.delete(invoice.doc.id)
      dropped.push([invoice.doc.id, paid])
      balance.set(id, (balance.get(id) ?? 0) + amount)
    }
    if (exposure(id) >= low * limit) return true
    for (const [invoiceId, paid] of dropped) {
      byInvoice.set(invoiceId, paid)
      balance.set(id, (balance.get(id) ?? 0) - paidOf(paid))
    }
    return false
  }

  if (targets.size > 0) {
    for (const [id, target] of [...targets].sort((a, b) => a[0].localeCompare(b[0]))) reach(id, target)
    return
  }
  const candidates = [...recent.keys()].filter((id) => limitOf(id) > 0)
    .map((id) => ({ id, ratio: recent.get(id)!.reduce((s, i) => s + i.doc.totals!.amountDueCents, 0) / limitOf(id) }))
    .sort((a, b) => b.ratio - a.ratio || a.id.localeCompare(b.id))
  const used = new Set<string>()
  for (const target of ['over', 'near', 'near'] as const) {
    const found = candidates.find(({ id }) => !used.has(id) && reach(id, target))
    if (found) used.add(found.id)
  }
}

const REFERENCE_PREFIX: Record<PaymentMethod, string> = {
  transfer: 'Virement', cheque: 'Chèque', card: 'CB', lcr: 'LCR', directDebit: 'Prélèvement',
}

/**
 * Payment records, dated in order. Each payment of an invoice also matches the invoice's credit notes
 * issued by then (a negative allocation: the customer pays the net); a credit note left unmatched is
 * refunded a few days after it was issued.
 */
function materialize(
  { invoices, dates, rng }: SettlementInput, byInvoice: Map<string, PlannedPayment[]>, credits: Map<string, IssuedCreditNote[]>,
): Payment[] {
  const rows: { day: number; order: number; payment: Omit<Payment, 'id'> }[] = []
  for (const invoice of invoices) {
    const doc = invoice.doc
    const method = invoice.profile.tier.customer!.paymentMethod
    const pending = [...(credits.get(doc.id) ?? [])]
    for (const planned of byInvoice.get(doc.id) ?? []) {
      const allocations: Payment['allocations'] = [{ docId: doc.id, amountCents: planned.amountCents }]
      let amountCents = planned.amountCents
      while (pending.length > 0 && pending[0]!.day <= planned.day && amountCents > pending[0]!.doc.totals!.amountDueCents) {
        const note = pending.shift()!
        amountCents -= note.doc.totals!.amountDueCents
        allocations.push({ docId: note.doc.id, amountCents: -note.doc.totals!.amountDueCents })
      }
      rows.push({
        day: planned.day, order: invoice.day,
        payment: {
          customerId: doc.customerId, date: dates[planned.day]!, amountCents, method,
          reference: `${REFERENCE_PREFIX[method]} ${doc.number ?? ''}`.trim(), allocations,
        },
      })
    }
    // A credit note issued after the invoice was fully paid is refunded; on an invoice still open it
    // waits for the next payment (the customer's balance shows it).
    if (paidOf(byInvoice.get(doc.id)) < doc.totals!.amountDueCents) continue
    for (const note of pending) {
      const day = note.day + rng.int(2, 10)
      if (day >= dates.length) continue
      const amount = note.doc.totals!.amountDueCents
      rows.push({
        day, order: note.day,
        payment: {
          customerId: doc.customerId, date: dates[day]!, amountCents: -amount, method: method === 'card' ? 'card' : 'transfer',
          reference: `Remboursement ${note.doc.number ?? ''}`.trim(), allocations: [{ docId: note.doc.id, amountCents: -amount }],
        },
      })
    }
  }
  rows.sort((a, b) => a.day - b.day || a.order - b.order)
  return rows.map((row, index) => ({ id: `pay-${String(index + 1).padStart(6, '0')}`, ...row.payment }))
}
