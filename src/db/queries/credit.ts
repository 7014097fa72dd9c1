/** Read-only queries behind the credit pages: a customer's risk sheet and the customers by exposure. */
import {
  accountSign, addDays, countsOnAccount, creditExposure, customerExposure, documentAmountDueCents, documentDueDate, paidOnDates, riskSheet,
  type CreditExposureResult, type Exposure, type RiskSheet,
} from '@/domain'
import type { IsoDate, Payment, SalesDoc, SolvencyCheck, Tier } from '@/domain/model'
import type { WorkspaceDb } from '../workspace-db'

/** What the "Risque client" tab shows. */
export interface CustomerRisk {
  limitCents: number
  exposure: Exposure
  credit: CreditExposureResult
  sheet: RiskSheet
  /** The learner's solvency records, latest first. */
  solvencyChecks: SolvencyCheck[]
}

/** The sales TTC (net à payer of invoices and acomptes − credit notes) dated within `days` up to `asOf`. */
function salesOver(docs: readonly SalesDoc[], asOf: IsoDate, days: number): number {
  const from = addDays(asOf, -days)
  return docs
    .filter((d) => countsOnAccount(d, asOf) && d.date > from)
    .reduce((sum, d) => sum + accountSign(d) * documentAmountDueCents(d), 0)
}

/** The risk sheet of a customer from its records (DOMAIN-FR §4; DSO over 365 days). */
export function riskOf(tier: Tier, docs: readonly SalesDoc[], payments: readonly Payment[], checks: readonly SolvencyCheck[], disputes: number, asOf: IsoDate): CustomerRisk {
  const exposure = customerExposure(docs, payments, asOf)
  const limitCents = tier.customer?.creditLimitCents ?? 0
  const invoices = docs.filter((d) => countsOnAccount(d, asOf) && accountSign(d) > 0)
  const byId = new Map(invoices.map((d) => [d.id, d]))
  const paid = paidOnDates(invoices, (id) => documentAmountDueCents(byId.get(id)!), payments, asOf)
  const sheet = riskSheet({
    invoices: invoices.map((d) => ({ dueDate: documentDueDate(d), ...(paid.has(d.id) ? { paidOn: paid.get(d.id)! } : {}) })),
    rejectedPayments: payments.filter((p) => p.rejected && (p.rejectedOn ?? p.date) <= asOf).length,
    disputes,
    receivablesCents: exposure.balanceCents,
    salesInclVatCents: salesOver(docs, asOf, 365),
  })
  return {
    limitCents, exposure, credit: creditExposure({ ...exposure.parts, limitCents }), sheet,
    solvencyChecks: [...checks].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0)),
  }
}

/** A customer's risk sheet at `asOf`, or null when the tier is unknown. */
export async function loadCustomerRisk(db: WorkspaceDb, customerId: string, asOf: IsoDate): Promise<CustomerRisk | null> {
  const [tier, docs, payments, checks, actions] = await Promise.all([
    db.tiers.get(customerId),
    db.salesDocs.where('customerId').equals(customerId).toArray(),
    db.payments.where('customerId').equals(customerId).toArray(),
    db.solvencyChecks.where('customerId').equals(customerId).toArray(),
    db.dunningActions.where('customerId').equals(customerId).toArray(),
  ])
  if (!tier) return null
  const disputes = actions.filter((a) => a.suspension === 'dispute' && a.dueOn <= asOf).length
  return riskOf(tier, docs, payments, checks, disputes, asOf)
}

/** A line of the exposure list. */
export interface ExposureRow {
  id: string
  name: string
  limitCents: number
  exposureCents: number
  overdueCents: number
  availableCents: number
  overLimitCents: number
  /** exposure ÷ limit × 100 (1 decimal); Infinity with exposure and no limit. */
  usedPercent: number
}

/**
 * Every customer with an exposure or a limit at `asOf`, the most at risk first: over the limit first
 * (largest excess first), then by share of the limit used.
 */
export async function loadExposureRows(db: WorkspaceDb, asOf: IsoDate): Promise<ExposureRow[]> {
  const [customers, docs, payments] = await Promise.all([
    db.tiers.where('kind').equals('customer').toArray(),
    db.salesDocs.toArray(),
    db.payments.toArray(),
  ])
  const docsOf = new Map<string, SalesDoc[]>()
  for (const doc of docs) docsOf.set(doc.customerId, [...(docsOf.get(doc.customerId) ?? []), doc])
  const paymentsOf = new Map<string, Payment[]>()
  for (const p of payments) paymentsOf.set(p.customerId, [...(paymentsOf.get(p.customerId) ?? []), p])
  const rows: ExposureRow[] = []
  for (const tier of customers) {
    const exposure = customerExposure(docsOf.get(tier.id) ?? [], paymentsOf.get(tier.id) ?? [], asOf)
    const limitCents = tier.customer?.creditLimitCents ?? 0
    if (exposure.exposureCents === 0 && limitCents === 0) continue
    const credit = creditExposure({ ...exposure.parts, limitCents })
    const usedPercent = limitCents > 0 ? Math.round((exposure.exposureCents * 1000) / limitCents) / 10 : exposure.exposureCents > 0 ? Number.POSITIVE_INFINITY : 0
    rows.push({ id: tier.id, name: tier.name, limitCents, exposureCents: exposure.exposureCents, overdueCents: exposure.overdueCents, availableCents: credit.availableCents, overLimitCents: credit.overLimitCents, usedPercent })
  }
  return rows.sort((a, b) => b.overLimitCents - a.overLimitCents || b.usedPercent - a.usedPercent || a.name.localeCompare(b.name, 'fr'))
}
