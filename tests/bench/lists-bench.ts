/**
 * Timings of the read-only lists in the browser (run by lists-chromium.mjs through Vite): generates a
 * company, writes it into a workspace database, then times the queries each list and detail page runs.
 */
import Dexie from 'dexie'
import { generateCompany } from '@/seed/generator'
import { BUILT_IN_CATALOG } from '@/seed/company'
import { META_KEYS } from '@/seed/catalog'
import { WorkspaceDb } from '@/db/workspace-db'
import { customerBalances } from '@/db/queries/tiers'
import { ALL_SALES_TYPES, querySales } from '@/db/queries/sales-index'
import { customerDocs, customerPayments, emptySummaryCache, loadTypeSummaries, salesDocContext } from '@/db/queries/sales-docs'
import { listProducts, stockLevels } from '@/db/queries/catalog'
import { customerBalance, customerExposure, settleInvoices } from '@/domain'

declare global {
  interface Window { benchResult?: { lines: string[]; error?: string } }
}

const params = new URLSearchParams(location.search)
const LINES = Number(params.get('lines') ?? 100_000)
const END = '2026-03-02'
const lines: string[] = []

async function time<T>(label: string, run: () => Promise<T> | T): Promise<T> {
  const start = performance.now()
  const result = await run()
  lines.push(`${label.padEnd(66)} ${(performance.now() - start).toFixed(0).padStart(7)} ms`)
  return result
}

async function main() {
  const company = await time('generate', () => generateCompany({ catalog: BUILT_IN_CATALOG, seed: 'comptoir-2026', endDate: END, targetInvoiceLines: LINES }))
  const invoiceLines = company.salesDocs.filter((d) => d.type === 'invoice').reduce((n, d) => n + d.lines.length, 0)
  lines.push(`documents ${company.salesDocs.length}, invoice lines ${invoiceLines}, payments ${company.payments.length}, stock moves ${company.stockMoves.length}, tiers ${company.tiers.length}`)
  await Dexie.delete('comptoir-ws-bench-lists')
  let db = new WorkspaceDb('bench-lists')
  await time('write (bulkAdd)', () => db.transaction('rw', db.tables, async () => {
    await db.tiers.bulkAdd(company.tiers)
    await db.products.bulkAdd(company.products)
    await db.salesDocs.bulkAdd(company.salesDocs)
    await db.payments.bulkAdd(company.payments)
    await db.stockMoves.bulkAdd(company.stockMoves)
    await db.meta.bulkPut([
      { key: META_KEYS.families, value: company.meta.families },
      { key: META_KEYS.warehouses, value: company.meta.warehouses },
      { key: META_KEYS.salespeople, value: company.meta.salespeople },
    ])
  }))
  // Reopen, as a page load would (no warm object cache).
  db.close()
  db = new WorkspaceDb('bench-lists')
  await db.open()

  const newest = { field: 'date', order: -1 } as const
  const all = await time('sales list: all types newest first — query (indexes only)', () => querySales(db, {}, newest))
  await time('sales list: all types newest first — page 1', () => all.page(0, 25))
  await time('sales list: all types newest first — page 2', () => all.page(25, 25))
  await time('sales list: all types newest first — page 40', () => all.page(975, 25))
  const invoices = await time('sales list: invoices — query', () => querySales(db, { type: 'invoice' }, newest))
  await time('sales list: invoices — page 1', () => invoices.page(0, 25))
  await time('sales list: invoices — last page', () => invoices.page(invoices.count - 25, 25))
  const byNumber = await time('sales list: invoices by number — query', () => querySales(db, { type: 'invoice' }, { field: 'number', order: -1 }))
  await time('sales list: invoices by number — page 1', () => byNumber.page(0, 25))
  const someNumber = (await invoices.page(0, 1))[0]!.number!
  const found = await time(`sales list: number starts with "${someNumber.slice(0, -2)}"`, () => querySales(db, { number: someNumber.slice(0, -2) }, newest))
  const busy = (await all.page(0, 1))[0]!.customerId
  await time('sales list: one customer, all types — query + page 1', async () => (await querySales(db, { customerId: busy }, newest)).page(0, 25))
  await time('sales list: invoices of 2025 — query + page 1', async () => (await querySales(db, { type: 'invoice', from: '2025-01-01', to: '2025-12-31' }, newest)).page(0, 25))
  const cache = emptySummaryCache()
  await time(`sales list: foot totals — read the ${invoices.count} invoices once`, () => loadTypeSummaries(db, 'invoice', cache))
  await time('sales list: status filter on all types — read every document once', async () => {
    for (const type of ALL_SALES_TYPES) await loadTypeSummaries(db, type, cache)
  })
  await time('  (for comparison: toArray of every document)', () => db.salesDocs.toArray())
  lines.push(`invoices ${invoices.count}, documents ${all.count}, prefix matches ${found.count}`)

  await time('tiers list: every customer balance (summaries cached)', () => customerBalances(db, cache, END))
  await time('tiers list: every customer balance (cold)', () => customerBalances(db, emptySummaryCache(), END))
  const index = await db.salesDocs.orderBy('customerId').keys()
  const counts = new Map<string, number>()
  for (const key of index) counts.set(String(key), (counts.get(String(key)) ?? 0) + 1)
  const [busiest, count] = [...counts].sort((a, b) => b[1] - a[1])[0]!
  const docs = await time(`tier detail: documents of the busiest customer (${count})`, () => customerDocs(db, busiest))
  const payments = await time('tier detail: its payments', () => customerPayments(db, busiest))
  await time('tier detail: balance + exposure + settle every invoice', () => {
    customerBalance(docs, payments, END)
    customerExposure(docs, payments, END)
    settleInvoices(docs, payments, END)
  })
  await time('document detail: document + chain + customer account', async () => salesDocContext(db, (await invoices.page(0, 1))[0]!.id))
  await time('catalogue: products', () => listProducts(db))
  await time('catalogue: physical stock from every movement', () => stockLevels(db, END))
  db.close()
  await Dexie.delete('comptoir-ws-bench-lists')
}

main()
  .then(() => { window.benchResult = { lines } })
  .catch((error: unknown) => { window.benchResult = { lines, error: String(error) } })
  .finally(() => { document.getElementById('out')!.textContent = lines.join('\n') })
