import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import Dexie from 'dexie'
import { quoteSummary, salesFacts, type SalesFactsContext } from '@/domain'
import type { Product, SalesDoc, Tier } from '@/domain/model'
import { generateBuiltInCompany, writeCompany } from '@/db/seed-company'
import type { GeneratedCompany } from '@/seed/generator'
import { BUILT_KEY, loadCachedSalesData } from '@/db/stats-cache'
import { companyStatsCache } from '@/db/stats-cache-records'
import { tablesAtVersion } from '@/db/schema'
import { WorkspaceDb } from '@/db/workspace-db'

/**
 * The statistics' cache must give exactly the facts the documents give, whoever writes the documents
 * and whenever: these tests compare every load with a computation from all the documents.
 */
let company: GeneratedCompany
beforeAll(() => { company = generateBuiltInCompany('2026-11-23', 'standard') })

const opened: WorkspaceDb[] = []
afterEach(async () => {
  for (const db of opened.splice(0)) { db.close(); await Dexie.delete(db.name) }
})

async function seeded(): Promise<WorkspaceDb> {
  const db = new WorkspaceDb(`stats-cache-${Math.random().toString(36).slice(2)}`)
  opened.push(db)
  await db.open()
  await writeCompany(db, company, undefined, { statsCache: companyStatsCache(company) })
  return db
}

async function contextOf(db: WorkspaceDb): Promise<SalesFactsContext> {
  const [products, tiers] = await Promise.all([db.products.toArray(), db.tiers.toArray()])
  return { products: new Map<string, Product>(products.map((p) => [p.id, p])), tiers: new Map<string, Tier>(tiers.map((t) => [t.id, t])) }
}

/** What the statistics must show: facts and summaries computed from every document, in (type, date) order. */
async function fromDocuments(db: WorkspaceDb, ctx: SalesFactsContext) {
  const byType = async (type: SalesDoc['type']) => db.salesDocs.where('[type+date]').between([type, Dexie.minKey], [type, Dexie.maxKey]).toArray()
  const [invoices, creditNotes, quotes, orders] = await Promise.all((['invoice', 'creditNote', 'quote', 'order'] as const).map(byType))
  return {
    facts: salesFacts([...invoices!, ...creditNotes!], ctx),
    quoteDocs: [...quotes!, ...orders!].map((doc) => quoteSummary(doc as SalesDoc & { type: 'quote' | 'order' })),
  }
}

async function expectExact(db: WorkspaceDb) {
  const ctx = await contextOf(db)
  const loaded = await loadCachedSalesData(db, ctx)
  const expected = await fromDocuments(db, ctx)
  expect(loaded.facts).toEqual(expected.facts)
  expect(loaded.quoteDocs).toEqual(expected.quoteDocs)
  return loaded
}

const anInvoice = (db: WorkspaceDb, month: string) => db.salesDocs.where('[type+date]').between(['invoice', `${month}-01`], ['invoice', `${month}-31`]).first() as Promise<SalesDoc>

describe('statistics cache (derived, exact by construction)', () => {
  it('is written with a company seeded in the worker, so the first visit reads it whole, exact', async () => {
    const db = await seeded()
    expect((await db.statsCache.get(BUILT_KEY))?.context).toBeTypeOf('string')
    const first = await expectExact(db)
    expect(first.rebuilt).toBe(0)
    expect(first.facts.length).toBeGreaterThan(9_000)
  })

  it('without a cache, the first visit builds every month, then serves them all from the cache', async () => {
    const db = await seeded()
    await db.statsCache.clear()
    const first = await expectExact(db)
    expect(first.rebuilt).toBe(first.total)
    expect((await db.statsCache.get(BUILT_KEY))?.context).not.toBe('cleared')
    const second = await expectExact(db)
    expect(second.rebuilt).toBe(0)
  })

  it('a write to one invoice, even outside any transaction, marks only its month and the reload is exact', async () => {
    const db = await seeded()
    await loadCachedSalesData(db, await contextOf(db))
    const invoice = await anInvoice(db, '2026-03')
    // A plain put opens its own transaction on salesDocs only: the middleware widens it to the cache.
    await db.salesDocs.put({ ...invoice, lines: invoice.lines.map((l) => ({ ...l, quantity: l.quantity + 1, netCents: (l.netCents ?? 0) + 100 })) })
    expect(await db.statsCache.get('invoice:2026-03')).toMatchObject({ dirty: true })
    expect((await db.statsCache.get('invoice:2026-02'))?.dirty).toBeUndefined()
    const reload = await expectExact(db)
    expect(reload.rebuilt).toBe(1)
  })

  it('a document moved to another month marks both months; a deleted one marks its month', async () => {
    const db = await seeded()
    await loadCachedSalesData(db, await contextOf(db))
    const invoice = await anInvoice(db, '2026-03')
    await db.salesDocs.update(invoice.id, { date: '2026-05-10' })
    expect((await db.statsCache.bulkGet(['invoice:2026-03', 'invoice:2026-05'])).map((r) => r?.dirty)).toEqual([true, true])
    expect((await expectExact(db)).rebuilt).toBe(2)
    const quote = (await db.salesDocs.where('type').equals('quote').first())!
    await db.salesDocs.delete(quote.id)
    expect(await db.statsCache.get(`quote:${quote.date.slice(0, 7)}`)).toMatchObject({ dirty: true })
    expect((await expectExact(db)).rebuilt).toBe(1)
  })

  it('a document in a month never seen before gets its own bucket', async () => {
    const db = await seeded()
    await loadCachedSalesData(db, await contextOf(db))
    const invoice = await anInvoice(db, '2026-03')
    await db.salesDocs.add({ ...invoice, id: 'inv-future', number: 'F-2027-0001', date: '2027-01-15' })
    const loaded = await expectExact(db)
    expect(loaded.rebuilt).toBe(1)
    expect(loaded.facts.some((f) => f.docId === 'inv-future')).toBe(true)
  })

  it('reads the region and the family as they are now, without rebuilding', async () => {
    const db = await seeded()
    const ctx = await contextOf(db)
    const { facts } = await loadCachedSalesData(db, ctx)
    const customerId = facts[0]!.customerId
    await db.tiers.update(customerId, { region: 'Région test' })
    const loaded = await expectExact(db)
    expect(loaded.rebuilt).toBe(0)
    expect(loaded.facts.filter((f) => f.customerId === customerId).every((f) => f.region === 'Région test')).toBe(true)
  })

  it('rebuilds everything when a customer\'s VAT regime changes (it prices lines without a stored net)', async () => {
    const db = await seeded()
    const { facts } = await loadCachedSalesData(db, await contextOf(db))
    const tier = (await db.tiers.get(facts[0]!.customerId))!
    await db.tiers.put({ ...tier, customer: { ...tier.customer!, vatRegime: tier.customer!.vatRegime === 'france' ? 'intraEu' : 'france' } })
    const loaded = await expectExact(db)
    expect(loaded.rebuilt).toBe(loaded.total)
  })

  it('a write made while a rebuild runs is not overwritten by it: its month stays dirty', async () => {
    const db = await seeded()
    await db.statsCache.clear()
    const invoice = await anInvoice(db, '2025-01')
    let written = false
    // The first visit rebuilds month after month; midway, another tab writes an invoice of January 2025.
    await loadCachedSalesData(db, await contextOf(db), (done) => {
      if (!written && done > 0.5) {
        written = true
        void db.salesDocs.put({ ...invoice, lines: invoice.lines.map((l) => ({ ...l, netCents: (l.netCents ?? 0) + 5_000 })) })
      }
    })
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(await db.statsCache.get('invoice:2025-01')).toMatchObject({ dirty: true })
    const facts = (await expectExact(db)).facts.filter((f) => f.docId === invoice.id)
    expect(facts[0]!.netHtCents).toBe((invoice.lines[0]!.netCents ?? 0) + 5_000)
  })

  it('clearing the documents or the cache forces a whole rebuild', async () => {
    const db = await seeded()
    await loadCachedSalesData(db, await contextOf(db))
    await db.statsCache.clear()
    expect((await db.statsCache.get(BUILT_KEY))?.context).toBe('cleared')
    let loaded = await expectExact(db)
    expect(loaded.rebuilt).toBe(loaded.total)
    await db.salesDocs.clear()
    loaded = await expectExact(db)
    expect(loaded.facts).toEqual([])
  })

  it('a company seeded on the page (the very first start) gets no cache: its first visit builds it, exact', async () => {
    const db = new WorkspaceDb(`stats-cache-${Math.random().toString(36).slice(2)}`)
    opened.push(db)
    await db.open()
    await writeCompany(db, company)
    expect(await db.statsCache.get(BUILT_KEY)).toBeUndefined()
    const first = await expectExact(db)
    expect(first.rebuilt).toBe(first.total)
  })

  it('is derived data: exports leave it out', () => {
    expect(tablesAtVersion()).not.toContain('statsCache')
    expect(tablesAtVersion()).toContain('salesDocs')
  })
})
