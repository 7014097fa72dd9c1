/**
 * Sales facts: one row per invoice or credit-note line, the grain every statistic aggregates
 * (DOMAIN-FR §9). CA HT is the net commercial — after line and document discounts, before escompte,
 * without carriage (§1 order of calculation) — net of credit notes, which count negative in the period
 * they are issued. Acompte invoices are left out (the final invoice carries the whole sale), and so are
 * drafts and cancelled documents.
 *
 * Facts are built once per workspace load from what validation stored (each line's `netCents` share
 * of the net commercial, its unit cost snapshot), so 100,000 lines aggregate without re-pricing; a
 * line stored without its share (older data) is priced once here.
 */
import type { Product, SalesDoc, Tier } from '../model'
import { lineNetShares, priceSalesDoc, productVatCategories } from '../sales/pricing'

/** One invoice or credit-note line, signed (credit notes negative), with the dimensions it is read by. */
export interface SalesFact {
  docId: string
  docType: 'invoice' | 'creditNote'
  number: string
  date: string
  /** 'YYYY-MM' of the document date. */
  month: string
  customerId: string
  productId: string
  familyId: string
  region: string
  channel: string
  salespersonId: string
  /** Quantity sold (negative for goods returned; 0 for a price correction). */
  quantity: number
  /** CA HT of the line in cents: net after line and document discounts, before escompte, without carriage; signed. */
  netHtCents: number
  /** Purchase cost HT of the quantity (unit cost snapshot × quantity), in cents, signed like the quantity. */
  costHtCents: number
}

/** What the facts need besides the documents: the catalogue (families) and the customers (region, VAT regime). */
export interface SalesFactsContext {
  products: ReadonlyMap<string, Product>
  tiers: ReadonlyMap<string, Tier>
}

/** True when a document counts in the sales statistics: a validated invoice or credit note (not an acompte). */
export function countsInSales(doc: Pick<SalesDoc, 'type' | 'status'>): boolean {
  return (doc.type === 'invoice' || doc.type === 'creditNote') && doc.status === 'validated'
}

/** The lines' net shares as stored, or priced once when a line lacks its share. */
function lineNets(doc: SalesDoc, ctx: SalesFactsContext): number[] {
  if (doc.lines.every((line) => typeof line.netCents === 'number')) return doc.lines.map((line) => line.netCents!)
  const regime = ctx.tiers.get(doc.customerId)?.customer?.vatRegime ?? 'france'
  return lineNetShares(priceSalesDoc(doc, regime, productVatCategories(ctx.products.values())))
}

/**
 * The sales facts of `docs` (any order, any types: only validated invoices and credit notes are kept),
 * one per line. Credit notes are negative: a return takes back the quantity and its cost, a price
 * correction only the amount.
 * @example salesFacts([invoice], { products, tiers })[0].netHtCents // the line's share of the net commercial
 */
export function salesFacts(docs: readonly SalesDoc[], ctx: SalesFactsContext): SalesFact[] {
  const facts: SalesFact[] = []
  for (const doc of docs) {
    if (!countsInSales(doc)) continue
    const docType = doc.type as 'invoice' | 'creditNote'
    const sign = docType === 'creditNote' ? -1 : 1
    const nets = lineNets(doc, ctx)
    const region = ctx.tiers.get(doc.customerId)?.region ?? ''
    const month = doc.date.slice(0, 7)
    doc.lines.forEach((line, index) => {
      const priceOnly = docType === 'creditNote' && line.creditKind === 'priceCorrection'
      const quantity = priceOnly ? 0 : sign * line.quantity
      facts.push({
        docId: doc.id,
        docType,
        number: doc.number ?? '',
        date: doc.date,
        month,
        customerId: doc.customerId,
        productId: line.productId,
        familyId: ctx.products.get(line.productId)?.familyId ?? '',
        region,
        channel: doc.channel,
        salespersonId: doc.salespersonId,
        quantity: quantity + 0,
        netHtCents: sign * (nets[index] ?? 0),
        costHtCents: quantity * line.unitCostCents + 0,
      })
    })
  }
  return facts
}
