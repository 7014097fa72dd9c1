import type { Address, IsoDate, Language, PaymentMethod, PaymentTerms, SalesChannel, VatRegime } from './common'
import type { CompanyIdentity } from './company'

export type SalesDocType = 'quote' | 'order' | 'delivery' | 'invoice' | 'creditNote' | 'downPayment'

export type SalesDocStatus =
  | 'draft' | 'sent' | 'accepted' | 'refused' | 'expired' | 'revised' // quotes ('revised': replaced by a new version)
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
  /**
   * The line it comes from in the chain: a delivery line → its order line, an invoice line → its
   * delivery line, a credit-note line → its invoice line (`line` is an index in that source's lines).
   * Lines written before the chain commands have none; the domain then matches them by product.
   */
  source?: { docId: string; line: number }
  /** Credit notes: goods sent back (`return`, re-enter stock when received) or a price correction. */
  creditKind?: 'return' | 'priceCorrection'
}

/** Goods, services or both: the "nature de l'opération" of the 2026 reform (CGI ann. II art. 242 nonies A, 8° bis). */
export type OperationNature = 'goods' | 'services' | 'mixed'

/**
 * The customer as the document names it, copied at validation so a validated invoice keeps saying
 * what it said when the customer record changes later (CGI ann. II art. 242 nonies A, 1°, 3°, 7° bis).
 */
export interface CustomerSnapshot {
  name: string
  legal: 'company' | 'person'
  billingAddress: Address
  siren?: string
  vatNumber?: string
  vatRegime: VatRegime
  language: Language
}

/** The seller's mentions as printed at validation (C. com. R123-237; CGI ann. II art. 242 nonies A, 1°–2°). */
export type SellerSnapshot = Pick<CompanyIdentity, 'name' | 'legalForm' | 'shareCapitalCents' | 'address' | 'siren' | 'rcsCity' | 'vatNumber' | 'size' | 'vatOnDebits'>

/**
 * The payment mentions of an invoice (C. com. L441-9, L441-10 II, D441-5), fixed at validation:
 * the late-payment rate (null: the legal default, ECB rate + 10 points), the recovery indemnity
 * (null for a consumer, who owes none) and the escompte conditions (0 %: "pas d'escompte").
 */
export interface PaymentMentions {
  latePenaltyRatePercent: number | null
  recoveryIndemnityCents: number | null
  earlyPayment: { percent: number; days: number }
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
  /** Quotes: version number of a revised quote (absent = 1) and the quote it replaces. */
  version?: number
  revisionOf?: string
  /** Where the goods go, when the customer gave one (CGI ann. II art. 242 nonies A, 7° bis). */
  deliveryAddress?: Address
  /** Invoices: the delivery date when it differs from the issue date (art. 242 nonies A, 10°). */
  saleDate?: IsoDate
  operationNature?: OperationNature
  /** Invoices: acompte TTC already invoiced and now deducted, and the acompte invoices it comes from. */
  downPaymentCents?: number
  downPaymentIds?: string[]
  /** Invoices, credit notes, acomptes: what validation fixed (the mentions checker reads them). */
  validatedOn?: IsoDate
  customerSnapshot?: CustomerSnapshot
  sellerSnapshot?: SellerSnapshot
  paymentMentions?: PaymentMentions
  /** "Option pour le paiement de la taxe d'après les débits" printed (services, seller's option). */
  vatOnDebits?: boolean
  /** Credit notes: the invoice they correct, by number and date as printed. */
  creditedInvoice?: { id: string; number: string; date: IsoDate }
  /** Credit notes: the day the returned goods came back into stock. */
  returnReceivedOn?: IsoDate
  /** Orders and their delivery notes and invoices: the Incoterms® 2020 rule and its named place (DOMAIN-FR §6). */
  incoterm?: IncotermClause
  /** Delivery notes: the packaging chosen (loi AGEC, DOMAIN-FR §7). */
  packaging?: PackagingRecord
  /** Orders (carrier chosen) and delivery notes: the transport's greenhouse gas, grams CO₂e (C. transports L1431-3). */
  co2Grams?: number
  /** Orders: the carrier offer chosen by `shipping.chooseCarrier`, with the figures it was compared on. */
  carrierChoice?: CarrierChoice
}

/** An Incoterm as written on a document: "FCA Lyon, entrepôt vendeur, Incoterms® 2020". */
export interface IncotermClause {
  term: 'EXW' | 'FCA' | 'CPT' | 'CIP' | 'DAP' | 'DPU' | 'DDP' | 'FAS' | 'FOB' | 'CFR' | 'CIF'
  place: string
  version: '2020'
}

/** The kind of packaging of a shipment (AGEC-minded choices first). */
export type PackagingKind = 'reusableCrate' | 'reusablePallet' | 'sizedBox' | 'standardBox' | 'none'

/** Packaging recorded on a delivery note, with the over-packaging warnings found when it was recorded. */
export interface PackagingRecord {
  kind: PackagingKind
  packages: number
  /** Total packaging weight (tare), grams. */
  grams: number
  filler: 'none' | 'paper' | 'plastic'
  warnings: string[]
}

/** The carrier offer chosen for an order: what it costs, when it arrives, what it emits, and how many offers were compared. */
export interface CarrierChoice {
  carrierId: string
  service: string
  costCents: number
  leadTimeDays: number
  deliveryDate: IsoDate
  co2Grams: number
  distanceKm: number
  /** The service's emission factor, g CO₂e per t·km: the delivery notes' figure is computed with it. */
  co2GramsPerTonneKm: number
  weightGrams: number
  chosenOn: IsoDate
  /** The offers able to carry the shipment when the choice was made. */
  compared: { carrierId: string; service: string; costCents: number; deliveryDate: IsoDate; co2Grams: number }[]
}

export type PurchaseDocType = 'supplierOrder' | 'reception'
export type PurchaseDocStatus = 'draft' | 'sent' | 'confirmed' | 'partlyReceived' | 'received' | 'cancelled'

export interface PurchaseLine {
  productId: string
  designation: string
  quantity: number
  unitPriceCents: number
  vatRatePercent: number
  /** Supplier orders: good units received so far (receptions add to it). */
  receivedQuantity?: number
  /** Supplier orders: units no longer expected (claimed and credited by the supplier, or claim rejected). */
  settledQuantity?: number
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
  /** Supplier orders: the day it was sent (and numbered). */
  sentOn?: IsoDate
  /** Supplier orders: the delivery date the supplier promised when confirming. */
  promisedDate?: IsoDate
  /** The promise falls later than the sending day plus the supplier's lead time (accepted, flagged). */
  promiseBeyondLeadTime?: boolean
  /** Days on which the supplier was chased for a late delivery. */
  chasedOn?: IsoDate[]
  cancelledOn?: IsoDate
  notes?: string
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
  /** The products its lines touch, for the by-product index (the database fills it on every write). */
  productIds?: string[]
  /** Adjustments: why (breakage, loss, found, correction); donations: why the goods are given. */
  reason?: string
  /** What the learner wrote about it. */
  note?: string
  /** Donations (loi AGEC: unsold goods are given, not destroyed): who receives them. */
  beneficiary?: string
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
  /** Receipt (absent), refund of a customer credit (negative amount) or credit note matched without money. */
  kind?: 'receipt' | 'refund' | 'compensation'
  /** Rejection: the day the bank returned it unpaid, its fees (noted) and the reason given. */
  rejectedOn?: IsoDate
  bankFeesCents?: number
  rejectionReason?: string
  /** Refund: the receipt whose unmatched credit it gives back. */
  refundOf?: string
  /** The bank statement line it was reconciled with. */
  bankLineId?: string
}
