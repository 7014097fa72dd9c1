import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { querySales } from '@/db/queries/sales-index'
import { customerDocs, customerPayments, emptySummaryCache, loadTypeSummaries, salesDocContext } from '@/db/queries/sales-docs'
import type { WorkspaceDb } from '@/db/workspace-db'
import { line, makeSalesDoc, writeCompany, type SmallCompany } from '../../factories/company-records'
import { makeWorkspace } from '../../factories/workspace'

let db: WorkspaceDb
let company: SmallCompany

beforeEach(async () => {
  db = (await makeWorkspace()).db
  company = await writeCompany(db)
})
afterEach(() => db.close())

const ids = (docs: { id: string }[]) => docs.map((d) => d.id)

describe('sales documents list from the indexes ([type+date], customerId, number — schema v3)', () => {
  const newest = { field: 'date', order: -1 } as const

  it('merges every type newest first and reads only the page asked', async () => {
    const result = await querySales(db, {}, newest)
    expect(result.count).toBe(8)
    expect(ids(await result.page(0, 3))).toEqual(['q-2', 'o-2', 'a-1'])
    expect(ids(await result.page(3, 3)).sort()).toEqual(['d-1', 'i-1', 'o-1'].sort())
    expect(ids(await result.page(6, 25))).toEqual(['q-1', 'i-2'])
    expect(ids(await (await querySales(db, {}, { field: 'date', order: 1 })).page(0, 2))).toEqual(['i-2', 'q-1'])
  })

  it('filters by type, customer, date range and the start of the number, any case', async () => {
    const find = async (query: Parameters<typeof querySales>[1]) => ids(await (await querySales(db, query, newest)).page(0, 25)).sort()
    expect(await find({ type: 'invoice' })).toEqual(['i-1', 'i-2'])
    expect(await find({ customerId: 'cus-lumiere' })).toEqual(['i-2', 'q-2'])
    expect(await find({ from: '2026-01-10', to: '2026-01-20' })).toEqual(['a-1', 'd-1', 'i-1'])
    expect(await find({ number: 'fa-20' })).toEqual(['i-1', 'i-2'])
    expect(await find({ number: 'BC-2026-0002', type: 'order' })).toEqual(['o-2'])
    expect(await find({ type: 'invoice', customerId: 'cus-dubois', from: '2026-01-01' })).toEqual(['i-1'])
  })

  it('sorts by number (drafts without a number last) in both directions', async () => {
    const ascending = await querySales(db, {}, { field: 'number', order: 1 })
    expect((await ascending.page(0, 8)).map((d) => d.number ?? '-')).toEqual(['AV-2026-0001', 'BC-2026-0001', 'BC-2026-0002', 'BL-2026-0001', 'DE-2026-0001', 'FA-2025-00412', 'FA-2026-0001', '-'])
    const descending = await querySales(db, { type: 'invoice' }, { field: 'number', order: -1 })
    expect(ids(await descending.page(0, 2))).toEqual(['i-1', 'i-2'])
  })

  it('reads the statuses and amounts of a whole type once, month by month, into a shared cache', async () => {
    const cache = emptySummaryCache()
    const progress: number[] = []
    await loadTypeSummaries(db, 'invoice', cache, (p) => progress.push(p))
    expect(cache.byId.get('i-1')).toMatchObject({ type: 'invoice', status: 'validated', customerId: 'cus-dubois', totalInclVatCents: 327_221, amountDueCents: 327_221, dueDate: '2026-02-11' })
    expect(cache.byId.size).toBe(2)
    expect(progress.at(-1)).toBe(1)
    expect(cache.types.has('invoice')).toBe(true)
    // A draft stored without totals is priced on the fly.
    await loadTypeSummaries(db, 'quote', cache)
    expect(cache.byId.get('q-2')!.totalInclVatCents).toBe(46_788)
  })

  it('keeps the pages instant on a few thousand documents: only the page is read', async () => {
    const { chair } = company.products
    const many = Array.from({ length: 3_000 }, (_, i) => makeSalesDoc({
      id: `x-${i}`, type: 'invoice', number: `FA-2025-${String(i).padStart(5, '0')}`, customerId: 'cus-dubois',
      date: `2025-${String((i % 12) + 1).padStart(2, '0')}-10`, lines: [line(chair, 1), line(chair, 2), line(chair, 3), line(chair, 4)],
    }))
    await db.salesDocs.bulkAdd(many)
    const result = await querySales(db, { type: 'invoice', from: '2025-12-01', to: '2025-12-31' }, { field: 'number', order: -1 })
    expect(result.count).toBe(251)
    const page = await result.page(0, 25)
    expect(page[0]!.number).toBe('FA-2025-02999')
    expect(page).toHaveLength(25)
    const merged = await querySales(db, {}, newest)
    expect(merged.count).toBe(3_008)
    expect((await merged.page(100, 25)).every((doc, i, all) => i === 0 || all[i - 1]!.date >= doc.date)).toBe(true)
  })
})

describe('a customer\'s documents and a document\'s chain (smart buttons)', () => {
  it('lists a customer\'s documents newest first and their payments', async () => {
    expect((await customerDocs(db, 'cus-dubois')).map((d) => d.id)).toEqual(['o-2', 'a-1', 'i-1', 'd-1', 'o-1', 'q-1'])
    expect((await customerPayments(db, 'cus-dubois')).map((p) => p.id)).toEqual(['pay-1'])
    expect(await customerDocs(db, 'nobody')).toEqual([])
  })

  it('finds what a document comes from and what comes from it', async () => {
    const context = (await salesDocContext(db, 'd-1'))!
    expect(context.sources.map((d) => d.id)).toEqual(['o-1'])
    expect(context.followers.map((d) => d.id)).toEqual(['i-1'])
    const invoice = (await salesDocContext(db, 'i-1'))!
    expect(invoice.followers.map((d) => d.id)).toEqual(['a-1'])
    expect(invoice.payments.map((p) => p.id)).toEqual(['pay-1'])
    expect(await salesDocContext(db, 'missing')).toBeNull()
  })
})
