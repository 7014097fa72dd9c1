/**
 * GDPR (RGPD) and prospecting rules for a tier's personal-data file (DOMAIN-FR §5): how long a
 * prospect's or customer's data may be kept, which files need a review, the deadline of a rights
 * request (art. 12 §3), whether the company may prospect someone by email or phone on a date, what an
 * erasure may remove and what the law keeps, and the file answering an access or portability request.
 * Figures that may change (retention years, the phone-consent rule of loi 2025-594) are dated parameters.
 */
import { daysBetween, daysInMonth, parseCalendarDate } from './calendar'
import { DomainInputError } from './errors'
import { parameterAt, type DatedParameter } from './parameters'
import type {
  ConsentPurpose, ConsentRecord, GdprRequest, GdprRight, IsoDate, LegalBasis, Message, SalesDoc, SalesDocType, Tier, TierGdpr,
} from './model'

// ---------------------------------------------------------------------------------------------------
// Dated parameters

/** How long personal data is kept (years). */
export interface GdprRetentionRules {
  /** A prospect's data: from collection or from the prospect's last contact. */
  readonly prospectYears: number
  /** A customer's data, for prospecting: from the end of the commercial relationship. */
  readonly customerYears: number
  /** Invoices, credit notes and the documents behind them. */
  readonly accountingYears: number
}

/** Retention periods (CNIL for prospecting, Code de commerce for accounting records). */
export const GDPR_RETENTION_PARAMETERS: readonly DatedParameter<GdprRetentionRules>[] = [
  {
    validFrom: '2018-05-25',
    value: { prospectYears: 3, customerYears: 3, accountingYears: 10 },
    source: 'RGPD art. 5 §1 e); CNIL, référentiel « gestion commerciale » (délibération 2021-131); C. com. L123-22',
  },
]

/** Whether calling a consumer for prospecting needs their prior consent. */
export interface PhoneProspectingRules {
  readonly consumerPriorConsent: boolean
}

/**
 * Phone prospecting of consumers: an opposition list (Bloctel) until 10 Aug 2026, prior consent from
 * 11 Aug 2026 (loi 2025-594 of 30 June 2025), except within a current contract.
 */
export const PHONE_PROSPECTING_PARAMETERS: readonly DatedParameter<PhoneProspectingRules>[] = [
  {
    validFrom: '2016-06-01',
    validTo: '2026-08-10',
    value: { consumerPriorConsent: false },
    source: 'C. consom. L223-1 (liste d\'opposition Bloctel)',
  },
  {
    validFrom: '2026-08-11',
    value: { consumerPriorConsent: true },
    source: 'C. consom. L223-1 modifié par la loi 2025-594 du 30 juin 2025',
  },
]

/** Art. 12 §3: answer within one month of receipt, extendable once by two further months. */
export const GDPR_ANSWER_DELAY = { months: 1, extensionMonths: 2, source: 'RGPD art. 12 §3' } as const

/** The rights of art. 15 to 21, in article order, with their article. */
export const GDPR_RIGHTS: readonly { right: GdprRight; article: string }[] = [
  { right: 'access', article: 'RGPD art. 15' },
  { right: 'rectification', article: 'RGPD art. 16' },
  { right: 'erasure', article: 'RGPD art. 17' },
  { right: 'restriction', article: 'RGPD art. 18' },
  { right: 'portability', article: 'RGPD art. 20' },
  { right: 'objection', article: 'RGPD art. 21' },
]

const MARKETING_PURPOSES: readonly ConsentPurpose[] = ['emailMarketing', 'phoneMarketing']

// ---------------------------------------------------------------------------------------------------
// Calendar months

/**
 * `date` + `months` calendar months; a day the target month lacks becomes its last day
 * (31 Jan + 1 month = 28 Feb, or 29 Feb in a leap year), as periods in months are counted
 * (règlement 1182/71 art. 3 §2 c).
 * @throws DomainInputError `invalidDate` naming `date`, or `notInteger` naming `months`.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  parseCalendarDate(date, 'date')
  if (!Number.isInteger(months)) throw new DomainInputError('months', 'notInteger', months)
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  const index = year * 12 + (month - 1) + months
  const y = Math.floor(index / 12)
  const m = index - y * 12 + 1
  const d = Math.min(day, daysInMonth(y, m))
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

const laterOf = (a: IsoDate, b: IsoDate) => (a >= b ? a : b)

// ---------------------------------------------------------------------------------------------------
// Who has a file

/** Customers and prospects hold a personal-data file; suppliers and carriers are companies dealt with as such. */
export function isGdprSubject(tier: Pick<Tier, 'kind'>): boolean {
  return tier.kind === 'customer' || tier.kind === 'prospect'
}

/**
 * The file a customer or prospect starts with: legitimate interest for a company's staff (B2B), the
 * contract for a consumer customer, consent for a consumer prospect (RGPD art. 6 §1), no consent
 * recorded yet, and the creation date as the last contact. Same defaults as the schema v4 upgrade.
 */
export function defaultGdprFile(tier: Pick<Tier, 'kind' | 'legal' | 'createdOn'>): TierGdpr {
  const legalBasis: LegalBasis = tier.legal === 'company' ? 'legitimateInterest' : tier.kind === 'customer' ? 'contract' : 'consent'
  return { legalBasis, consents: [], objectsToProspecting: false, lastContactOn: tier.createdOn }
}

/**
 * The file after a contact the person initiated on `on` (a request, an order, a click; opening an
 * email does not count): it restarts a prospect's 3-year retention (CNIL).
 */
export function afterContactFromPerson(gdpr: TierGdpr, on: IsoDate): TierGdpr {
  parseCalendarDate(on, 'on')
  return on > gdpr.lastContactOn ? { ...gdpr, lastContactOn: on } : gdpr
}

// ---------------------------------------------------------------------------------------------------
// Consents

/** Where a consent stands for one purpose: the latest record on or before the date decides. */
export interface ConsentStatus {
  state: 'given' | 'withdrawn' | 'none'
  record?: ConsentRecord
}

/**
 * The consent for `purpose` on `on` (all records when omitted): the latest record by date, and for
 * records of the same day the one recorded last. Withdrawing is as easy as giving (RGPD art. 7 §3).
 */
export function consentStatus(gdpr: Pick<TierGdpr, 'consents'>, purpose: ConsentPurpose, on?: IsoDate): ConsentStatus {
  let latest: ConsentRecord | undefined
  for (const record of gdpr.consents) {
    if (record.purpose !== purpose || (on !== undefined && record.date > on)) continue
    if (!latest || record.date >= latest.date) latest = record
  }
  if (!latest) return { state: 'none' }
  return { state: latest.given ? 'given' : 'withdrawn', record: latest }
}

// ---------------------------------------------------------------------------------------------------
// Retention

/** How long a file may be kept, from when, and why. */
export interface RetentionEnd {
  rule: 'prospect' | 'customer'
  /** What starts the period: the collection (creation of the file), the person's last contact, or the last order or invoice. */
  startedBy: 'collection' | 'lastContact' | 'lastDeal'
  startOn: IsoDate
  endOn: IsoDate
  years: number
  source: string
}

/**
 * The end of the retention of a customer's or prospect's data for prospecting on `asOf`:
 * - a prospect: 3 years from collection or from the prospect's last contact, whichever is later;
 * - a customer: 3 years after the end of the relationship — its last order or invoice (`lastDealOn`),
 *   or a later contact from the person.
 * Then the company asks again, deletes or archives (CNIL). Null for suppliers and carriers, or
 * a tier without a file.
 */
export function retentionEnd(tier: Pick<Tier, 'kind' | 'createdOn' | 'gdpr'>, asOf: IsoDate, lastDealOn?: IsoDate): RetentionEnd | null {
  if (!isGdprSubject(tier) || !tier.gdpr) return null
  const rules = parameterAt(GDPR_RETENTION_PARAMETERS, parseCalendarDate(asOf, 'asOf'), 'asOf')
  const contactOn = tier.gdpr.lastContactOn
  let startOn = laterOf(tier.createdOn, contactOn)
  let startedBy: RetentionEnd['startedBy'] = contactOn > tier.createdOn ? 'lastContact' : 'collection'
  if (tier.kind === 'customer' && lastDealOn !== undefined && lastDealOn >= startOn) {
    startOn = lastDealOn
    startedBy = 'lastDeal'
  }
  const years = tier.kind === 'customer' ? rules.value.customerYears : rules.value.prospectYears
  return { rule: tier.kind === 'customer' ? 'customer' : 'prospect', startedBy, startOn, endOn: addMonths(startOn, years * 12), years, source: rules.source }
}

/** Document types that mark the relationship: an order placed or an invoice issued. */
const DEAL_TYPES: readonly SalesDocType[] = ['order', 'invoice', 'downPayment']

/** The end of a customer relationship: the date of its latest order or invoice (cancelled orders and drafts aside). */
export function lastDealDate(docs: readonly Pick<SalesDoc, 'type' | 'status' | 'date'>[]): IsoDate | undefined {
  let last: IsoDate | undefined
  for (const doc of docs) {
    if (!DEAL_TYPES.includes(doc.type) || doc.status === 'cancelled' || doc.status === 'draft') continue
    if (last === undefined || doc.date > last) last = doc.date
  }
  return last
}

// ---------------------------------------------------------------------------------------------------
// Files to review

/** Why a file needs the learner's attention. */
export type ReviewReason =
  | { code: 'retentionPassed'; endOn: IsoDate; rule: RetentionEnd['rule']; source: string }
  | { code: 'consentMissing'; source: string }
  | { code: 'objectionWithConsent'; purposes: ConsentPurpose[]; source: string }

/** A customer's or prospect's file with the date its relationship ended (its last order or invoice). */
export interface GdprFileInput {
  tier: Tier
  lastDealOn?: IsoDate
}

export interface ReviewItem {
  tierId: string
  reasons: ReviewReason[]
}

/**
 * The files to review on `asOf`, in the order given, each with why:
 * - the retention period has passed (ask again, delete or archive — CNIL);
 * - the legal basis is consent but no consent is currently given (no basis to process, RGPD art. 6 §1 a, art. 7 §1);
 * - the person objected to prospecting but a marketing consent still reads as given (art. 21 §3: no more
 *   prospecting — record the withdrawal so no campaign picks them up).
 * Erased files and suppliers or carriers are left out.
 */
export function recordsToReview(files: readonly GdprFileInput[], asOf: IsoDate): ReviewItem[] {
  const out: ReviewItem[] = []
  for (const { tier, lastDealOn } of files) {
    const gdpr = tier.gdpr
    if (!gdpr || gdpr.erasedOn || !isGdprSubject(tier)) continue
    const reasons: ReviewReason[] = []
    const retention = retentionEnd(tier, asOf, lastDealOn)
    if (retention && retention.endOn < asOf) reasons.push({ code: 'retentionPassed', endOn: retention.endOn, rule: retention.rule, source: retention.source })
    const given = (['emailMarketing', 'phoneMarketing', 'partnerSharing'] as const).filter((p) => consentStatus(gdpr, p, asOf).state === 'given')
    if (gdpr.legalBasis === 'consent' && given.length === 0) reasons.push({ code: 'consentMissing', source: 'RGPD art. 6 §1 a), art. 7 §1' })
    const targeted = given.filter((p) => MARKETING_PURPOSES.includes(p))
    if (gdpr.objectsToProspecting && targeted.length > 0) reasons.push({ code: 'objectionWithConsent', purposes: targeted, source: 'RGPD art. 21 §3' })
    if (reasons.length > 0) out.push({ tierId: tier.id, reasons })
  }
  return out
}

// ---------------------------------------------------------------------------------------------------
// Rights requests

/**
 * When a request received on `receivedOn` must be answered: one month after receipt, or three months
 * when extended (art. 12 §3), counted in calendar months (31 Jan → 28/29 Feb).
 */
export function requestDueOn(receivedOn: IsoDate, extended = false): IsoDate {
  const months = GDPR_ANSWER_DELAY.months + (extended ? GDPR_ANSWER_DELAY.extensionMonths : 0)
  return addMonths(parseCalendarDate(receivedOn, 'receivedOn'), months)
}

/** Where a request stands on a date. */
export interface RequestStatus {
  state: 'open' | 'overdue' | 'answered' | 'refused'
  /** Days until the due date (negative when late) while the request is open. */
  daysLeft?: number
  /** A closed request answered after its due date. */
  late?: boolean
}

/** A request's state on `on`: overdue once the due date has passed without an answer (the due date itself is still in time). */
export function requestStatus(request: Pick<GdprRequest, 'status' | 'dueOn' | 'answeredOn'>, on: IsoDate): RequestStatus {
  if (request.status !== 'open') return { state: request.status, late: request.answeredOn !== undefined && request.answeredOn > request.dueOn }
  const daysLeft = daysBetween(parseCalendarDate(on, 'on'), request.dueOn)
  return { state: daysLeft < 0 ? 'overdue' : 'open', daysLeft }
}

/** Why a request may not be extended. */
export type ExtensionProblem = 'closed' | 'alreadyExtended' | 'tooLate' | 'reasonMissing'

/**
 * Extending the deadline by two months (art. 12 §3): once, for an open request, with a reason given
 * to the person, and within the first month (the person must be told within one month of receipt).
 * Returns the new due date or the problem.
 */
export function extendRequest(
  request: Pick<GdprRequest, 'status' | 'extended' | 'receivedOn' | 'dueOn'>, on: IsoDate, reason: string,
): { ok: true; dueOn: IsoDate } | { ok: false; problem: ExtensionProblem; source: string } {
  const source = GDPR_ANSWER_DELAY.source
  if (request.status !== 'open') return { ok: false, problem: 'closed', source }
  if (request.extended) return { ok: false, problem: 'alreadyExtended', source }
  if (parseCalendarDate(on, 'on') > requestDueOn(request.receivedOn)) return { ok: false, problem: 'tooLate', source }
  if (reason.trim().length === 0) return { ok: false, problem: 'reasonMissing', source }
  return { ok: true, dueOn: requestDueOn(request.receivedOn, true) }
}

/** Why a request may not be answered (yet). */
export type AnswerProblem = 'closed' | 'eraseFirst' | 'objectFirst'

/**
 * Whether a request may be closed with `outcome`: never twice; an erasure request is granted only
 * once the data was erased (art. 17 §1: "without undue delay"), an objection only once it is recorded
 * on the file (art. 21 §3). Refusing needs no such step (the answer gives the ground, art. 12 §4).
 */
export function answerProblem(
  request: Pick<GdprRequest, 'status' | 'right'>, outcome: 'answered' | 'refused', gdpr: Pick<TierGdpr, 'erasedOn' | 'objectsToProspecting'> | undefined,
): AnswerProblem | null {
  if (request.status !== 'open') return 'closed'
  if (outcome === 'refused') return null
  if (request.right === 'erasure' && !gdpr?.erasedOn) return 'eraseFirst'
  if (request.right === 'objection' && !gdpr?.objectsToProspecting) return 'objectFirst'
  return null
}

// ---------------------------------------------------------------------------------------------------
// Prospecting

export type ProspectingChannel = 'email' | 'phone'

/** The rule that decided whether a tier may be prospected. */
export type ProspectingRule =
  | 'notSubject' // a supplier or carrier: no prospecting file
  | 'erased' // the person's data was erased
  | 'objection' // objection to prospecting, absolute
  | 'withdrawn' // the consent for this channel was withdrawn
  | 'b2bOptOut' // a professional, about their job: allowed until they object
  | 'optIn' // a consumer's prior consent to emails
  | 'softOptIn' // an existing customer, similar products of the same company
  | 'noConsent' // a consumer prospect without consent to emails
  | 'phoneConsent' // a consumer's prior consent to calls
  | 'currentContract' // a call within a current contract
  | 'phoneConsentRequired' // a consumer without consent to calls, from 11 Aug 2026
  | 'bloctel' // before 11 Aug 2026: allowed unless on the Bloctel list

export interface ProspectingVerdict {
  allowed: boolean
  rule: ProspectingRule
  source: string
}

/**
 * Whether the company may prospect `tier` by `channel` on `on` (DOMAIN-FR §5):
 * - never after an objection (RGPD art. 21 §2–3) or a withdrawn consent for that channel (art. 7 §3),
 *   nor once the data is erased;
 * - B2B: allowed unless the person objected (opt-out, CPCE L34-5 and CNIL);
 * - B2C email: prior consent (opt-in, CPCE L34-5 al. 1), or an existing customer (soft opt-in, al. 4);
 * - B2C phone: from 11 Aug 2026 prior consent unless within a current contract (loi 2025-594); before,
 *   allowed unless the number is on the Bloctel list (C. consom. L223-1).
 */
export function mayProspect(
  tier: Pick<Tier, 'kind' | 'legal' | 'gdpr'>, channel: ProspectingChannel, on: IsoDate, options: { currentContract?: boolean } = {},
): ProspectingVerdict {
  parseCalendarDate(on, 'on')
  const gdpr = tier.gdpr
  if (!isGdprSubject(tier) || !gdpr) return { allowed: false, rule: 'notSubject', source: 'RGPD art. 4 §1' }
  if (gdpr.erasedOn && gdpr.erasedOn <= on) return { allowed: false, rule: 'erased', source: 'RGPD art. 17' }
  if (gdpr.objectsToProspecting && (gdpr.objectionOn === undefined || gdpr.objectionOn <= on)) {
    return { allowed: false, rule: 'objection', source: 'RGPD art. 21 §2–3; CPCE L34-5' }
  }
  const consent = consentStatus(gdpr, channel === 'email' ? 'emailMarketing' : 'phoneMarketing', on)
  if (consent.state === 'withdrawn') return { allowed: false, rule: 'withdrawn', source: 'RGPD art. 7 §3' }
  if (tier.legal === 'company') {
    return { allowed: true, rule: 'b2bOptOut', source: channel === 'email' ? 'CPCE L34-5; CNIL (prospection B2B)' : 'RGPD art. 6 §1 f), art. 21' }
  }
  if (channel === 'email') {
    if (consent.state === 'given') return { allowed: true, rule: 'optIn', source: 'CPCE L34-5 al. 1' }
    if (tier.kind === 'customer') return { allowed: true, rule: 'softOptIn', source: 'CPCE L34-5 al. 4' }
    return { allowed: false, rule: 'noConsent', source: 'CPCE L34-5 al. 1' }
  }
  const phone = parameterAt(PHONE_PROSPECTING_PARAMETERS, on, 'on')
  if (consent.state === 'given') return { allowed: true, rule: 'phoneConsent', source: phone.source }
  if (!phone.value.consumerPriorConsent) return { allowed: true, rule: 'bloctel', source: phone.source }
  if (options.currentContract) return { allowed: true, rule: 'currentContract', source: phone.source }
  return { allowed: false, rule: 'phoneConsentRequired', source: phone.source }
}

// ---------------------------------------------------------------------------------------------------
// Erasure

/** What an erasure acts on, by kind. */
export type ErasureCategory =
  | 'contacts' | 'consents' | 'notes' | 'messages' | 'deliveryAddresses' | 'identity'
  | 'salesDocuments' | 'payments' | 'requests' | 'objection'

/** Why something is kept. */
export type KeepRule = 'accountingRecords' | 'invoiceIdentity' | 'companyIdentity' | 'requestsTrace' | 'suppressionList'

export interface ErasureItem {
  what: ErasureCategory
  count: number
}

export interface KeptItem extends ErasureItem {
  rule: { code: KeepRule; source: string; until?: IsoDate }
}

/** What an erasure removes, and what it keeps with the rule that keeps it. */
export interface ErasurePlan {
  erase: ErasureItem[]
  keep: KeptItem[]
}

export interface ErasureInput {
  tier: Tier
  documents: readonly Pick<SalesDoc, 'type' | 'date'>[]
  messageCount: number
  paymentCount: number
  requestCount: number
  asOf: IsoDate
}

/**
 * The plan of an erasure (RGPD art. 17): contacts, consents, notes, messages and delivery addresses
 * go; the law keeps the sales documents and payments for 10 years (C. com. L123-22; art. 17 §3 b),
 * the name and billing address they carry (CGI art. 242 nonies A), a company's own identity (not personal
 * data), the trace of the rights requests (accountability, art. 5 §2) and an objection as a suppression list.
 */
export function erasurePlan(input: ErasureInput): ErasurePlan {
  const { tier, documents } = input
  const rules = parameterAt(GDPR_RETENTION_PARAMETERS, parseCalendarDate(input.asOf, 'asOf'), 'asOf')
  const erase: ErasureItem[] = []
  const keep: KeptItem[] = []
  const add = (what: ErasureCategory, count: number) => { if (count > 0) erase.push({ what, count }) }

  add('contacts', tier.contacts.length)
  add('consents', tier.gdpr?.consents.length ?? 0)
  add('notes', tier.notes?.trim() ? 1 : 0)
  add('messages', input.messageCount)
  add('deliveryAddresses', tier.deliveryAddresses.length)

  const accounting = `C. com. L123-22; RGPD art. 17 §3 b)`
  if (documents.length > 0) {
    const latest = documents.reduce((last, doc) => laterOf(last, doc.date), documents[0]!.date)
    const until = addMonths(latest, rules.value.accountingYears * 12)
    keep.push({ what: 'salesDocuments', count: documents.length, rule: { code: 'accountingRecords', source: accounting, until } })
  }
  if (input.paymentCount > 0) keep.push({ what: 'payments', count: input.paymentCount, rule: { code: 'accountingRecords', source: accounting } })
  if (tier.legal === 'company') keep.push({ what: 'identity', count: 1, rule: { code: 'companyIdentity', source: 'RGPD art. 4 §1, considérant 14' } })
  else if (documents.length > 0) keep.push({ what: 'identity', count: 1, rule: { code: 'invoiceIdentity', source: 'CGI art. 242 nonies A; C. com. L123-22' } })
  else add('identity', 1)
  if (input.requestCount > 0) keep.push({ what: 'requests', count: input.requestCount, rule: { code: 'requestsTrace', source: 'RGPD art. 5 §2, art. 12' } })
  if (tier.gdpr?.objectsToProspecting) keep.push({ what: 'objection', count: 1, rule: { code: 'suppressionList', source: 'RGPD art. 21 §3; CNIL (liste d\'opposition)' } })
  return { erase, keep }
}

// ---------------------------------------------------------------------------------------------------
// Access and portability

/** The company answering, as the export names it (art. 15 §1 and art. 13 §1 a). */
export interface ControllerIdentity {
  name: string
  address: string
  email: string
  phone: string
}

export interface AccessExportInput {
  right: 'access' | 'portability'
  tier: Tier
  controller: ControllerIdentity
  documents: readonly SalesDoc[]
  messages: readonly Message[]
  requests: readonly GdprRequest[]
  generatedOn: IsoDate
  lastDealOn?: IsoDate
}

/** The file a person receives: structured, machine-readable JSON (art. 15 §3, art. 20 §1). */
export interface AccessExport {
  format: 'comptoir-rgpd-export/1'
  right: 'access' | 'portability'
  source: string
  generatedOn: IsoDate
  controller: ControllerIdentity
  dataSubject: Record<string, unknown>
  contacts: Tier['contacts']
  gdpr: Record<string, unknown>
  documents: { type: SalesDocType; number?: string; date: IsoDate; status: string; totalInclVatCents?: number }[]
  messages: { date: IsoDate; direction: 'in' | 'out'; channel: string; subject: string; body: string; outcome?: string }[]
  requests?: { right: GdprRight; receivedOn: IsoDate; dueOn: IsoDate; status: string; answeredOn?: IsoDate }[]
  /** Art. 15 §1 a)–h): purposes, categories, recipients, retention, rights, complaint, source of the data. */
  information?: Record<string, unknown>
}

/**
 * Everything the company holds on a person, for an access request (art. 15: the data and the
 * information on its processing), or, for portability (art. 20), only the data the person provided —
 * identity, contacts, consents, their own messages and their orders and invoices — without internal
 * notes, outgoing messages or the company's assessments. Documents newest first, messages oldest first.
 */
export function buildAccessExport(input: AccessExportInput): AccessExport {
  const { tier, right } = input
  const access = right === 'access'
  const gdpr = tier.gdpr
  const retention = retentionEnd(tier, input.generatedOn, input.lastDealOn)
  const dataSubject: Record<string, unknown> = {
    id: tier.id, kind: tier.kind, legal: tier.legal, name: tier.name,
    ...(tier.siren ? { siren: tier.siren } : {}), ...(tier.vatNumber ? { vatNumber: tier.vatNumber } : {}),
    billingAddress: tier.billingAddress, deliveryAddresses: tier.deliveryAddresses, language: tier.language,
    createdOn: tier.createdOn,
  }
  if (access) {
    dataSubject.region = tier.region
    if (tier.notes) dataSubject.notes = tier.notes
    if (tier.customer) dataSubject.customerTerms = tier.customer
  }
  const gdprPart: Record<string, unknown> = gdpr
    ? { legalBasis: gdpr.legalBasis, consents: gdpr.consents, objectsToProspecting: gdpr.objectsToProspecting, ...(gdpr.objectionOn ? { objectionOn: gdpr.objectionOn } : {}) }
    : {}
  if (access && gdpr) {
    gdprPart.lastContactOn = gdpr.lastContactOn
    if (retention) gdprPart.retention = { endOn: retention.endOn, rule: retention.rule, startedBy: retention.startedBy, startOn: retention.startOn, source: retention.source }
  }
  const documents = [...input.documents]
    .filter((doc) => access || doc.type !== 'quote')
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))
    .map((doc) => ({
      type: doc.type, ...(doc.number ? { number: doc.number } : {}), date: doc.date, status: doc.status,
      ...(doc.totals ? { totalInclVatCents: doc.totals.totalInclVatCents } : {}),
    }))
  const messages = [...input.messages]
    .filter((m) => access || m.direction === 'in')
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map((m) => ({ date: m.date, direction: m.direction, channel: m.channel, subject: m.subject, body: m.body, ...(m.outcome ? { outcome: m.outcome } : {}) }))
  const out: AccessExport = {
    format: 'comptoir-rgpd-export/1', right, source: access ? 'RGPD art. 15' : 'RGPD art. 20', generatedOn: input.generatedOn,
    controller: input.controller, dataSubject, contacts: tier.contacts, gdpr: gdprPart, documents, messages,
  }
  if (access) {
    out.requests = input.requests.map((r) => ({ right: r.right, receivedOn: r.receivedOn, dueOn: r.dueOn, status: r.status, ...(r.answeredOn ? { answeredOn: r.answeredOn } : {}) }))
    out.information = {
      purposes: tier.kind === 'customer' ? ['customerManagement', 'invoicing', 'prospecting'] : ['prospecting'],
      legalBasis: gdpr?.legalBasis ?? null,
      categories: ['identity', 'contactDetails', 'commercialRelationship', 'exchanges'],
      recipients: ['salesTeam', 'accounting', 'carriersForDelivery'],
      retention: retention
        ? { prospectingUntil: retention.endOn, accountingRecordsYears: parameterAt(GDPR_RETENTION_PARAMETERS, input.generatedOn, 'generatedOn').value.accountingYears }
        : null,
      rights: GDPR_RIGHTS.map((r) => r.right),
      complaint: 'CNIL — www.cnil.fr',
      dataSource: 'dataSubject',
      source: 'RGPD art. 15 §1 a)–h)',
    }
  }
  return out
}
