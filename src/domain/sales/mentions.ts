/**
 * The mentions checker (DOMAIN-FR §2): before an invoice, a credit note or an acompte invoice is
 * validated, every mandatory mention that is missing or wrong, each with the article that requires it.
 * Validation is refused until the list is empty.
 *
 * Sources: C. com. L441-9 (invoice), L441-10 (payment terms, penalties), D441-5 (40 € indemnity),
 * R123-237 (company identity); CGI ann. II art. 242 nonies A (1° names, SIREN and addresses; 2°–3° VAT
 * numbers; 6° date; 7° number; 7° bis delivery address; 8° lines; 8° bis nature of the operation;
 * 10° sale date; 11° VAT per rate; 12° exemption), the "option pour le paiement de la taxe d'après
 * les débits" (décret 2022-1299), CGI 262 I and 262 ter I (export, intra-EU reverse charge).
 *
 * The four mentions of the e-invoicing reform (customer SIREN, delivery address, nature of the
 * operation, VAT-on-debits option) apply from the seller's issuing date, a dated parameter per
 * company size ({@link REFORM_MENTIONS_PARAMETERS}).
 */
import { isCalendarDate } from '../calendar'
import { checkPenaltyRate, penaltyRateTableOf, MAX_PAYMENT_DAYS } from '../company-settings'
import { dueDate as computeDueDate } from '../due-date'
import { DomainInputError } from '../errors'
import { checkFrenchVatNumber, checkSiren, compactIdentifier, euVatPrefix, EU_VAT_NUMBER_FORMATS, frenchVatNumber, isValidEuVatNumber } from '../identifiers'
import { parameterAt, type DatedParameter } from '../parameters'
import { RECOVERY_INDEMNITY_PARAMETERS } from '../penalties'
import { VAT_CATEGORIES } from '../vat-categories'
import { isVatRateInForce } from '../vat-rates'
import { resolveSourceLines } from './chain'
import { parseDocumentNumber, numberingYear } from './numbering'
import { operationNature, priceSalesDoc, salesTotals, sameTotals } from './pricing'
import type {
  Address, CompanyIdentity, CompanySettings, CustomerSnapshot, IsoDate, Product, SalesDoc, SellerSnapshot, Tier,
} from '../model'

/** Every mention the checker knows; each has a message under `sales.rules.mentions.<code>`. */
export type MentionCode =
  | 'sellerName' | 'sellerLegalForm' | 'sellerShareCapital' | 'sellerAddress' | 'sellerSiren' | 'sellerRcs' | 'sellerVatNumber'
  | 'customerName' | 'customerAddress' | 'customerSiren' | 'customerVatNumber' | 'deliveryAddress'
  | 'number' | 'issueDate' | 'saleDate' | 'customerPoNumber'
  | 'lines' | 'lineDesignation' | 'lineQuantity' | 'lineUnitPrice' | 'lineVatRate' | 'exemptionBasis' | 'vatRegimeCountry'
  | 'totals' | 'operationNature' | 'vatOnDebits'
  | 'dueDate' | 'paymentTermsTooLong' | 'latePenaltyRate' | 'recoveryIndemnity' | 'earlyPaymentConditions'
  | 'creditedInvoice' | 'creditReason' | 'creditDiscounts' | 'creditVatRate'

/** The article behind each mention. */
export const MENTION_SOURCES: Readonly<Record<MentionCode, string>> = {
  sellerName: 'C. com. L441-9 ; CGI ann. II art. 242 nonies A, 1°',
  sellerLegalForm: 'C. com. R123-237',
  sellerShareCapital: 'C. com. R123-237',
  sellerAddress: 'C. com. L441-9 ; CGI ann. II art. 242 nonies A, 1°',
  sellerSiren: 'C. com. R123-237 ; CGI ann. II art. 242 nonies A, 1°',
  sellerRcs: 'C. com. R123-237',
  sellerVatNumber: 'CGI ann. II art. 242 nonies A, 2° ; CGI art. 286 ter',
  customerName: 'C. com. L441-9 ; CGI ann. II art. 242 nonies A, 1°',
  customerAddress: 'C. com. L441-9 ; CGI ann. II art. 242 nonies A, 1°',
  customerSiren: 'CGI ann. II art. 242 nonies A, 1° (décret 2022-1299)',
  customerVatNumber: 'CGI ann. II art. 242 nonies A, 3° ; CGI art. 262 ter I',
  deliveryAddress: 'CGI ann. II art. 242 nonies A, 7° bis (décret 2022-1299)',
  number: 'C. com. L441-9 ; CGI ann. II art. 242 nonies A, 7°',
  issueDate: 'C. com. L441-9 ; CGI ann. II art. 242 nonies A, 6°',
  saleDate: 'C. com. L441-9 ; CGI ann. II art. 242 nonies A, 10°',
  customerPoNumber: 'C. com. L441-9 (numéro du bon de commande émis par l\'acheteur)',
  lines: 'CGI ann. II art. 242 nonies A, 8°',
  lineDesignation: 'CGI ann. II art. 242 nonies A, 8°',
  lineQuantity: 'CGI ann. II art. 242 nonies A, 8°',
  lineUnitPrice: 'CGI ann. II art. 242 nonies A, 8°',
  lineVatRate: 'CGI ann. II art. 242 nonies A, 8° ; CGI art. 278 et suivants',
  exemptionBasis: 'CGI ann. II art. 242 nonies A, 12°',
  vatRegimeCountry: 'CGI art. 262 I (export) ; CGI art. 262 ter I (livraison intracommunautaire)',
  totals: 'CGI ann. II art. 242 nonies A, 11°',
  operationNature: 'CGI ann. II art. 242 nonies A, 8° bis (décret 2022-1299)',
  vatOnDebits: 'CGI ann. II art. 242 nonies A (décret 2022-1299) : « Option pour le paiement de la taxe d\'après les débits »',
  dueDate: 'C. com. L441-9 ; L441-10 I',
  paymentTermsTooLong: 'C. com. L441-10 I',
  latePenaltyRate: 'C. com. L441-9 ; L441-10 II',
  recoveryIndemnity: 'C. com. L441-9 ; D441-5',
  earlyPaymentConditions: 'C. com. L441-9 (conditions d\'escompte)',
  creditedInvoice: 'CGI ann. II art. 242 nonies A ; BOI-TVA-DECLA-30-20-20 (référence à la facture initiale)',
  creditReason: 'BOI-TVA-DECLA-30-20-20 (motif de l\'avoir)',
  creditDiscounts: 'CGI ann. II art. 242 nonies A, 9° (réductions de la facture initiale)',
  creditVatRate: 'CGI art. 272 ; taux de la facture initiale',
}

/** Company sizes of décret 2008-1354, which set the issuing date of the reform. */
export type CompanySize = CompanyIdentity['size']

const REFORM_SOURCE = 'Décret 2022-1299 ; décret 2024-266 ; loi 2023-1322 art. 91'
const reformFrom = (from: IsoDate, to: IsoDate): readonly DatedParameter<boolean>[] => [
  { validFrom: '1970-01-01', validTo: to, value: false, source: REFORM_SOURCE },
  { validFrom: from, value: true, source: REFORM_SOURCE },
]

/**
 * Whether the reform's four new mentions are required, by seller size and date: from 1 September
 * 2026 for large (GE) and mid-sized (ETI) companies, 1 September 2027 for PME and micro-enterprises
 * (their e-invoice issuing dates).
 */
export const REFORM_MENTIONS_PARAMETERS: Readonly<Record<CompanySize, readonly DatedParameter<boolean>[]>> = {
  GE: reformFrom('2026-09-01', '2026-08-31'),
  ETI: reformFrom('2026-09-01', '2026-08-31'),
  PME: reformFrom('2027-09-01', '2027-08-31'),
}

/** True when an invoice issued on `date` by a seller of `size` must carry the reform's mentions. */
export function reformMentionsRequired(size: CompanySize, date: IsoDate): boolean {
  return parameterAt(REFORM_MENTIONS_PARAMETERS[size], date, 'date').value
}

/** One missing or wrong mention. */
export interface MentionIssue {
  readonly code: MentionCode
  readonly problem: 'missing' | 'wrong'
  /** Where to fix it: a path in the document (`lines.2.designation`), the customer or the settings. */
  readonly field: string
  readonly source: string
  /** The figures of the message (`line`, `expected`…). */
  readonly values: Record<string, string | number>
}

/** The customer as the document will name it. */
export function customerSnapshotOf(tier: Tier): CustomerSnapshot {
  return {
    name: tier.name,
    legal: tier.legal,
    billingAddress: { ...tier.billingAddress },
    ...(tier.siren ? { siren: tier.siren } : {}),
    ...(tier.vatNumber ? { vatNumber: tier.vatNumber } : {}),
    vatRegime: tier.customer?.vatRegime ?? 'france',
    language: tier.language,
  }
}

/** The seller's identity as the document will print it. */
export function sellerSnapshotOf(identity: CompanyIdentity): SellerSnapshot {
  const { name, legalForm, shareCapitalCents, address, siren, rcsCity, vatNumber, size, vatOnDebits } = identity
  return { name, legalForm, shareCapitalCents, address: { ...address }, siren, rcsCity, vatNumber, size, vatOnDebits }
}

/** What the checker reads. */
export interface MentionsInput {
  /** The invoice, credit note or acompte invoice, as it would be validated (number, date, totals…). */
  readonly doc: SalesDoc
  /** The seller's settings: identity (unless the document has its snapshot), numbering, penalty rate. */
  readonly settings: CompanySettings
  /** The customer record, or its snapshot (a validated document's own snapshot wins). */
  readonly customer: Tier | CustomerSnapshot
  /** The simulated date of the check: the document may not be dated after it. */
  readonly date: IsoDate
  /** Credit note: the invoice it corrects. */
  readonly invoice?: SalesDoc
  /** The purchase-order numbers the customer gave on the orders invoiced. */
  readonly orderPoNumbers?: readonly string[]
  /** The products of the lines (nature of the operation, exemption basis). */
  readonly products?: ReadonlyMap<string, Pick<Product, 'kind' | 'vatCategory'>>
}

const CAPITAL_FREE_FORMS = /^(EI|EIRL|micro|auto)/i
const isSnapshot = (customer: Tier | CustomerSnapshot): customer is CustomerSnapshot => !('kind' in customer)
const blank = (value: string | undefined) => !value || !value.trim()
const incomplete = (address: Address | undefined) => !address || blank(address.line1) || blank(address.postalCode) || blank(address.city) || blank(address.country)
const EU_COUNTRIES = new Set(Object.keys(EU_VAT_NUMBER_FORMATS).map((prefix) => (prefix === 'EL' ? 'GR' : prefix)))

/**
 * Every missing or wrong mention of `input.doc`, in the order of the invoice (seller, customer,
 * header, lines, totals, payment, credit-note reference); empty when it may be validated.
 * @throws RangeError when the document is not an invoice, a credit note or an acompte invoice.
 */
export function checkMentions(input: MentionsInput): MentionIssue[] {
  const { doc, settings, date } = input
  if (doc.type !== 'invoice' && doc.type !== 'creditNote' && doc.type !== 'downPayment') {
    throw new RangeError(`Only invoices, credit notes and acompte invoices carry invoice mentions, not ${doc.type}`)
  }
  const issues: MentionIssue[] = []
  const flag = (code: MentionCode, problem: 'missing' | 'wrong', field: string, values: Record<string, string | number> = {}) =>
    issues.push({ code, problem, field, source: MENTION_SOURCES[code], values })
  const seller = doc.sellerSnapshot ?? sellerSnapshotOf(settings.identity)
  const customer = doc.customerSnapshot ?? (isSnapshot(input.customer) ? input.customer : customerSnapshotOf(input.customer))
  const issueDate = isCalendarDate(doc.date) ? doc.date : date
  const reform = reformMentionsRequired(seller.size, issueDate)
  const kinds = doc.lines.flatMap((line) => {
    const kind = input.products?.get(line.productId)?.kind
    return kind ? [kind] : []
  })
  // From the products sold; lines without a product (an acompte) keep the nature stated from the order.
  const nature = operationNature(kinds) ?? doc.operationNature ?? null
  const withGoods = nature === 'goods' || nature === 'mixed'
  const withServices = nature === 'services' || nature === 'mixed'

  checkSeller(seller, flag)
  checkCustomer(customer, doc, reform, withGoods, flag)

  // Header: number, dates, purchase order.
  const series = doc.type
  if (blank(doc.number)) flag('number', 'missing', 'number')
  else if (parseDocumentNumber(doc.number!, settings.numbering[series], numberingYear(issueDate)) === null) {
    flag('number', 'wrong', 'number', { number: doc.number!, prefix: settings.numbering[series] })
  }
  if (!isCalendarDate(doc.date)) flag('issueDate', 'missing', 'date')
  else if (doc.date > date) flag('issueDate', 'wrong', 'date', { issueDate: doc.date, todayDate: date })
  if (doc.type === 'invoice' && doc.sourceIds.length > 0 && withGoods) {
    if (!doc.saleDate) flag('saleDate', 'missing', 'saleDate')
    else if (doc.saleDate > issueDate) flag('saleDate', 'wrong', 'saleDate', { saleDate: doc.saleDate, issueDate })
  }
  for (const po of input.orderPoNumbers ?? []) {
    if (po.trim() && !(doc.customerPoNumber ?? '').includes(po.trim())) flag('customerPoNumber', 'missing', 'customerPoNumber', { poNumber: po.trim() })
  }

  checkLines(input, customer, issueDate, flag)
  checkTotals(doc, customer, input.products, flag)

  // The reform's nature of the operation and VAT-on-debits option.
  if (reform) {
    if (!doc.operationNature) flag('operationNature', 'missing', 'operationNature')
    else if (nature && doc.operationNature !== nature) flag('operationNature', 'wrong', 'operationNature', { stated: doc.operationNature, expected: nature })
    if (seller.vatOnDebits && withServices && doc.vatOnDebits !== true) flag('vatOnDebits', 'missing', 'vatOnDebits')
    if (!seller.vatOnDebits && doc.vatOnDebits === true) flag('vatOnDebits', 'wrong', 'vatOnDebits')
  }

  if (doc.type === 'creditNote') checkCreditNote(doc, input.invoice, flag)
  else checkPayment(doc, customer, issueDate, flag, input.settings)
  return issues
}

type Flag = (code: MentionCode, problem: 'missing' | 'wrong', field: string, values?: Record<string, string | number>) => void

function checkSeller(seller: SellerSnapshot, flag: Flag): void {
  if (blank(seller.name)) flag('sellerName', 'missing', 'identity.name')
  if (blank(seller.legalForm)) flag('sellerLegalForm', 'missing', 'identity.legalForm')
  else if (!(seller.shareCapitalCents > 0) && !CAPITAL_FREE_FORMS.test(seller.legalForm)) flag('sellerShareCapital', 'missing', 'identity.shareCapitalCents', { legalForm: seller.legalForm })
  if (incomplete(seller.address)) flag('sellerAddress', 'missing', 'identity.address')
  if (blank(seller.siren)) flag('sellerSiren', 'missing', 'identity.siren')
  else if (!checkSiren(seller.siren).valid) flag('sellerSiren', 'wrong', 'identity.siren', { siren: seller.siren })
  if (blank(seller.rcsCity)) flag('sellerRcs', 'missing', 'identity.rcsCity')
  if (blank(seller.vatNumber)) flag('sellerVatNumber', 'missing', 'identity.vatNumber')
  else if (!checkFrenchVatNumber(seller.vatNumber).valid || (checkSiren(seller.siren).valid && compactIdentifier(seller.vatNumber) !== frenchVatNumber(seller.siren))) {
    flag('sellerVatNumber', 'wrong', 'identity.vatNumber', { vatNumber: seller.vatNumber })
  }
}

function checkCustomer(customer: CustomerSnapshot, doc: SalesDoc, reform: boolean, withGoods: boolean, flag: Flag): void {
  if (blank(customer.name)) flag('customerName', 'missing', 'customer.name')
  if (incomplete(customer.billingAddress)) flag('customerAddress', 'missing', 'customer.billingAddress')
  const frenchCompany = customer.legal === 'company' && customer.billingAddress.country === 'FR' && customer.vatRegime === 'france'
  if (customer.siren && !checkSiren(customer.siren).valid) flag('customerSiren', 'wrong', 'customer.siren', { siren: customer.siren })
  else if (!customer.siren && reform && frenchCompany) flag('customerSiren', 'missing', 'customer.siren')
  const country = customer.billingAddress.country
  if (customer.vatRegime === 'intraEu') {
    if (blank(customer.vatNumber)) flag('customerVatNumber', 'missing', 'customer.vatNumber')
    else if (!isValidEuVatNumber(customer.vatNumber!, country)) flag('customerVatNumber', 'wrong', 'customer.vatNumber', { vatNumber: customer.vatNumber!, country })
    if (country === 'FR' || !EU_COUNTRIES.has(country)) flag('vatRegimeCountry', 'wrong', 'customer.billingAddress.country', { country, regime: 'intraEu' })
  } else {
    if (customer.vatNumber && !isValidEuVatNumber(customer.vatNumber)) flag('customerVatNumber', 'wrong', 'customer.vatNumber', { vatNumber: customer.vatNumber, country: euVatPrefix(country) })
    if (customer.vatRegime === 'export' && (country === 'FR' || EU_COUNTRIES.has(country))) flag('vatRegimeCountry', 'wrong', 'customer.billingAddress.country', { country, regime: 'export' })
  }
  if (doc.deliveryAddress && incomplete(doc.deliveryAddress)) flag('deliveryAddress', 'wrong', 'deliveryAddress')
  else if (!doc.deliveryAddress && reform && withGoods && doc.type !== 'creditNote') flag('deliveryAddress', 'missing', 'deliveryAddress')
}

function checkLines(input: MentionsInput, customer: CustomerSnapshot, issueDate: IsoDate, flag: Flag): void {
  const { doc } = input
  if (doc.lines.length === 0) flag('lines', 'missing', 'lines')
  doc.lines.forEach((line, index) => {
    const values = { line: index + 1 }
    if (blank(line.designation)) flag('lineDesignation', 'missing', `lines.${index}.designation`, values)
    if (typeof line.quantity !== 'number' || !Number.isFinite(line.quantity) || line.quantity <= 0) flag('lineQuantity', 'wrong', `lines.${index}.quantity`, values)
    if (!Number.isSafeInteger(line.unitPriceCents) || line.unitPriceCents < 0) flag('lineUnitPrice', 'wrong', `lines.${index}.unitPriceCents`, values)
    if (line.vatRatePercent !== 0 && !isVatRateInForce(line.vatRatePercent, issueDate)) {
      flag('lineVatRate', 'wrong', `lines.${index}.vatRatePercent`, { ...values, ratePercent: line.vatRatePercent })
    }
    const product = input.products?.get(line.productId)
    const exemptProduct = product?.vatCategory !== undefined && !VAT_CATEGORIES[product.vatCategory].taxed
    if (line.vatRatePercent === 0 && customer.vatRegime === 'france' && product && !exemptProduct) {
      flag('exemptionBasis', 'wrong', `lines.${index}.vatRatePercent`, values)
    }
    if (line.vatRatePercent !== 0 && (customer.vatRegime !== 'france' || exemptProduct)) {
      flag('exemptionBasis', 'wrong', `lines.${index}.vatRatePercent`, { ...values, ratePercent: line.vatRatePercent })
    }
  })
}

function checkTotals(doc: SalesDoc, customer: CustomerSnapshot, products: MentionsInput['products'], flag: Flag): void {
  if (!doc.totals) {
    flag('totals', 'missing', 'totals')
    return
  }
  try {
    const vatCategoryOf = (id: string) => products?.get(id)?.vatCategory
    const expected = salesTotals(priceSalesDoc(doc, customer.vatRegime, vatCategoryOf))
    if (!sameTotals(doc.totals, expected)) {
      flag('totals', 'wrong', 'totals', { storedCents: doc.totals.totalInclVatCents, expectedCents: expected.totalInclVatCents })
    }
  } catch (error) {
    if (!(error instanceof DomainInputError)) throw error
    flag('totals', 'wrong', error.field, { storedCents: doc.totals.totalInclVatCents, expectedCents: 0 })
  }
}

function checkPayment(doc: SalesDoc, customer: CustomerSnapshot, issueDate: IsoDate, flag: Flag, settings: CompanySettings): void {
  const terms = doc.paymentTerms
  if (!doc.dueDate) flag('dueDate', 'missing', 'dueDate')
  else if (terms && isCalendarDate(doc.date) && doc.dueDate !== computeDueDate(doc.date, terms)) {
    flag('dueDate', 'wrong', 'dueDate', { dueDate: doc.dueDate, expectedDate: computeDueDate(doc.date, terms) })
  }
  if (terms && terms.kind !== 'onReceipt' && terms.days > MAX_PAYMENT_DAYS[terms.kind]) {
    flag('paymentTermsTooLong', 'wrong', 'paymentTerms', { days: terms.days, maxDays: MAX_PAYMENT_DAYS[terms.kind] })
  }
  const mentions = doc.paymentMentions
  if (!mentions || mentions.latePenaltyRatePercent === undefined) flag('latePenaltyRate', 'missing', 'paymentMentions.latePenaltyRatePercent')
  else {
    const [belowFloor] = checkPenaltyRate(mentions.latePenaltyRatePercent, issueDate, penaltyRateTableOf(settings))
    if (belowFloor) flag('latePenaltyRate', 'wrong', 'paymentMentions.latePenaltyRatePercent', { ratePercent: mentions.latePenaltyRatePercent ?? 0, floorPercent: Number(belowFloor.values.floorPercent ?? 0) })
  }
  if (customer.legal === 'company') {
    const expected = parameterAt(RECOVERY_INDEMNITY_PARAMETERS, issueDate, 'date').value
    const stated = mentions?.recoveryIndemnityCents
    if (stated === undefined || stated === null) flag('recoveryIndemnity', 'missing', 'paymentMentions.recoveryIndemnityCents', { expectedCents: expected })
    else if (stated !== expected) flag('recoveryIndemnity', 'wrong', 'paymentMentions.recoveryIndemnityCents', { statedCents: stated, expectedCents: expected })
  }
  if (!mentions?.earlyPayment) flag('earlyPaymentConditions', 'missing', 'paymentMentions.earlyPayment')
  else if (mentions.earlyPayment.percent !== (doc.earlyPaymentDiscountPercent ?? 0)) {
    flag('earlyPaymentConditions', 'wrong', 'paymentMentions.earlyPayment', { statedPercent: mentions.earlyPayment.percent, percent: doc.earlyPaymentDiscountPercent ?? 0 })
  }
}

function checkCreditNote(doc: SalesDoc, invoice: SalesDoc | undefined, flag: Flag): void {
  const reference = doc.creditedInvoice
  if (!reference || blank(reference.number) || !isCalendarDate(reference.date)) flag('creditedInvoice', 'missing', 'creditedInvoice')
  else if (invoice && (reference.id !== invoice.id || reference.number !== invoice.number || reference.date !== invoice.date)) {
    flag('creditedInvoice', 'wrong', 'creditedInvoice', { stated: reference.number, number: invoice.number ?? '', invoiceDate: invoice.date })
  }
  if (blank(doc.reason)) flag('creditReason', 'missing', 'reason')
  if (!invoice) return
  const same = (a: readonly number[] | undefined, b: readonly number[] | undefined) => JSON.stringify(a ?? []) === JSON.stringify(b ?? [])
  if (!same(doc.discountsPercent, invoice.discountsPercent) || (doc.earlyPaymentDiscountPercent ?? 0) !== (invoice.earlyPaymentDiscountPercent ?? 0)) {
    flag('creditDiscounts', 'wrong', 'discountsPercent', { invoice: invoice.number ?? '' })
  }
  resolveSourceLines(doc, [invoice]).forEach((ref, index) => {
    const line = doc.lines[index]!
    const source = ref ? invoice.lines[ref.line] : undefined
    if (source && (source.vatRatePercent !== line.vatRatePercent || !same(source.discountsPercent, line.discountsPercent))) {
      flag('creditVatRate', 'wrong', `lines.${index}.vatRatePercent`, { line: index + 1, ratePercent: line.vatRatePercent, invoiceRatePercent: source.vatRatePercent })
    }
  })
}
