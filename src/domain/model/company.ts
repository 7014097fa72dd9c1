import type { Address, Bilingual, PaymentMethod, PaymentTerms } from './common'
import type { DunningPlan } from './recovery'

/** The seller's identity: every mention of C. com. R123-237 and CGI ann. II art. 242 nonies A. */
export interface CompanyIdentity {
  name: string
  legalForm: string
  shareCapitalCents: number
  address: Address
  /** 9 digits with a valid Luhn key. */
  siren: string
  /** 14 digits: SIREN + NIC of the head office. */
  siret: string
  rcsCity: string
  /** FR + 2-digit key + SIREN. */
  vatNumber: string
  apeCode: string
  phone: string
  email: string
  website: string
  /** Path of the logo under public/ (an SVG). */
  logo: string
  bank: { name: string; iban: string; bic: string }
  /** PME / ETI / GE (décret 2008-1354): sets the e-invoicing issuing date. */
  size: 'PME' | 'ETI' | 'GE'
  /** "Option pour le paiement de la taxe d'après les débits" (services). */
  vatOnDebits: boolean
}

/** What a learner may decide alone; beyond it, a manager must agree (REAC CP4.3, delegation). */
export interface DelegationLevels {
  /** Highest total commercial discount on a document, in percent. */
  maxDiscountPercent: number
  /** Largest credit-limit overrun the learner may accept on an order, TTC cents. */
  maxCreditOverrunCents: number
  /** Longest extra payment delay the learner may grant, in days. */
  maxPaymentExtensionDays: number
  /** Largest commercial gesture (credit note without a return), TTC cents. */
  maxGoodwillCreditCents: number
  /** Whether the learner may waive late-payment penalties. */
  mayWaivePenalties: boolean
}

/** Prefixes of each numbering series (C. com. L441-9: one continuous sequence per series). */
export interface NumberingPrefixes {
  quote: string
  order: string
  delivery: string
  invoice: string
  creditNote: string
  downPayment: string
  supplierOrder: string
  reception: string
}

/** Company settings a trainer can edit: identity, terms of sale, numbering, delegation. */
export interface CompanySettings {
  identity: CompanyIdentity
  /** Conditions générales de vente, one paragraph per clause. */
  cgv: { title: Bilingual; body: Bilingual }[]
  defaultPaymentTerms: PaymentTerms
  defaultPaymentMethod: PaymentMethod
  /**
   * Contractual late-payment rate in percent, or null for the legal default (ECB rate + 10 points,
   * C. com. L441-10 II). Never below 3 × the legal interest rate.
   */
  latePenaltyRatePercent: number | null
  /** Early-payment discount offered by the CGV, in percent (0: "pas d'escompte pour paiement anticipé"). */
  earlyPaymentDiscountPercent: number
  /** Days before the due date within which the escompte applies. */
  earlyPaymentDiscountDays: number
  numbering: NumberingPrefixes
  delegation: DelegationLevels
  /** Credit check: an invoice overdue more than this many days blocks new orders (domain default CREDIT_DEFAULTS). */
  overdueThresholdDays?: number
  /** Credit check: an order TTC at or above this amount is unusual and needs a solvency check (default CREDIT_DEFAULTS). */
  unusualOrderThresholdCents?: number
  /** Default quote validity in days. */
  quoteValidityDays: number
  /** How stock issues and the stock are valued (DOMAIN-FR §8): CUMP (absent = 'cump') or FIFO (PEPS). */
  stockValuation?: 'cump' | 'fifo'
  /** The recovery procedure's levels; the typical plan of DOMAIN-FR §3 (`DEFAULT_DUNNING_PLAN`) when absent. */
  dunningPlan?: DunningPlan
  /**
   * Late-payment rates of half-years published after the release (C. com. L441-10 II), recorded by the
   * trainer and merged with the built-in table (`mergePenaltyRateTable`); none when absent.
   */
  penaltyRates?: RecordedPenaltyRates[]
}

/** A half-year's published late-payment rates, recorded by the trainer (C. com. L441-10 II). */
export interface RecordedPenaltyRates {
  /** First day of the half-year: 1 January or 1 July ('YYYY-01-01' or 'YYYY-07-01'). */
  validFrom: string
  /** Last day of the same half-year: 30 June or 31 December. */
  validTo: string
  /** ECB main refinancing rate on the first day, in percent (2 decimals at most, as published). */
  ecbPercent: number
  /** Legal interest rate for professional creditors of the half-year, in percent (2 decimals at most). */
  legalInterestPercent: number
  /** Where the figures were published, e.g. « JO, arrêté du 18 juin 2026 ». */
  source: string
}

export interface Warehouse {
  id: string
  name: string
  address: Address
}

export interface ProductFamily {
  id: string
  name: Bilingual
}

/** A salesperson and their monthly objectives (CA HT, cents), for statistics. */
export interface Salesperson {
  id: string
  firstName: string
  lastName: string
  email: string
  /** French regions or 'export' they cover. */
  regions: string[]
  objectives: { month: string /* 'YYYY-MM' */; targetCents: number }[]
}
