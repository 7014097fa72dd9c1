import type { IsoDate, PaymentMethod, PaymentTerms, SalesChannel } from './common'

export type SalesDocType = 'quote' | 'order' | 'delivery' | 'invoice' | 'creditNote' | 'downPayment'

export type SalesDocStatus =
  | 'draft' | 'sent' | 'accepted' | 'refused' | 'expired'          // quotes
  | 'confirmed' | 'partlyDelivered' | 'delivered' | 'invoiced' | 'cancelled' // orders
  | 'shipped'                                                       // delivery notes
  | 'validated'                                                     // invoices, credit notes, acomptes

/**
 * One line of a sales document; the line is a snapshot: designation, price, rate and cost are copied
 * from the catalogue when the line is written, so a later price change never alters what it says.
 */
export interface SalesLine {
  productId: string
  designation: string
  quantity: number
  unitPriceCents: number
  vatRatePercent: number
  discountsPercent?: number[]
  /** Unit purchase cost at the time of the sale (margins in statistics). */
  unitCostCents: number
  /** On an invoice or credit note: the net HT of the line after line and document discounts, before
   * escompte (CA HT for statistics), kept so 100,000 lines aggregate without re-pricing. */
  netCents?: number
}

/** Totals as priced by the domain's `priceDocument`, stored with the document when it is validated. */
export interface SalesTotals {
  grossCents: number
  netCommercialCents: number
  totalExclVatCents: number
  totalVatCents: number
  totalInclVatCents: number
  amountDueCents: number
}

/**
 * A quote, order, delivery note, invoice, credit note or acompte invoice, with its lines inside
 * (STACK-NOTES §6: embedded lines write ~4× faster than a separate indexed table).
 */
export interface SalesDoc {
  id: string
  type: SalesDocType
  /** Given at validation for invoices/credit notes/acomptes; drafts have none. */
  number?: string
  status: SalesDocStatus
  customerId: string
  date: IsoDate
  lines: SalesLine[]
  discountsPercent?: number[]
  earlyPaymentDiscountPercent?: number
  shippingCents?: number
  totals?: SalesTotals
  paymentTerms?: PaymentTerms
  dueDate?: IsoDate
  validUntil?: IsoDate
  customerPoNumber?: string
  salespersonId: string
  channel: SalesChannel
  warehouseId?: string
  carrierId?: string
  /** Links in the chain (smart buttons): where this document comes from. */
  sourceIds: string[]
  /** Credit notes: the reason and the invoice they correct. */
  reason?: string
  notes?: string
}

export type PurchaseDocType = 'supplierOrder' | 'reception'
export type PurchaseDocStatus = 'draft' | 'sent' | 'confirmed' | 'partlyReceived' | 'received' | 'cancelled'

export interface PurchaseLine {
  productId: string
  designation: string
  quantity: number
  unitPriceCents: number
  vatRatePercent: number
}

export interface PurchaseDoc {
  id: string
  type: PurchaseDocType
  number: string
  status: PurchaseDocStatus
  supplierId: string
  date: IsoDate
  expectedDate?: IsoDate
  lines: PurchaseLine[]
  warehouseId: string
  sourceIds: string[]
  totalExclVatCents: number
}

export type StockMoveKind = 'initial' | 'reception' | 'delivery' | 'return' | 'adjustment' | 'inventory' | 'donation'

/**
 * One stock movement document (a delivery note's issue, a reception, an inventory count…) with its
 * lines inside. Quantities are signed: + in, − out. Stock on hand = Σ movements.
 */
export interface StockMove {
  id: string
  kind: StockMoveKind
  date: IsoDate
  warehouseId: string
  lines: { productId: string; quantity: number; unitCostCents: number }[]
  /** The document that caused it (delivery note, reception…). */
  sourceId?: string
}

/** A payment received from a customer and how it was allocated to invoices (lettrage). */
export interface Payment {
  id: string
  customerId: string
  date: IsoDate
  amountCents: number
  method: PaymentMethod
  reference: string
  allocations: { docId: string; amountCents: number }[]
  /** A rejected cheque or direct debit reopens the invoices. */
  rejected?: boolean
}
