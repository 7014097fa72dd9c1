/**
 * The benchmark page (built by `npm run bench` into bench-results/, never part of the app): seeds a
 * 100,000-line company through the app's own seeding code and, in the same run, writes the same
 * records with a bare `bulkAdd` into a plain Dexie database, so the two times compare on one machine.
 */
import Dexie from 'dexie'
import { WorkspaceDb } from '@/db/workspace-db'
import { WORKSPACE_SCHEMA } from '@/db/schema'
import { companyRecordCount, generateBuiltInCompany, writeCompany } from '@/db/seed-company'
import { WorkspaceRegistry } from '@/db/workspaces'
import { RegistryDb } from '@/db/registry-db'
import type { GeneratedCompany } from '@/seed/generator'

const TABLES = ['tiers', 'products', 'salesDocs', 'purchaseDocs', 'stockMoves', 'payments', 'messages'] as const

/** The v3 stores with `salesDocs` indexed by `salesIndexes` (to measure what each index costs). */
function storesWith(salesIndexes: string | null): Record<string, string> {
  const stores: Record<string, string> = {}
  for (const step of WORKSPACE_SCHEMA) for (const [name, spec] of Object.entries(step.stores)) if (spec) stores[name] = spec
  if (salesIndexes !== null) stores.salesDocs = salesIndexes
  return stores
}

/** A bare `bulkAdd` of every record, one transaction, no chunks and no progress. */
async function bareBulkAdd(company: Pick<GeneratedCompany, (typeof TABLES)[number]>, salesIndexes: string | null): Promise<number> {
  const name = `bench-bare-${Math.random().toString(36).slice(2)}`
  const db = new Dexie(name)
  db.version(1).stores(storesWith(salesIndexes))
  await db.open()
  const start = performance.now()
  await db.transaction('rw', db.tables, async () => {
    for (const table of TABLES) await db.table(table).bulkAdd(company[table])
  })
  const ms = performance.now() - start
  db.close()
  await Dexie.delete(name)
  return ms
}

async function run(options: { variants?: boolean } = {}) {
  const endDate = '2026-11-23'
  const t0 = performance.now()
  const company = generateBuiltInCompany(endDate, 'large')
  const generateMs = performance.now() - t0
  const invoiceLines = company.salesDocs.filter((d) => d.type === 'invoice').reduce((s, d) => s + d.lines.length, 0)
  const counts = Object.fromEntries(TABLES.map((t) => [t, company[t].length]))

  const bare = await bareBulkAdd(company, null)

  const ws = new WorkspaceDb(`bench-${Math.random().toString(36).slice(2)}`)
  await ws.open()
  const t1 = performance.now()
  await writeCompany(ws, company)
  const writeMs = performance.now() - t1
  ws.close()
  await Dexie.delete(ws.name)

  // The whole "large workspace" creation as the app does it: generation and write in a Web Worker.
  const registry = new WorkspaceRegistry(new RegistryDb(`bench-registry-${Math.random().toString(36).slice(2)}`))
  const t2 = performance.now()
  const record = await registry.create({ name: 'Banc', startDate: endDate, companySize: 'large' })
  const workerMs = performance.now() - t2
  await registry.remove(record.id)

  // The built-in company a learner gets on first start.
  const t3 = performance.now()
  const standard = generateBuiltInCompany(endDate, 'standard')
  const standardGenerateMs = performance.now() - t3
  const small = new WorkspaceDb(`bench-${Math.random().toString(36).slice(2)}`)
  await small.open()
  const t4 = performance.now()
  await writeCompany(small, standard)
  const standardWriteMs = performance.now() - t4
  small.close()
  await Dexie.delete(small.name)

  const variants: Record<string, number> = {}
  if (options.variants) {
    // What the record count costs alone: the same number of records reduced to their id.
    const idsOnly = Object.fromEntries(TABLES.map((t) => [t, company[t].map((r) => ({ id: (r as { id: string }).id, type: 'x', date: '2026-01-01', customerId: 'c', supplierId: 's', kind: 'k', reference: 'r', familyId: 'f', name: 'n', tierId: 't' }))]))
    variants['same record count, tiny records'] = await bareBulkAdd(idsOnly as unknown as GeneratedCompany, null)
    const empty = Object.fromEntries(TABLES.map((t) => [t, [] as unknown[]]))
    variants['invoices and credit notes only'] = await bareBulkAdd({ ...(empty as unknown as GeneratedCompany), salesDocs: company.salesDocs.filter((d) => d.type === 'invoice' || d.type === 'creditNote') }, null)
    variants['salesDocs: &id only'] = await bareBulkAdd(company, '&id')
    variants['salesDocs: &id, [type+date], customerId'] = await bareBulkAdd(company, '&id, [type+date], customerId')
    variants['salesDocs: &id, [type+date], customerId, number'] = await bareBulkAdd(company, '&id, [type+date], customerId, number')
  }
  return {
    invoiceLines, records: companyRecordCount(company), counts,
    generateMs: Math.round(generateMs), appWriteMs: Math.round(writeMs), bareBulkAddMs: Math.round(bare),
    workerCreateMs: Math.round(workerMs),
    standard: { invoiceLines: standard.salesDocs.filter((d) => d.type === 'invoice').reduce((s, d) => s + d.lines.length, 0), records: companyRecordCount(standard), generateMs: Math.round(standardGenerateMs), writeMs: Math.round(standardWriteMs) },
    variants: Object.fromEntries(Object.entries(variants).map(([k, v]) => [k, Math.round(v)])),
  }
}

declare global {
  interface Window { runBench: typeof run }
}
window.runBench = run
document.getElementById('status')!.textContent = 'ready'
