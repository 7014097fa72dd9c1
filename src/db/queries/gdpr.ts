/** Read-only queries for the GDPR file of a tier and the company-wide review of files and requests. */
import { erasurePlan, lastDealDate, recordsToReview, retentionEnd, type ErasurePlan, type ReviewItem } from '@/domain'
import type { GdprRequest, IsoDate, SalesDoc, Tier } from '@/domain/model'
import type { WorkspaceDb } from '../workspace-db'

const byReceivedDesc = (a: GdprRequest, b: GdprRequest) => (a.receivedOn < b.receivedOn ? 1 : a.receivedOn > b.receivedOn ? -1 : b.id.localeCompare(a.id))

/** A tier's rights requests, newest first (the `tierId` index). */
export async function tierRequests(db: WorkspaceDb, tierId: string): Promise<GdprRequest[]> {
  return (await db.gdprRequests.where('tierId').equals(tierId).toArray()).sort(byReceivedDesc)
}

/** What the GDPR panel of a tier shows: the tier, its requests, the end of the relationship and the erasure plan on `asOf`. */
export interface TierGdprView {
  tier: Tier
  requests: GdprRequest[]
  lastDealOn?: IsoDate
  plan: ErasurePlan
}

export async function tierGdprView(db: WorkspaceDb, tierId: string, asOf: IsoDate): Promise<TierGdprView | null> {
  const tier = await db.tiers.get(tierId)
  if (!tier) return null
  const [requests, documents, messageCount, paymentCount] = await Promise.all([
    tierRequests(db, tierId),
    db.salesDocs.where('customerId').equals(tierId).toArray(),
    db.messages.where('tierId').equals(tierId).count(),
    db.payments.where('customerId').equals(tierId).count(),
  ])
  const lastDealOn = lastDealDate(documents)
  const plan = erasurePlan({ tier, documents, messageCount, paymentCount, requestCount: requests.length, asOf })
  return { tier, requests, plan, ...(lastDealOn ? { lastDealOn } : {}) }
}

/** A file to review with its tier. */
export interface ReviewRow extends ReviewItem {
  tier: Tier
}

/** An open request with its tier's name. */
export interface OpenRequestRow {
  request: GdprRequest
  tierName: string
}

/**
 * The files to review on `asOf` (customers and prospects by name) and the open requests by due date.
 * A customer's last order or invoice is read only when its contacts alone would end its retention
 * before `asOf`, so an active company is not read whole.
 */
export async function gdprOverview(db: WorkspaceDb, asOf: IsoDate): Promise<{ review: ReviewRow[]; openRequests: OpenRequestRow[] }> {
  const tiers = (await db.tiers.where('kind').anyOf('customer', 'prospect').toArray()).sort((a, b) => a.name.localeCompare(b.name, 'fr'))
  const files = []
  for (const tier of tiers) {
    const byContact = tier.gdpr ? retentionEnd(tier, asOf) : null
    let lastDealOn: IsoDate | undefined
    if (tier.kind === 'customer' && byContact && byContact.endOn < asOf) lastDealOn = lastDealDate(await dealsOf(db, tier.id, byContact.startOn))
    files.push({ tier, ...(lastDealOn ? { lastDealOn } : {}) })
  }
  const byId = new Map(tiers.map((t) => [t.id, t]))
  const review = recordsToReview(files, asOf).map((item) => ({ ...item, tier: byId.get(item.tierId)! }))
  const open = await db.gdprRequests.where('status').equals('open').sortBy('dueOn')
  const names = new Map((await db.tiers.bulkGet([...new Set(open.map((r) => r.tierId))])).filter((t): t is Tier => t !== undefined).map((t) => [t.id, t.name]))
  return { review, openRequests: open.map((request) => ({ request, tierName: names.get(request.tierId) ?? request.tierId })) }
}

/** A customer's documents dated after `from` (only those can move the end of its relationship later). */
async function dealsOf(db: WorkspaceDb, customerId: string, from: IsoDate): Promise<SalesDoc[]> {
  return db.salesDocs.where('customerId').equals(customerId).filter((doc) => doc.date > from).toArray()
}
