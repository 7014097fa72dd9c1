/**
 * Public API of Comptoir's domain core: pure TypeScript trade rules (no Vue, Pinia, Dexie, i18next,
 * DOM or wall clock). Everything the UI, the commands, the scenario checks and the grader compute goes
 * through these exports. Conventions (cents, rates, rounding, splits, signs): `src/domain/README.md`.
 *
 * The issue-4 contract — {@link priceDocument}, {@link exclVatFromInclVat}, {@link dueDate} — is
 * stable; every other export is documented where it is defined.
 * @packageDocumentation
 */

// The stable contract.
export { priceDocument } from './pricing'
export { exclVatFromInclVat } from './excl-vat'
export { dueDate, type PaymentTerms } from './due-date'
export type {
  DiscountStep,
  DocumentDiscountStep,
  DownPaymentPart,
  PriceDocumentInput,
  PriceDocumentLine,
  PricedDocument,
  PricedLine,
  VatBreakdown,
  VatSplitPart,
} from './pricing-types'

// Money, rates, rounding and splits.
export {
  addCents,
  applyRate,
  cents,
  centsFromBigInt,
  isCents,
  multiplyByQuantity,
  nonNegativeCents,
  percentOfCents,
  subtractCents,
  sumCents,
  type Cents,
} from './money'
export {
  cascadeEquivalentRate,
  parseDiscountPercent,
  parsePercent,
  parseQuantity,
  quantityToNumber,
  rateToPercent,
  PERCENT_SCALE,
  QUANTITY_SCALE,
  type Fraction,
  type Quantity,
  type Rate,
} from './rates'
export { divideFloor, divideRounded, displayQuotient } from './rounding'
export { splitProRata } from './split'

// VAT: dated rates, categories and their mandatory wording; document types and sign.
export { isVatRateInForce, vatRatesAt, VAT_RATE_PARAMETERS, type VatRateSet } from './vat-rates'
export { isVatCategory, VAT_CATEGORIES, VAT_CATEGORY_ORDER, type VatCategory, type VatCategoryInfo } from './vat-categories'
export { DOCUMENT_TYPES, signedAmount, type DocumentType } from './document-types'
export { latestParameter, parameterAt, type DatedParameter } from './parameters'

// Calendar dates and late-payment penalties.
export { addDays, daysBetween, daysInMonth, endOfMonth, isCalendarDate, parseCalendarDate } from './calendar'
export {
  latePaymentPenalty,
  LATE_PAYMENT_RATE_PARAMETERS,
  RECOVERY_INDEMNITY_PARAMETERS,
  type LatePaymentInput,
  type LatePaymentPenalty,
  type LatePaymentRates,
  type PenaltyPeriod,
} from './penalties'

// Company settings a trainer edits: identity keys, legal payment terms, penalty floor, numbering, delegation.
export {
  checkCgv,
  checkDelegation,
  checkIdentity,
  checkNumbering,
  checkPaymentFigures,
  checkPaymentTerms,
  checkPenaltyRate,
  diffSettings,
  penaltyRatesAt,
  suggestedVatNumber,
  validateCompanySettings,
  MAX_PAYMENT_DAYS,
  NUMBERING_SERIES,
  SETTINGS_LIMITS,
  SETTINGS_SECTION_OF,
  SETTINGS_SOURCES,
  type PenaltyRatesAt,
  type SettingsChange,
  type SettingsIssue,
  type SettingsRuleCode,
  type SettingsSection,
} from './company-settings'

// Explanations and errors.
export {
  explain,
  EXPLANATION_SOURCE_KEYS,
  EXPLANATION_STEP_KEYS,
  EXPLANATION_STEPS,
  type ExplanationStep,
  type ExplanationStepName,
  type ExplanationValues,
} from './explanation'
export { DomainInputError, DOMAIN_ERROR_CODES, type DomainErrorCode } from './errors'

// Customer accounts (balance, settlement, encours) and physical stock from the movements.
export {
  accountSign,
  balanceOfEntries,
  countsOnAccount,
  creditUse,
  customerBalance,
  customerExposure,
  documentAmountDueCents,
  documentDueDate,
  documentInclVatCents,
  effectivePayments,
  invoiceSettlement,
  salesDocPricingInput,
  settleInvoices,
  RECEIVABLE_TYPES,
  type AccountEntry,
  type CreditUse,
  type CustomerBalance,
  type Exposure,
  type InvoiceState,
  type Settlement,
} from './accounts'
export { physicalStock, productMovements, productStock, reorderStatus, type ProductMovement, type ReorderStatus, type StockLevels } from './stock-levels'

// Company and bank identifiers: SIREN/SIRET, VAT numbers, IBAN/RIB.
export {
  checkEuVatNumber,
  checkFrenchVatNumber,
  checkIban,
  checkSiren,
  checkSiret,
  compactIdentifier,
  euVatPrefix,
  formatFrenchRib,
  formatIban,
  frenchIbanFromRib,
  frenchRibFromIban,
  frenchRibKey,
  frenchVatKey,
  frenchVatNumber,
  isValidEuVatNumber,
  isValidFrenchRib,
  isValidFrenchVatNumber,
  isValidIban,
  isValidSiren,
  isValidSiret,
  passesLuhn,
  EU_VAT_NUMBER_FORMATS,
  IBAN_LENGTHS,
  type FrenchRib,
  type IdentifierCheck,
  type IdentifierProblem,
} from './identifiers'

// The simulated clock and the company's stored shapes.
export { MAX_CLOCK_ADVANCE_DAYS } from './sim-clock'
export type * from './model'

// Numbers typed by the learner, read exactly.
export {
  parseDecimalNumber,
  parseEurosToCents,
  parsePercentList,
  parseScaledDecimal,
  type DecimalInputError,
  type DecimalInputResult,
} from './decimal-input'
