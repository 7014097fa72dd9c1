/**
 * Input and result types of {@link priceDocument}. The fields of the issue-4 contract are stable;
 * the extra fields (VAT category, splits, per-line results) extend it without changing it. Result
 * arrays are plain (not `readonly`) so a result stays assignable to the contract's types.
 */
import type { DocumentType } from './document-types'
import type { ExplanationStep } from './explanation'
import type { Cents } from './money'
import type { VatCategory } from './vat-categories'

/** One line of a quote, invoice or credit note, as entered (positive amounts, even on a credit note). */
export interface PriceDocumentLine {
  /** Up to 3 decimals (2.5 kg). */
  readonly quantity: number
  /** Catalogue unit price HT, in cents. */
  readonly unitPriceCents: number
  /** A French rate in force (20, 10, 5.5, 2.1) for the `standard` category; 0 for the other categories. */
  readonly vatRatePercent: number
  /** Line discounts in cascade, each rounded before the next. */
  readonly discountsPercent?: readonly number[]
  /** VAT category; `standard` when omitted. */
  readonly vatCategory?: VatCategory
}

/** What {@link priceDocument} prices. */
export interface PriceDocumentInput {
  readonly lines: readonly PriceDocumentLine[]
  /** Document remises/rabais in cascade, after the line discounts. */
  readonly discountsPercent?: readonly number[]
  /** Escompte, on the net commercial, deducted from the document total. */
  readonly earlyPaymentDiscountPercent?: number
  /** Carriage/packing HT, after the discounts, taxed at the goods' rate(s) pro rata. */
  readonly shippingCents?: number
  /** Acompte TTC already received (invoices only). */
  readonly downPaymentCents?: number
  /** `invoice` when omitted. A credit note takes the same positive amounts. */
  readonly documentType?: DocumentType
  /** Tax point 'YYYY-MM-DD' that selects the VAT rates in force; the latest rates when omitted. */
  readonly vatDate?: string
}

/** One step of a discount cascade. */
export interface DiscountStep {
  readonly percent: number
  readonly baseCents: Cents
  readonly amountCents: Cents
  readonly resultCents: Cents
}

/** The share of an amount (allowance, carriage, acompte) that falls on one VAT rate and category. */
export interface VatSplitPart {
  readonly ratePercent: number
  readonly category: VatCategory
  readonly amountCents: Cents
}

/** A document discount step and its split across VAT rates (an e-invoice allowance needs its rate). */
export interface DocumentDiscountStep extends DiscountStep {
  readonly split: VatSplitPart[]
}

/** A priced line. */
export interface PricedLine {
  readonly grossCents: Cents
  readonly discountSteps: DiscountStep[]
  /** Line net amount HT (EN 16931 BT-131). */
  readonly netCents: Cents
  readonly vatRatePercent: number
  readonly vatCategory: VatCategory
}

/** The VAT breakdown of one rate and category (EN 16931 BG-23). */
export interface VatBreakdown {
  readonly ratePercent: number
  readonly category: VatCategory
  /** Goods after every discount and the escompte. */
  readonly goodsCents: Cents
  /** Carriage share at this rate. */
  readonly shippingCents: Cents
  /** Taxable base = goods + carriage share. */
  readonly baseCents: Cents
  /** round(base × rate), 0 for an exempt category. */
  readonly vatCents: Cents
}

/** The share of an acompte TTC at one rate, with its HT and VAT parts. */
export interface DownPaymentPart {
  readonly ratePercent: number
  readonly category: VatCategory
  readonly inclVatCents: Cents
  readonly exclVatCents: Cents
  readonly vatCents: Cents
}

/** Everything {@link priceDocument} computes, every amount positive and in cents. */
export interface PricedDocument {
  readonly documentType: DocumentType
  /** +1 for an invoice, −1 for a credit note: what the document does to the customer's balance. */
  readonly sign: 1 | -1
  readonly lines: PricedLine[]
  readonly grossCents: Cents
  readonly lineDiscountCents: Cents
  readonly discountSteps: DocumentDiscountStep[]
  readonly netCommercialCents: Cents
  readonly earlyPaymentDiscountCents: Cents
  readonly earlyPaymentDiscountSplit: VatSplitPart[]
  readonly netFinancialCents: Cents
  readonly shippingCents: Cents
  readonly shippingSplit: VatSplitPart[]
  /** One entry per rate and category, ascending by rate. */
  readonly vat: VatBreakdown[]
  readonly totalExclVatCents: Cents
  readonly totalVatCents: Cents
  readonly totalInclVatCents: Cents
  readonly downPaymentCents: Cents
  readonly downPaymentSplit: DownPaymentPart[]
  /** Net à payer (invoice) or net à déduire (credit note), positive. */
  readonly amountDueCents: Cents
  readonly explanation: ExplanationStep[]
}
