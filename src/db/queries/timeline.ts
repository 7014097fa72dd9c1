/**
 * A tier's timeline: its documents (sales documents of a customer, purchase documents of a supplier),
 * messages, calls, meetings, notes, payments and the journal's events about it, newest first.
 */
import type { JournalEntry } from '../types'
import type { IsoDate, Message, Payment, PurchaseDoc, SalesDoc } from '@/domain/model'
import type { WorkspaceDb } from '../workspace-db'
import { customerDocs, customerPayments } from './sales-docs'
import { compareMessages, tierMessages } from './messages'

interface Base {
  /** Unique within the timeline. */
  key: string
  date: IsoDate
  /** Where the item opens (undefined: no page for it yet). */
  link?: string
}

export type TimelineItem = Base & (
  | { kind: 'salesDoc'; doc: Pick<SalesDoc, 'id' | 'type' | 'number' | 'status'> & { totalInclVatCents?: number } }
  | { kind: 'purchaseDoc'; doc: Pick<PurchaseDoc, 'id' | 'type' | 'number' | 'status' | 'totalExclVatCents'> }
  | { kind: 'message'; message: Message }
  | { kind: 'payment'; payment: Pick<Payment, 'id' | 'amountCents' | 'method' | 'reference' | 'rejected'> }
  | { kind: 'event'; entry: Pick<JournalEntry, 'seq' | 'command' | 'actor'> }
)

export type TimelineKind = TimelineItem['kind']
export const TIMELINE_KINDS: readonly TimelineKind[] = ['salesDoc', 'purchaseDoc', 'message', 'payment', 'event']

// Keys of a journal entry's input or result that name a tier.
const TIER_KEYS = ['tierId', 'customerId', 'supplierId', 'carrierId'] as const

/** Whether a journal entry is about the tier: its input or result names it (`id` counts for tiers.* and gdpr.* commands). */
export function isAboutTier(entry: JournalEntry, tierId: string): boolean {
  const ownId = entry.command.startsWith('tiers.') || entry.command.startsWith('gdpr.')
  return [entry.input, entry.result].some((part) => part !== undefined
    && (TIER_KEYS.some((key) => part[key] === tierId) || (ownId && part.id === tierId)))
}

export async function tierTimeline(db: WorkspaceDb, tierId: string): Promise<TimelineItem[]> {
  const [docs, purchases, messages, payments, journal] = await Promise.all([
    customerDocs(db, tierId),
    db.purchaseDocs.where('supplierId').equals(tierId).toArray(),
    tierMessages(db, tierId),
    customerPayments(db, tierId),
    db.journal.where('outcome').equals('done').toArray(),
  ])
  const items: TimelineItem[] = [
    ...docs.map((d): TimelineItem => ({
      kind: 'salesDoc', key: `doc-${d.id}`, date: d.date, link: `/ventes/${d.id}`,
      doc: { id: d.id, type: d.type, number: d.number, status: d.status, totalInclVatCents: d.totals?.totalInclVatCents },
    })),
    ...purchases.map((d): TimelineItem => ({
      kind: 'purchaseDoc', key: `po-${d.id}`, date: d.date,
      doc: { id: d.id, type: d.type, number: d.number, status: d.status, totalExclVatCents: d.totalExclVatCents },
    })),
    ...messages.map((m): TimelineItem => ({ kind: 'message', key: `msg-${m.id}`, date: m.date, link: `/messagerie/${m.id}`, message: m })),
    ...payments.map((p): TimelineItem => ({
      kind: 'payment', key: `pay-${p.id}`, date: p.date, link: p.allocations[0] ? `/ventes/${p.allocations[0].docId}` : undefined,
      payment: { id: p.id, amountCents: p.amountCents, method: p.method, reference: p.reference, rejected: p.rejected },
    })),
    // Messages are shown as themselves; the journal adds what else happened to the tier.
    ...journal.filter((e) => !e.command.startsWith('messages.') && isAboutTier(e, tierId)).map((e): TimelineItem => ({
      kind: 'event', key: `ev-${e.seq}`, date: e.simDate, link: '/activite', entry: { seq: e.seq, command: e.command, actor: e.actor },
    })),
  ]
  return items.sort(newestFirst)
}

// Within a day: the journal's events (written last), then messages, payments and documents, each newest first.
const RANK: Record<TimelineKind, number> = { event: 0, message: 1, payment: 2, salesDoc: 3, purchaseDoc: 4 }

function newestFirst(a: TimelineItem, b: TimelineItem): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1
  if (a.kind !== b.kind) return RANK[a.kind] - RANK[b.kind]
  if (a.kind === 'message' && b.kind === 'message') return compareMessages(b.message, a.message)
  if (a.kind === 'event' && b.kind === 'event') return (b.entry.seq ?? 0) - (a.entry.seq ?? 0)
  return b.key.localeCompare(a.key, undefined, { numeric: true })
}
