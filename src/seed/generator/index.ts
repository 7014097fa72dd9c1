/**
 * The company history generator: pure and deterministic (same catalogue, seed, end date and size →
 * the very same records), fast enough to build 100,000 invoice lines in the browser.
 */
import { addDays, isCalendarDate } from '@/domain/calendar'
import type { SalesDoc, Tier } from '@/domain'
import { openOrdersExposure } from './exposure'
import { createdOnFor, profileCustomers, scaleCustomers } from './customers'
import { withGdprFiles } from './gdpr'
import { inboundOrders } from './inbound'
import { inboxMessages } from './messages'
import { Numbering } from './numbering'
import { salespeopleWithObjectives } from './objectives'
import { Random } from './prng'
import { settle } from './settlement'
import { simulate } from './simulation'
import type { GenerateCompanyOptions, GeneratedCompany } from './types'

export type { GenerateCompanyOptions, GeneratedCompany, GeneratedMeta, NumberingSequences } from './types'
export { COMPANY_SIZES, BUILT_IN_SEED, isCompanySize, type CompanySize } from './sizes'
export { AGEING_BUCKETS } from './settlement'
export { Pricer } from './pricing'
export { formatNumber } from './numbering'

/** Length of the history: three years before the end date. */
export const HISTORY_DAYS = 365 * 3 + 1

/**
 * Builds three years of a company's trade ending the day before `endDate` (the workspace's simulated
 * start date): the catalogue's tiers (plus derived branches for large sizes) and products, the sales
 * chain, purchasing, stock movements, payments, a few inbox messages, and the reference data for `meta`.
 * @throws RangeError on an invalid end date or size.
 */
export function generateCompany(options: GenerateCompanyOptions): GeneratedCompany {
  const { catalog, seed, endDate, targetInvoiceLines } = options
  if (!isCalendarDate(endDate)) throw new RangeError(`endDate must be a calendar date, got ${endDate}`)
  if (!Number.isFinite(targetInvoiceLines) || targetInvoiceLines < 100) throw new RangeError('targetInvoiceLines must be at least 100')
  const root = new Random(`${String(seed)}|${endDate}|${targetInvoiceLines}`)
  const start = addDays(endDate, -HISTORY_DAYS)

  const sellable = catalog.products.filter((product) => product.active)
  const customers = scaleCustomers(catalog, targetInvoiceLines)
  const profiles = profileCustomers(customers, catalog, sellable, start, HISTORY_DAYS, root.fork('customers'), options.hints)
  const numbering = new Numbering(catalog.settings.numbering)
  const history = simulate({
    catalog, profiles, sellable, start, days: HISTORY_DAYS, endDate, targetInvoiceLines, numbering, rng: root.fork('trade'),
  })

  const tierRng = root.fork('tiers')
  const customerTiers = profiles.map((profile) => ({ ...profile.tier, createdOn: createdOnFor(start, profile, tierRng) }))
  const others = catalog.tiers.filter((tier) => !(tier.kind === 'customer' && tier.customer))
    .map((tier): Tier => (tier.createdOn >= endDate ? { ...tier, createdOn: addDays(endDate, -30) } : tier))
  const tiers = [...customerTiers, ...others]

  const payments = settle({
    invoices: history.invoices, creditNotes: history.creditNotes, tiers, dates: history.dates, endDate, rng: root.fork('payments'),
    openOrders: openOrdersExposure(history.salesDocs, endDate),
  })
  const salesDocs = history.salesDocs
  const gdpr = withGdprFiles({ tiers, salesDocs, endDate, rng: root.fork('gdpr') })
  const messages = inboxMessages({
    tiers, products: catalog.products, salesDocs, delayedPurchases: history.delayedPurchases,
    overdueInvoices: overdueAt(salesDocs, payments, endDate), companyName: catalog.settings.identity.name, endDate,
  })

  return {
    tiers: gdpr.tiers,
    products: catalog.products,
    salesDocs,
    purchaseDocs: history.purchaseDocs,
    stockMoves: history.stockMoves,
    payments,
    messages: [...messages, ...gdpr.messages],
    gdprRequests: gdpr.gdprRequests,
    inboundOrders: inboundOrders({ tiers: gdpr.tiers, products: catalog.products, endDate, salesDocs, payments }),
    meta: {
      settings: catalog.settings,
      families: catalog.families,
      warehouses: catalog.warehouses,
      salespeople: salespeopleWithObjectives(catalog.salespeople, salesDocs, endDate),
      sequences: numbering.sequences,
    },
  }
}

/** Invoices past their due date and not fully paid on `asOf`, oldest due date first. */
export function overdueAt(salesDocs: readonly SalesDoc[], payments: readonly { allocations: { docId: string; amountCents: number }[] }[], asOf: string): SalesDoc[] {
  const paid = new Map<string, number>()
  for (const payment of payments) for (const a of payment.allocations) paid.set(a.docId, (paid.get(a.docId) ?? 0) + a.amountCents)
  return salesDocs
    .filter((doc) => doc.type === 'invoice' && doc.dueDate !== undefined && doc.dueDate < asOf
      && (paid.get(doc.id) ?? 0) < (doc.totals?.amountDueCents ?? 0))
    .sort((a, b) => (a.dueDate! < b.dueDate! ? -1 : a.dueDate! > b.dueDate! ? 1 : 0))
}
