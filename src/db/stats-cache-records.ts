/**
 * The records of the statistics' cache computed from documents (see stats-cache.ts): kept apart from
 * the loader because the seed writes them too, on the very first start, where every kilobyte counts.
 */
import { salesFacts, type SalesFactsContext } from '@/domain/statistics/sales-facts'
import { quoteSummary } from '@/domain/statistics/quote-summary'
import type { SalesDoc } from '@/domain/model'
import type { GeneratedCompany } from '@/seed/generator'
import { BUILT_KEY, bucketOf, newStamp, type BucketDoc, type StatsCacheRecord, type StatsType } from './stats-cache-invalidation'

/** FNV-1a, 32 bits: a short fingerprint of a text. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return (hash >>> 0).toString(36)
}

/** The pricing context's fingerprint: a change of a customer's VAT regime or a product's VAT category. */
export function contextFingerprint(ctx: SalesFactsContext): string {
  const parts: string[] = []
  for (const [id, tier] of ctx.tiers) if (tier.customer?.vatRegime) parts.push(`${id}=${tier.customer.vatRegime}`)
  for (const [id, product] of ctx.products) if (product.vatCategory) parts.push(`${id}=${product.vatCategory}`)
  return fingerprint(parts.sort().join('|'))
}

/** Computes one bucket from its documents. */
export function computeBucket(bucket: string, docs: SalesDoc[], ctx: SalesFactsContext): StatsCacheRecord {
  const type = bucket.slice(0, bucket.indexOf(':')) as StatsType
  if (type === 'quote' || type === 'order') {
    return { bucket, stamp: newStamp(), summaries: docs.map((doc) => quoteSummary(doc as SalesDoc & { type: 'quote' | 'order' })) }
  }
  const facts = salesFacts(docs, ctx)
  const docIndex = new Map<string, number>()
  const productIndex = new Map<string, number>()
  const bucketDocs: BucketDoc[] = []
  const products: string[] = []
  const n = facts.length
  const lineDoc = new Int32Array(n)
  const lineProduct = new Int32Array(n)
  const quantity = new Float64Array(n)
  const net = new Float64Array(n)
  const cost = new Float64Array(n)
  facts.forEach((fact, i) => {
    let d = docIndex.get(fact.docId)
    if (d === undefined) {
      docIndex.set(fact.docId, (d = bucketDocs.length))
      bucketDocs.push({ id: fact.docId, type: fact.docType, number: fact.number, date: fact.date, customerId: fact.customerId, channel: fact.channel, salespersonId: fact.salespersonId })
    }
    let p = productIndex.get(fact.productId)
    if (p === undefined) {
      productIndex.set(fact.productId, (p = products.length))
      products.push(fact.productId)
    }
    lineDoc[i] = d
    lineProduct[i] = p
    quantity[i] = fact.quantity
    net[i] = fact.netHtCents
    cost[i] = fact.costHtCents
  })
  return { bucket, stamp: newStamp(), docs: bucketDocs, products, lineDoc, lineProduct, quantity, net, cost }
}

/**
 * The whole cache for a set of documents written at once into an empty workspace (the seed): each
 * month in the order the index reads it (date, then id), and the `~built` record.
 */
export function cacheRecordsFor(docs: readonly SalesDoc[], ctx: SalesFactsContext): StatsCacheRecord[] {
  const byBucket = new Map<string, SalesDoc[]>()
  for (const doc of docs) {
    const bucket = bucketOf(doc)
    if (!bucket) continue
    let list = byBucket.get(bucket)
    if (!list) byBucket.set(bucket, (list = []))
    list.push(doc)
  }
  const byKey = (a: SalesDoc, b: SalesDoc) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  const records = [...byBucket].map(([bucket, list]) => computeBucket(bucket, list.sort(byKey), ctx))
  return [...records, { bucket: BUILT_KEY, stamp: newStamp(), context: contextFingerprint(ctx) }]
}

/** The cache of a generated company (its documents, products and customers), for the seed worker. */
export function companyStatsCache(company: Pick<GeneratedCompany, 'salesDocs' | 'products' | 'tiers'>): StatsCacheRecord[] {
  const ctx = { products: new Map(company.products.map((p) => [p.id, p])), tiers: new Map(company.tiers.map((t) => [t.id, t])) }
  return cacheRecordsFor(company.salesDocs, ctx)
}
