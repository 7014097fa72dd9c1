import type { CompanySettings, GdprRequest, InboundOrder, Message, NumberingSequences, Payment, Product, ProductFamily, PurchaseDoc, SalesDoc, Salesperson, StockMove, Tier, Warehouse } from '@/domain'
import type { CompanyCatalog } from '@/seed/catalog'

/** Last number used in each series, per year: the domain's shape (`nextDocumentNumber`). */
export type { NumberingSequences }

/** How a customer should come out of the history (the built-in catalogue gives one per customer). */
export interface CustomerHint {
  /** Yearly sales HT, cents. */
  annualRevenueCents: number
  /** onTime: pays by the due date; late: 10–40 days late; veryLate: 40–120 days late or not at all. */
  payment: 'onTime' | 'late' | 'veryLate'
  /** The history leaves this customer's exposure near (≥ 85 %) or, for a very late payer, over its credit limit. */
  nearCreditLimit?: boolean
}

/** Optional guidance from the catalogue; without it the generator draws everything from the seed. */
export interface GenerationHints {
  customers?: Readonly<Record<string, CustomerHint>>
  /** Which warehouse serves a customer region. */
  warehouseByRegion?: Readonly<Record<string, string>>
}

export interface GenerateCompanyOptions {
  catalog: CompanyCatalog
  /** Same seed + same other inputs → the very same company. */
  seed: number | string
  /** The workspace's simulated start date: the history ends the day before. */
  endDate: string
  /** About how many invoice lines the three years hold (±10 %). */
  targetInvoiceLines: number
  hints?: GenerationHints
}

/** The reference data a workspace keeps in `meta` (keys: `META_KEYS`). */
export interface GeneratedMeta {
  settings: CompanySettings
  families: ProductFamily[]
  warehouses: Warehouse[]
  salespeople: Salesperson[]
  sequences: NumberingSequences
}

/** A whole company: catalogue, three years of history and the state it leaves on `endDate`. */
export interface GeneratedCompany {
  tiers: Tier[]
  products: Product[]
  salesDocs: SalesDoc[]
  purchaseDocs: PurchaseDoc[]
  stockMoves: StockMove[]
  payments: Payment[]
  messages: Message[]
  gdprRequests: GdprRequest[]
  /** Orders waiting in the order inbox on the start date. */
  inboundOrders: InboundOrder[]
  meta: GeneratedMeta
}
