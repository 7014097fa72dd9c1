import { beforeEach, describe, expect, it } from 'vitest'
import { allocateCredit, recordPayment, refundCredit, rejectPayment } from '@/commands/payments'
import { customerBalance, invoicePaymentState, type SalesDoc } from '@/domain'
import type { WorkspaceDb } from '@/db/workspace-db'
import { line, makeCustomer, makePayment, makeProduct, makeSalesDoc } from '../../factories/company-records'
import { attempt, lastEntry, run, salesWorkspace } from './sales/sales-workspace'

const product = makeProduct({ id: 'p-x', reference: 'X-1', priceCents: 10_000 }) // 120,00 € TTC a unit
const inv = (id: string, date: string, dueDate: string, units: number, extra: Partial<SalesDoc> = {}) =>
  makeSalesDoc({ id, number: `F-${id}`, type: 'invoice', customerId: 'cus-dubois', date, dueDate, lines: [line(product, units)], ...extra })
const f1 = inv('f1', '2026-01-05', '2026-02-04', 1) // 120 €, overdue on 2026-03-02
const f2 = inv('f2', '2026-02-10', '2026-03-12', 2) // 240 €, not yet due
const draft = inv('f3', '2026-02-20', '2026-03-22', 1, { status: 'draft', number: undefined })
const other = inv('f4', '2026-02-01', '2026-03-03', 1, { customerId: 'cus-other' })
const avoir = makeSalesDoc({ id: 'av1', number: 'AV-1', type: 'creditNote', customerId: 'cus-dubois', date: '2026-02-15', lines: [line(product, 0.5)] }) // 60 €

let db: WorkspaceDb
beforeEach(async () => {
  ;({ db } = await salesWorkspace())
  await db.tiers.add(makeCustomer({ id: 'cus-other', name: 'Autre client' }))
  await db.salesDocs.bulkAdd([f1, f2, draft, other, avoir])
})

const state = async (id: string, asOf = '2026-03-02') => invoicePaymentState((await db.salesDocs.get(id))!, await db.payments.toArray(), asOf)
const record = (over: Record<string, unknown> = {}) => ({ customerId: 'cus-dubois', date: '2026-03-01', amountCents: 5_000, method: 'transfer', reference: 'VIR 1', ...over })

describe('payments.record', () => {
  it('a partial payment leaves its invoice partly paid (overdue when past its due date) and is journaled', async () => {
    await run(db, recordPayment, record({ allocations: [{ docId: 'f2', amountCents: 5_000 }] }))
    expect(await state('f2')).toBe('partlyPaid')
    expect(await state('f1')).toBe('overdue')
    expect((await lastEntry(db)).command).toBe('payments.record')
  })

  it('one payment across two invoices settles both, the overpayment stays as a credit', async () => {
    const result = await run(db, recordPayment, record({ amountCents: 40_000, allocations: [{ docId: 'f1', amountCents: 12_000 }, { docId: 'f2', amountCents: 24_000 }] }))
    expect(result).toMatchObject({ allocatedCents: 36_000, unallocatedCents: 4_000 })
    expect([await state('f1'), await state('f2')]).toEqual(['paid', 'paid'])
  })

  it('a credit note deducted from the payment: 120 € invoice − 60 € credit note = 60 € received', async () => {
    const { paymentId } = await run(db, recordPayment, record({ amountCents: 6_000, allocations: [{ docId: 'f1', amountCents: 12_000 }, { docId: 'av1', amountCents: 6_000 }] }))
    expect((await db.payments.get(paymentId))!.allocations).toEqual([{ docId: 'f1', amountCents: 12_000 }, { docId: 'av1', amountCents: -6_000 }])
    expect(await state('f1')).toBe('paid')
  })

  it.each([
    ['above what remains', { allocations: [{ docId: 'f1', amountCents: 12_001 }], amountCents: 20_000 }, 'payments.errors.aboveRemaining', { amountEuros: 120.01, remainingEuros: 120 }],
    ['another customer\'s invoice', { allocations: [{ docId: 'f4', amountCents: 100 }] }, 'payments.errors.otherCustomer', { number: 'F-f4' }],
    ['an unvalidated invoice', { allocations: [{ docId: 'f3', amountCents: 100 }] }, 'payments.errors.notValidated', {}],
    ['more than received', { allocations: [{ docId: 'f2', amountCents: 6_000 }] }, 'payments.errors.aboveAvailable', { amountEuros: 60, availableEuros: 50 }],
    ['a date after the simulated date', { date: '2026-03-03' }, 'payments.errors.dateInFuture', { today: '2026-03-02' }],
    ['a prospect', { customerId: 'pro-nova' }, 'payments.errors.notACustomer', {}],
  ])('refuses %s with its figures and writes nothing', async (_, over, key, values) => {
    const result = await attempt(db, recordPayment, record(over))
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.reason.key).toBe(key)
      expect(result.reason.values ?? {}).toMatchObject(values)
    }
    expect(await db.payments.count()).toBe(0)
    expect((await lastEntry(db)).outcome).toBe('refused')
  })

  it('refuses a zero amount and an unknown method at the input', async () => {
    expect((await attempt(db, recordPayment, record({ amountCents: 0 }))).ok).toBe(false)
    expect((await attempt(db, recordPayment, record({ method: 'cash' }))).ok).toBe(false)
  })

  it('with a bank line: same amount and unmatched, then marked matched in the same transaction', async () => {
    await db.bankLines.bulkAdd([
      { id: 'b1', importId: 'i1', date: '2026-03-01', label: 'VIR DUBOIS', amountCents: 5_000, status: 'unmatched' },
      { id: 'b2', importId: 'i1', date: '2026-03-01', label: 'VIR AUTRE', amountCents: 7_000, status: 'unmatched' },
    ])
    const wrong = await attempt(db, recordPayment, record({ bankLineId: 'b2' }))
    expect(wrong.ok ? '' : wrong.reason.key).toBe('payments.errors.bankLineAmount')
    const { paymentId } = await run(db, recordPayment, record({ bankLineId: 'b1' }))
    expect(await db.bankLines.get('b1')).toMatchObject({ status: 'matched', paymentId })
    const again = await attempt(db, recordPayment, record({ bankLineId: 'b1' }))
    expect(again.ok ? '' : again.reason.key).toBe('payments.errors.bankLineTaken')
    expect(await db.payments.count()).toBe(1)
  })
})

describe('payments.allocate, payments.refund, payments.reject', () => {
  it('matches a payment\'s credit to an invoice later, never above the credit', async () => {
    const { paymentId } = await run(db, recordPayment, record({ amountCents: 10_000 }))
    const over = await attempt(db, allocateCredit, { source: { kind: 'payment', paymentId }, allocations: [{ docId: 'f1', amountCents: 10_001 }] })
    expect(over.ok ? '' : over.reason.key).toBe('payments.errors.aboveAvailable')
    await run(db, allocateCredit, { source: { kind: 'payment', paymentId }, allocations: [{ docId: 'f1', amountCents: 10_000 }] })
    expect(await state('f1')).toBe('overdue')
    expect((await db.payments.get(paymentId))!.allocations).toEqual([{ docId: 'f1', amountCents: 10_000 }])
  })

  it('matches a credit note against an invoice without money (compensation)', async () => {
    await run(db, allocateCredit, { source: { kind: 'creditNote', creditNoteId: 'av1' }, allocations: [{ docId: 'f1', amountCents: 6_000 }] })
    await run(db, recordPayment, record({ amountCents: 6_000, allocations: [{ docId: 'f1', amountCents: 6_000 }] }))
    expect(await state('f1')).toBe('paid')
    const tooMuch = await attempt(db, allocateCredit, { source: { kind: 'creditNote', creditNoteId: 'av1' }, allocations: [{ docId: 'f2', amountCents: 1 }] })
    expect(tooMuch.ok ? '' : tooMuch.reason.key).toBe('payments.errors.aboveCreditNote')
  })

  it('refunds an overpayment up to the credit, and the balance stays invoices − credit notes − payments', async () => {
    const { paymentId } = await run(db, recordPayment, record({ amountCents: 15_000, allocations: [{ docId: 'f1', amountCents: 12_000 }] }))
    const over = await attempt(db, refundCredit, { source: { kind: 'payment', paymentId }, date: '2026-03-02', amountCents: 3_001, method: 'transfer', reference: 'REMB' })
    expect(over.ok ? {} : over.reason.values).toMatchObject({ availableEuros: 30 })
    await run(db, refundCredit, { source: { kind: 'payment', paymentId }, date: '2026-03-02', amountCents: 3_000, method: 'transfer', reference: 'REMB' })
    const docs = await db.salesDocs.where('customerId').equals('cus-dubois').toArray()
    // 120 + 240 − 60 − (150 − 30)
    expect(customerBalance(docs, await db.payments.toArray(), '2026-03-02').balanceCents).toBe(36_000 - 6_000 - 12_000)
  })

  it('a rejected cheque reopens its invoice with the bank fees noted; a transfer cannot be rejected', async () => {
    const { paymentId } = await run(db, recordPayment, record({ method: 'cheque', amountCents: 24_000, allocations: [{ docId: 'f2', amountCents: 24_000 }] }))
    expect(await state('f2')).toBe('paid')
    const result = await run(db, rejectPayment, { paymentId, date: '2026-03-02', bankFeesCents: 1_500, reason: 'Sans provision' })
    expect(result.reopenedDocIds).toEqual(['f2'])
    expect(await state('f2')).toBe('unpaid')
    expect(await state('f2', '2026-03-13')).toBe('overdue')
    expect(await db.payments.get(paymentId)).toMatchObject({ rejected: true, rejectedOn: '2026-03-02', bankFeesCents: 1_500 })
    const again = await attempt(db, rejectPayment, { paymentId, date: '2026-03-02' })
    expect(again.ok ? '' : again.reason.key).toBe('payments.errors.alreadyRejected')
    const transfer = await run(db, recordPayment, record())
    const refused = await attempt(db, rejectPayment, { paymentId: transfer.paymentId, date: '2026-03-02' })
    expect(refused.ok ? '' : refused.reason.key).toBe('payments.errors.notRejectable')
  })

  it('an existing seeded-style payment is accepted as it is (refund of a credit note)', async () => {
    await db.payments.add(makePayment({ id: 'old', customerId: 'cus-dubois', date: '2026-02-20', amountCents: -2_000, kind: 'refund', allocations: [{ docId: 'av1', amountCents: -2_000 }] }))
    const over = await attempt(db, refundCredit, { source: { kind: 'creditNote', creditNoteId: 'av1' }, date: '2026-03-02', amountCents: 4_001, method: 'transfer', reference: 'R' })
    expect(over.ok ? {} : over.reason.values).toMatchObject({ availableEuros: 40 })
  })
})
