import { describe, expect, it } from 'vitest'
import { accountStatement, agedBalance, ageingBucket, archiveRetainUntil, customerAgeing, customerBalance, type SalesDoc } from '@/domain'
import { makePayment, makeSalesDoc } from '../../factories/company-records'

/** A validated document of a fixed amount due (TTC), without lines to price. */
function doc(id: string, type: SalesDoc['type'], date: string, amountCents: number, dueDate?: string, status: SalesDoc['status'] = 'validated'): SalesDoc {
  return makeSalesDoc({
    id, type, customerId: 'c', date, lines: [], number: id.toUpperCase(), status,
    totals: { grossCents: 0, netCommercialCents: 0, totalExclVatCents: 0, totalVatCents: 0, totalInclVatCents: amountCents, amountDueCents: amountCents },
    ...(dueDate ? { dueDate } : {}),
  })
}

const docs = [
  doc('f1', 'invoice', '2026-09-10', 100_000, '2026-10-10'),
  doc('f2', 'invoice', '2026-10-05', 50_000, '2026-11-04'),
  doc('a1', 'creditNote', '2026-10-20', 10_000),
  doc('f3', 'downPayment', '2026-10-31', 20_000, '2026-10-31'),
  doc('f4', 'invoice', '2026-11-02', 30_000, '2026-12-02'),
  doc('d1', 'invoice', '2026-10-12', 99_999, undefined, 'draft'),
  doc('q1', 'quote', '2026-10-12', 88_888),
]
const payments = [
  makePayment({ id: 'p1', customerId: 'c', date: '2026-09-30', amountCents: 40_000, allocations: [{ docId: 'f1', amountCents: 40_000 }] }),
  makePayment({ id: 'p2', customerId: 'c', date: '2026-10-15', amountCents: 60_000, allocations: [{ docId: 'f1', amountCents: 60_000 }], rejected: true, method: 'cheque', reference: 'CHQ-1' }),
  makePayment({ id: 'p3', customerId: 'c', date: '2026-10-25', amountCents: 25_000, allocations: [{ docId: 'f2', amountCents: 25_000 }] }),
]

// DOMAIN-FR §4: the balance is invoices − credit notes − payments, TTC; the statement shows how it moves.
describe('accountStatement (relevé de compte)', () => {
  const statement = accountStatement(docs, payments, { from: '2026-10-01', to: '2026-10-31' })

  it('opens on the balance at the end of the day before the period: invoice F1 less the payment of 30/09', () => {
    expect(statement.openingBalanceCents).toBe(100_000 - 40_000)
  })

  it('lists the period in date order with the running balance; invoices +, credit notes −, payments −, a rejected payment +', () => {
    expect(statement.entries.map((e) => [e.kind, e.reference, e.debitCents, e.creditCents, e.balanceCents])).toEqual([
      ['invoice', 'F2', 50_000, 0, 110_000],
      ['payment', 'CHQ-1', 0, 60_000, 50_000],
      ['paymentRejected', 'CHQ-1', 60_000, 0, 110_000],
      ['creditNote', 'A1', 0, 10_000, 100_000],
      ['payment', 'VIR-p3', 0, 25_000, 75_000],
      ['downPayment', 'F3', 20_000, 0, 95_000],
    ])
    expect(statement.entries[0]!.dueDate).toBe('2026-11-04')
  })

  it('ignores drafts, quotes and what is dated after the period; closes on the customer balance at the last day', () => {
    expect(statement.totalDebitCents).toBe(130_000)
    expect(statement.totalCreditCents).toBe(95_000)
    expect(statement.closingBalanceCents).toBe(95_000)
    expect(statement.closingBalanceCents).toBe(customerBalance(docs, payments, '2026-10-31').balanceCents)
  })

  it('an empty period keeps the balance: opening = closing, no line', () => {
    const quiet = accountStatement(docs, payments, { from: '2026-11-10', to: '2026-11-20' })
    expect(quiet.entries).toEqual([])
    expect(quiet.openingBalanceCents).toBe(quiet.closingBalanceCents)
    expect(quiet.closingBalanceCents).toBe(customerBalance(docs, payments, '2026-11-20').balanceCents)
  })
})

// C. com. L441-10 II: overdue from the day after the due date; the buckets are 1–30, 31–60, 61–90, > 90 days.
describe('ageing buckets at their edges', () => {
  it.each([
    [-5, 'notDue'], [0, 'notDue'], [1, 'days1to30'], [30, 'days1to30'], [31, 'days31to60'], [60, 'days31to60'],
    [61, 'days61to90'], [90, 'days61to90'], [91, 'over90'], [400, 'over90'],
  ] as const)('%i days past due → %s', (days, bucket) => {
    expect(ageingBucket(days)).toBe(bucket)
  })

  it('an invoice due on the day is not due; the next day it is 1 day late; 30 days later still 1–30; then 31–60', () => {
    const invoice = [doc('f', 'invoice', '2026-01-01', 1_000, '2026-03-01')]
    expect(customerAgeing(invoice, [], '2026-03-01').buckets.notDue).toBe(1_000)
    expect(customerAgeing(invoice, [], '2026-03-02').buckets.days1to30).toBe(1_000)
    expect(customerAgeing(invoice, [], '2026-03-31').buckets.days1to30).toBe(1_000)
    expect(customerAgeing(invoice, [], '2026-04-01').buckets.days31to60).toBe(1_000)
    expect(customerAgeing(invoice, [], '2026-05-30').buckets.days61to90).toBe(1_000)
    expect(customerAgeing(invoice, [], '2026-05-31').buckets.over90).toBe(1_000)
  })
})

describe('customerAgeing on remaining amounts', () => {
  it('sorts what remains after lettrage; unmatched credits are unallocated; the total is the balance', () => {
    const ageing = customerAgeing(docs, payments, '2026-11-23')
    // F1: 100 000 − 40 000 (the rejected cheque reopens it), due 10/10 → 44 days late.
    // F2: 50 000 − 25 000, due 04/11 → 19 days. F3: due 31/10 → 23 days. F4 not due. A1 unmatched.
    expect(ageing.buckets).toEqual({ notDue: 30_000, days1to30: 25_000 + 20_000, days31to60: 60_000, days61to90: 0, over90: 0 })
    expect(ageing.unallocatedCents).toBe(-10_000)
    expect(ageing.totalCents).toBe(customerBalance(docs, payments, '2026-11-23').balanceCents)
  })

  it('the aged balance adds the customers up and leaves out settled accounts', () => {
    const settled = [doc('g1', 'invoice', '2026-10-01', 5_000, '2026-10-31')]
    const aged = agedBalance([
      { customerId: 'c', docs, payments },
      { customerId: 'z', docs: settled, payments: [makePayment({ id: 'pz', customerId: 'z', date: '2026-10-02', amountCents: 5_000, allocations: [{ docId: 'g1', amountCents: 5_000 }] })] },
      { customerId: 'y', docs: [doc('h1', 'invoice', '2026-01-01', 7_000, '2026-01-31')], payments: [] },
    ], '2026-11-23')
    expect(aged.rows.map((r) => r.customerId)).toEqual(['c', 'y'])
    expect(aged.totals.buckets.over90).toBe(7_000)
    expect(aged.totals.totalCents).toBe(125_000 + 7_000)
  })
})

describe('archive retention (C. com. L123-22: 10 years)', () => {
  it('ends 10 years after the archiving day; 29 February falls back to 28 February', () => {
    expect(archiveRetainUntil('2026-11-23')).toBe('2036-11-23')
    expect(archiveRetainUntil('2028-02-29')).toBe('2038-02-28')
    expect(archiveRetainUntil('2024-02-29', 4)).toBe('2028-02-29')
  })
})
