/**
 * Sales documents (DOMAIN-FR §1–§2): numbering, the life cycle of each document, quantities along the
 * chain quote → order → delivery → invoice → credit note, credit notes built from an invoice, and the
 * mentions checker run before an invoice is validated.
 */
export {
  checkSequence,
  formatDocumentNumber,
  nextDocumentNumber,
  numberingYear,
  numberStem,
  parseDocumentNumber,
  NUMBER_DIGITS,
  NUMBERING_SOURCE,
  type NextNumber,
  type NextNumberInput,
  type NumberingSequences,
  type SequenceCheck,
} from './numbering'
export {
  allowedActions,
  checkAction,
  statusAfter,
  LIFECYCLE_SOURCES,
  SALES_LIFECYCLE,
  type Lifecycle,
  type LifecycleAction,
  type LifecycleRefusal,
  type SalesAction,
} from './lifecycle'
export {
  downPaymentLines,
  lineNetShares,
  lineVatRatePercent,
  operationNature,
  priceSalesDoc,
  productVatCategories,
  salesTotals,
  sameTotals,
} from './pricing'
export {
  availableDownPaymentCents,
  creditableLines,
  creditableShippingCents,
  invoiceableLines,
  orderProgress,
  planDelivery,
  resolveSourceLines,
  CHAIN_SOURCES,
  type ChainIssue,
  type CreditableLine,
  type DeliveryLineRequest,
  type InvoiceableLine,
  type LineRef,
  type OrderLineProgress,
  type OrderProgress,
} from './chain'
export { buildCreditNote, type CreditLineRequest, type CreditNoteDraft, type CreditRequest } from './credit-note'
export {
  checkMentions,
  customerSnapshotOf,
  reformMentionsRequired,
  sellerSnapshotOf,
  MENTION_SOURCES,
  REFORM_MENTIONS_PARAMETERS,
  type CompanySize,
  type MentionCode,
  type MentionIssue,
  type MentionsInput,
} from './mentions'
export {
  checkInboundOrder,
  matchInboundCustomer,
  INBOUND_SOURCES,
  type CustomerMatchBy,
  type InboundCheck,
  type InboundCheckInput,
  type InboundCorrections,
  type InboundFinding,
  type InboundFindingCode,
  type InboundLineCheck,
} from './inbound'
export {
  deliveriesOfMonth,
  monthBounds,
  periodicInvoiceTerms,
  PERIODIC_INVOICE_MAX_DAYS,
  PERIODIC_INVOICE_SOURCES,
} from './periodic-invoice'
