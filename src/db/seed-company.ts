import type { WorkspaceDb } from './workspace-db'
import type { StatsCacheRecord } from './stats-cache-invalidation'
import { META_KEYS } from '@/seed/catalog'
import { BUILT_IN_CATALOG, CUSTOMER_HISTORY_HINTS, WAREHOUSE_BY_REGION } from '@/seed/company'
import { BUILT_IN_SEED, COMPANY_SIZES, generateCompany, type CompanySize, type GenerateCompanyOptions, type GeneratedCompany } from '@/seed/generator'

/** The generator's options for the built-in company ending on `endDate` (the workspace's start date). */
export function builtInCompanyOptions(endDate: string, size: CompanySize = 'standard'): GenerateCompanyOptions {
  return {
    catalog: BUILT_IN_CATALOG, seed: BUILT_IN_SEED, endDate, targetInvoiceLines: COMPANY_SIZES[size],
    hints: { customers: CUSTOMER_HISTORY_HINTS, warehouseByRegion: WAREHOUSE_BY_REGION },
  }
}

/** The built-in company's three-year history ending on `endDate`. */
export function generateBuiltInCompany(endDate: string, size: CompanySize = 'standard'): GeneratedCompany {
  return generateCompany(builtInCompanyOptions(endDate, size))
}

/** Where a company write stands: `done` of `total` records. */
export interface SeedProgress {
  phase: 'generate' | 'write' | 'done'
  done: number
  total: number
}

/** Tables a company fills, in the order they are written. */
const COMPANY_TABLES = ['tiers', 'products', 'salesDocs', 'purchaseDocs', 'stockMoves', 'payments', 'messages', 'gdprRequests', 'inboundOrders'] as const

/** How many records a company writes (its reference data in `meta` included). */
export function companyRecordCount(company: GeneratedCompany): number {
  return COMPANY_TABLES.reduce((sum, table) => sum + company[table].length, 0) + Object.keys(META_KEYS).length
}

/** How a company is written. */
export interface WriteCompanyOptions {
  /**
   * The statistics' cache computed from this company (`cacheRecordsFor`), written with it into an
   * empty workspace: the seed worker gives it for a large company, whose first statistics visit then
   * reads the cache instead of every document. Left out on the page (the very first start counts its
   * download): that first visit computes the cache instead.
   */
  statsCache?: readonly StatsCacheRecord[]
}

/** Records per `bulkAdd` call: small enough to report progress, large enough to keep writes fast. */
const CHUNK = 20_000

/**
 * Writes a generated company into a workspace: one read-write transaction (all or nothing), `bulkAdd`
 * per table, the reference data under `META_KEYS` in `meta`. Must run inside or outside a transaction
 * that covers the company tables and `meta` (a surrounding transaction is reused by Dexie).
 */
export async function writeCompany(
  db: WorkspaceDb, company: GeneratedCompany, onProgress?: (progress: SeedProgress) => void, options: WriteCompanyOptions = {},
): Promise<void> {
  const total = companyRecordCount(company)
  const cache = options.statsCache ?? null
  let done = 0
  const tables = [db.meta, db.statsCache, ...COMPANY_TABLES.map((name) => db.table(name))]
  await db.transaction('rw', tables, async () => {
    // Into an empty workspace, the statistics' cache can be written with the documents (valid only for them).
    const writeCache = cache !== null && (await db.salesDocs.count()) === 0
    const { meta } = company
    await db.meta.bulkPut([
      { key: META_KEYS.settings, value: meta.settings },
      { key: META_KEYS.families, value: meta.families },
      { key: META_KEYS.warehouses, value: meta.warehouses },
      { key: META_KEYS.salespeople, value: meta.salespeople },
      { key: META_KEYS.sequences, value: meta.sequences },
    ])
    done += Object.keys(META_KEYS).length
    for (const name of COMPANY_TABLES) {
      const rows: readonly unknown[] = company[name]
      for (let start = 0; start < rows.length; start += CHUNK) {
        const chunk = rows.slice(start, start + CHUNK)
        await db.table(name).bulkAdd(chunk)
        done += chunk.length
        onProgress?.({ phase: 'write', done, total })
      }
    }
    if (writeCache) await db.statsCache.bulkPut(cache)
  })
  onProgress?.({ phase: 'done', done: total, total })
}

/** Generates the built-in company for a workspace starting on `startDate` and writes it. */
export async function seedCompany(
  db: WorkspaceDb, startDate: string, size: CompanySize = 'standard', onProgress?: (progress: SeedProgress) => void,
  options: { statsCacheOf?: (company: GeneratedCompany) => readonly StatsCacheRecord[] } = {},
): Promise<{ company: GeneratedCompany; records: number }> {
  onProgress?.({ phase: 'generate', done: 0, total: 1 })
  const company = generateBuiltInCompany(startDate, size)
  await writeCompany(db, company, onProgress, options.statsCacheOf ? { statsCache: options.statsCacheOf(company) } : {})
  return { company, records: companyRecordCount(company) }
}
