/**
 * What the conversion rate reads of a quote or an order, without its lines (the statistics keep these
 * for tens of thousands of documents).
 */
import type { SalesDoc } from '../model'
import { priceSalesDoc } from '../sales/pricing'

/** Net commercial HT of a quote or an order: its stored totals, else priced from its lines (0 when it cannot be). */
export function quoteValue(doc: SalesDoc): number {
  if (doc.totals) return doc.totals.netCommercialCents
  try {
    return priceSalesDoc(doc).netCommercialCents
  } catch {
    return 0
  }
}

/** A quote or an order as the conversion rate reads it. */
export interface QuoteSummary {
  id: string
  type: 'quote' | 'order'
  status: SalesDoc['status']
  date: string
  customerId: string
  channel: SalesDoc['channel']
  salespersonId: string
  /** The quotes an order comes from (empty for a quote). */
  sourceIds: string[]
  /** Net commercial HT of the document (its stored totals, else priced from its lines). */
  valueCents: number
}

/** The summary of a quote or an order for the conversion rate (`quoteConversion`). */
export function quoteSummary(doc: SalesDoc & { type: 'quote' | 'order' }): QuoteSummary {
  return {
    id: doc.id, type: doc.type, status: doc.status, date: doc.date, customerId: doc.customerId, channel: doc.channel,
    salespersonId: doc.salespersonId, sourceIds: [...doc.sourceIds], valueCents: quoteValue(doc),
  }
}
