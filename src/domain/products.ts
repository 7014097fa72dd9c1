/**
 * The catalogue's trade rules: what makes a product or service record valid, its margin figures
 * (DOMAIN-FR §1) and the unit price a given customer pays on a given date (catalogue price, the
 * customer's general discount, or a price agreement — a net price or a discount — in force).
 *
 * Issues follow the company settings' pattern: an i18n code (`catalog.rules.<code>`), the field it
 * concerns and the figures its message needs, so the form shows it under the field and the command
 * refuses with the same words. Money figures in messages are `…Euros` (display only); the records
 * themselves stay in integer cents.
 */
import { isCalendarDate } from './calendar'
import { DomainInputError } from './errors'
import type { ExplanationStep } from './explanation'
import { applyRate, cents, subtractCents, type Cents } from './money'
import type { PriceAgreement, Product } from './model/products'
import { parseDiscountPercent, PERCENT_SCALE } from './rates'
import { displayQuotient } from './rounding'
import { isVatCategory, VAT_CATEGORIES, type VatCategory } from './vat-categories'
import { isVatRateInForce } from './vat-rates'

/** Units a catalogue line may be sold in: unit, weight, volume, length, area, time, lot, person. */
export const PRODUCT_UNITS = ['u', 'kg', 'g', 'l', 'm', 'm2', 'm3', 'h', 'j', 'lot', 'pers'] as const
export type ProductUnit = (typeof PRODUCT_UNITS)[number]

/** Bounds of the product record (beyond them, a typing mistake is more likely than a real figure). */
export const PRODUCT_LIMITS = {
  referenceLength: 30,
  designationLength: 200,
  /** 10 million euros HT per unit. */
  maxAmountCents: 1_000_000_000,
  /** 10 tonnes per unit. */
  maxWeightGrams: 10_000_000,
  maxStockQuantity: 1_000_000,
} as const

/** Letters, digits, then letters, digits, `.`, `_`, `/` or `-` (e.g. `MOB-BUR-001`): no spaces. */
const REFERENCE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/

/** Where the rules come from, cited in the messages. */
export const PRODUCT_SOURCES = {
  vatRate: 'CGI art. 278 et suivants',
  margins: 'DOMAIN-FR §1',
  reorderPoint: 'DOMAIN-FR §8',
} as const

/** The editable part of a {@link Product}: what the product form and the create/update commands carry. */
export interface ProductDraft {
  reference: string
  designation: { fr: string; en: string }
  familyId: string
  unit: string
  kind: 'good' | 'service'
  /** Catalogue price HT per unit, in cents. */
  priceCents: number
  vatRatePercent: number
  /** Absent or `standard` for the taxed case; an exempt category goes with a 0 % rate. */
  vatCategory?: VatCategory
  /** Purchase cost HT per unit (CUMP), in cents. */
  costCents: number
  stockManaged: boolean
  weightGrams: number
  safetyStock: number
  reorderPoint: number
  active: boolean
}

/** Every rule a product draft can break; the message is `catalog.rules.<code>`. */
export type ProductRuleCode =
  | 'required'
  | 'tooLong'
  | 'referenceFormat'
  | 'referenceTaken'
  | 'unknownFamily'
  | 'unknownUnit'
  | 'unknownKind'
  | 'notANumber'
  | 'notInteger'
  | 'negative'
  | 'tooLarge'
  | 'tooManyDecimals'
  | 'unknownVatCategory'
  | 'vatRateNotInForce'
  | 'vatRateWithCategory'
  | 'serviceStockManaged'
  | 'serviceWeight'
  | 'weightRequired'
  | 'reorderWithoutStock'
  | 'reorderBelowSafety'
  | 'priceBelowCost'

/** One broken rule (an error) or a point to check (a warning, which never blocks the record). */
export interface ProductIssue {
  /** Path of the field in {@link ProductDraft}: `reference`, `designation.en`, `priceCents`… */
  readonly field: string
  readonly code: ProductRuleCode
  readonly severity: 'error' | 'warning'
  /** Figures of the message; `fieldKey` is the field path, other names say their unit (…Euros, …Percent). */
  readonly values: Readonly<Record<string, string | number>>
  /** The rule's source, cited in the message. */
  readonly source?: string
}

/** What the rules need besides the draft. */
export interface ProductRuleContext {
  /** The date the VAT rate must be in force on (the simulated date). */
  date: string
  /** References of the *other* products of the catalogue (the edited product's own is left out). */
  otherReferences: readonly string[]
  /** Known family ids; when given (non-empty), the family must be one of them. */
  familyIds?: readonly string[]
}

function issue(field: string, code: ProductRuleCode, values: Record<string, string | number> = {}, source?: string, severity: 'error' | 'warning' = 'error'): ProductIssue {
  return { field, code, severity, values: { fieldKey: field, ...values }, ...(source ? { source } : {}) }
}

/** A reference as compared for uniqueness: trimmed, case ignored (`mob-bur-001` is `MOB-BUR-001`). */
export function normalizeReference(reference: string): string {
  return reference.trim().toUpperCase()
}

function checkText(field: string, value: unknown, max: number): ProductIssue[] {
  if (typeof value !== 'string' || value.trim() === '') return [issue(field, 'required')]
  if (value.trim().length > max) return [issue(field, 'tooLong', { max })]
  return []
}

function checkAmount(field: string, value: unknown): ProductIssue[] {
  if (typeof value !== 'number' || !Number.isFinite(value)) return [issue(field, 'notANumber')]
  if (!Number.isInteger(value)) return [issue(field, 'notInteger')]
  if (value < 0) return [issue(field, 'negative')]
  if (value > PRODUCT_LIMITS.maxAmountCents) return [issue(field, 'tooLarge', { maxEuros: PRODUCT_LIMITS.maxAmountCents / 100 })]
  return []
}

function checkQuantity(field: string, value: unknown, max: number, integer: boolean): ProductIssue[] {
  if (typeof value !== 'number' || !Number.isFinite(value)) return [issue(field, 'notANumber')]
  if (integer && !Number.isInteger(value)) return [issue(field, 'notInteger')]
  if (value < 0) return [issue(field, 'negative')]
  if (value > max) return [issue(field, 'tooLarge', { max })]
  if (Math.round(value * 1000) / 1000 !== value) return [issue(field, 'tooManyDecimals', { decimals: 3 })]
  return []
}

function checkReference(reference: unknown, otherReferences: readonly string[]): ProductIssue[] {
  const found = checkText('reference', reference, PRODUCT_LIMITS.referenceLength)
  if (found.length > 0) return found
  const trimmed = (reference as string).trim()
  if (!REFERENCE_PATTERN.test(trimmed)) return [issue('reference', 'referenceFormat', { reference: trimmed })]
  const wanted = normalizeReference(trimmed)
  if (otherReferences.some((other) => normalizeReference(other) === wanted)) return [issue('reference', 'referenceTaken', { reference: trimmed })]
  return []
}

/**
 * The VAT of the record: an exempt category goes with 0 %; the taxed case takes a French rate in
 * force on `date` (CGI art. 278 et suivants: 20 %, 10 %, 5,5 %, 2,1 % since 2014).
 */
function checkVat(draft: Pick<ProductDraft, 'vatRatePercent' | 'vatCategory'>, date: string): ProductIssue[] {
  const category = draft.vatCategory ?? 'standard'
  if (!isVatCategory(category)) return [issue('vatCategory', 'unknownVatCategory', { category: String(category) })]
  const rate = draft.vatRatePercent
  if (typeof rate !== 'number' || !Number.isFinite(rate)) return [issue('vatRatePercent', 'notANumber')]
  const info = VAT_CATEGORIES[category]
  if (!info.taxed) {
    return rate === 0 ? [] : [issue('vatRatePercent', 'vatRateWithCategory', { ratePercent: rate, category }, info.source)]
  }
  return isVatRateInForce(rate, date) ? [] : [issue('vatRatePercent', 'vatRateNotInForce', { ratePercent: rate, atDate: date }, PRODUCT_SOURCES.vatRate)]
}

/** Goods and services: a service is never kept in stock and weighs nothing; a good has a weight. */
function checkKind(draft: ProductDraft): ProductIssue[] {
  if (draft.kind !== 'good' && draft.kind !== 'service') return [issue('kind', 'unknownKind')]
  const found: ProductIssue[] = []
  const weight = checkQuantity('weightGrams', draft.weightGrams, PRODUCT_LIMITS.maxWeightGrams, true)
  if (draft.kind === 'service') {
    if (draft.stockManaged) found.push(issue('stockManaged', 'serviceStockManaged'))
    if (weight.length === 0 && draft.weightGrams !== 0) found.push(issue('weightGrams', 'serviceWeight'))
  } else if (weight.length === 0 && draft.weightGrams === 0) {
    found.push(issue('weightGrams', 'weightRequired'))
  }
  return [...weight, ...found]
}

/** Safety stock and point de commande: only for a stock-managed record, point ≥ safety stock (DOMAIN-FR §8). */
function checkReorder(draft: ProductDraft): ProductIssue[] {
  const found = [
    ...checkQuantity('safetyStock', draft.safetyStock, PRODUCT_LIMITS.maxStockQuantity, false),
    ...checkQuantity('reorderPoint', draft.reorderPoint, PRODUCT_LIMITS.maxStockQuantity, false),
  ]
  if (found.length > 0) return found
  if (!draft.stockManaged) {
    return [
      ...(draft.safetyStock !== 0 ? [issue('safetyStock', 'reorderWithoutStock')] : []),
      ...(draft.reorderPoint !== 0 ? [issue('reorderPoint', 'reorderWithoutStock')] : []),
    ]
  }
  if (draft.reorderPoint < draft.safetyStock) {
    return [issue('reorderPoint', 'reorderBelowSafety', { reorderPoint: draft.reorderPoint, safetyStock: draft.safetyStock }, PRODUCT_SOURCES.reorderPoint)]
  }
  return []
}

/**
 * Every rule of a product draft, errors first in form order, then the warnings. Errors: reference
 * required, without spaces and unique (case ignored); designations in French and English; a known
 * family and unit; price and cost in whole cents ≥ 0; a VAT rate in force on the date, or an exempt
 * category at 0 %; a service never stock-managed nor weighed, a good weighed; reorder figures only
 * for a stock-managed record, point de commande ≥ stock de sécurité. Warning: a price below the
 * purchase cost (a sale at a loss is allowed, but the learner must see it).
 */
export function validateProductDraft(draft: ProductDraft, context: ProductRuleContext): ProductIssue[] {
  const errors: ProductIssue[] = [
    ...checkReference(draft.reference, context.otherReferences),
    ...checkText('designation.fr', draft.designation?.fr, PRODUCT_LIMITS.designationLength),
    ...checkText('designation.en', draft.designation?.en, PRODUCT_LIMITS.designationLength),
  ]
  if (typeof draft.familyId !== 'string' || draft.familyId.trim() === '') errors.push(issue('familyId', 'required'))
  else if (context.familyIds && context.familyIds.length > 0 && !context.familyIds.includes(draft.familyId)) errors.push(issue('familyId', 'unknownFamily', { familyId: draft.familyId }))
  if (typeof draft.unit !== 'string' || draft.unit === '') errors.push(issue('unit', 'required'))
  else if (!(PRODUCT_UNITS as readonly string[]).includes(draft.unit)) errors.push(issue('unit', 'unknownUnit', { unit: draft.unit }))
  const price = checkAmount('priceCents', draft.priceCents)
  const cost = checkAmount('costCents', draft.costCents)
  errors.push(...price, ...checkVat(draft, context.date), ...cost, ...checkKind(draft), ...checkReorder(draft))

  const warnings: ProductIssue[] = []
  if (price.length === 0 && cost.length === 0 && draft.priceCents < draft.costCents) {
    warnings.push(issue('priceCents', 'priceBelowCost', { priceEuros: draft.priceCents / 100, costEuros: draft.costCents / 100 }, PRODUCT_SOURCES.margins, 'warning'))
  }
  return [...errors, ...warnings]
}

/** The errors among `issues` (warnings never block a record). */
export function productErrors(issues: readonly ProductIssue[]): ProductIssue[] {
  return issues.filter((i) => i.severity === 'error')
}

/** A draft with its texts trimmed, as it is stored. */
export function tidyProductDraft(draft: ProductDraft): ProductDraft {
  return {
    ...draft,
    reference: draft.reference.trim(),
    designation: { fr: draft.designation.fr.trim(), en: draft.designation.en.trim() },
  }
}

/** The editable fields of a stored product, as a draft (the form starts from it). */
export function productToDraft(product: Product): ProductDraft {
  return {
    reference: product.reference,
    designation: { fr: product.designation.fr, en: product.designation.en },
    familyId: product.familyId,
    unit: product.unit,
    kind: product.kind,
    priceCents: product.priceCents,
    vatRatePercent: product.vatRatePercent,
    ...(product.vatCategory ? { vatCategory: product.vatCategory } : {}),
    costCents: product.costCents,
    stockManaged: product.stockManaged,
    weightGrams: product.weightGrams,
    safetyStock: product.safetyStock,
    reorderPoint: product.reorderPoint,
    active: product.active,
  }
}

// ——— Margins (DOMAIN-FR §1) ———

/** The margin figures of a price and a purchase cost, all HT. Rates are unrounded percents (75 is 75 %). */
export interface MarginFigures {
  /** Marge unitaire = PV − PA, in cents (negative when selling at a loss). */
  readonly marginCents: Cents
  /** Taux de marge = (PV − PA) / PA × 100: the markup on cost; null when PA ≤ 0. */
  readonly markupPercent: number | null
  /** Taux de marque = (PV − PA) / PV × 100: the margin on the selling price; null when PV ≤ 0. */
  readonly markRatePercent: number | null
  /** Coefficient multiplicateur on HT prices = PV HT / PA HT; null when PA ≤ 0. */
  readonly coefficientExclVat: number | null
}

/**
 * Taux de marge = (PV − PA) / PA, as an unrounded percent; null when PA ≤ 0 (no base).
 * @example markupPercent(10_920, 6_240) // 75 (DOMAIN-FR §1: PA 62,40, PV 109,20)
 */
export function markupPercent(priceCents: number, costCents: number): number | null {
  return costCents > 0 ? ((priceCents - costCents) * 100) / costCents : null
}

/**
 * Taux de marque = (PV − PA) / PV, as an unrounded percent; null when PV ≤ 0 (no base).
 * @example markRatePercent(10_920, 6_240) // 42.857… (DOMAIN-FR §1: 42,86 %)
 */
export function markRatePercent(priceCents: number, costCents: number): number | null {
  return priceCents > 0 ? ((priceCents - costCents) * 100) / priceCents : null
}

/** Marge, taux de marge, taux de marque and the HT coefficient of a price and a cost (DOMAIN-FR §1). */
export function marginFigures(priceCents: number, costCents: number): MarginFigures {
  return {
    marginCents: subtractCents(cents(priceCents, 'priceCents'), cents(costCents, 'costCents')),
    markupPercent: markupPercent(priceCents, costCents),
    markRatePercent: markRatePercent(priceCents, costCents),
    coefficientExclVat: costCents > 0 ? priceCents / costCents : null,
  }
}

// ——— Customer prices ———

/** The editable part of a {@link PriceAgreement}: exactly one of a net price or a discount. */
export interface PriceAgreementDraft {
  priceCents?: number
  discountPercent?: number
  validFrom: string
  validUntil?: string
}

/** Every rule a price agreement can break; the message is `catalog.rules.<code>`. */
export type AgreementRuleCode =
  | 'priceOrDiscount'
  | 'notANumber'
  | 'notInteger'
  | 'negative'
  | 'tooLarge'
  | 'tooManyDecimals'
  | 'discountAbove100'
  | 'invalidDate'
  | 'untilBeforeFrom'

export interface AgreementIssue {
  readonly field: string
  readonly code: AgreementRuleCode
  readonly values: Readonly<Record<string, string | number>>
}

/**
 * The figures of a price agreement: exactly one of a net price HT (whole cents ≥ 0) or a discount
 * (0–100 %, 3 decimals at most); a real start date; an end date, when given, on or after the start.
 */
export function validatePriceAgreement(draft: PriceAgreementDraft): AgreementIssue[] {
  const found: AgreementIssue[] = []
  const add = (field: string, code: AgreementRuleCode, values: Record<string, string | number> = {}) => found.push({ field, code, values: { fieldKey: field, ...values } })
  const hasPrice = draft.priceCents !== undefined
  const hasDiscount = draft.discountPercent !== undefined
  if (hasPrice === hasDiscount) add(hasPrice ? 'discountPercent' : 'priceCents', 'priceOrDiscount')
  if (hasPrice) {
    const price = draft.priceCents as number
    if (!Number.isFinite(price)) add('priceCents', 'notANumber')
    else if (!Number.isInteger(price)) add('priceCents', 'notInteger')
    else if (price < 0) add('priceCents', 'negative')
    else if (price > PRODUCT_LIMITS.maxAmountCents) add('priceCents', 'tooLarge', { maxEuros: PRODUCT_LIMITS.maxAmountCents / 100 })
  }
  if (hasDiscount) {
    const percent = draft.discountPercent as number
    if (!Number.isFinite(percent)) add('discountPercent', 'notANumber')
    else if (percent < 0) add('discountPercent', 'negative')
    else if (percent > 100) add('discountPercent', 'discountAbove100')
    else if (Math.round(percent * 1000) / 1000 !== percent) add('discountPercent', 'tooManyDecimals', { decimals: 3 })
  }
  if (!isCalendarDate(draft.validFrom)) add('validFrom', 'invalidDate')
  if (draft.validUntil !== undefined) {
    if (!isCalendarDate(draft.validUntil)) add('validUntil', 'invalidDate')
    else if (isCalendarDate(draft.validFrom) && draft.validUntil < draft.validFrom) add('validUntil', 'untilBeforeFrom', { fromDate: draft.validFrom })
  }
  return found
}

/** True when the agreement applies on `date` (both bounds inclusive; open-ended without `validUntil`). */
export function isAgreementInForce(agreement: Pick<PriceAgreement, 'validFrom' | 'validUntil'>, date: string): boolean {
  return agreement.validFrom <= date && (agreement.validUntil === undefined || date <= agreement.validUntil)
}

/** True when two periods share at least one day (bounds inclusive, no end = forever). */
export function periodsOverlap(a: Pick<PriceAgreement, 'validFrom' | 'validUntil'>, b: Pick<PriceAgreement, 'validFrom' | 'validUntil'>): boolean {
  const aEnds = a.validUntil ?? '9999-12-31'
  const bEnds = b.validUntil ?? '9999-12-31'
  return a.validFrom <= bEnds && b.validFrom <= aEnds
}

/**
 * The first agreement of `existing` for the same customer and product whose period overlaps the
 * candidate's (the candidate itself, by id, is skipped): one condition per customer, product and day.
 */
export function overlappingAgreement(candidate: Pick<PriceAgreement, 'customerId' | 'productId' | 'validFrom' | 'validUntil'> & { id?: string }, existing: readonly PriceAgreement[]): PriceAgreement | undefined {
  return existing.find((other) => other.id !== candidate.id && other.customerId === candidate.customerId
    && other.productId === candidate.productId && periodsOverlap(candidate, other))
}

/** The agreement of `agreements` on `productId` in force on `date` (the latest start wins if several). */
export function agreementInForce(agreements: readonly PriceAgreement[], productId: string, date: string): PriceAgreement | undefined {
  return agreements
    .filter((a) => a.productId === productId && isAgreementInForce(a, date))
    .sort((a, b) => b.validFrom.localeCompare(a.validFrom))[0]
}

/** Every step the customer price explanation can emit: its value names and the source of its rule. */
export const CUSTOMER_PRICE_STEPS = {
  listPrice: { values: ['unitPriceCents'], source: 'priceList' },
  agreementPeriod: { values: ['fromDate', 'untilDate'], source: 'particularConditions' },
  agreementOpenPeriod: { values: ['fromDate'], source: 'particularConditions' },
  agreementNetPrice: { values: ['priceCents', 'customerPercent'], source: 'agreementPrecedence' },
  agreementDiscount: { values: ['percent', 'customerPercent'], source: 'agreementPrecedence' },
  customerDiscount: { values: ['percent'], source: 'customerTerms' },
  noDiscount: { values: [], source: 'priceList' },
  unitDiscount: { values: ['percent', 'baseCents', 'exactCents', 'amountCents', 'resultCents'], source: 'commercialReductions' },
  netUnitPrice: { values: ['amountCents'], source: 'customerTerms' },
} as const satisfies Record<string, { values: readonly string[]; source: string }>

export type CustomerPriceStepName = keyof typeof CUSTOMER_PRICE_STEPS

/** Builds a step of the customer price explanation (keys under `catalog.priceStep.`, sources under `catalog.priceSource.`). */
function priceStep<N extends CustomerPriceStepName>(name: N, values: { readonly [K in (typeof CUSTOMER_PRICE_STEPS)[N]['values'][number]]: number | string }): ExplanationStep {
  return { key: `catalog.priceStep.${name}`, values, source: `catalog.priceSource.${CUSTOMER_PRICE_STEPS[name].source}` }
}

/** Every i18n key under `catalog.priceStep.` the customer price can emit. */
export const CUSTOMER_PRICE_STEP_KEYS: readonly string[] = Object.keys(CUSTOMER_PRICE_STEPS).map((name) => `catalog.priceStep.${name}`)

/** Every i18n key under `catalog.priceSource.` the customer price can emit. */
export const CUSTOMER_PRICE_SOURCE_KEYS: readonly string[] = [
  ...new Set(Object.values(CUSTOMER_PRICE_STEPS).map((step) => `catalog.priceSource.${step.source}`)),
]

export interface CustomerPriceInput {
  product: Pick<Product, 'id' | 'priceCents'>
  /** The customer's general discount (`tier.customer.discountPercent`), 0 when none. */
  customerDiscountPercent: number
  /** The customer's agreements (any product, any period: the function picks the one in force). */
  agreements: readonly PriceAgreement[]
  /** The date of the sale ('YYYY-MM-DD', the simulated date or the document's). */
  date: string
}

/** How the customer's unit price was set. */
export type CustomerPriceBasis = 'list' | 'customerDiscount' | 'agreementPrice' | 'agreementDiscount'

export interface CustomerPrice {
  readonly basis: CustomerPriceBasis
  readonly listPriceCents: Cents
  /** The unit price HT to write on a sales line: the catalogue price, or the net agreed price. */
  readonly unitPriceCents: Cents
  /** The line discount to write with it, in percent (0 with a net agreed price or no discount). */
  readonly discountPercent: number
  /** Unit price HT after that discount, rounded half-up to the cent. */
  readonly netUnitPriceCents: Cents
  /** The agreement applied, if any. */
  readonly agreementId?: string
  readonly explanation: readonly ExplanationStep[]
}

/**
 * The unit price HT a customer pays for a product on a date, with the steps that explain it.
 *
 * How a price agreement and the customer's general discount combine (company convention, stated to
 * the learner in the explanation; C. com. L441-1 lets the seller agree particular conditions with a
 * buyer, on top of the CGV's price list):
 * - an agreement in force with a **net price** sets the unit price; it is net, so the general
 *   customer discount does **not** apply on top (discount 0);
 * - an agreement in force with a **discount** replaces the general discount for that product (the
 *   two never add up nor cascade);
 * - without an agreement in force, the general discount applies to the catalogue price.
 * Only agreements of this product whose period covers the date count (bounds inclusive).
 * @throws DomainInputError when the price is not whole cents ≥ 0 or a discount is not 0–100 % with
 * at most 3 decimals.
 */
export function customerUnitPrice(input: CustomerPriceInput): CustomerPrice {
  const listPriceCents = cents(input.product.priceCents, 'product.priceCents')
  if (listPriceCents < 0) throw new DomainInputError('product.priceCents', 'negative', listPriceCents)
  const customerPercent = input.customerDiscountPercent
  parseDiscountPercent(customerPercent, 'customerDiscountPercent')
  const explanation: ExplanationStep[] = [priceStep('listPrice', { unitPriceCents: listPriceCents })]
  const agreement = agreementInForce(input.agreements, input.product.id, input.date)

  if (agreement) {
    explanation.push(agreement.validUntil === undefined
      ? priceStep('agreementOpenPeriod', { fromDate: agreement.validFrom })
      : priceStep('agreementPeriod', { fromDate: agreement.validFrom, untilDate: agreement.validUntil }))
  }

  if (agreement?.priceCents !== undefined) {
    const price = cents(agreement.priceCents, 'agreement.priceCents')
    if (price < 0) throw new DomainInputError('agreement.priceCents', 'negative', price)
    explanation.push(priceStep('agreementNetPrice', { priceCents: price, customerPercent }))
    explanation.push(priceStep('netUnitPrice', { amountCents: price }))
    return { basis: 'agreementPrice', listPriceCents, unitPriceCents: price, discountPercent: 0, netUnitPriceCents: price, agreementId: agreement.id, explanation }
  }

  let basis: CustomerPriceBasis
  let percent: number
  if (agreement?.discountPercent !== undefined) {
    basis = 'agreementDiscount'
    percent = agreement.discountPercent
    explanation.push(priceStep('agreementDiscount', { percent, customerPercent }))
  } else if (customerPercent > 0) {
    basis = 'customerDiscount'
    percent = customerPercent
    explanation.push(priceStep('customerDiscount', { percent }))
  } else {
    basis = 'list'
    percent = 0
    explanation.push(priceStep('noDiscount', {}))
  }

  let net = listPriceCents
  if (percent > 0) {
    const rate = parseDiscountPercent(percent, agreement ? 'agreement.discountPercent' : 'customerDiscountPercent')
    const amount = applyRate(listPriceCents, rate)
    net = subtractCents(listPriceCents, amount)
    explanation.push(priceStep('unitDiscount', {
      percent, baseCents: listPriceCents, exactCents: displayQuotient(BigInt(listPriceCents) * BigInt(rate), PERCENT_SCALE), amountCents: amount, resultCents: net,
    }))
  }
  explanation.push(priceStep('netUnitPrice', { amountCents: net }))
  return {
    basis, listPriceCents, unitPriceCents: listPriceCents, discountPercent: percent, netUnitPriceCents: net,
    ...(agreement ? { agreementId: agreement.id } : {}), explanation,
  }
}
