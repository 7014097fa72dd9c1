/** Read-only queries of the bank page: imported statement lines and the open invoices they may pay. */
import { accountSign, countsOnAccount, settleInvoices, suggestMatches, type MatchSuggestion, type OpenInvoice } from '@/domain'
import type { BankLine, IsoDate } from '@/domain/model'
import type { WorkspaceDb } from '../workspace-db'

export type BankStatusFilter = 'all' | BankLine['status']

/** Statement lines, newest first (then by label), of one status or all. */
export async function bankLines(db: WorkspaceDb, status: BankStatusFilter = 'all'): Promise<BankLine[]> {
  const lines = status === 'all' ? await db.bankLines.toArray() : await db.bankLines.where('status').equals(status).toArray()
  return lines.sort((a, b) => b.date.localeCompare(a.date) || a.label.localeCompare(b.label, 'fr') || a.id.localeCompare(b.id))
}

/** Every validated invoice and acompte invoice with something left to pay on `asOf`, with its customer's name. */
export async function openInvoices(db: WorkspaceDb, asOf: IsoDate): Promise<OpenInvoice[]> {
  const [docs, payments, customers] = await Promise.all([
    db.salesDocs.where('type').anyOf('invoice', 'downPayment').filter((doc) => countsOnAccount(doc, asOf) && accountSign(doc) > 0).toArray(),
    db.payments.toArray(),
    db.tiers.where('kind').equals('customer').toArray(),
  ])
  const names = new Map(customers.map((c) => [c.id, c.name]))
  const settled = settleInvoices(docs, payments, asOf)
  const out: OpenInvoice[] = []
  for (const doc of docs) {
    const settlement = settled.get(doc.id)
    if (!settlement || settlement.remainingCents <= 0 || !doc.number) continue
    out.push({ id: doc.id, number: doc.number, customerId: doc.customerId, customerName: names.get(doc.customerId) ?? '', date: doc.date, remainingCents: settlement.remainingCents })
  }
  return out.sort((a, b) => a.date.localeCompare(b.date) || a.number.localeCompare(b.number))
}

/** A statement line with its suggested matches (unmatched credit lines only). */
export interface BankLineRow {
  line: BankLine
  suggestions: MatchSuggestion[]
}

/** What the bank page shows: the lines of `status` and, for each unmatched credit line, its suggestions on `asOf`. */
export async function bankView(db: WorkspaceDb, status: BankStatusFilter, asOf: IsoDate): Promise<{ rows: BankLineRow[]; total: number }> {
  const [lines, total] = await Promise.all([bankLines(db, status), db.bankLines.count()])
  const needsSuggestions = lines.some((l) => l.status === 'unmatched' && l.amountCents > 0)
  const invoices = needsSuggestions ? await openInvoices(db, asOf) : []
  return {
    total,
    rows: lines.map((line) => ({ line, suggestions: line.status === 'unmatched' ? suggestMatches(line, invoices) : [] })),
  }
}
