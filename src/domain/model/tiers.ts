import type { TierGdpr } from './gdpr'
import type { Address, IsoDate, Language, PaymentMethod, PaymentTerms, SalesChannel, VatRegime } from './common'

export type TierKind = 'customer' | 'prospect' | 'supplier' | 'carrier'

export interface Contact {
  id: string
  civility?: 'M.' | 'Mme'
  firstName: string
  lastName: string
  role: string
  email?: string
  phone?: string
  language: Language
}

/**
 * A third party: customer, prospect, supplier or carrier (one table, so a timeline and the message
 * centre address them all the same way).
 */
export interface Tier {
  id: string
  kind: TierKind
  /** A company (B2B) or a private person (B2C). */
  legal: 'company' | 'person'
  name: string
  siren?: string
  vatNumber?: string
  billingAddress: Address
  deliveryAddresses: Address[]
  contacts: Contact[]
  language: Language
  /** French region name, or 'EU' / 'International'. */
  region: string
  createdOn: IsoDate
  /** When a prospect became a customer (`tiers.convertToCustomer`), on the simulated clock. */
  convertedOn?: IsoDate
  notes?: string
  /** Personal-data file (customers and prospects; carriers and suppliers are companies). */
  gdpr?: TierGdpr
  /** Customers and prospects. */
  customer?: {
    channel: SalesChannel
    salespersonId: string
    paymentTerms: PaymentTerms
    paymentMethod: PaymentMethod
    discountPercent: number
    creditLimitCents: number
    vatRegime: VatRegime
  }
  /** Suppliers. */
  supplier?: {
    paymentTerms: PaymentTerms
    leadTimeDays: number
    minimumOrderCents: number
    incoterm?: string
  }
  /** Carriers. */
  carrier?: {
    services: string[]
    /** Grams of CO₂e per tonne-kilometre (ADEME Base Carbone order of magnitude). */
    co2GramsPerTonneKm: number
    /** Price per kg in cents, for quotes. */
    pricePerKgCents: number
    /** The rate card: one line per service and zone (weight bands, lead time, emission factor). */
    rates?: CarrierRate[]
  }
}

/** Where a shipment goes, as carriers price it: mainland France, another EU state, the rest of the world. */
export type ShippingZone = 'france' | 'eu' | 'world'

/** How a service carries the goods (the emission factor follows the mode, DOMAIN-FR §7). */
export type TransportMode = 'parcel' | 'road' | 'railRoad' | 'sea' | 'air'

/** One weight band of a rate: up to `upToKg` kilograms (inclusive), the shipment costs `priceCents` HT. */
export interface WeightBand {
  upToKg: number
  priceCents: number
}

/**
 * A carrier's rate for one of its services to one zone: price by weight band (a shipment above the
 * last band is not carried by this service), lead time in calendar days, and the service's emission
 * factor in grams of CO₂e per tonne-kilometre (ADEME Base Carbone orders of magnitude).
 */
export interface CarrierRate {
  /** One of the carrier's `services`. */
  service: string
  mode: TransportMode
  zone: ShippingZone
  leadTimeDays: number
  co2GramsPerTonneKm: number
  bands: WeightBand[]
}
