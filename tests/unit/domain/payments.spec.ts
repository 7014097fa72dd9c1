import { describe, expect, it } from 'vitest'
import {
  checkAllocations, checkRejection, customerBalance, customerCredits, invoicePaymentState, mergeAllocations, openInvoices,
  paymentUnallocatedCents, suggestAllocations, type SalesDoc,
} from '@/domain'
import { line, makePayment, makeProduct, makeSalesDoc } from '../../factories/company-records'

const product = makeProduct({ id: 'p', reference: 'X', priceCents: 10_000 }) // 120,00 € TTC a unit
const invoice = (id: string, date: string, dueDate: string, units = 1, extra: Partial<SalesDoc> = {}) =>
  makeSalesDoc({ id, number: `F-${id}`, type: 'invoice', customerId: 'c1', date, dueDate, lines: [line(product, units)], ...extra })
const f1 = invoice('1', '2026-01-10', '2026-02-09') // 120,00 €
const f2 = invoice('2', '2026-01-20', '2026-02-19', 2) // 240,00 €
const f3 = invoice('3', '2026-02-01', '2026-03-03') // 120,00 €
const avoir = makeSalesDoc({ id: 'a1', number: 'AV-1', type: 'creditNote', customerId: 'c1', date: '2026-02-05', lines: [line(product, 0.5)] }) // 60,00 €
const docs = [f3, f2, f1, avoir]
const asOf = '2026-03-02'

describe('suggested lettrage: oldest due date first, never above what remains (C. civ. art. 1342-10)', () => {
  it('orders the open invoices by due date and gives each what it still owes, the rest stays as credit', () => {
    const open = openInvoices(docs, [], asOf)
    expect(open.map((o) => o.docId)).toEqual(['1', '2', '3'])
    expect(suggestAllocations(open, 30_000)).toEqual({ allocations: [{ docId: '1', amountCents: 12_000 }, { docId: '2', amountCents: 18_000 }], unallocatedCents: 0 })
    expect(suggestAllocations(open, 50_000)).toEqual({
      allocations: [{ docId: '1', amountCents: 12_000 }, { docId: '2', amountCents: 24_000 }, { docId: '3', amountCents: 12_000 }], unallocatedCents: 2_000,
    })
  })

  it('an invoice partly paid is suggested for its remaining amount only', () => {
    const paid = [makePayment({ id: 'r1', customerId: 'c1', date: '2026-02-01', amountCents: 5_000, allocations: [{ docId: '1', amountCents: 5_000 }] })]
    const open = openInvoices(docs, paid, asOf)
    expect(open[0]).toMatchObject({ docId: '1', remainingCents: 7_000, state: 'overdue' })
    expect(suggestAllocations(open, 7_000).allocations).toEqual([{ docId: '1', amountCents: 7_000 }])
  })
})

describe('checking a lettrage', () => {
  const base = { customerId: 'c1', asOf, payments: [] }
  it('refuses more than an invoice still owes, with the figures', () => {
    const result = checkAllocations({ ...base, availableCents: 50_000, targets: [{ doc: f1, amountCents: 12_001 }] })
    expect(result).toEqual({ issue: { key: 'payments.errors.aboveRemaining', values: { number: 'F-1', amountCents: 12_001, remainingCents: 12_000 } } })
  })

  it('refuses an invoice of another customer, a draft, a quote and more than the payment brings', () => {
    const other = invoice('9', '2026-01-10', '2026-02-09', 1, { customerId: 'c2' })
    const draft = invoice('8', '2026-01-10', '2026-02-09', 1, { status: 'draft' })
    const quote = makeSalesDoc({ id: 'q', number: 'D-1', type: 'quote', customerId: 'c1', date: '2026-01-10', lines: [line(product, 1)] })
    const check = (doc: SalesDoc, availableCents = 50_000) => checkAllocations({ ...base, availableCents, targets: [{ doc, amountCents: 1_000 }] })
    expect(check(other)).toMatchObject({ issue: { key: 'payments.errors.otherCustomer' } })
    expect(check(draft)).toMatchObject({ issue: { key: 'payments.errors.notValidated' } })
    expect(check(quote)).toMatchObject({ issue: { key: 'payments.errors.notReceivable' } })
    expect(check(f1, 500)).toEqual({ issue: { key: 'payments.errors.aboveAvailable', values: { amountCents: 1_000, availableCents: 500 } } })
  })

  it('a credit note is matched against an invoice as a negative allocation: the customer pays 120 − 60 = 60 €', () => {
    const result = checkAllocations({ ...base, availableCents: 6_000, targets: [{ doc: f1, amountCents: 12_000 }, { doc: avoir, amountCents: 6_000 }] })
    expect(result).toEqual({ allocations: [{ docId: '1', amountCents: 12_000 }, { docId: 'a1', amountCents: -6_000 }] })
    const over = checkAllocations({ ...base, availableCents: 0, targets: [{ doc: f1, amountCents: 1_000 }, { doc: avoir, amountCents: 6_001 }] })
    expect(over).toMatchObject({ issue: { key: 'payments.errors.aboveCreditNote', values: { remainingCents: 6_000 } } })
  })
})

describe('customer credit: an overpayment stays on the account, to match later or refund', () => {
  const over = makePayment({ id: 'r1', customerId: 'c1', date: '2026-02-01', amountCents: 15_000, allocations: [{ docId: '1', amountCents: 12_000 }] })
  it('the unmatched 30,00 € and the unused credit note are the customer credit', () => {
    expect(paymentUnallocatedCents(over, [over])).toBe(3_000)
    const credits = customerCredits(docs, [over], asOf)
    expect(credits.sources.map((s) => [s.kind, s.id, s.remainingCents])).toEqual([['payment', 'r1', 3_000], ['creditNote', 'a1', 6_000]])
    expect(credits.totalCents).toBe(9_000)
  })

  it('a refund of it (negative amount) uses the credit up and brings the balance back to what is owed', () => {
    const refund = makePayment({ id: 'r2', customerId: 'c1', date: '2026-02-10', amountCents: -3_000, kind: 'refund', refundOf: 'r1' })
    expect(paymentUnallocatedCents(over, [over, refund])).toBe(0)
    // invoices 480 − credit note 60 − payments (150 − 30) = 300 €
    expect(customerBalance(docs, [over, refund], asOf).balanceCents).toBe(48_000 - 6_000 - 12_000)
  })

  it('merging new allocations onto a payment adds to the same invoice', () => {
    expect(mergeAllocations(over.allocations, [{ docId: '1', amountCents: -12_000 }, { docId: '2', amountCents: 3_000 }])).toEqual([{ docId: '2', amountCents: 3_000 }])
  })
})

describe('invoice states at the simulated date (C. com. L441-10 II, DOMAIN-FR §3)', () => {
  const cheque = makePayment({ id: 'ch', customerId: 'c1', date: '2026-02-25', amountCents: 12_000, method: 'cheque', allocations: [{ docId: '3', amountCents: 12_000 }] })
  it('unpaid before the due date, partly paid, paid, overdue the day after the due date while something remains', () => {
    expect(invoicePaymentState(f3, [], asOf)).toBe('unpaid')
    expect(invoicePaymentState(f3, [{ ...cheque, amountCents: 2_000, allocations: [{ docId: '3', amountCents: 2_000 }] }], asOf)).toBe('partlyPaid')
    expect(invoicePaymentState(f3, [cheque], asOf)).toBe('paid')
    expect(invoicePaymentState(f3, [], '2026-03-03')).toBe('unpaid')
    expect(invoicePaymentState(f3, [], '2026-03-04')).toBe('overdue')
  })

  it('a rejected cheque reopens its invoice (its allocations no longer count)', () => {
    expect(invoicePaymentState(f3, [{ ...cheque, rejected: true, rejectedOn: '2026-03-01' }], asOf)).toBe('unpaid')
    expect(invoicePaymentState(f3, [{ ...cheque, rejected: true }], '2026-03-10')).toBe('overdue')
  })

  it('only a cheque, direct debit or LCR can come back unpaid, once, not before it was received, nor once refunded', () => {
    expect(checkRejection(cheque, [cheque], '2026-03-01')).toBeUndefined()
    expect(checkRejection({ ...cheque, method: 'transfer' }, [], '2026-03-01')).toMatchObject({ key: 'payments.errors.notRejectable' })
    expect(checkRejection({ ...cheque, rejected: true }, [], '2026-03-01')).toMatchObject({ key: 'payments.errors.alreadyRejected' })
    expect(checkRejection(cheque, [], '2026-02-24')).toMatchObject({ key: 'payments.errors.rejectBeforeReceipt' })
    const refund = makePayment({ id: 'x', customerId: 'c1', date: '2026-02-28', amountCents: -500, kind: 'refund', refundOf: 'ch' })
    expect(checkRejection(cheque, [cheque, refund], '2026-03-01')).toEqual({ key: 'payments.errors.refundedAlready', values: { amountCents: 500 } })
  })
})
