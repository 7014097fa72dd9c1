/**
 * Rules of the CRM's tier file (DOMAIN-FR §2, §3, §5): what a tier draft must hold for its kind and
 * legal form, its identifiers' keys (SIREN: INSEE Luhn key; VAT number: CGI art. 286 ter), the legal
 * maximum payment terms (C. com. L441-10 I), duplicate detection before a tier is created, the VAT
 * regime and region that follow from the address, the ids the company's records use, and the default
 * GDPR file of a new customer or prospect (GDPR art. 6; CNIL retention from the last contact).
 *
 * Each broken rule is a {@link TierIssue}: the field's path in the draft, an i18n code
 * (`tiers.rules.<code>`) and the figures of the message, so the form shows it under the field and the
 * command refuses with the same words.
 */
import type { Address, IsoDate, Language, PaymentMethod, SalesChannel, VatRegime } from './model/common'
import type { Contact, Tier, TierKind } from './model/tiers'
import type { TierGdpr } from './model/gdpr'
import type { PaymentTerms } from './due-date'
import { checkPaymentTerms, SETTINGS_SOURCES } from './company-settings'
import { checkEuVatNumber, checkSiren, compactIdentifier, EU_VAT_NUMBER_FORMATS, euVatPrefix, frenchVatNumber } from './identifiers'
import { defaultGdprFile, isGdprSubject } from './gdpr'

/** A company (B2B) or a private person (B2C). */
export type TierLegal = Tier['legal']

/** A contact as typed in the form: new contacts have no id yet (the command gives one). */
export type ContactDraft = Omit<Contact, 'id'> & { id?: string }

/** A customer's (or prospect's) commercial terms as typed; the VAT regime follows from the address. */
export interface CustomerTermsDraft {
  channel: SalesChannel
  salespersonId: string
  paymentTerms: PaymentTerms
  paymentMethod: PaymentMethod
  discountPercent: number
  /** Whole cents, ≥ 0. */
  creditLimitCents: number
}

/** What the tier form sends: a tier without its id, creation date, region, VAT regime and GDPR file. */
export interface TierDraft {
  kind: TierKind
  legal: TierLegal
  name: string
  siren?: string
  vatNumber?: string
  billingAddress: Address
  deliveryAddresses: Address[]
  contacts: ContactDraft[]
  language: Language
  notes?: string
  customer?: CustomerTermsDraft
  supplier?: NonNullable<Tier['supplier']>
  carrier?: NonNullable<Tier['carrier']>
}

/** Rule codes; each has a message under `tiers.rules.<code>` in the locale files. */
export type TierRuleCode =
  | 'required'
  | 'countryFormat'
  | 'postalCodeFormat'
  | 'sirenRequired'
  | 'sirenFormat'
  | 'sirenKey'
  | 'notForPerson'
  | 'vatRequired'
  | 'vatFormat'
  | 'vatKey'
  | 'vatCountry'
  | 'vatNotSiren'
  | 'emailFormat'
  | 'phoneFormat'
  | 'notANumber'
  | 'notInteger'
  | 'negative'
  | 'outOfRange'
  | 'tooManyDecimals'
  | 'netTermsTooLong'
  | 'endOfMonthTermsTooLong'
  | 'termsRequired'
  | 'unknownSalesperson'
  | 'unknownIncoterm'

/** One broken rule of a draft. */
export interface TierIssue {
  /** Path of the field in {@link TierDraft}, e.g. `siren`, `contacts.1.email`, `customer.paymentTerms.days`. */
  readonly field: string
  readonly code: TierRuleCode
  /**
   * Figures of the message. `fieldKey` is the field's label key (the path without list indexes:
   * `contacts.email`), `item` the 1-based position in a list (contact 2, delivery address 1).
   */
  readonly values: Record<string, string | number>
  /** The rule's source, cited in the message. */
  readonly source?: string
}

/** The legal texts the tier rules apply. */
export const TIER_SOURCES = {
  siren: SETTINGS_SOURCES.siren,
  vat: SETTINGS_SOURCES.vat,
  paymentTerms: SETTINGS_SOURCES.paymentTerms,
  /** The buyer's SIREN becomes a mandatory mention of B2B invoices with e-invoicing. */
  buyerSiren: 'décret 2022-1299',
  /** An intra-EU supply is exempt only to a buyer identified for VAT in another member state. */
  buyerVat: 'CGI art. 262 ter I ; CGI ann. II art. 242 nonies A',
  incoterms: 'Incoterms® 2020 (ICC)',
} as const

/** Bounds of the figures a tier holds: sanity ranges, not legal limits. */
export const TIER_LIMITS = {
  discountPercent: { min: 0, max: 100 },
  leadTimeDays: { min: 0, max: 365 },
  co2GramsPerTonneKm: { min: 0, max: 10_000 },
} as const

/** The 11 Incoterms® 2020 rules (DOMAIN-FR §6). */
export const INCOTERMS_2020 = ['EXW', 'FCA', 'CPT', 'CIP', 'DAP', 'DPU', 'DDP', 'FAS', 'FOB', 'CFR', 'CIF'] as const

/** ISO 3166-1 codes of the 27 EU member states (from the VAT prefixes; Greece is 'EL' there, 'GR' here). */
export const EU_COUNTRIES: readonly string[] = Object.keys(EU_VAT_NUMBER_FORMATS).map((prefix) => (prefix === 'EL' ? 'GR' : prefix)).sort()

/** True for an EU member state's ISO code. */
export function isEuCountry(country: string): boolean {
  return EU_COUNTRIES.includes(country.trim().toUpperCase())
}

const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/
const PHONE_CHARACTERS = /^\+?[\d\s.\-()/]+$/
const FRENCH_POSTAL_CODE = /^(?:0[1-9]|[1-8]\d|9[0-8])\d{3}$/

function issue(field: string, code: TierRuleCode, values: Record<string, string | number> = {}, source?: string): TierIssue {
  const parts = field.split('.')
  const index = parts.findIndex((part) => /^\d+$/.test(part))
  const item: Record<string, number> = index >= 0 ? { item: Number(parts[index]) + 1 } : {}
  const fieldKey = parts.filter((part) => !/^\d+$/.test(part)).join('.')
  return { field, code, values: { fieldKey, ...item, ...values }, ...(source ? { source } : {}) }
}

const blank = (value: string | undefined) => value === undefined || value.trim() === ''

/** A figure: finite, integer when asked, within [min, max]. */
function checkFigure(field: string, value: number, bounds: { min: number; max?: number; integer?: boolean; decimals?: number }): TierIssue[] {
  if (typeof value !== 'number' || !Number.isFinite(value)) return [issue(field, 'notANumber')]
  if (bounds.integer && !Number.isInteger(value)) return [issue(field, 'notInteger')]
  if (value < bounds.min && bounds.max === undefined) return [issue(field, 'negative')]
  if (value < bounds.min || (bounds.max !== undefined && value > bounds.max)) return [issue(field, 'outOfRange', { min: bounds.min, max: bounds.max ?? bounds.min })]
  if (bounds.decimals !== undefined && Math.round(value * 10 ** bounds.decimals) / 10 ** bounds.decimals !== value) return [issue(field, 'tooManyDecimals', { decimals: bounds.decimals })]
  return []
}

/**
 * An address: street, postal code, city and a 2-letter ISO country; a French postal code is 5 digits
 * starting with a department number (01–95, 97–98 overseas).
 */
export function checkAddress(field: string, address: Address): TierIssue[] {
  const issues: TierIssue[] = []
  for (const key of ['line1', 'postalCode', 'city', 'country'] as const) if (blank(address[key])) issues.push(issue(`${field}.${key}`, 'required'))
  const country = address.country.trim().toUpperCase()
  if (!blank(address.country) && !/^[A-Z]{2}$/.test(country)) issues.push(issue(`${field}.country`, 'countryFormat'))
  if (country === 'FR' && !blank(address.postalCode) && !FRENCH_POSTAL_CODE.test(address.postalCode.trim())) {
    issues.push(issue(`${field}.postalCode`, 'postalCodeFormat'))
  }
  return issues
}

/** A SIREN only for a company; checked with its Luhn key (INSEE) and required from French customers, suppliers and carriers. */
function checkSirenOf(draft: TierDraft): TierIssue[] {
  const given = !blank(draft.siren)
  if (draft.legal === 'person') return given ? [issue('siren', 'notForPerson')] : []
  if (!given) {
    const french = draft.billingAddress.country.trim().toUpperCase() === 'FR'
    return french && draft.kind !== 'prospect' ? [issue('siren', 'sirenRequired', { kind: draft.kind }, TIER_SOURCES.buyerSiren)] : []
  }
  const check = checkSiren(draft.siren!)
  return check.valid ? [] : [issue('siren', check.problem === 'format' ? 'sirenFormat' : 'sirenKey', {}, TIER_SOURCES.siren)]
}

/**
 * The VAT number: none for a private person; for an EU company, the prefix of its country and that
 * state's shape (the French key too, and it must be the one of the SIREN, CGI art. 286 ter); required
 * from an EU customer outside France, since the exemption of an intra-EU supply depends on it.
 */
function checkVatOf(draft: TierDraft): TierIssue[] {
  const given = !blank(draft.vatNumber)
  if (draft.legal === 'person') return given ? [issue('vatNumber', 'notForPerson')] : []
  const country = draft.billingAddress.country.trim().toUpperCase()
  if (!given) {
    return draft.kind === 'customer' && country !== 'FR' && isEuCountry(country) ? [issue('vatNumber', 'vatRequired', {}, TIER_SOURCES.buyerVat)] : []
  }
  const vat = compactIdentifier(draft.vatNumber!)
  if (isEuCountry(country)) {
    if (vat.slice(0, 2) !== euVatPrefix(country)) return [issue('vatNumber', 'vatCountry', { prefix: euVatPrefix(country) }, TIER_SOURCES.vat)]
    const check = checkEuVatNumber(vat, country)
    if (!check.valid) return [issue('vatNumber', check.problem === 'format' ? 'vatFormat' : 'vatKey', { prefix: euVatPrefix(country) }, TIER_SOURCES.vat)]
    if (country === 'FR' && !blank(draft.siren) && checkSiren(draft.siren!).valid && vat !== frenchVatNumber(draft.siren!)) {
      return [issue('vatNumber', 'vatNotSiren', { expected: frenchVatNumber(draft.siren!) }, TIER_SOURCES.vat)]
    }
    return []
  }
  // Outside the EU only the shape is checked (GB, CH, NO… numbers have their own rules).
  return /^[A-Z0-9]{4,20}$/.test(vat) ? [] : [issue('vatNumber', 'vatFormat', { prefix: euVatPrefix(country) }, TIER_SOURCES.vat)]
}

/** An email shape (something@domain.tld). */
export function isEmailShape(value: string): boolean {
  return EMAIL.test(value.trim())
}

/** A phone number: digits, spaces, dots, dashes, brackets and a leading +, 6 to 15 digits (ITU E.164). */
export function isPhoneShape(value: string): boolean {
  const digits = value.replace(/\D/g, '')
  return PHONE_CHARACTERS.test(value.trim()) && digits.length >= 6 && digits.length <= 15
}

function checkContact(index: number, contact: ContactDraft): TierIssue[] {
  const field = `contacts.${index}`
  const issues: TierIssue[] = []
  if (blank(contact.lastName)) issues.push(issue(`${field}.lastName`, 'required'))
  if (!blank(contact.email) && !isEmailShape(contact.email!)) issues.push(issue(`${field}.email`, 'emailFormat'))
  if (!blank(contact.phone) && !isPhoneShape(contact.phone!)) issues.push(issue(`${field}.phone`, 'phoneFormat'))
  return issues
}

/** Payment terms within the legal maximum (C. com. L441-10 I), reusing the company settings' rule. */
function checkTerms(field: string, terms: PaymentTerms): TierIssue[] {
  return checkPaymentTerms(terms).map((found) => {
    const { fieldKey: _ignored, ...values } = found.values
    return issue(`${field}.days`, found.code as TierRuleCode, values, found.source)
  })
}

/**
 * A customer's terms: legal payment terms, a discount of 0–100 % (3 decimals at most), a credit limit
 * in whole cents ≥ 0, and a salesperson of the company when its list is known.
 */
export function checkCustomerTerms(terms: CustomerTermsDraft, salespersonIds?: readonly string[]): TierIssue[] {
  const issues: TierIssue[] = [
    ...checkTerms('customer.paymentTerms', terms.paymentTerms),
    ...checkFigure('customer.discountPercent', terms.discountPercent, { ...TIER_LIMITS.discountPercent, decimals: 3 }),
    ...checkFigure('customer.creditLimitCents', terms.creditLimitCents, { min: 0, integer: true }),
  ]
  if (blank(terms.salespersonId)) issues.push(issue('customer.salespersonId', 'required'))
  else if (salespersonIds && salespersonIds.length > 0 && !salespersonIds.includes(terms.salespersonId)) {
    issues.push(issue('customer.salespersonId', 'unknownSalesperson', { id: terms.salespersonId }))
  }
  return issues
}

function checkSupplierTerms(terms: NonNullable<Tier['supplier']>): TierIssue[] {
  const issues = [
    ...checkTerms('supplier.paymentTerms', terms.paymentTerms),
    ...checkFigure('supplier.leadTimeDays', terms.leadTimeDays, { ...TIER_LIMITS.leadTimeDays, integer: true }),
    ...checkFigure('supplier.minimumOrderCents', terms.minimumOrderCents, { min: 0, integer: true }),
  ]
  // Written as the rule then the named place: "FCA Stuttgart, Incoterms® 2020".
  const rule = /^([A-Z]{3})(?![A-Z])/.exec((terms.incoterm ?? '').trim().toUpperCase())?.[1] ?? ''
  if (!blank(terms.incoterm) && !(INCOTERMS_2020 as readonly string[]).includes(rule)) {
    issues.push(issue('supplier.incoterm', 'unknownIncoterm', { incoterm: terms.incoterm! }, TIER_SOURCES.incoterms))
  }
  return issues
}

function checkCarrierTerms(terms: NonNullable<Tier['carrier']>): TierIssue[] {
  return [
    ...(terms.services.every((s) => blank(s)) ? [issue('carrier.services', 'required')] : []),
    ...checkFigure('carrier.co2GramsPerTonneKm', terms.co2GramsPerTonneKm, { ...TIER_LIMITS.co2GramsPerTonneKm, decimals: 3 }),
    ...checkFigure('carrier.pricePerKgCents', terms.pricePerKgCents, { min: 0, integer: true }),
  ]
}

/** What the rules need beside the draft. */
export interface TierRuleContext {
  /** The company's salespeople; when given and not empty, a customer's salesperson must be one of them. */
  salespersonIds?: readonly string[]
}

/**
 * Every broken rule of a tier draft:
 * - a name and a full billing address (French postal code: 5 digits), contacts with a last name, and
 *   an email and phone of the right shape;
 * - SIREN and VAT number only for a company; the SIREN's Luhn key (INSEE), required from a French
 *   customer, supplier or carrier (the buyer's SIREN on invoices, décret 2022-1299; a prospect may not
 *   have given it yet); the VAT number's country prefix and key, consistent with the SIREN (CGI art.
 *   286 ter), required from an EU customer outside France (CGI art. 262 ter I);
 * - the block of the kind: commercial terms for a customer (optional for a prospect until it becomes
 *   one), purchasing terms for a supplier, services for a carrier — payment terms within 60 days net or
 *   45 days end of month (C. com. L441-10 I), discount 0–100 %, credit limit ≥ 0.
 */
export function validateTierDraft(draft: TierDraft, context: TierRuleContext = {}): TierIssue[] {
  const issues: TierIssue[] = []
  if (blank(draft.name)) issues.push(issue('name', 'required'))
  issues.push(...checkSirenOf(draft), ...checkVatOf(draft))
  issues.push(...checkAddress('billingAddress', draft.billingAddress))
  draft.deliveryAddresses.forEach((address, i) => issues.push(...checkAddress(`deliveryAddresses.${i}`, address)))
  draft.contacts.forEach((contact, i) => issues.push(...checkContact(i, contact)))
  const wanted = { customer: 'customer', prospect: 'customer', supplier: 'supplier', carrier: 'carrier' } as const
  const block = wanted[draft.kind]
  if (draft.kind !== 'prospect' && !draft[block]) issues.push(issue(block, 'termsRequired', { kind: draft.kind }))
  if (block === 'customer' && draft.customer) issues.push(...checkCustomerTerms(draft.customer, context.salespersonIds))
  if (block === 'supplier' && draft.supplier) issues.push(...checkSupplierTerms(draft.supplier))
  if (block === 'carrier' && draft.carrier) issues.push(...checkCarrierTerms(draft.carrier))
  return issues
}

/**
 * How VAT applies to sales to a tier, from its billing address:
 * - France (and Monaco, inside the French VAT territory): French VAT;
 * - the French overseas departments (postal codes 97…/98…): export for VAT (CGI art. 294; exemption CGI art. 262 I);
 * - an EU company: intra-EU supply, exempt with the buyer's reverse charge (CGI art. 262 ter I);
 * - an EU private person: French VAT (distance sales under the EU threshold, CGI art. 258 A);
 * - anywhere else: export (CGI art. 262 I).
 */
export function vatRegimeFor(address: Pick<Address, 'country' | 'postalCode'>, legal: TierLegal): VatRegime {
  const country = address.country.trim().toUpperCase()
  if (country === 'FR') return /^9[78]/.test(address.postalCode.trim()) ? 'export' : 'france'
  if (country === 'MC') return 'france'
  if (isEuCountry(country)) return legal === 'company' ? 'intraEu' : 'france'
  return 'export'
}

/** The 13 regions of metropolitan France (2016) and their departments (2-digit postal code prefix; Corsica is 20). */
const REGION_DEPARTMENTS: Readonly<Record<string, string>> = {
  'Auvergne-Rhône-Alpes': '01 03 07 15 26 38 42 43 63 69 73 74',
  'Bourgogne-Franche-Comté': '21 25 39 58 70 71 89 90',
  'Bretagne': '22 29 35 56',
  'Centre-Val de Loire': '18 28 36 37 41 45',
  'Corse': '20',
  'Grand Est': '08 10 51 52 54 55 57 67 68 88',
  'Hauts-de-France': '02 59 60 62 80',
  'Île-de-France': '75 77 78 91 92 93 94 95',
  'Normandie': '14 27 50 61 76',
  'Nouvelle-Aquitaine': '16 17 19 23 24 33 40 47 64 79 86 87',
  'Occitanie': '09 11 12 30 31 32 34 46 48 65 66 81 82',
  'Pays de la Loire': '44 49 53 72 85',
  'Provence-Alpes-Côte d\'Azur': '04 05 06 13 83 84',
}
const REGION_OF_DEPARTMENT = new Map(Object.entries(REGION_DEPARTMENTS).flatMap(([region, list]) => list.split(' ').map((d) => [d, region] as const)))

/**
 * The region a tier is counted in by the sales statistics, as the seed writes it: the French region of
 * the postal code's department, 'Outre-mer' for 97…/98…, 'EU' for another member state, else 'International'.
 * @example regionOf({ country: 'FR', postalCode: '69003' }) // 'Auvergne-Rhône-Alpes'
 */
export function regionOf(address: Pick<Address, 'country' | 'postalCode'>): string {
  const country = address.country.trim().toUpperCase()
  if (country === 'FR') {
    const code = address.postalCode.trim()
    if (/^9[78]/.test(code)) return 'Outre-mer'
    return REGION_OF_DEPARTMENT.get(code.slice(0, 2)) ?? 'France'
  }
  return isEuCountry(country) ? 'EU' : 'International'
}

/**
 * The GDPR file of a new customer or prospect (GDPR art. 6; DOMAIN-FR §5): legitimate interest for a
 * company's staff (B2B prospecting about their job, opt-out), consent for a private prospect (B2C
 * prospecting needs opt-in), the contract for a private customer; no consent recorded yet, no
 * objection, and the last contact today (it starts the 3-year retention of a prospect). Suppliers and
 * carriers get none (companies the company buys from).
 */
export function defaultTierGdpr(kind: TierKind, legal: TierLegal, date: IsoDate): TierGdpr | undefined {
  return isGdprSubject({ kind }) ? defaultGdprFile({ kind, legal, createdOn: date }) : undefined
}

/**
 * The GDPR file once a prospect becomes a customer on `date`: a private person's basis becomes the
 * contract (art. 6.1.b) while the consents already recorded stay as proof; the conversion is a contact.
 */
export function gdprAfterConversion(gdpr: TierGdpr | undefined, legal: TierLegal, date: IsoDate): TierGdpr {
  if (!gdpr) return defaultTierGdpr('customer', legal, date)!
  const legalBasis = legal === 'person' && gdpr.legalBasis === 'consent' ? 'contract' : gdpr.legalBasis
  return { ...gdpr, legalBasis, lastContactOn: gdpr.lastContactOn > date ? gdpr.lastContactOn : date }
}

/** Id prefixes of the company's tiers, as the seed writes them: C001 customers and prospects, S001 suppliers, T001 carriers. */
export const TIER_ID_PREFIX: Readonly<Record<TierKind, string>> = { customer: 'C', prospect: 'C', supplier: 'S', carrier: 'T' }

/** The next free id of a kind: its prefix and one more than the highest number in use, on 3 digits at least ('C045'). */
export function nextTierId(kind: TierKind, existingIds: Iterable<string>): string {
  const prefix = TIER_ID_PREFIX[kind]
  const pattern = new RegExp(`^${prefix}(\\d+)$`)
  let highest = 0
  for (const id of existingIds) {
    const match = pattern.exec(id)
    if (match) highest = Math.max(highest, Number(match[1]))
  }
  return `${prefix}${String(highest + 1).padStart(3, '0')}`
}

/** Contacts with ids: kept when given, `<tierId>-<n>` with the next free n otherwise (as the seed names them). */
export function withContactIds(tierId: string, contacts: readonly ContactDraft[]): Contact[] {
  const used = new Set(contacts.map((c) => c.id).filter((id): id is string => id !== undefined))
  let n = 0
  const nextId = () => {
    do n += 1
    while (used.has(`${tierId}-${n}`))
    return `${tierId}-${n}`
  }
  return contacts.map((contact) => ({ ...clean(contact), id: contact.id ?? nextId() }) as Contact)
}

/** Trimmed strings, optional fields left out when blank. */
function clean<T extends object>(value: T): T {
  const out: Record<string, unknown> = {}
  for (const [key, v] of Object.entries(value)) {
    if (typeof v === 'string') {
      if (v.trim() !== '') out[key] = v.trim()
      else if (!OPTIONAL_TEXTS.has(key)) out[key] = ''
    } else if (v !== undefined) out[key] = v
  }
  return out as T
}
const OPTIONAL_TEXTS = new Set(['line2', 'email', 'phone', 'civility', 'siren', 'vatNumber', 'notes', 'incoterm', 'id'])

/**
 * The stored tier of a valid draft: identifiers compacted, texts trimmed, country codes upper-cased,
 * region and VAT regime derived from the billing address; id, creation date, GDPR file (a new
 * customer's or prospect's is {@link defaultTierGdpr}) and conversion date come from `base`.
 */
export function tierFromDraft(draft: TierDraft, base: { id: string; createdOn: IsoDate; gdpr?: TierGdpr; convertedOn?: IsoDate }): Tier {
  const address = (a: Address): Address => ({ ...clean(a), country: a.country.trim().toUpperCase() })
  const billingAddress = address(draft.billingAddress)
  const tier: Tier = {
    id: base.id,
    kind: draft.kind,
    legal: draft.legal,
    name: draft.name.trim(),
    billingAddress,
    deliveryAddresses: draft.deliveryAddresses.map(address),
    contacts: withContactIds(base.id, draft.contacts),
    language: draft.language,
    region: regionOf(billingAddress),
    createdOn: base.createdOn,
  }
  if (draft.legal === 'company' && !blank(draft.siren)) tier.siren = compactIdentifier(draft.siren!)
  if (draft.legal === 'company' && !blank(draft.vatNumber)) tier.vatNumber = compactIdentifier(draft.vatNumber!)
  if (!blank(draft.notes)) tier.notes = draft.notes!.trim()
  if (base.convertedOn) tier.convertedOn = base.convertedOn
  if (base.gdpr) tier.gdpr = base.gdpr
  if ((draft.kind === 'customer' || draft.kind === 'prospect') && draft.customer) {
    tier.customer = { ...draft.customer, salespersonId: draft.customer.salespersonId.trim(), vatRegime: vatRegimeFor(billingAddress, draft.legal) }
  }
  if (draft.kind === 'supplier' && draft.supplier) tier.supplier = clean(draft.supplier)
  if (draft.kind === 'carrier' && draft.carrier) {
    tier.carrier = { ...draft.carrier, services: draft.carrier.services.map((s) => s.trim()).filter((s) => s !== '') }
  }
  return tier
}

/** The draft of a stored tier, to edit it. */
export function draftFromTier(tier: Tier): TierDraft {
  const draft: TierDraft = {
    kind: tier.kind, legal: tier.legal, name: tier.name,
    billingAddress: { ...tier.billingAddress }, deliveryAddresses: tier.deliveryAddresses.map((a) => ({ ...a })),
    contacts: tier.contacts.map((c) => ({ ...c })), language: tier.language,
  }
  if (tier.siren !== undefined) draft.siren = tier.siren
  if (tier.vatNumber !== undefined) draft.vatNumber = tier.vatNumber
  if (tier.notes !== undefined) draft.notes = tier.notes
  if (tier.customer) {
    const { vatRegime: _derived, ...terms } = tier.customer
    draft.customer = { ...terms, paymentTerms: { ...terms.paymentTerms } }
  }
  if (tier.supplier) draft.supplier = { ...tier.supplier, paymentTerms: { ...tier.supplier.paymentTerms } }
  if (tier.carrier) {
    // The rate card is edited on the carriers page, not in the tier form (updateTier keeps it).
    const { rates: _rates, ...terms } = tier.carrier
    draft.carrier = { ...terms, services: [...tier.carrier.services] }
  }
  return draft
}

// ——— Duplicate detection ———

/** Why an existing tier looks like the new one. */
export type DuplicateReason = 'siren' | 'vatNumber' | 'name' | 'email' | 'phone'

/** An existing tier that may be the same as the draft: `certain` on the same SIREN or VAT number, `probable` otherwise. */
export interface DuplicateCandidate {
  tierId: string
  name: string
  kind: TierKind
  certainty: 'certain' | 'probable'
  reasons: DuplicateReason[]
}

/**
 * Legal forms left out of a name before comparing: French (SARL, SAS, SA, EURL, SNC, SCI, SCOP,
 * SELARL…) and the usual foreign ones (GmbH, Ltd, LLC, BV, SpA, Srl, SL…), written without dots.
 */
const LEGAL_FORMS = new Set([
  'sarl', 'sas', 'sasu', 'sa', 'eurl', 'snc', 'sci', 'scop', 'scp', 'sca', 'scs', 'selarl', 'selas', 'sem', 'gie', 'ei', 'eirl',
  'gmbh', 'ag', 'kg', 'ltd', 'limited', 'plc', 'llc', 'inc', 'corp', 'co', 'bv', 'nv', 'spa', 'srl', 'sl', 'sprl', 'rl', 'ab', 'oy', 'lda',
])

/**
 * A name as compared for duplicates: accents and case dropped, '&' read as 'et', dots and apostrophes
 * removed ("S.A.R.L." → "sarl"), other punctuation as spaces, legal forms left out.
 * @example normalizeTierName('Cabinet AUBRY & Associés, S.A.R.L.') // 'cabinet aubry et associes'
 */
export function normalizeTierName(name: string): string {
  const plain = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/&/g, ' et ').replace(/[.'’]/g, '').replace(/[^a-z0-9]+/g, ' ')
  return plain.split(' ').filter((word) => word !== '' && !LEGAL_FORMS.has(word)).join(' ')
}

/** A phone number as compared: its digits, French international forms (+33 / 0033 / +33 (0)) written as 0…; too short → ''. */
export function normalizePhone(phone: string): string {
  // "+33 (0)4 …": the bracketed trunk 0 is not dialled after the country code.
  let digits = phone.replace(/\(0\)/g, '').replace(/\D/g, '')
  if (digits.startsWith('0033')) digits = `0${digits.slice(4)}`
  else if (phone.trim().startsWith('+33') || (digits.startsWith('33') && digits.length === 11)) digits = `0${digits.slice(2)}`
  return digits.length >= 8 ? digits : ''
}

const normalizeEmail = (email: string | undefined) => (email ?? '').trim().toLowerCase()

/** The part of a draft duplicate detection reads. */
export type DuplicateProbe = Pick<TierDraft, 'name' | 'siren' | 'vatNumber' | 'contacts'>

/** Existing tiers indexed by SIREN, VAT number, normalised name, emails and phones: each look-up costs a few map reads. */
export interface DuplicateIndex {
  find(draft: DuplicateProbe, options?: { excludeId?: string }): DuplicateCandidate[]
}

/**
 * Indexes `existing` once (a list page keeps it while the learner types), then {@link DuplicateIndex.find}
 * gives the tiers that may be the draft: same SIREN or same VAT number (the same legal entity: certain),
 * same normalised name, same contact email or phone (probable). Certain ones first, then by name.
 */
export function createDuplicateIndex(existing: readonly Tier[]): DuplicateIndex {
  const keys: Record<DuplicateReason, Map<string, Tier[]>> = { siren: new Map(), vatNumber: new Map(), name: new Map(), email: new Map(), phone: new Map() }
  const add = (reason: DuplicateReason, key: string, tier: Tier) => {
    if (!key) return
    const list = keys[reason].get(key)
    if (!list) keys[reason].set(key, [tier])
    else if (list[list.length - 1] !== tier) list.push(tier)
  }
  for (const tier of existing) {
    if (tier.siren) add('siren', compactIdentifier(tier.siren), tier)
    if (tier.vatNumber) add('vatNumber', compactIdentifier(tier.vatNumber), tier)
    add('name', normalizeTierName(tier.name), tier)
    for (const contact of tier.contacts) {
      add('email', normalizeEmail(contact.email), tier)
      add('phone', normalizePhone(contact.phone ?? ''), tier)
    }
  }
  return {
    find(draft, options = {}) {
      const found = new Map<string, { tier: Tier; reasons: Set<DuplicateReason> }>()
      const look = (reason: DuplicateReason, key: string) => {
        if (!key) return
        for (const tier of keys[reason].get(key) ?? []) {
          if (tier.id === options.excludeId) continue
          const entry = found.get(tier.id) ?? { tier, reasons: new Set<DuplicateReason>() }
          entry.reasons.add(reason)
          found.set(tier.id, entry)
        }
      }
      if (!blank(draft.siren)) look('siren', compactIdentifier(draft.siren!))
      if (!blank(draft.vatNumber)) look('vatNumber', compactIdentifier(draft.vatNumber!))
      look('name', normalizeTierName(draft.name))
      for (const contact of draft.contacts) {
        look('email', normalizeEmail(contact.email))
        look('phone', normalizePhone(contact.phone ?? ''))
      }
      const order: DuplicateReason[] = ['siren', 'vatNumber', 'name', 'email', 'phone']
      return [...found.values()].map(({ tier, reasons }): DuplicateCandidate => ({
        tierId: tier.id, name: tier.name, kind: tier.kind,
        certainty: reasons.has('siren') || reasons.has('vatNumber') ? 'certain' : 'probable',
        reasons: order.filter((r) => reasons.has(r)),
      })).sort((a, b) => (a.certainty === b.certainty ? a.name.localeCompare(b.name, 'fr') : a.certainty === 'certain' ? -1 : 1))
    },
  }
}

/** The tiers of `existing` that may be the draft (see {@link createDuplicateIndex}). */
export function findDuplicateTiers(draft: DuplicateProbe, existing: readonly Tier[], options: { excludeId?: string } = {}): DuplicateCandidate[] {
  return createDuplicateIndex(existing).find(draft, options)
}

/**
 * Whether a draft may be created despite its candidates: never over a certain duplicate (same SIREN or
 * VAT number: complete the existing tier instead), and over probable ones only when the learner
 * acknowledged each of them.
 */
export function duplicatesBlocking(candidates: readonly DuplicateCandidate[], acknowledgedIds: readonly string[] = []): { certain: DuplicateCandidate[]; unacknowledged: DuplicateCandidate[] } {
  return {
    certain: candidates.filter((c) => c.certainty === 'certain'),
    unacknowledged: candidates.filter((c) => c.certainty === 'probable' && !acknowledgedIds.includes(c.tierId)),
  }
}

/** Whether a tier's kind may change: a customer stays a customer (never back to prospect: it has bought). */
export function kindChangeAllowed(from: TierKind, to: TierKind): boolean {
  if (from === to) return true
  if (from === 'customer') return false
  // A prospect becomes a customer through the conversion, which records its date.
  if (from === 'prospect' && to === 'customer') return false
  return true
}
