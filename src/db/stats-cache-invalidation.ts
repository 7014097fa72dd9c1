/**
 * Keeps the statistics' derived cache (stats-cache.ts) exact: a Dexie middleware widens every
 * read-write transaction on the sales documents to the cache, and in that same transaction marks the
 * month of each document written (before and after the write) as dirty. Whoever writes — a command, the
 * seed, a scenario, a test — the cache can never hold a month whose documents changed since it was
 * computed. Kept apart from the loader so that opening a workspace does not load the domain.
 */
import type { DBCore, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie'
import type { QuoteSummary } from '@/domain'
import type { SalesDoc } from '@/domain/model'

/** The document types the statistics read: facts for invoices and credit notes, summaries for quotes and orders. */
export const STATS_TYPES = ['invoice', 'creditNote', 'quote', 'order'] as const
export type StatsType = (typeof STATS_TYPES)[number]

/** The key of the record that says the cache was built whole (and with which pricing context). */
export const BUILT_KEY = '~built'

type FactType = 'invoice' | 'creditNote'

/** One sales document of a facts bucket (the fields all its lines share). */
export interface BucketDoc {
  id: string
  type: FactType
  number: string
  date: string
  customerId: string
  channel: string
  salespersonId: string
}

/** A record of the cache: a bucket `type:YYYY-MM`, a dirty mark, or the `~built` record. */
export interface StatsCacheRecord {
  bucket: string
  /** Changes on every write of the record: a rebuild only replaces what it saw. */
  stamp: number
  /** Set by the middleware when the month's documents were written since. */
  dirty?: true
  /** `~built` only: fingerprint of the pricing context the buckets were computed with. */
  context?: string
  /** Invoices and credit notes: the documents, then one entry per fact in each column. */
  docs?: BucketDoc[]
  products?: string[]
  lineDoc?: Int32Array
  lineProduct?: Int32Array
  quantity?: Float64Array
  net?: Float64Array
  cost?: Float64Array
  /** Quotes and orders: their summaries (no lines). */
  summaries?: QuoteSummary[]
}

/** A fresh stamp for a cache record. */
export const newStamp = () => Math.floor(Math.random() * 0x7fffffff) + 1

/** The bucket of a sales document, or undefined for a type the statistics do not read. */
export function bucketOf(doc: Pick<SalesDoc, 'type' | 'date'> | undefined): string | undefined {
  if (!doc || !(STATS_TYPES as readonly string[]).includes(doc.type) || typeof doc.date !== 'string') return undefined
  return `${doc.type}:${doc.date.slice(0, 7)}`
}

/** Keys of the documents a write request replaces or removes (their month may change or vanish). */
function touchedKeys(req: DBCoreMutateRequest): unknown[] {
  if (req.type === 'delete') return req.keys
  if (req.type === 'put') return req.keys ?? req.values.map((value: { id?: unknown }) => value.id)
  return []
}

/**
 * Dexie middleware: every read-write transaction on `salesDocs` also covers `statsCache`, and each write
 * to a sales document marks the months it leaves and enters as dirty, in the same transaction.
 */
export const statsCacheInvalidation: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'statsCacheInvalidation',
  // Below Dexie's own middlewares (hooks, live-query cache): the requests it adds go straight to
  // IndexedDB in the caller's transaction, without needing Dexie's zone (lost across a native await).
  level: -2,
  create(down) {
    // Opened on a schema without the cache (during an upgrade from an older version): nothing to keep.
    const hasCache = () => down.schema.tables.some((table) => table.name === 'statsCache')
    return {
      ...down,
      transaction(stores, mode, options) {
        const widened = mode === 'readwrite' && stores.includes('salesDocs') && !stores.includes('statsCache') && hasCache() ? [...stores, 'statsCache'] : stores
        return down.transaction(widened, mode, options)
      },
      table(name) {
        const table = down.table(name)
        if (name === 'statsCache') {
          return {
            ...table,
            // A cleared cache keeps a fresh `~built` stub, so a rebuild running meanwhile sees it changed.
            mutate(req) {
              const response = table.mutate(req)
              if (req.type !== 'deleteRange') return response
              return response.then(async (result) => {
                await table.mutate({ type: 'put', trans: req.trans, values: [clearedStub()] })
                return result
              })
            },
          } satisfies DBCoreTable
        }
        if (name !== 'salesDocs' || !hasCache()) return table
        return {
          ...table,
          mutate(req) {
            // The old values are read before the write is queued (IndexedDB runs a transaction's requests
            // in order), then the marks are written while the write is still pending.
            const keys = touchedKeys(req)
            const old = keys.length > 0 ? table.getMany({ trans: req.trans, keys }) : Promise.resolve([])
            const response = table.mutate(req)
            return old.then(async (previous) => {
              await markDirty(down.table('statsCache'), req, previous)
              return response
            })
          },
        } satisfies DBCoreTable
      },
    }
  },
}

/** The `~built` record of a cache that must be rebuilt whole (no context matches it). */
const clearedStub = (): StatsCacheRecord => ({ bucket: BUILT_KEY, stamp: newStamp(), context: 'cleared' })

async function markDirty(cache: DBCoreTable, req: DBCoreMutateRequest, previous: readonly unknown[]): Promise<void> {
  if (req.type === 'deleteRange') {
    // A whole range removed (a clear): the cache must be rebuilt whole.
    await cache.mutate({ type: 'put', trans: req.trans, values: [clearedStub()] })
    return
  }
  const buckets = new Set<string>()
  for (const old of previous) { const b = bucketOf(old as SalesDoc | undefined); if (b) buckets.add(b) }
  if (req.type !== 'delete') for (const value of req.values) { const b = bucketOf(value); if (b) buckets.add(b) }
  if (buckets.size === 0) return
  await cache.mutate({ type: 'put', trans: req.trans, values: [...buckets].map((bucket) => ({ bucket, stamp: newStamp(), dirty: true })) })
}
