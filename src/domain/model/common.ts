/**
 * Shapes shared by the company's records. Amounts are integer cents, quantities plain numbers with at
 * most 3 decimals (validated by the pricing core), dates calendar dates 'YYYY-MM-DD'.
 */
import type { PaymentTerms } from '../due-date'

export type IsoDate = string
export type Language = 'fr' | 'en'
/** A text the learner may read in either language (product designations, family names…). */
export interface Bilingual {
  fr: string
  en: string
}

export interface Address {
  line1: string
  line2?: string
  postalCode: string
  city: string
  /** ISO 3166-1 alpha-2 ('FR', 'DE', 'GB', 'US'…). */
  country: string
}

export type PaymentMethod = 'transfer' | 'cheque' | 'card' | 'lcr' | 'directDebit'
export type SalesChannel = 'direct' | 'webshop' | 'marketplace'

/**
 * How VAT applies to a customer's sales: French VAT, intra-EU B2B reverse charge (CGI art. 262 ter I),
 * or export outside the EU (CGI art. 262 I).
 */
export type VatRegime = 'france' | 'intraEu' | 'export'

export type { PaymentTerms }
