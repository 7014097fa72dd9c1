import { describe, expect, it } from 'vitest'
import { checkOrder, recordSolvencyCheck } from '@/commands/credit'
import { createOrder } from '@/commands/sales/orders'
import type { WorkspaceDb } from '@/db/workspace-db'
import { line, makeCustomer, makeProduct, makeSalesDoc } from '../../../factories/company-records'
import { attempt, doc, dubois, lastEntry, run, salesWorkspace, snapshot } from '../sales/sales-workspace'

// DOMAIN-FR §4 "checks before accepting an order" (REAC CP4.1) and the delegation (CP4.3, maxCreditOverrunCents 1 000 €).
// Atelier Dubois, plafond 15 000 €: 2 400 overdue (16 days) + 7 200 not due + 2 400 open order = 12 000 → 3 000 available.
const unit = makeProduct({ id: 'p-unit', reference: 'UNI-100', priceCents: 100_000, stockManaged: false })

async function nearLimit(): Promise<WorkspaceDb> {
  const { db } = await salesWorkspace()
  await db.products.add(unit)
  await db.salesDocs.bulkAdd([
    makeSalesDoc({ id: 'i-late', type: 'invoice', number: 'FA-2026-00001', customerId: dubois.id, date: '2026-01-15', lines: [line(unit, 2)] }),
    makeSalesDoc({ id: 'i-open', type: 'invoice', number: 'FA-2026-00002', customerId: dubois.id, date: '2026-02-20', lines: [line(unit, 6)] }),
    makeSalesDoc({ id: 'o-open', type: 'order', number: 'BC-2026-00001', customerId: dubois.id, date: '2026-02-25', lines: [line(unit, 2)] }),
  ])
  return db
}

const order = (quantity: number, extra: Record<string, unknown> = {}) => ({ customerId: dubois.id, lines: [{ productId: unit.id, quantity }], ...extra })

describe('the credit check at order time', () => {
  it('credit.checkOrder journals the figures and changes nothing', async () => {
    const db = await nearLimit()
    const before = await snapshot(db)
    const result = await run(db, checkOrder, { customerId: dubois.id, orderInclVatCents: 360_000 })
    expect(result).toMatchObject({ status: 'blocked', exposureCents: 1_200_000, orderCents: 360_000, limitCents: 1_500_000, availableCents: 300_000, excessCents: 60_000, reasons: 'overLimit', options: 'acompte,reduce,override,managerApproval' })
    expect(await snapshot(db)).toEqual(before)
    expect(await lastEntry(db)).toMatchObject({ command: 'credit.checkOrder', outcome: 'done', result: expect.objectContaining({ excessCents: 60_000 }) })
  })

  it('credit.checkOrder prices the order being entered as sales.createOrder does (logistics fields ignored)', async () => {
    const db = await nearLimit()
    const result = await run(db, checkOrder, order(3, { customerPoNumber: 'PO-1', discountsPercent: [10] }))
    expect(result).toMatchObject({ status: 'blocked', orderCents: 324_000, excessCents: 24_000, customerId: dubois.id })
    expect(await run(db, createOrder, order(3, { customerPoNumber: 'PO-1', discountsPercent: [10], creditResolution: { kind: 'override' } }))).toMatchObject({ totalInclVatCents: 324_000, excessCents: 24_000 })
  })

  it('an order over the limit is refused with the figures, journaled as refused, nothing written', async () => {
    const db = await nearLimit()
    const before = await snapshot(db)
    const result = await attempt(db, createOrder, order(3))
    expect(result).toMatchObject({ ok: false, reason: { key: 'credit.rules.blocked.overLimit', values: { exposureEuros: 12_000, orderEuros: 3_600, limitEuros: 15_000, excessEuros: 600 } } })
    expect(await snapshot(db)).toEqual(before)
    expect(await lastEntry(db)).toMatchObject({ command: 'sales.createOrder', outcome: 'refused', reason: { key: 'credit.rules.blocked.overLimit' } })
  })

  it('an order within the available credit is recorded as before', async () => {
    const db = await nearLimit()
    expect(await run(db, createOrder, order(2))).toMatchObject({ credit: 'ok', excessCents: 0, totalInclVatCents: 240_000 })
  })

  it('an override within the delegation (600 € ≤ 1 000 €) records the order and says so in the journal', async () => {
    const db = await nearLimit()
    const result = await run(db, createOrder, order(3, { creditResolution: { kind: 'override' } }))
    expect(result).toMatchObject({ credit: 'override', excessCents: 60_000 })
    expect(await lastEntry(db)).toMatchObject({ input: expect.objectContaining({ creditResolution: { kind: 'override' } }), outcome: 'done' })
  })

  it('an override beyond the delegation (3 000 € > 1 000 €) is refused: ask the manager', async () => {
    const db = await nearLimit()
    const before = await snapshot(db)
    const result = await attempt(db, createOrder, order(5, { creditResolution: { kind: 'override' } }))
    expect(result).toMatchObject({ ok: false, reason: { key: 'credit.rules.beyondDelegation', values: { excessEuros: 3_000, maxCreditOverrunEuros: 1_000 } } })
    expect(await snapshot(db)).toEqual(before)
  })

  it('an acompte ≥ the excess records the order and its draft acompte invoice; below the excess it is refused', async () => {
    const db = await nearLimit()
    const short = await attempt(db, createOrder, order(5, { creditResolution: { kind: 'acompte', amountCents: 299_999 } }))
    expect(short).toMatchObject({ ok: false, reason: { key: 'credit.rules.acompteTooSmall', values: { amountEuros: 2_999.99, excessEuros: 3_000 } } })
    const result = await run(db, createOrder, order(5, { creditResolution: { kind: 'acompte', amountCents: 300_000 } }))
    expect(result).toMatchObject({ credit: 'acompte', excessCents: 300_000 })
    const acompte = await doc(db, result.downPaymentId!)
    expect(acompte).toMatchObject({ type: 'downPayment', status: 'draft', sourceIds: [result.orderId], totals: expect.objectContaining({ totalInclVatCents: 300_000 }) })
  })

  it('the manager’s approval with a reference lifts the block; an empty reference is refused naming the field', async () => {
    const db = await nearLimit()
    const empty = await attempt(db, createOrder, order(5, { creditResolution: { kind: 'managerApproval', reference: '  ' } }))
    expect(empty).toMatchObject({ ok: false, reason: { values: { field: 'creditResolution.reference' } } })
    expect(await run(db, createOrder, order(5, { creditResolution: { kind: 'managerApproval', reference: 'Accord de M. Roux, 2 mars' } }))).toMatchObject({ credit: 'managerApproval' })
  })

  it('an invoice overdue beyond 30 days blocks even a small order; an override does not lift it', async () => {
    const { db } = await salesWorkspace()
    await db.products.add(unit)
    await db.salesDocs.add(makeSalesDoc({ id: 'i-old', type: 'invoice', customerId: dubois.id, date: '2025-12-01', lines: [line(unit, 1)] }))
    expect(await attempt(db, createOrder, order(1))).toMatchObject({ ok: false, reason: { key: 'credit.rules.blocked.overdueBeyondThreshold', values: { oldestOverdueDays: 61, thresholdDays: 30 } } })
    expect(await attempt(db, createOrder, order(1, { creditResolution: { kind: 'override' } }))).toMatchObject({ ok: false, reason: { key: 'credit.rules.onlyManagerCanLift' } })
  })
})

describe('solvency check (DOMAIN-FR §4: a new customer or an unusual order)', () => {
  const fresh = makeCustomer({ id: 'cus-new', name: 'Jeune Pousse SAS', createdOn: '2026-02-15' })

  it('a new customer’s first order is refused until the learner records a solvency check', async () => {
    const { db } = await salesWorkspace()
    await db.tiers.add(fresh)
    await db.products.add(unit)
    const input = { customerId: fresh.id, lines: [{ productId: unit.id, quantity: 1 }] }
    expect(await attempt(db, createOrder, input)).toMatchObject({ ok: false, reason: { key: 'credit.rules.blocked.solvencyMissing', values: { why: 'newCustomer' } } })
    const recorded = await run(db, recordSolvencyCheck, { customerId: fresh.id, bdfRating: 'c4', score: '14/20', insurerCoverCents: 2_000_000, legalProceedings: false, decision: 'accept' })
    expect(await db.solvencyChecks.get(recorded.solvencyCheckId)).toMatchObject({ customerId: fresh.id, date: '2026-03-02', bdfRating: 'C4', insurerCoverCents: 2_000_000, decision: 'accept' })
    expect(await run(db, createOrder, input)).toMatchObject({ credit: 'ok' })
  })

  it('an unusual order (≥ 10 000 € TTC) of a known customer needs one too', async () => {
    const { db } = await salesWorkspace()
    await db.products.add(unit)
    const result = await attempt(db, createOrder, order(9))
    expect(result).toMatchObject({ ok: false, reason: { key: 'credit.rules.blocked.solvencyMissing', values: { why: 'unusualOrder', thresholdEuros: 10_000 } } })
  })

  it('bad input names the field and writes nothing', async () => {
    const { db } = await salesWorkspace()
    const result = await attempt(db, recordSolvencyCheck, { customerId: dubois.id, legalProceedings: false, decision: 'maybe' })
    expect(result).toMatchObject({ ok: false, reason: { values: { field: 'decision' } } })
    expect(await db.solvencyChecks.count()).toBe(0)
  })
})
