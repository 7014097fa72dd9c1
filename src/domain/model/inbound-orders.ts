import type { IsoDate, SalesChannel } from './common'

/**
 * An order arriving from the web shop or the professional marketplace, waiting in the order inbox to be
 * checked (prices, CGV, customer data) and recorded as an order — or rejected with a reason.
 */
export interface InboundOrder {
  id: string
  channel: Exclude<SalesChannel, 'direct'>
  externalRef: string
  receivedOn: IsoDate
  status: 'pending' | 'recorded' | 'rejected'
  /** The customer as the channel sent it (may not match the CRM file). */
  customer: { tierId?: string; name: string; email?: string; siren?: string; address: { line1: string; postalCode: string; city: string; country: string } }
  lines: { reference: string; designation: string; quantity: number; unitPriceCents: number; vatRatePercent: number }[]
  shippingCents: number
  /** The order recorded from it. */
  orderId?: string
  rejectionReason?: string
  /** Marketplace orders: the platform's commission on the goods' net HT and the delivery date it promised the buyer. */
  marketplace?: { commissionPercent: number; commissionCents: number; promisedOn: IsoDate }
}
