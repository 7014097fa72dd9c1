/** Read-only queries on tiers and on what customers owe. */
import { balanceOfEntries, RECEIVABLE_TYPES } from '@/domain'
import type { IsoDate, Payment, Salesperson, Tier } from '@/domain/model'
import { META_KEYS } from '@/seed/catalog'
import type { WorkspaceDb } from '../workspace-db'
import { loadTypeSummaries, type SalesSummary, type SummaryCache } from './sales-docs'

/** Every tier (customers, prospects, suppliers, carriers): a company has tens to hundreds of them. */
export function listTiers(db: WorkspaceDb): Promise<Tier[]> {
  return db.tiers.orderBy('name').toArray()
}

export function getTier(db: WorkspaceDb, id: string): Promise<Tier | undefined> {
  return db.tiers.get(id)
}

/**
 * Balance of every customer at `asOf` (invoices − credit notes − payments, TTC, DOMAIN-FR §4), from the
 * summaries of the invoices, acomptes and credit notes (read into `cache`, shared with the sales list's
 * totals) and the payments.
 */
export async function customerBalances(db: WorkspaceDb, cache: SummaryCache, asOf?: IsoDate, onProgress?: (done: number) => void): Promise<Map<string, number>> {
  for (const [i, type] of RECEIVABLE_TYPES.entries()) {
    await loadTypeSummaries(db, type, cache, (done) => onProgress?.((i + done) / RECEIVABLE_TYPES.length))
  }
  const payments = await db.payments.toArray()
  const entriesOf = group([...cache.byId.values()].filter((s) => RECEIVABLE_TYPES.includes(s.type)), (s) => s.customerId)
  const paymentsOf = group(payments, (p) => p.customerId)
  const out = new Map<string, number>()
  for (const id of new Set([...entriesOf.keys(), ...paymentsOf.keys()])) {
    out.set(id, balanceOfEntries(entriesOf.get(id) ?? [], paymentsOf.get(id) ?? [], asOf).balanceCents)
  }
  return out
}

function group<T extends SalesSummary | Payment>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>()
  for (const item of items) {
    const k = key(item)
    const list = out.get(k)
    if (list) list.push(item)
    else out.set(k, [item])
  }
  return out
}

/** The company's salespeople (empty until the company is seeded): a customer's file names one. */
export async function listSalespeople(db: WorkspaceDb): Promise<Salesperson[]> {
  const record = await db.meta.get(META_KEYS.salespeople)
  return (record?.value as Salesperson[] | undefined) ?? []
}
