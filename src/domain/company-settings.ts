/**
 * Rules a company's settings must follow before a trainer's change is accepted: the identity's keys
 * (SIREN, SIRET, VAT number, IBAN), the legal maximum payment terms (C. com. L441-10 I), the floor of
 * the contractual penalty rate (C. com. L441-10 II), numbering series that stay distinct and printable
 * (C. com. L441-9; CGI ann. II art. 242 nonies A) and delegation levels within sane ranges.
 *
 * Each rule yields {@link SettingsIssue}s: an i18n code (`company.rules.<code>`), the field it concerns
 * and the figures the message needs, so the form shows it under the field and the command refuses with
 * the same words.
 */
import type { CompanyIdentity, CompanySettings, DelegationLevels, NumberingPrefixes } from './model/company'
import type { PaymentTerms } from './due-date'
import {
  checkFrenchVatNumber,
  checkIban,
  checkSiren,
  checkSiret,
  compactIdentifier,
  frenchVatNumber,
} from './identifiers'
import {
  checkRecordedPenaltyRates,
  mergePenaltyRateTable,
  LATE_PAYMENT_RATE_PARAMETERS,
  type LatePaymentRateTable,
  type LatePaymentRates,
  type RecordedRatesProblemCode,
} from './penalties'
import { latestParameter, type DatedParameter } from './parameters'
import { parsePercent } from './rates'

/** The parts of the settings page; an update replaces whole parts. */
export type SettingsSection = 'identity' | 'cgv' | 'payment' | 'penaltyRates' | 'numbering' | 'delegation'

/** Which section each top-level key of {@link CompanySettings} belongs to. */
export const SETTINGS_SECTION_OF: Readonly<Record<keyof CompanySettings, SettingsSection>> = {
  identity: 'identity',
  cgv: 'cgv',
  defaultPaymentTerms: 'payment',
  defaultPaymentMethod: 'payment',
  latePenaltyRatePercent: 'payment',
  earlyPaymentDiscountPercent: 'payment',
  earlyPaymentDiscountDays: 'payment',
  quoteValidityDays: 'payment',
  stockValuation: 'payment',
  numbering: 'numbering',
  delegation: 'delegation',
  dunningPlan: 'payment',
  penaltyRates: 'penaltyRates',
  overdueThresholdDays: 'delegation',
  unusualOrderThresholdCents: 'delegation',
}

/** The legal texts the rules apply, shown with each message. */
export const SETTINGS_SOURCES = {
  siren: 'INSEE (clé de Luhn)',
  vat: 'CGI art. 286 ter',
  iban: 'ISO 13616 (clé mod 97)',
  paymentTerms: 'C. com. L441-10 I',
  penalty: 'C. com. L441-10 II',
  numbering: 'C. com. L441-9 ; CGI ann. II art. 242 nonies A',
  delegation: 'REAC CP4.3',
} as const

/** Longest payment terms allowed by C. com. L441-10 I, in days. */
export const MAX_PAYMENT_DAYS = { net: 60, daysEndOfMonth: 45 } as const

/**
 * Bounds the settings page accepts. Not legal limits: sane ranges for a small company's terms of sale
 * and for what an assistant may decide alone, so a typo (4 500 % of discount) cannot pass.
 */
export const SETTINGS_LIMITS = {
  prefixMaxLength: 12,
  quoteValidityDays: { min: 1, max: 365 },
  earlyPaymentDiscountPercent: { min: 0, max: 10 },
  earlyPaymentDiscountDays: { min: 0, max: 60 },
  penaltyRatePercent: { max: 100 },
  delegation: {
    maxDiscountPercent: { min: 0, max: 50 },
    maxCreditOverrunCents: { min: 0, max: 5_000_000 },
    maxPaymentExtensionDays: { min: 0, max: 60 },
    maxGoodwillCreditCents: { min: 0, max: 1_000_000 },
  },
  cgvMaxClauses: 30,
} as const

/** Characters a numbering prefix may hold: printable on every document and in file names. */
const PREFIX_PATTERN = /^[A-Z0-9][A-Z0-9_\-/]*$/

/** Rule codes; each has a message under `company.rules.<code>` in the locale files. */
export type SettingsRuleCode =
  | 'required'
  | 'notANumber'
  | 'notInteger'
  | 'negative'
  | 'outOfRange'
  | 'amountOutOfRange'
  | 'tooManyDecimals'
  | 'sirenFormat'
  | 'sirenKey'
  | 'siretFormat'
  | 'siretKey'
  | 'siretNotSiren'
  | 'vatFormat'
  | 'vatKey'
  | 'vatNotSiren'
  | 'ibanFormat'
  | 'ibanKey'
  | 'bicFormat'
  | 'netTermsTooLong'
  | 'endOfMonthTermsTooLong'
  | 'penaltyBelowFloor'
  | 'penaltyTooHigh'
  | 'prefixEmpty'
  | 'prefixCharacters'
  | 'prefixTooLong'
  | 'prefixDuplicate'
  | 'cgvEmpty'
  | 'cgvTooMany'
  // A trainer's recorded half-year of penalty rates (its own codes, shared with the rule in penalties.ts).
  | RecordedRatesProblemCode

/** One broken rule: the field (a path such as `numbering.invoice`), its code and its figures. */
export interface SettingsIssue {
  readonly section: SettingsSection
  /** Path of the field in {@link CompanySettings}, e.g. `identity.siren`, `cgv.2.body.en`. */
  readonly field: string
  readonly code: SettingsRuleCode
  /** Figures of the message; `fieldKey` is the field path, other names say their unit (…Percent, …Euros). */
  readonly values: Record<string, string | number>
  /** The rule's source, cited in the message. */
  readonly source?: string
}

function issue(section: SettingsSection, field: string, code: SettingsRuleCode, values: Record<string, string | number> = {}, source?: string): SettingsIssue {
  return { section, field, code, values: { fieldKey: field, ...values }, ...(source ? { source } : {}) }
}

/** The penalty rates that apply on `date`, and whether they are the published ones for that date. */
export interface PenaltyRatesAt {
  readonly rates: LatePaymentRates
  readonly parameter: DatedParameter<LatePaymentRates>
  /**
   * False when no half-year parameter covers `date` (a simulated date beyond the last published rate):
   * the latest known rates stand in, and the page says so.
   */
  readonly published: boolean
}

/**
 * The late-payment rates of the half-year of `date` (ECB rate, default rate = ECB + 10 points, legal
 * interest rate, floor = 3 × legal interest rate; C. com. L441-10 II) in `table` (the workspace's
 * merged table, {@link penaltyRateTableOf}; the built-in one by default). Beyond the last known
 * half-year, the latest known one, flagged `published: false`.
 */
export function penaltyRatesAt(date: string, table: LatePaymentRateTable = LATE_PAYMENT_RATE_PARAMETERS): PenaltyRatesAt {
  const found = table.find((p) => p.validFrom <= date && (p.validTo === undefined || date <= p.validTo))
  if (found) return { rates: found.value, parameter: found, published: true }
  const earlier = table.filter((p) => p.validFrom <= date)
  const parameter = earlier.length > 0 ? latestParameter(earlier) : table[0]!
  return { rates: parameter.value, parameter, published: false }
}

/**
 * The penalty-rate table of a company: the built-in half-years and those its trainer recorded
 * (`penaltyRates`, merged by `mergePenaltyRateTable`). A recorded half-year that breaks a rule (only
 * possible in a hand-edited import: the settings command refuses it) is left out, so its days stay
 * "rate not published" rather than charged at a doubtful figure.
 */
export function penaltyRateTableOf(settings: Pick<CompanySettings, 'penaltyRates'> | null | undefined): LatePaymentRateTable {
  const recorded = settings?.penaltyRates ?? []
  if (recorded.length === 0) return LATE_PAYMENT_RATE_PARAMETERS
  const broken = new Set(checkRecordedPenaltyRates(recorded).map((problem) => problem.index))
  return mergePenaltyRateTable(recorded.filter((_, index) => !broken.has(index)))
}

/**
 * The half-years a trainer records (C. com. L441-10 II): see `checkRecordedPenaltyRates`. Each issue
 * names the field of its half-year (`penaltyRates.2.ecbPercent`); `fieldKey` is the field's label key.
 */
export function checkPenaltyRateRecords(recorded: CompanySettings['penaltyRates']): SettingsIssue[] {
  return checkRecordedPenaltyRates(recorded ?? []).map((problem) =>
    issue('penaltyRates', `penaltyRates.${problem.index}.${problem.field}`, problem.code, { ...problem.values, fieldKey: `penaltyRates.${problem.field}` }, SETTINGS_SOURCES.penalty))
}

/** Checks a number field: finite, integer when asked, within [min, max]. */
function checkNumber(section: SettingsSection, field: string, value: number, bounds: { min?: number; max?: number; integer?: boolean }): SettingsIssue[] {
  if (typeof value !== 'number' || !Number.isFinite(value)) return [issue(section, field, 'notANumber')]
  if (bounds.integer && !Number.isInteger(value)) return [issue(section, field, 'notInteger')]
  if ((bounds.min !== undefined && value < bounds.min) || (bounds.max !== undefined && value > bounds.max)) {
    if (bounds.max === undefined) return [issue(section, field, 'negative')]
    const min = bounds.min ?? 0
    const max = bounds.max
    // Amounts are typed and read in euros: the message gives the bounds in euros too.
    if (field.endsWith('Cents')) return [issue(section, field, 'amountOutOfRange', { minEuros: min / 100, maxEuros: max / 100 })]
    return [issue(section, field, 'outOfRange', { min, max })]
  }
  return []
}

/**
 * The identity's mandatory mentions are filled and its identifiers are consistent: SIREN with a valid
 * Luhn key (INSEE), SIRET = SIREN + NIC with a valid key, the French VAT number computed from that
 * SIREN (CGI art. 286 ter), an IBAN whose mod-97 key holds (ISO 13616) and a BIC of 8 or 11 characters.
 */
export function checkIdentity(identity: CompanyIdentity): SettingsIssue[] {
  const issues: SettingsIssue[] = []
  const required: [string, string][] = [
    ['identity.name', identity.name],
    ['identity.legalForm', identity.legalForm],
    ['identity.address.line1', identity.address.line1],
    ['identity.address.postalCode', identity.address.postalCode],
    ['identity.address.city', identity.address.city],
    ['identity.address.country', identity.address.country],
    ['identity.rcsCity', identity.rcsCity],
    ['identity.bank.name', identity.bank.name],
  ]
  for (const [field, value] of required) if (!value.trim()) issues.push(issue('identity', field, 'required'))
  issues.push(...checkNumber('identity', 'identity.shareCapitalCents', identity.shareCapitalCents, { min: 0, integer: true }))

  const siren = checkSiren(identity.siren)
  if (!siren.valid) issues.push(issue('identity', 'identity.siren', siren.problem === 'format' ? 'sirenFormat' : 'sirenKey', {}, SETTINGS_SOURCES.siren))
  const siret = checkSiret(identity.siret)
  if (!siret.valid) issues.push(issue('identity', 'identity.siret', siret.problem === 'format' ? 'siretFormat' : 'siretKey', {}, SETTINGS_SOURCES.siren))
  else if (siren.valid && !compactIdentifier(identity.siret).startsWith(compactIdentifier(identity.siren))) {
    issues.push(issue('identity', 'identity.siret', 'siretNotSiren', { siren: compactIdentifier(identity.siren) }, SETTINGS_SOURCES.siren))
  }
  const vat = checkFrenchVatNumber(identity.vatNumber)
  if (!vat.valid) issues.push(issue('identity', 'identity.vatNumber', vat.problem === 'format' ? 'vatFormat' : 'vatKey', {}, SETTINGS_SOURCES.vat))
  else if (siren.valid && compactIdentifier(identity.vatNumber) !== frenchVatNumber(identity.siren)) {
    issues.push(issue('identity', 'identity.vatNumber', 'vatNotSiren', { expected: frenchVatNumber(identity.siren) }, SETTINGS_SOURCES.vat))
  }
  const iban = checkIban(identity.bank.iban)
  if (!iban.valid) issues.push(issue('identity', 'identity.bank.iban', iban.problem === 'format' ? 'ibanFormat' : 'ibanKey', {}, SETTINGS_SOURCES.iban))
  if (!/^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(compactIdentifier(identity.bank.bic))) issues.push(issue('identity', 'identity.bank.bic', 'bicFormat'))
  return issues
}

/**
 * The VAT number of a SIREN ('FR' + key + SIREN), to suggest in the form; null while the SIREN is not
 * a valid one.
 * @example suggestedVatNumber('812 456 713') // 'FR32812456713'
 */
export function suggestedVatNumber(siren: string): string | null {
  return checkSiren(siren).valid ? frenchVatNumber(siren) : null
}

/** Every clause has a title and a body in French and in English; at most {@link SETTINGS_LIMITS}.cgvMaxClauses. */
export function checkCgv(clauses: CompanySettings['cgv']): SettingsIssue[] {
  const issues: SettingsIssue[] = []
  if (clauses.length > SETTINGS_LIMITS.cgvMaxClauses) issues.push(issue('cgv', 'cgv', 'cgvTooMany', { max: SETTINGS_LIMITS.cgvMaxClauses }))
  clauses.forEach((clause, index) => {
    for (const part of ['title', 'body'] as const) {
      for (const language of ['fr', 'en'] as const) {
        if (!clause[part][language].trim()) issues.push(issue('cgv', `cgv.${index}.${part}.${language}`, 'cgvEmpty', { clause: index + 1, part, language }))
      }
    }
  })
  return issues
}

/**
 * Payment terms within the legal maximum (C. com. L441-10 I): at most 60 days from the invoice date,
 * or 45 days end of month; whole days.
 */
export function checkPaymentTerms(terms: PaymentTerms): SettingsIssue[] {
  if (terms.kind === 'onReceipt') return []
  const field = 'defaultPaymentTerms.days'
  const basic = checkNumber('payment', field, terms.days, { min: 0, integer: true })
  if (basic.length > 0) return basic
  const max = MAX_PAYMENT_DAYS[terms.kind]
  if (terms.days > max) {
    return [issue('payment', field, terms.kind === 'net' ? 'netTermsTooLong' : 'endOfMonthTermsTooLong', { days: terms.days, maxDays: max }, SETTINGS_SOURCES.paymentTerms)]
  }
  return []
}

/**
 * A contractual penalty rate is never below 3 × the legal interest rate of the half-year of `date`
 * (C. com. L441-10 II; rates read in `table`, the company's merged table when given); `null` means the legal default (ECB + 10 points) and always passes. At most
 * 3 decimals, and at most 100 % (a sanity bound).
 */
export function checkPenaltyRate(ratePercent: number | null, date: string, table: LatePaymentRateTable = LATE_PAYMENT_RATE_PARAMETERS): SettingsIssue[] {
  if (ratePercent === null) return []
  const field = 'latePenaltyRatePercent'
  if (typeof ratePercent !== 'number' || !Number.isFinite(ratePercent)) return [issue('payment', field, 'notANumber')]
  if (!hasAtMostThreeDecimals(ratePercent)) return [issue('payment', field, 'tooManyDecimals')]
  if (ratePercent > SETTINGS_LIMITS.penaltyRatePercent.max) return [issue('payment', field, 'penaltyTooHigh', { ratePercent, maxPercent: SETTINGS_LIMITS.penaltyRatePercent.max })]
  const { rates } = penaltyRatesAt(date, table)
  if (ratePercent < 0 || parsePercent(ratePercent) < parsePercent(rates.floorPercent)) {
    return [issue('payment', field, 'penaltyBelowFloor', {
      ratePercent, floorPercent: rates.floorPercent, legalInterestPercent: rates.legalInterestPercent,
    }, SETTINGS_SOURCES.penalty)]
  }
  return []
}

function hasAtMostThreeDecimals(value: number): boolean {
  return Math.round(value * 1000) / 1000 === value
}

/** The other payment figures: escompte (0–10 %, 0–60 days, 3 decimals at most) and quote validity (1–365 days). */
export function checkPaymentFigures(settings: Pick<CompanySettings, 'earlyPaymentDiscountPercent' | 'earlyPaymentDiscountDays' | 'quoteValidityDays'>): SettingsIssue[] {
  const issues = [
    ...checkNumber('payment', 'earlyPaymentDiscountPercent', settings.earlyPaymentDiscountPercent, SETTINGS_LIMITS.earlyPaymentDiscountPercent),
    ...checkNumber('payment', 'earlyPaymentDiscountDays', settings.earlyPaymentDiscountDays, { ...SETTINGS_LIMITS.earlyPaymentDiscountDays, integer: true }),
    ...checkNumber('payment', 'quoteValidityDays', settings.quoteValidityDays, { ...SETTINGS_LIMITS.quoteValidityDays, integer: true }),
  ]
  if (issues.every((i) => i.field !== 'earlyPaymentDiscountPercent') && !hasAtMostThreeDecimals(settings.earlyPaymentDiscountPercent)) {
    issues.push(issue('payment', 'earlyPaymentDiscountPercent', 'tooManyDecimals'))
  }
  return issues
}

/** The numbering series, in the order the page lists them. */
export const NUMBERING_SERIES: readonly (keyof NumberingPrefixes)[] = [
  'quote', 'order', 'delivery', 'invoice', 'creditNote', 'downPayment', 'supplierOrder', 'reception',
]

/**
 * Numbering prefixes are non-empty, made of safe characters (capital letters, digits, - _ /), at most
 * 12 long, and distinct between series: each series is one continuous sequence (C. com. L441-9;
 * CGI ann. II art. 242 nonies A), so two series sharing a prefix would mix their numbers.
 */
export function checkNumbering(prefixes: NumberingPrefixes): SettingsIssue[] {
  const issues: SettingsIssue[] = []
  const seen = new Map<string, keyof NumberingPrefixes>()
  for (const series of NUMBERING_SERIES) {
    const field = `numbering.${series}`
    const prefix = prefixes[series]
    if (!prefix.trim()) { issues.push(issue('numbering', field, 'prefixEmpty', {}, SETTINGS_SOURCES.numbering)); continue }
    if (prefix.length > SETTINGS_LIMITS.prefixMaxLength) { issues.push(issue('numbering', field, 'prefixTooLong', { max: SETTINGS_LIMITS.prefixMaxLength })); continue }
    if (!PREFIX_PATTERN.test(prefix)) { issues.push(issue('numbering', field, 'prefixCharacters', { prefix })); continue }
    const other = seen.get(prefix)
    if (other) issues.push(issue('numbering', field, 'prefixDuplicate', { prefix, otherKey: `numbering.${other}` }, SETTINGS_SOURCES.numbering))
    else seen.set(prefix, series)
  }
  return issues
}

/** Delegation levels within {@link SETTINGS_LIMITS}.delegation; amounts are whole cents, days whole days. */
export function checkDelegation(levels: DelegationLevels): SettingsIssue[] {
  const limits = SETTINGS_LIMITS.delegation
  const issues = [
    ...checkNumber('delegation', 'delegation.maxDiscountPercent', levels.maxDiscountPercent, limits.maxDiscountPercent),
    ...checkNumber('delegation', 'delegation.maxCreditOverrunCents', levels.maxCreditOverrunCents, { ...limits.maxCreditOverrunCents, integer: true }),
    ...checkNumber('delegation', 'delegation.maxPaymentExtensionDays', levels.maxPaymentExtensionDays, { ...limits.maxPaymentExtensionDays, integer: true }),
    ...checkNumber('delegation', 'delegation.maxGoodwillCreditCents', levels.maxGoodwillCreditCents, { ...limits.maxGoodwillCreditCents, integer: true }),
  ]
  if (issues.every((i) => i.field !== 'delegation.maxDiscountPercent') && !hasAtMostThreeDecimals(levels.maxDiscountPercent)) {
    issues.push(issue('delegation', 'delegation.maxDiscountPercent', 'tooManyDecimals'))
  }
  return issues
}

/**
 * Every broken rule of `settings` on the simulated date `date`, or only those of `sections` when
 * given (an update checks the parts it changes, so an old value elsewhere never blocks it).
 */
export function validateCompanySettings(settings: CompanySettings, date: string, sections?: readonly SettingsSection[]): SettingsIssue[] {
  const wanted = (section: SettingsSection) => !sections || sections.includes(section)
  return [
    ...(wanted('identity') ? checkIdentity(settings.identity) : []),
    ...(wanted('cgv') ? checkCgv(settings.cgv) : []),
    ...(wanted('payment') ? [
      ...checkPaymentTerms(settings.defaultPaymentTerms),
      ...checkPenaltyRate(settings.latePenaltyRatePercent, date, penaltyRateTableOf(settings)),
      ...checkPaymentFigures(settings),
    ] : []),
    ...(wanted('penaltyRates') ? checkPenaltyRateRecords(settings.penaltyRates) : []),
    ...(wanted('numbering') ? checkNumbering(settings.numbering) : []),
    ...(wanted('delegation') ? checkDelegation(settings.delegation) : []),
  ]
}

/** One changed value, for the journal. */
export interface SettingsChange {
  readonly path: string
  readonly before: unknown
  readonly after: unknown
}

/**
 * The leaf values that differ between two settings objects (`identity.siren`, `cgv.1.title.fr`…),
 * long texts cut to `maxTextLength` characters, so the journal keeps what changed without the blobs.
 */
export function diffSettings(before: unknown, after: unknown, path = '', maxTextLength = 120): SettingsChange[] {
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null
  if (isObject(before) && isObject(after) && Array.isArray(before) === Array.isArray(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])]
    return keys.flatMap((key) => diffSettings(before[key], after[key], path ? `${path}.${key}` : key, maxTextLength))
  }
  if (Object.is(before, after)) return []
  const cut = (v: unknown) => (typeof v === 'string' && v.length > maxTextLength ? `${v.slice(0, maxTextLength)}…` : v === undefined ? null : v)
  // A clause added or removed: the whole object as one short JSON text.
  const leaf = (v: unknown) => cut(isObject(v) ? JSON.stringify(v) : v)
  return [{ path, before: leaf(before), after: leaf(after) }]
}
