/**
 * The tier form's editable copy: every field as the learner types it (numbers as text, French or
 * English decimals), and its conversion to and from the domain's {@link TierDraft}. A figure that is
 * not a number becomes NaN, so the domain's rule says "saisissez un nombre" under the field.
 */
import type { Address, Language, PaymentMethod, PaymentTerms, SalesChannel, Tier, TierDraft, TierKind, TierLegal } from '@/domain'
import { centsText, decimalText, parseDecimal, parseEuros } from '@/components/company/form-values'

export type EndOfMonthMethod = 'addDaysThenEndOfMonth' | 'endOfMonthThenAddDays'

export interface AddressModel { line1: string; line2: string; postalCode: string; city: string; country: string }

export interface ContactModel {
  /** Stable key for the list while contacts are added and removed. */
  key: number
  id?: string
  civility: '' | 'M.' | 'Mme'
  firstName: string
  lastName: string
  role: string
  email: string
  phone: string
  language: Language
}

export interface TermsModel { kind: PaymentTerms['kind']; days: string; method: EndOfMonthMethod }

export interface TierFormModel {
  kind: TierKind
  legal: TierLegal
  name: string
  siren: string
  vatNumber: string
  language: Language
  notes: string
  billingAddress: AddressModel
  deliveryAddresses: (AddressModel & { key: number })[]
  contacts: ContactModel[]
  /** A prospect's commercial terms are optional until it becomes a customer. */
  prospectTerms: boolean
  customer: { channel: SalesChannel; salespersonId: string; terms: TermsModel; paymentMethod: PaymentMethod; discount: string; creditLimit: string }
  supplier: { terms: TermsModel; leadTimeDays: string; minimumOrder: string; incoterm: string }
  /** Services as one comma-separated text. */
  carrier: { services: string; co2: string; pricePerKg: string }
}

export const TIER_KINDS: readonly TierKind[] = ['prospect', 'customer', 'supplier', 'carrier']
export const SALES_CHANNELS: readonly SalesChannel[] = ['direct', 'webshop', 'marketplace']
export const PAYMENT_METHODS: readonly PaymentMethod[] = ['transfer', 'cheque', 'card', 'lcr', 'directDebit']
export const TERMS_KINDS: readonly PaymentTerms['kind'][] = ['onReceipt', 'net', 'daysEndOfMonth']
export const END_OF_MONTH_METHODS: readonly EndOfMonthMethod[] = ['addDaysThenEndOfMonth', 'endOfMonthThenAddDays']

let nextKey = 1
/** A key no other row of this page uses. */
export const rowKey = () => nextKey++

export const blankAddress = (country = 'FR'): AddressModel => ({ line1: '', line2: '', postalCode: '', city: '', country })

export function blankContact(language: Language = 'fr'): ContactModel {
  return { key: rowKey(), civility: '', firstName: '', lastName: '', role: '', email: '', phone: '', language }
}

const termsModel = (terms: PaymentTerms | undefined, fallback: PaymentTerms = { kind: 'net', days: 30 }): TermsModel => {
  const t = terms ?? fallback
  return { kind: t.kind, days: t.kind === 'onReceipt' ? '30' : String(t.days), method: t.kind === 'daysEndOfMonth' ? t.method : 'addDaysThenEndOfMonth' }
}

/** An empty form for a new tier of `kind` (a prospect, unless the list asked for another kind). */
export function blankModel(kind: TierKind = 'prospect', defaults: { salespersonId?: string; terms?: PaymentTerms; method?: PaymentMethod } = {}): TierFormModel {
  return {
    kind, legal: 'company', name: '', siren: '', vatNumber: '', language: 'fr', notes: '',
    billingAddress: blankAddress(), deliveryAddresses: [], contacts: [blankContact()], prospectTerms: false,
    customer: { channel: 'direct', salespersonId: defaults.salespersonId ?? '', terms: termsModel(defaults.terms), paymentMethod: defaults.method ?? 'transfer', discount: '0', creditLimit: '0' },
    supplier: { terms: termsModel(defaults.terms), leadTimeDays: '', minimumOrder: '0', incoterm: '' },
    carrier: { services: '', co2: '', pricePerKg: '' },
  }
}

const addressModel = (a: Address): AddressModel => ({ line1: a.line1, line2: a.line2 ?? '', postalCode: a.postalCode, city: a.city, country: a.country })

/** The form of a stored tier; figures written the way the learner types them in `language`. */
export function modelFromTier(tier: Tier, language: string): TierFormModel {
  const blank = blankModel(tier.kind)
  return {
    ...blank,
    legal: tier.legal, name: tier.name, siren: tier.siren ?? '', vatNumber: tier.vatNumber ?? '', language: tier.language, notes: tier.notes ?? '',
    billingAddress: addressModel(tier.billingAddress),
    deliveryAddresses: tier.deliveryAddresses.map((a) => ({ ...addressModel(a), key: rowKey() })),
    contacts: tier.contacts.map((c) => ({
      key: rowKey(), id: c.id, civility: c.civility ?? '', firstName: c.firstName, lastName: c.lastName, role: c.role,
      email: c.email ?? '', phone: c.phone ?? '', language: c.language,
    })),
    prospectTerms: tier.kind === 'prospect' && tier.customer !== undefined,
    customer: tier.customer ? {
      channel: tier.customer.channel, salespersonId: tier.customer.salespersonId, terms: termsModel(tier.customer.paymentTerms),
      paymentMethod: tier.customer.paymentMethod, discount: decimalText(tier.customer.discountPercent, language), creditLimit: centsText(tier.customer.creditLimitCents, language),
    } : blank.customer,
    supplier: tier.supplier ? {
      terms: termsModel(tier.supplier.paymentTerms), leadTimeDays: String(tier.supplier.leadTimeDays),
      minimumOrder: centsText(tier.supplier.minimumOrderCents, language), incoterm: tier.supplier.incoterm ?? '',
    } : blank.supplier,
    carrier: tier.carrier ? {
      services: tier.carrier.services.join(', '), co2: decimalText(tier.carrier.co2GramsPerTonneKm, language), pricePerKg: centsText(tier.carrier.pricePerKgCents, language),
    } : blank.carrier,
  }
}

/** Payment terms from the form; the days read as typed (NaN when not a number). */
export function termsFromModel(m: TermsModel): PaymentTerms {
  if (m.kind === 'onReceipt') return { kind: 'onReceipt' }
  const days = parseDecimal(m.days)
  return m.kind === 'net' ? { kind: 'net', days } : { kind: 'daysEndOfMonth', days, method: m.method }
}

function address(m: AddressModel): Address {
  const out: Address = { line1: m.line1, postalCode: m.postalCode, city: m.city, country: m.country.trim().toUpperCase() }
  if (m.line2.trim()) out.line2 = m.line2
  return out
}

/** The customer block of the form (for a customer, a prospect's terms, or the conversion dialog). */
export function customerTermsFromModel(c: TierFormModel['customer']): NonNullable<TierDraft['customer']> {
  return {
    channel: c.channel, salespersonId: c.salespersonId, paymentTerms: termsFromModel(c.terms), paymentMethod: c.paymentMethod,
    discountPercent: parseDecimal(c.discount), creditLimitCents: parseEuros(c.creditLimit),
  }
}

/** The draft the commands and the domain's rules read: only the block of the tier's kind, optional texts left out when blank. */
export function draftFromModel(m: TierFormModel): TierDraft {
  const company = m.legal === 'company'
  const draft: TierDraft = {
    kind: m.kind, legal: m.legal, name: m.name, language: m.language,
    billingAddress: address(m.billingAddress),
    deliveryAddresses: m.deliveryAddresses.map(address),
    // A contact row left entirely empty is no contact (the form offers one to start with).
    contacts: m.contacts.filter((c) => [c.firstName, c.lastName, c.role, c.email, c.phone].some((v) => v.trim() !== '')).map((c) => {
      const contact: TierDraft['contacts'][number] = { firstName: c.firstName, lastName: c.lastName, role: c.role, language: c.language }
      if (c.id) contact.id = c.id
      if (c.civility) contact.civility = c.civility
      if (c.email.trim()) contact.email = c.email.trim()
      if (c.phone.trim()) contact.phone = c.phone.trim()
      return contact
    }),
  }
  if (company && m.siren.trim()) draft.siren = m.siren
  if (company && m.vatNumber.trim()) draft.vatNumber = m.vatNumber
  if (m.notes.trim()) draft.notes = m.notes
  if (m.kind === 'customer' || (m.kind === 'prospect' && m.prospectTerms)) draft.customer = customerTermsFromModel(m.customer)
  if (m.kind === 'supplier') {
    draft.supplier = {
      paymentTerms: termsFromModel(m.supplier.terms), leadTimeDays: parseDecimal(m.supplier.leadTimeDays), minimumOrderCents: parseEuros(m.supplier.minimumOrder),
      ...(m.supplier.incoterm.trim() ? { incoterm: m.supplier.incoterm.trim() } : {}),
    }
  }
  if (m.kind === 'carrier') {
    draft.carrier = {
      services: m.carrier.services.split(',').map((s) => s.trim()).filter(Boolean),
      co2GramsPerTonneKm: parseDecimal(m.carrier.co2), pricePerKgCents: parseEuros(m.carrier.pricePerKg),
    }
  }
  return draft
}

/**
 * Countries offered in the address forms: France and its neighbours first in the seed's markets, then
 * the other EU states and the usual export destinations (ISO 3166-1 alpha-2).
 */
export const COUNTRY_CODES: readonly string[] = [
  'FR', 'AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'GR', 'HR', 'HU', 'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK',
  'GB', 'CH', 'NO', 'MC', 'AD', 'US', 'CA', 'MA', 'TN', 'DZ', 'SN', 'CI', 'CN', 'JP', 'TW', 'KR', 'IN', 'BR', 'AU',
]
