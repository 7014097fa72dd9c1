/**
 * The statistics benchmark page (built by `npm run bench`, never part of the app). On the generated
 * company with 100,000 invoice lines written through the app's seeding, it times what the statistics
 * page does: the first visit after seeding (the seed writes the cache), a whole rebuild (the cache
 * cleared: every document read month by month, facts computed, the cache written), the cold load
 * afterwards (the cache read, the index built: `loadStatsData`, the page's own loader), a reload after
 * one write, aggregations by month and by customer, a whole page recompute after a filter change
 * (`statsView`). Next to them, bare scans of the same rows in the same run: IndexedDB (the same
 * documents read in one go, their line amounts summed) and in memory (one loop over the facts). It also
 * records the longest stretch the main thread was blocked during each load (the page must not freeze).
 */
import Dexie from 'dexie'
import { WorkspaceDb } from '@/db/workspace-db'
import { generateBuiltInCompany, writeCompany } from '@/db/seed-company'
import { loadStatsData } from '@/stores/statistics'
import { companyStatsCache } from '@/db/stats-cache-records'
import { aggregateSales, indexFacts, salesFacts, type SalesFact } from '@/domain'
import type { Product, SalesDoc, Tier } from '@/domain/model'
import { statsView } from '@/components/statistics/stats-view'
import { defaultFilters, type StatsFilters } from '@/components/statistics/filters'

const END_DATE = '2026-11-23'

/** Median and max of `runs` timings of `work` (after one warm-up run). */
function timed(work: () => unknown, runs = 7): { medianMs: number; maxMs: number; firstMs: number } {
  const times: number[] = []
  for (let i = 0; i <= runs; i += 1) {
    const start = performance.now()
    work()
    times.push(performance.now() - start)
  }
  const first = times.shift()!
  const sorted = [...times].sort((a, b) => a - b)
  return { firstMs: round(first), medianMs: round(sorted[Math.floor(sorted.length / 2)]!), maxMs: round(sorted.at(-1)!) }
}

const round = (ms: number) => Math.round(ms * 10) / 10

/** The longest delay of a 0 ms timer while `work` runs: how long the page could not answer. */
async function longestBlock<T>(work: () => Promise<T>): Promise<{ value: T; longestBlockMs: number }> {
  let longest = 0
  let last = performance.now()
  let running = true
  const tick = () => {
    const now = performance.now()
    longest = Math.max(longest, now - last)
    last = now
    if (running) setTimeout(tick, 0)
  }
  setTimeout(tick, 0)
  const value = await work()
  running = false
  return { value, longestBlockMs: round(longest) }
}

async function readAll(db: WorkspaceDb, type: SalesDoc['type']): Promise<SalesDoc[]> {
  return db.salesDocs.where('[type+date]').between([type, Dexie.minKey], [type, Dexie.maxKey]).toArray()
}

async function runStatsBench() {
  const name = `bench-stats-${Math.random().toString(36).slice(2)}`
  const company = generateBuiltInCompany(END_DATE, 'large')
  let db = new WorkspaceDb(name)
  await db.open()
  await writeCompany(db, company, undefined, { statsCache: companyStatsCache(company) })
  db.close()

  // Bare IndexedDB scan of the same rows, on a fresh connection: every invoice and credit note, lines summed.
  db = new WorkspaceDb(name)
  await db.open()
  let t = performance.now()
  const invoices = await readAll(db, 'invoice')
  const creditNotes = await readAll(db, 'creditNote')
  let bareSum = 0
  let lines = 0
  for (const doc of [...invoices, ...creditNotes]) for (const line of doc.lines) { bareSum += line.netCents ?? 0; lines += 1 }
  const bareIdbScanMs = performance.now() - t
  db.close()

  // The first visit after seeding: the seed wrote the cache with the company.
  db = new WorkspaceDb(name)
  await db.open()
  t = performance.now()
  const { value: firstData, longestBlockMs: firstLongestBlockMs } = await longestBlock(() => loadStatsData(db))
  const firstVisitMs = performance.now() - t
  // A whole rebuild (the cache cleared, or the pricing context changed): every document read month by month.
  await db.statsCache.clear()
  t = performance.now()
  const { longestBlockMs: rebuildLongestBlockMs } = await longestBlock(() => loadStatsData(db))
  const rebuildMs = performance.now() - t
  db.close()

  // The page's cold load afterwards (a new tab or a reload): fresh connection, the cache read.
  db = new WorkspaceDb(name)
  await db.open()
  t = performance.now()
  const { value: data, longestBlockMs } = await longestBlock(() => loadStatsData(db))
  const coldLoadMs = performance.now() - t
  t = performance.now()
  const cached = await db.statsCache.toArray()
  const cacheReadMs = performance.now() - t
  const quoteCount = cached.reduce((n, b) => n + (b.summaries?.length ?? 0), 0)
  const sameQuotes = JSON.stringify(data.source.quoteDocs) === JSON.stringify(firstData.source.quoteDocs)

  // A learner's write (one invoice rewritten), then the reload the page makes: only its month is recomputed.
  const oneInvoice = (await db.salesDocs.where('[type+date]').between(['invoice', '2026-03-01'], ['invoice', '2026-03-31']).first())!
  await db.salesDocs.put({ ...oneInvoice })
  t = performance.now()
  await loadStatsData(db)
  const reloadAfterWriteMs = performance.now() - t

  // Facts extraction alone, in memory (the same documents, already read).
  const [products, tiers] = await Promise.all([db.products.toArray(), db.tiers.toArray()])
  const ctx = { products: new Map<string, Product>(products.map((p) => [p.id, p])), tiers: new Map<string, Tier>(tiers.map((x) => [x.id, x])) }
  const docs = [...invoices, ...creditNotes]
  t = performance.now()
  const facts: SalesFact[] = salesFacts(docs, ctx)
  const factsMs = performance.now() - t
  // The cache gives exactly the facts computed straight from the documents.
  const cacheMatches = sameQuotes && JSON.stringify(data.source.index.facts) === JSON.stringify(facts)
  t = performance.now()
  indexFacts(facts)
  const indexMs = performance.now() - t

  const bareFactScan = timed(() => { let s = 0; for (let i = 0; i < facts.length; i += 1) s += facts[i]!.netHtCents; return s })
  const year = { from: '2026-01-01', to: '2026-12-31' }
  const byMonth = timed(() => aggregateSales(facts, { dimension: 'month' }))
  const byCustomer = timed(() => aggregateSales(facts, { dimension: 'customer', ...year }))

  // Filter changes as the page makes them: the whole view (key figures, rows, months, ABC, objectives, conversion).
  const base = defaultFilters(END_DATE)
  const topCustomer = aggregateSales(facts, { dimension: 'customer', ...year })[0]!.key
  const changes: [string, StatsFilters][] = [
    ['year-to-date, by month (first view)', base],
    ['a customer fixed', { ...base, customerId: topCustomer }],
    ['grouped by customer', { ...base, dimension: 'customer' }],
    ['previous year, by product', { ...base, year: base.year - 1, fromMonth: 1, toMonth: 12, dimension: 'product' }],
    ['a salesperson, by region', { ...base, salespersonId: 'SP1', dimension: 'region' }],
  ]
  const filterChanges = Object.fromEntries(changes.map(([label, filters]) => [label, timed(() => statsView(data.source, filters), 5)]))

  db.close()
  await Dexie.delete(name)
  return {
    invoiceLines: invoices.reduce((s, d) => s + d.lines.length, 0), creditNoteLines: creditNotes.reduce((s, d) => s + d.lines.length, 0), facts: facts.length,
    checksum: bareSum === facts.reduce((s, f) => s + (f.docType === 'invoice' ? f.netHtCents : -f.netHtCents), 0), scannedLines: lines,
    bareIdbScanMs: round(bareIdbScanMs), firstVisitMs: round(firstVisitMs), firstLongestBlockMs, rebuildMs: round(rebuildMs), rebuildLongestBlockMs, coldLoadMs: round(coldLoadMs), longestBlockMs, cacheMatches, buckets: cached.length, cacheReadMs: round(cacheReadMs), quoteCount, reloadAfterWriteMs: round(reloadAfterWriteMs), factsMs: round(factsMs), indexMs: round(indexMs),
    bareFactScan, byMonth, byCustomer, filterChanges,
  }
}

declare global {
  interface Window { runStatsBench: typeof runStatsBench }
}
window.runStatsBench = runStatsBench
document.getElementById('status')!.textContent = 'ready'
