import { describe, expect, it } from 'vitest'
import { recordSolvencyCheck } from '@/commands/credit'
import { loadCustomerRisk, loadExposureRows } from '@/db/queries/credit'
import { line, makeCustomer, makePayment, makeProduct, makeSalesDoc } from '../../../factories/company-records'
import { dubois, run, salesWorkspace } from '../sales/sales-workspace'

// The risk sheet (DOMAIN-FR §4): average days late on paid invoices, incidents, DSO over 365 days; the exposure list.
const unit = makeProduct({ id: 'p-unit', reference: 'UNI-100', priceCents: 100_000, stockManaged: false })
const tight = makeCustomer({ id: 'cus-tight', name: 'Serré SARL', customer: { ...dubois.customer!, creditLimitCents: 100_000 } })

async function withHistory() {
  const { db } = await salesWorkspace()
  await db.products.add(unit)
  await db.tiers.add(tight)
  await db.salesDocs.bulkAdd([
    // Due 2026-01-31, paid 2026-02-10: 10 days late. Due 2026-02-28, paid on 2026-02-20: on time.
    makeSalesDoc({ id: 'i1', type: 'invoice', customerId: dubois.id, date: '2026-01-01', lines: [line(unit, 1)], dueDate: '2026-01-31' }),
    makeSalesDoc({ id: 'i2', type: 'invoice', customerId: dubois.id, date: '2026-01-29', lines: [line(unit, 1)], dueDate: '2026-02-28' }),
    makeSalesDoc({ id: 'i3', type: 'invoice', customerId: dubois.id, date: '2026-02-20', lines: [line(unit, 2)] }),
    makeSalesDoc({ id: 'i4', type: 'invoice', customerId: tight.id, date: '2026-02-20', lines: [line(unit, 1)] }),
  ])
  await db.payments.bulkAdd([
    makePayment({ id: 'p1', customerId: dubois.id, date: '2026-02-10', amountCents: 120_000, allocations: [{ docId: 'i1', amountCents: 120_000 }] }),
    makePayment({ id: 'p2', customerId: dubois.id, date: '2026-02-20', amountCents: 120_000, allocations: [{ docId: 'i2', amountCents: 120_000 }] }),
    makePayment({ id: 'p3', customerId: dubois.id, date: '2026-02-25', amountCents: 50_000, rejected: true, rejectedOn: '2026-02-27', allocations: [{ docId: 'i3', amountCents: 50_000 }] }),
  ])
  return db
}

describe('credit queries', () => {
  it('the risk sheet: 5 days late on average over 2 paid invoices, 1 rejected payment, DSO 2 400 / 4 800 × 365 = 183 days', async () => {
    const db = await withHistory()
    await run(db, recordSolvencyCheck, { customerId: dubois.id, bdfRating: 'C4', legalProceedings: false, decision: 'accept' })
    const risk = (await loadCustomerRisk(db, dubois.id, '2026-03-02'))!
    expect(risk.sheet).toMatchObject({ paidInvoices: 2, averageDaysLate: 5, rejectedPayments: 1, disputes: 0, incidents: 1, receivablesCents: 240_000, salesInclVatCents: 480_000, dsoDays: 183 })
    expect(risk.credit).toEqual({ exposureCents: 240_000, availableCents: 1_260_000, overLimitCents: 0 })
    expect(risk.solvencyChecks.map((c) => c.bdfRating)).toEqual(['C4'])
    expect(await loadCustomerRisk(db, 'nobody', '2026-03-02')).toBeNull()
  })

  it('lists customers over their limit first, then by share of the limit used', async () => {
    const db = await withHistory()
    const rows = await loadExposureRows(db, '2026-03-02')
    expect(rows.map((r) => [r.id, r.exposureCents, r.overLimitCents, r.usedPercent])).toEqual([
      ['cus-tight', 120_000, 20_000, 120],
      ['cus-dubois', 240_000, 0, 16],
    ])
  })
})
