/** Read-only queries on sales documents: the rows of a page, their amounts, a customer's documents, the chain. */
import Dexie from 'dexie'
import { accountSign, documentDueDate, priceDocument, salesDocPricingInput, type AccountEntry } from '@/domain'
import type { IsoDate, Payment, SalesDoc, SalesDocType } from '@/domain/model'
import type { WorkspaceDb } from '../workspace-db'

/** Documents by id, in the order asked (missing ones skipped). */
export async function getSalesDocs(db: WorkspaceDb, ids: readonly string[]): Promise<SalesDoc[]> {
  const docs = await db.salesDocs.bulkGet([...ids])
  return docs.filter((doc): doc is SalesDoc => doc !== undefined)
}

/** What a list needs of a document beyond its indexes: status, amounts (and what the balance needs). */
export interface SalesSummary extends AccountEntry {
  customerId: string
  totalExclVatCents: number
  totalInclVatCents: number
  dueDate?: IsoDate
}

export function summarize(doc: SalesDoc): SalesSummary {
  const totals = doc.totals
  const summary: SalesSummary = {
    type: doc.type, status: doc.status, date: doc.date, customerId: doc.customerId,
    totalExclVatCents: totals?.totalExclVatCents ?? 0,
    totalInclVatCents: totals?.totalInclVatCents ?? 0,
    amountDueCents: totals?.amountDueCents ?? 0,
  }
  if (!totals && doc.lines.length) {
    // A document stored without totals (a draft) is priced on the fly; a bad line leaves it at 0.
    try {
      const priced = priceDocument(salesDocPricingInput(doc))
      summary.totalExclVatCents = priced.totalExclVatCents
      summary.totalInclVatCents = priced.totalInclVatCents
      summary.amountDueCents = priced.amountDueCents
    } catch { /* left at 0 */ }
  }
  if (accountSign(doc) > 0) summary.dueDate = documentDueDate(doc)
  return summary
}

/** Summaries read so far, and the types read whole. */
export interface SummaryCache {
  byId: Map<string, SalesSummary>
  types: Set<SalesDocType>
}

export function emptySummaryCache(): SummaryCache {
  return { byId: new Map(), types: new Set() }
}

/**
 * Adds to `cache` the summary of every document of `type`, reading the `[type+date]` range month by
 * month (a range read is faster than fetching by ids, and yielding between months keeps the page
 * responsive: each document is deserialised on the main thread). `onProgress` gets the share done.
 */
export async function loadTypeSummaries(db: WorkspaceDb, type: SalesDocType, cache: SummaryCache, onProgress?: (done: number) => void): Promise<void> {
  if (cache.types.has(type)) return
  const range = db.salesDocs.where('[type+date]').between([type, Dexie.minKey], [type, Dexie.maxKey])
  const [first, last] = await Promise.all([range.first(), range.last()])
  if (first && last) {
    const months = monthsBetween(first.date, last.date)
    for (let i = 0; i < months.length; i += 1) {
      const docs = await db.salesDocs.where('[type+date]').between([type, `${months[i]}-01`], [type, `${months[i]}-31`], true, true).toArray()
      for (const doc of docs) cache.byId.set(doc.id, summarize(doc))
      onProgress?.((i + 1) / months.length)
      await new Promise((resolve) => setTimeout(resolve, 0))
    }
  }
  cache.types.add(type)
}

function monthsBetween(from: IsoDate, to: IsoDate): string[] {
  const out: string[] = []
  let [year, month] = from.slice(0, 7).split('-').map(Number) as [number, number]
  const end = to.slice(0, 7)
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`
    out.push(key)
    if (key >= end) return out
    month += 1
    if (month > 12) { month = 1; year += 1 }
  }
}

/** A customer's documents, newest first (the `customerId` index). */
export async function customerDocs(db: WorkspaceDb, customerId: string): Promise<SalesDoc[]> {
  const docs = await db.salesDocs.where('customerId').equals(customerId).toArray()
  return docs.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : (b.number ?? '').localeCompare(a.number ?? '')))
}

/** A customer's payments, newest first. */
export async function customerPayments(db: WorkspaceDb, customerId: string): Promise<Payment[]> {
  const payments = await db.payments.where('customerId').equals(customerId).toArray()
  return payments.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))
}

/** A document with what it needs on its page: its chain (before and after) and its customer's account. */
export interface SalesDocContext {
  doc: SalesDoc
  /** Documents it comes from (its `sourceIds`). */
  sources: SalesDoc[]
  /** Documents that come from it (their `sourceIds` name it), oldest first. */
  followers: SalesDoc[]
  /** All the customer's documents (credit notes against an invoice are among them). */
  customerDocs: SalesDoc[]
  payments: Payment[]
}

export async function salesDocContext(db: WorkspaceDb, id: string): Promise<SalesDocContext | null> {
  const doc = await db.salesDocs.get(id)
  if (!doc) return null
  // Followers belong to the same customer, so the customerId index bounds the search (no index on sourceIds).
  const [all, payments, sources] = await Promise.all([customerDocs(db, doc.customerId), customerPayments(db, doc.customerId), getSalesDocs(db, doc.sourceIds)])
  const followers = all.filter((other) => other.sourceIds.includes(id)).reverse()
  return { doc, sources, followers, customerDocs: all, payments }
}
