/**
 * The statistics' derived cache: the sales facts of each (document type, month) bucket, stored as
 * columns in the `statsCache` table, so that opening the statistics reads a few compact records instead
 * of every invoice with its lines.
 *
 * It stays exact by construction: a Dexie middleware widens every read-write transaction that touches
 * the sales documents to the cache, and in that same transaction marks the month of each document
 * written (before and after the write) as dirty. Whoever writes — a command, the seed, a scenario, a
 * test — the cache can never hold a month whose documents changed since it was computed. A dirty month
 * is recomputed from the documents by the domain's `salesFacts`, exactly as without a cache. The
 * customer's region and the product's family are not stored: they are read from the current tiers and
 * catalogue on every load, as the facts always did. The customers' VAT regimes and the products' VAT
 * categories (used to price a line that lacks its stored net) are fingerprinted: a change rebuilds all.
 */
import Dexie from 'dexie'
import { monthsBetween, type QuoteSummary, type SalesFact, type SalesFactsContext } from '@/domain'
import type { WorkspaceDb } from './workspace-db'
import { BUILT_KEY, STATS_TYPES, newStamp, type StatsCacheRecord, type StatsType } from './stats-cache-invalidation'
import { computeBucket, contextFingerprint } from './stats-cache-records'

export { BUILT_KEY, type StatsCacheRecord } from './stats-cache-invalidation'

/** What a load gives: the facts (invoices then credit notes, month by month) and the quote and order summaries. */
export interface CachedSalesData {
  facts: SalesFact[]
  quoteDocs: QuoteSummary[]
  /** Buckets recomputed from the documents in this load, out of all buckets. */
  rebuilt: number
  total: number
}

/** Appends the facts of a bucket, with the current region of each customer and family of each product. */
function decodeFacts(record: StatsCacheRecord, ctx: SalesFactsContext, into: SalesFact[]): void {
  const { docs, products, lineDoc, lineProduct, quantity, net, cost } = record
  if (!docs || !products || !lineDoc || !lineProduct || !quantity || !net || !cost) return
  const families = products.map((id) => ctx.products.get(id)?.familyId ?? '')
  const regions = docs.map((doc) => ctx.tiers.get(doc.customerId)?.region ?? '')
  for (let i = 0; i < lineDoc.length; i += 1) {
    const d = lineDoc[i]!
    const doc = docs[d]!
    const p = lineProduct[i]!
    into.push({
      docId: doc.id, docType: doc.type, number: doc.number, date: doc.date, month: doc.date.slice(0, 7),
      customerId: doc.customerId, productId: products[p]!, familyId: families[p]!, region: regions[d]!,
      channel: doc.channel, salespersonId: doc.salespersonId,
      quantity: quantity[i]!, netHtCents: net[i]!, costHtCents: cost[i]!,
    })
  }
}

/** Every bucket that has documents, found from the first and last document of each type. */
async function allBuckets(db: WorkspaceDb): Promise<string[]> {
  const buckets: string[] = []
  for (const type of STATS_TYPES) {
    const range = db.salesDocs.where('[type+date]').between([type, Dexie.minKey], [type, Dexie.maxKey])
    const [first, last] = await Promise.all([range.first(), range.last()])
    if (first && last) for (const month of monthsBetween(first.date, last.date)) buckets.push(`${type}:${month}`)
  }
  return buckets
}

const yieldToPage = () => new Promise((resolve) => setTimeout(resolve, 0))

/**
 * Loads the statistics' facts and quote/order summaries: clean buckets from the cache, the others (all
 * of them on the first visit or after a pricing-context change) from the documents, then stored. The
 * result is the same as computing every fact from every document.
 */
export async function loadCachedSalesData(db: WorkspaceDb, ctx: SalesFactsContext, onProgress?: (done: number) => void): Promise<CachedSalesData> {
  const context = contextFingerprint(ctx)
  const records = new Map((await db.statsCache.toArray()).map((record) => [record.bucket, record]))
  const seen = new Map([...records].map(([bucket, record]) => [bucket, record.stamp]))
  const built = records.get(BUILT_KEY)
  records.delete(BUILT_KEY)
  const whole = built?.context !== context
  const wanted = whole ? await allBuckets(db) : [...records.keys()]
  const stale = whole ? wanted : wanted.filter((bucket) => records.get(bucket)!.dirty)
  const wantedSet = new Set(wanted)
  // A whole rebuild keeps only the months that have documents now.
  if (whole) for (const bucket of [...records.keys()]) if (!wantedSet.has(bucket)) records.delete(bucket)
  const computed: StatsCacheRecord[] = []
  for (const [i, bucket] of stale.entries()) {
    const [type, month] = bucket.split(':') as [StatsType, string]
    const docs = await db.salesDocs.where('[type+date]').between([type, `${month}-01`], [type, `${month}-31`], true, true).toArray()
    const record = computeBucket(bucket, docs, ctx)
    records.set(bucket, record)
    computed.push(record)
    onProgress?.((i + 1) / stale.length)
    // Give the page a turn between months: a whole rebuild reads every document.
    await yieldToPage()
  }
  if (computed.length > 0 || whole) await storeBuckets(db, computed, seen, whole ? { context, wanted: wantedSet } : undefined)

  const facts: SalesFact[] = []
  const quoteDocs: QuoteSummary[] = []
  const ordered = [...records.keys()].sort((a, b) => STATS_TYPES.indexOf(a.split(':')[0] as StatsType) - STATS_TYPES.indexOf(b.split(':')[0] as StatsType) || a.localeCompare(b))
  for (const bucket of ordered) {
    const record = records.get(bucket)!
    if (record.summaries) for (const summary of record.summaries) quoteDocs.push(summary)
    else decodeFacts(record, ctx, facts)
  }
  return { facts, quoteDocs, rebuilt: stale.length, total: records.size }
}

/**
 * Stores the recomputed buckets, each only if its record is still the one this load saw (a write meanwhile,
 * in this tab or another, left it dirty: it stays so). A whole rebuild also drops the buckets of months
 * that no longer have documents and writes the `~built` record. A failure (a full disk) loses nothing:
 * the cache is derived, and the next load recomputes what is missing.
 */
async function storeBuckets(db: WorkspaceDb, computed: StatsCacheRecord[], seen: Map<string, number>, whole?: { context: string; wanted: Set<string> }): Promise<void> {
  try {
    await db.transaction('rw', db.statsCache, async () => {
      const stampOf = async (buckets: string[]) => new Map((await db.statsCache.bulkGet(buckets)).map((record, i) => [buckets[i]!, record?.stamp]))
      // The whole cache cleared or rebuilt meanwhile: what this load computed may be older; store nothing.
      if ((await stampOf([BUILT_KEY])).get(BUILT_KEY) !== seen.get(BUILT_KEY)) return
      const current = await stampOf(computed.map((record) => record.bucket))
      await db.statsCache.bulkPut(computed.filter((record) => current.get(record.bucket) === seen.get(record.bucket)))
      if (whole) {
        const others = (await db.statsCache.toCollection().primaryKeys()).filter((bucket) => bucket !== BUILT_KEY && !whole.wanted.has(bucket))
        const stamps = await stampOf(others)
        await db.statsCache.bulkDelete(others.filter((bucket) => stamps.get(bucket) === seen.get(bucket)))
        await db.statsCache.put({ bucket: BUILT_KEY, stamp: newStamp(), context: whole.context })
      }
    })
  } catch {
    // Derived data only: the figures of this load are complete; the next load recomputes what is missing.
  }
}
