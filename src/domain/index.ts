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
  checkContractualRate,
  checkRecordedPenaltyRates,
  defaultPenaltyRatePercent,
  halfYearDates,
  halfYearOf,
  latePaymentPenalty,
  latePaymentRatesFrom,
  latePenalty,
  mergePenaltyRateTable,
  recordedRatesParameter,
  LATE_PAYMENT_RATE_PARAMETERS,
  RECORDED_RATE_LIMITS,
  RECOVERY_INDEMNITY_PARAMETERS,
  type LatePaymentRateTable,
  type RecordedRatesProblem,
  type RecordedRatesProblemCode,
  type LatePaymentInput,
  type LatePaymentPenalty,
  type LatePaymentRates,
  type LatePenaltyInput,
  type LatePenaltyResult,
  type ContractualRateCheck,
  type PenaltyPeriod,
} from './penalties'

// The recovery procedure: dunning plan and run, payment plans, formal notice, escalation (DOMAIN-FR §3).
export {
  activeSuspension,
  checkDunningPlan,
  checkPaymentPlan,
  claimDetailAt,
  claimLineAt,
  claimTotals,
  dunningRun,
  effectiveDunningPlan,
  escalationRefusal,
  invoicePenaltyAt,
  isFormalNoticeDeadline,
  isNextLevel,
  levelsDone,
  nextLevel,
  penaltiesWaived,
  reminderLanguage,
  DEFAULT_DUNNING_PLAN,
  DUNNING_OFFSET_RANGE,
  ESCALATION_CHECKLIST,
  FORMAL_NOTICE_DEADLINE_DAYS,
  SIMPLIFIED_PROCEDURE_MAX_CENTS,
  type ChecklistItem,
  type ClaimConditions,
  type ClaimDetail,
  type ClaimLine,
  type ClaimOptions,
  type ClaimTotals,
  type DunningChannel,
  type DunningPlanIssue,
  type DunningProposal,
  type DunningRun,
  type DunningRunOptions,
  type EscalationRefusal,
  type EscalationRoute,
  type Instalment,
  type InvoicePenalty,
  type PaymentPlanIssue,
  type SuspendedInvoice,
  type SuspensionKind,
} from './dunning'
export {
  dunningLetterContext, letterContactName, renderDunningLetter, renderManagementAlert, DUNNING_TEMPLATE_KEYS,
  type DunningLetter, type DunningLetterContext, type DunningLetterSource, type ManagementAlertContext,
} from './dunning-letters'

// Company settings a trainer edits: identity keys, legal payment terms, penalty floor, numbering, delegation.
export {
  checkCgv,
  checkDelegation,
  checkIdentity,
  checkNumbering,
  checkPaymentFigures,
  checkPaymentTerms,
  checkPenaltyRate,
  checkPenaltyRateRecords,
  diffSettings,
  penaltyRatesAt,
  penaltyRateTableOf,
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
  customerBalance,
  customerExposure,
  documentAmountDueCents,
  documentDueDate,
  documentInclVatCents,
  effectivePayments,
  invoiceSettlement,
  paidOnDates,
  salesDocPricingInput,
  settleInvoices,
  RECEIVABLE_TYPES,
  type AccountEntry,
  type CustomerBalance,
  type Exposure,
  type InvoiceState,
  type Settlement,
} from './accounts'
// Credit risk at order time: encours (AFDCC), the order check and its resolutions, the risk sheet.
export {
  checkOrderCredit,
  creditExposure,
  creditUsedPercent,
  currentSolvency,
  isNewCustomer,
  resolveCreditBlock,
  riskSheet,
  CREDIT_DEFAULTS,
  CREDIT_RULE_SOURCE,
  type CreditBlockReason,
  type CreditExposureInput,
  type CreditExposureParts,
  type CreditExposureResult,
  type CreditOption,
  type CreditResolution,
  type CreditResolutionIssue,
  type OrderCreditCheck,
  type OrderCreditInput,
  type PaidInvoice,
  type RiskSheet,
  type SolvencyInfo,
} from './credit'
// Payments received and their allocation to invoices (lettrage), customer credit, impayés.
export {
  allocatedCents, checkAllocations, checkRejection, creditNoteRemainingCents, customerCredits, invoicePaymentState, mergeAllocations,
  openInvoices, paymentKind, paymentUnallocatedCents, suggestAllocations, REJECTABLE_METHODS,
  type AllocationTarget, type CreditSource, type PayableInvoice, type PaymentIssue, type PaymentKind,
} from './payments'
export { physicalStock, productStock, reorderStatus, type ReorderStatus, type StockLevels } from './stock-levels'

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

// GDPR: retention, files to review, rights requests and their deadlines, prospecting consent, erasure, access export.
export { addMonths, afterContactFromPerson, answerProblem, buildAccessExport, consentStatus, defaultGdprFile, erasurePlan, extendRequest, isGdprSubject, lastDealDate, mayProspect, recordsToReview, requestDueOn, requestStatus, retentionEnd, GDPR_ANSWER_DELAY, GDPR_RETENTION_PARAMETERS, GDPR_RIGHTS, PHONE_PROSPECTING_PARAMETERS, type AccessExport, type AccessExportInput, type AnswerProblem, type ConsentStatus, type ControllerIdentity, type ErasureCategory, type ErasureInput, type ErasureItem, type ErasurePlan, type ExtensionProblem, type GdprFileInput, type GdprRetentionRules, type KeepRule, type KeptItem, type PhoneProspectingRules, type ProspectingChannel, type ProspectingRule, type ProspectingVerdict, type RequestStatus, type RetentionEnd, type ReviewItem, type ReviewReason } from './gdpr'

// Sales documents: numbering, life cycle, chain quantities, credit notes, the invoice mentions checker.
export * from './sales'

// The simulated clock and the company's stored shapes.
export { MAX_CLOCK_ADVANCE_DAYS } from './sim-clock'
// The CRM's tier file: draft rules, duplicates, VAT regime and region, ids, default GDPR file.
export { checkAddress, checkCustomerTerms, createDuplicateIndex, defaultTierGdpr, draftFromTier, duplicatesBlocking, findDuplicateTiers, gdprAfterConversion, isEmailShape, isEuCountry, isPhoneShape, kindChangeAllowed, nextTierId, normalizePhone, normalizeTierName, regionOf, tierFromDraft, validateTierDraft, vatRegimeFor, withContactIds, EU_COUNTRIES, INCOTERMS_2020, TIER_ID_PREFIX, TIER_LIMITS, TIER_SOURCES, type ContactDraft, type CustomerTermsDraft, type DuplicateCandidate, type DuplicateIndex, type DuplicateProbe, type DuplicateReason, type TierDraft, type TierIssue, type TierLegal, type TierRuleCode, type TierRuleContext } from './tiers'
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

// Message templates with placeholders, and what stops a message from leaving.
export { checkMessageText, checkTemplate, findPlaceholders, isKnownPlaceholder, renderTemplate, renderText, salutation, templateFits, PLACEHOLDERS, type MessageTemplate, type MessageTextIssue, type RenderedTemplate, type RenderedText, type TemplateAudience, type TemplateContext, type TemplateDocument, type TemplateFormatters, type TemplateProblems } from './message-templates'

// The catalogue: product rules, margins (taux de marge / de marque) and customer prices with their explanation.
export { agreementInForce, customerUnitPrice, isAgreementInForce, marginFigures, markRatePercent, markupPercent, normalizeReference, overlappingAgreement, periodsOverlap, productErrors, productToDraft, tidyProductDraft, validatePriceAgreement, validateProductDraft, CUSTOMER_PRICE_SOURCE_KEYS, CUSTOMER_PRICE_STEP_KEYS, CUSTOMER_PRICE_STEPS, PRODUCT_LIMITS, PRODUCT_SOURCES, PRODUCT_UNITS, type AgreementIssue, type AgreementRuleCode, type CustomerPrice, type CustomerPriceBasis, type CustomerPriceInput, type CustomerPriceStepName, type MarginFigures, type PriceAgreementDraft, type ProductDraft, type ProductIssue, type ProductRuleCode, type ProductRuleContext, type ProductUnit } from './products'

// Account statements (relevé de compte), ageing and the aged balance, archive retention (C. com. L123-22).
export { accountStatement, agedBalance, ageingBucket, archiveRetainUntil, customerAgeing, AGEING_BUCKET_KEYS, ARCHIVE_RETENTION_YEARS, type AccountStatement, type Ageing, type AgeingBucket, type AgedBalance, type AgedBalanceRow, type CustomerAccount, type StatementEntry, type StatementEntryKind, type StatementPeriod } from './statements'

// Bank statement import (CSV rows read into lines, with their problems) and reconciliation suggestions.
export { bankLineKey, detectBankSeparator, normalizeForMatch, parseBankAmount, parseBankDate, readBankRows, suggestMatches, BANK_IMPORT_LIMITS, type BankColumn, type BankImportProblem, type BankProblemCode, type BankReadResult, type MatchReason, type MatchSuggestion, type OpenInvoice, type ParsedBankLine } from './bank-import'

// Stock valuation: issues valued by CUMP or FIFO, the CUMP recomputed at each reception (DOMAIN-FR §8).
export { valueIssue, weightedAverageCostAfterReceipt, type StockLayer, type ValuationMethod } from './stock-valuation'

// Stock position (physique, réservé, disponible, prévisionnel), availability with proposals, indicators, inventory (DOMAIN-FR §8).
export { availabilityCheck, incomingQuantities, reservedQuantities, stockPosition, INCOMING_ORDER_STATUSES, RESERVING_ORDER_STATUSES, type AvailabilityContext, type AvailabilityOption, type AvailabilityRequest, type LineAvailability, type StockPosition, type StockPositionSources } from './availability'
export { adjustmentDirectionIssue, averageStockCents, costOfGoodsSoldCents, fifoLayers, inventoryVariances, lineValueCents, productStockValueCents, stockIndicators, stockValueFromMoves, ADJUSTMENT_REASONS, DONATION_REASONS, type AdjustmentReason, type DonationReason, type InventoryCountLine, type InventoryIssue, type InventoryVariance, type StockIndicators } from './stock-indicators'
export { productLedger, type LedgerEntry } from './stock-levels'

// Replenishment and purchasing (DOMAIN-FR §8, REAC CP2): reorder point, Wilson, proposals; supplier-order life cycle, lateness, receptions.
export { chooseSupplier, reorderPoint, replenishmentProposal, replenishmentProposals, wilsonQuantity, COMMERCIAL_YEAR_DAYS, REPLENISHMENT_DEFAULTS, type ReplenishmentInput, type ReplenishmentProposal, type ReplenishmentReason } from './replenishment'
export { allowedPurchaseActions, compareReception, dueDateOf, lateness, lateOrders, lineRemaining, orderComplete, promiseBeyondLeadTime, purchaseActionAllowed, settleClaim, supplierOrderLeadTimeDays, PURCHASE_TRANSITIONS, type Lateness, type PurchaseAction, type ReceivedLine, type ReceptionComparison, type ReceptionIssue } from './purchasing'

// Commercial statistics (DOMAIN-FR §9): rates (évolution, réalisation, marge, marque, indice, TCAM), sales facts, aggregates, ABC, conversion.
export * from './statistics'

// Shipping (DOMAIN-FR §6–§7): carrier comparison on cost, date and CO₂ (C. transports L1431-3), Incoterms® 2020, AGEC packaging.
export { bandPriceCents, compareCarriers, marketplaceCommissionCents, promiseShortages, remainingToShip, shipmentDestination, shipmentWeightGrams, shippingWeights, shippingDistanceKm, shippingZoneOf, transportCo2Grams, SHIPPING_DISTANCES_KM, SHIPPING_ORIGIN, type CarrierComparison, type CarrierOffer, type DistanceTable, type PromiseShortage, type ShipmentRequest } from './shipping'
export { carriageIssue, incotermInfo, incotermMention, mainCarriagePaidBy, minimumInsuranceCents, INCOTERM_MIN_INSURANCE_PERCENT, INCOTERMS, type IncotermInfo, type IncotermRule, type RiskPoint } from './incoterms'
export { isReusablePackaging, packagingRecord, packagingWarnings, OVERPACKAGING_LIMITS, PACKAGING_KINDS, type PackagingChoice, type PackagingWarning } from './packaging'
