import { describe, expect, it } from 'vitest'
import {
  defaultTierGdpr,
  draftFromTier,
  gdprAfterConversion,
  kindChangeAllowed,
  nextTierId,
  regionOf,
  tierFromDraft,
  validateTierDraft,
  vatRegimeFor,
  withContactIds,
  type TierDraft,
} from '@/domain'
import { BUILT_IN_CATALOG } from '@/seed/company'

/** A valid French B2B customer draft; each test breaks one rule. */
function draft(overrides: Partial<TierDraft> = {}): TierDraft {
  return {
    kind: 'customer', legal: 'company', name: 'Atelier Dubois', siren: '732 829 320', vatNumber: 'FR44732829320',
    billingAddress: { line1: '12 rue de la République', postalCode: '69002', city: 'Lyon', country: 'FR' },
    deliveryAddresses: [],
    contacts: [{ firstName: 'Claire', lastName: 'Martin', role: 'Acheteuse', email: 'claire.martin@example.fr', phone: '04 78 00 00 00', language: 'fr' }],
    language: 'fr',
    customer: { channel: 'direct', salespersonId: 'SP1', paymentTerms: { kind: 'net', days: 30 }, paymentMethod: 'transfer', discountPercent: 5, creditLimitCents: 1_500_000 },
    ...overrides,
  }
}
const problems = (d: TierDraft, salespersonIds?: string[]) => validateTierDraft(d, { salespersonIds }).map((i) => `${i.field}:${i.code}`)
const withTerms = (terms: Partial<NonNullable<TierDraft['customer']>>) => draft({ customer: { ...draft().customer!, ...terms } })

describe('a tier draft: what every tier needs', () => {
  it('accepts a complete French B2B customer', () => {
    expect(problems(draft())).toEqual([])
  })

  it('every tier of the built-in company passes the rules, so any of them can be saved unchanged', () => {
    const ids = BUILT_IN_CATALOG.salespeople.map((s) => s.id)
    const broken = BUILT_IN_CATALOG.tiers.flatMap((tier) => validateTierDraft(draftFromTier(tier), { salespersonIds: ids }).map((i) => `${tier.id} ${i.field}:${i.code}`))
    expect(broken).toEqual([])
  })

  it('needs a name and a full billing address, and names the field of each gap', () => {
    const d = draft({ name: '  ', billingAddress: { line1: '', postalCode: '', city: '', country: '' } })
    expect(problems(d)).toEqual(['name:required', 'billingAddress.line1:required', 'billingAddress.postalCode:required', 'billingAddress.city:required', 'billingAddress.country:required'])
    expect(validateTierDraft(d)[1]!.values).toEqual({ fieldKey: 'billingAddress.line1' })
  })

  it('a French postal code is 5 digits starting with a department (La Poste); abroad any shape', () => {
    expect(problems(draft({ billingAddress: { ...draft().billingAddress, postalCode: '6900' } }))).toEqual(['billingAddress.postalCode:postalCodeFormat'])
    expect(problems(draft({ billingAddress: { ...draft().billingAddress, postalCode: '00100' } }))).toEqual(['billingAddress.postalCode:postalCodeFormat'])
    expect(problems(draft({ billingAddress: { ...draft().billingAddress, postalCode: '97400' } }))).toEqual([])
    expect(problems(draft({ siren: '', vatNumber: '', kind: 'prospect', billingAddress: { line1: 'Herengracht 420', postalCode: '1017 BZ', city: 'Amsterdam', country: 'NL' } }))).toEqual([])
  })

  it('a country is a 2-letter ISO 3166-1 code', () => {
    expect(problems(draft({ billingAddress: { ...draft().billingAddress, country: 'France' } }))).toContain('billingAddress.country:countryFormat')
  })

  it('checks each delivery address and each contact, with its position in the list', () => {
    const d = draft({
      deliveryAddresses: [draft().billingAddress, { line1: 'Site 2', postalCode: 'ABC', city: 'Lyon', country: 'FR' }],
      contacts: [...draft().contacts, { firstName: 'Paul', lastName: '', role: '', email: 'paul@', phone: '12', language: 'en' }],
    })
    expect(problems(d)).toEqual(['deliveryAddresses.1.postalCode:postalCodeFormat', 'contacts.1.lastName:required', 'contacts.1.email:emailFormat', 'contacts.1.phone:phoneFormat'])
    expect(validateTierDraft(d).find((i) => i.field === 'contacts.1.email')!.values).toEqual({ fieldKey: 'contacts.email', item: 2 })
  })

  it('accepts international phone numbers written with +, spaces, dots or brackets (ITU E.164: 15 digits at most)', () => {
    for (const phone of ['+49 221 555 0134', '04.78.55.10.21', '(020) 7946 0018', '+33 (0)4 78 55 10 21']) {
      expect(problems(draft({ contacts: [{ ...draft().contacts[0]!, phone }] }))).toEqual([])
    }
    expect(problems(draft({ contacts: [{ ...draft().contacts[0]!, phone: '0478 ABC' }] }))).toEqual(['contacts.0.phone:phoneFormat'])
  })
})

describe('identifiers: SIREN (INSEE Luhn key) and VAT number (CGI art. 286 ter)', () => {
  it('refuses a SIREN whose Luhn key is wrong, and one that is not 9 digits', () => {
    expect(problems(draft({ siren: '732 829 321', vatNumber: '' }))).toEqual(['siren:sirenKey'])
    expect(problems(draft({ siren: '73282932', vatNumber: '' }))).toEqual(['siren:sirenFormat'])
    expect(validateTierDraft(draft({ siren: '732829321', vatNumber: '' }))[0]!.source).toBe('INSEE (clé de Luhn)')
  })

  it('requires the SIREN of a French customer, supplier or carrier (buyer\'s SIREN on invoices, décret 2022-1299), not of a prospect yet', () => {
    expect(validateTierDraft(draft({ siren: '', vatNumber: '' }))).toEqual([
      { field: 'siren', code: 'sirenRequired', values: { fieldKey: 'siren', kind: 'customer' }, source: 'décret 2022-1299' },
    ])
    expect(problems(draft({ kind: 'prospect', siren: '', vatNumber: '' }))).toEqual([])
  })

  it('a private person has neither SIREN nor VAT number', () => {
    expect(problems(draft({ legal: 'person', name: 'Léa Martin' }))).toEqual(['siren:notForPerson', 'vatNumber:notForPerson'])
    expect(problems(draft({ legal: 'person', name: 'Léa Martin', siren: '', vatNumber: '' }))).toEqual([])
  })

  it('the French VAT number\'s key must match, and the number must be the one of the SIREN', () => {
    expect(problems(draft({ vatNumber: 'FR45732829320' }))).toEqual(['vatNumber:vatKey'])
    expect(validateTierDraft(draft({ siren: '404833048', vatNumber: 'FR44732829320' }))).toEqual([
      { field: 'vatNumber', code: 'vatNotSiren', values: { fieldKey: 'vatNumber', expected: 'FR83404833048' }, source: 'CGI art. 286 ter' },
    ])
    expect(problems(draft({ vatNumber: 'fr 44 732 829 320' }))).toEqual([])
  })

  it('an EU VAT number carries the prefix of the country and that state\'s shape (VIES)', () => {
    const german = { line1: 'Hohenzollernring 52', postalCode: '50672', city: 'Köln', country: 'DE' }
    expect(problems(draft({ siren: '', vatNumber: 'DE294817365', billingAddress: german }))).toEqual([])
    expect(validateTierDraft(draft({ siren: '', vatNumber: 'BE0123456789', billingAddress: german }))[0]).toMatchObject({ field: 'vatNumber', code: 'vatCountry', values: { prefix: 'DE' } })
    expect(problems(draft({ siren: '', vatNumber: 'DE2948', billingAddress: german }))).toEqual(['vatNumber:vatFormat'])
  })

  it('requires the VAT number of an EU customer outside France: the exempt intra-EU supply depends on it (CGI art. 262 ter I)', () => {
    const german = { line1: 'Hohenzollernring 52', postalCode: '50672', city: 'Köln', country: 'DE' }
    expect(validateTierDraft(draft({ siren: '', vatNumber: '', billingAddress: german }))).toEqual([
      { field: 'vatNumber', code: 'vatRequired', values: { fieldKey: 'vatNumber' }, source: 'CGI art. 262 ter I ; CGI ann. II art. 242 nonies A' },
    ])
    expect(problems(draft({ kind: 'prospect', siren: '', vatNumber: '', billingAddress: german }))).toEqual([])
  })
})

describe('the block of each kind', () => {
  it('a customer needs its commercial terms; a prospect may wait until it becomes one', () => {
    expect(problems(draft({ customer: undefined }))).toEqual(['customer:termsRequired'])
    expect(problems(draft({ kind: 'prospect', customer: undefined }))).toEqual([])
  })

  it('a supplier needs purchasing terms, a carrier its services', () => {
    expect(problems(draft({ kind: 'supplier', customer: undefined }))).toEqual(['supplier:termsRequired'])
    expect(problems(draft({ kind: 'carrier', customer: undefined }))).toEqual(['carrier:termsRequired'])
    expect(problems(draft({ kind: 'carrier', customer: undefined, carrier: { services: [' '], co2GramsPerTonneKm: 80, pricePerKgCents: 45 } }))).toEqual(['carrier.services:required'])
  })

  it('payment terms stay within 60 days net or 45 days end of month (C. com. L441-10 I), as in the company settings', () => {
    expect(validateTierDraft(withTerms({ paymentTerms: { kind: 'net', days: 90 } }))).toEqual([{
      field: 'customer.paymentTerms.days', code: 'netTermsTooLong', values: { fieldKey: 'customer.paymentTerms.days', days: 90, maxDays: 60 }, source: 'C. com. L441-10 I',
    }])
    expect(problems(withTerms({ paymentTerms: { kind: 'daysEndOfMonth', days: 60, method: 'addDaysThenEndOfMonth' } }))).toEqual(['customer.paymentTerms.days:endOfMonthTermsTooLong'])
    expect(problems(withTerms({ paymentTerms: { kind: 'daysEndOfMonth', days: 45, method: 'endOfMonthThenAddDays' } }))).toEqual([])
    const supplier = draft({ kind: 'supplier', customer: undefined, supplier: { paymentTerms: { kind: 'net', days: 75 }, leadTimeDays: 10, minimumOrderCents: 0 } })
    expect(problems(supplier)).toEqual(['supplier.paymentTerms.days:netTermsTooLong'])
  })

  it('a customer discount lies between 0 and 100 % with 3 decimals at most; a credit limit is whole cents ≥ 0', () => {
    expect(problems(withTerms({ discountPercent: 101 }))).toEqual(['customer.discountPercent:outOfRange'])
    expect(problems(withTerms({ discountPercent: -1 }))).toEqual(['customer.discountPercent:outOfRange'])
    expect(problems(withTerms({ discountPercent: 2.5 }))).toEqual([])
    expect(problems(withTerms({ discountPercent: 2.5555 }))).toEqual(['customer.discountPercent:tooManyDecimals'])
    expect(problems(withTerms({ discountPercent: Number.NaN }))).toEqual(['customer.discountPercent:notANumber'])
    expect(problems(withTerms({ creditLimitCents: -100 }))).toEqual(['customer.creditLimitCents:negative'])
    expect(problems(withTerms({ creditLimitCents: 10.5 }))).toEqual(['customer.creditLimitCents:notInteger'])
    expect(problems(withTerms({ creditLimitCents: 0 }))).toEqual([])
  })

  it('the salesperson is required, and must be one of the company\'s when their list is known', () => {
    expect(problems(withTerms({ salespersonId: '' }))).toEqual(['customer.salespersonId:required'])
    expect(problems(withTerms({ salespersonId: 'SP9' }), ['SP1', 'SP2'])).toEqual(['customer.salespersonId:unknownSalesperson'])
    expect(problems(withTerms({ salespersonId: 'SP2' }), ['SP1', 'SP2'])).toEqual([])
  })

  it('an Incoterm starts with one of the 11 rules of Incoterms® 2020, then the named place', () => {
    const supplier = (incoterm: string) => draft({ kind: 'supplier', customer: undefined, supplier: { paymentTerms: { kind: 'net', days: 30 }, leadTimeDays: 10, minimumOrderCents: 0, incoterm } })
    expect(problems(supplier('FCA Stuttgart, Incoterms® 2020'))).toEqual([])
    expect(problems(supplier('FOB'))).toEqual([])
    expect(problems(supplier('FRANCO Lyon'))).toEqual(['supplier.incoterm:unknownIncoterm'])
    expect(problems(supplier('DDU Lyon'))).toEqual(['supplier.incoterm:unknownIncoterm'])
  })
})

describe('VAT regime and region from the billing address', () => {
  it('France → French VAT; EU company → intra-EU reverse charge (CGI 262 ter I); elsewhere → export (CGI 262 I)', () => {
    expect(vatRegimeFor({ country: 'FR', postalCode: '69002' }, 'company')).toBe('france')
    expect(vatRegimeFor({ country: 'DE', postalCode: '50672' }, 'company')).toBe('intraEu')
    expect(vatRegimeFor({ country: 'GB', postalCode: 'EC1A 1BB' }, 'company')).toBe('export')
    expect(vatRegimeFor({ country: 'US', postalCode: '11201' }, 'person')).toBe('export')
  })

  it('an EU private person pays French VAT (distance sales, CGI 258 A); Monaco is in the French VAT territory; the overseas departments are export (CGI 294)', () => {
    expect(vatRegimeFor({ country: 'BE', postalCode: '1000' }, 'person')).toBe('france')
    expect(vatRegimeFor({ country: 'MC', postalCode: '98000' }, 'company')).toBe('france')
    expect(vatRegimeFor({ country: 'FR', postalCode: '97400' }, 'company')).toBe('export')
  })

  it('the region follows the department of a French postal code, as the seed and the statistics write it', () => {
    expect(regionOf({ country: 'FR', postalCode: '69003' })).toBe('Auvergne-Rhône-Alpes')
    expect(regionOf({ country: 'FR', postalCode: '20000' })).toBe('Corse')
    expect(regionOf({ country: 'FR', postalCode: '13001' })).toBe('Provence-Alpes-Côte d\'Azur')
    expect(regionOf({ country: 'FR', postalCode: '97200' })).toBe('Outre-mer')
    expect(regionOf({ country: 'NL', postalCode: '1017 BZ' })).toBe('EU')
    expect(regionOf({ country: 'US', postalCode: '11201' })).toBe('International')
    for (const tier of BUILT_IN_CATALOG.tiers) expect(regionOf(tier.billingAddress), tier.id).toBe(tier.region)
  })
})

describe('default GDPR file of a new customer or prospect (GDPR art. 6; DOMAIN-FR §5)', () => {
  it('legitimate interest for a company, consent for a private prospect, contract for a private customer; last contact today, no consent yet', () => {
    expect(defaultTierGdpr('prospect', 'company', '2026-03-02')).toEqual({ legalBasis: 'legitimateInterest', consents: [], objectsToProspecting: false, lastContactOn: '2026-03-02' })
    expect(defaultTierGdpr('customer', 'company', '2026-03-02')?.legalBasis).toBe('legitimateInterest')
    expect(defaultTierGdpr('prospect', 'person', '2026-03-02')?.legalBasis).toBe('consent')
    expect(defaultTierGdpr('customer', 'person', '2026-03-02')?.legalBasis).toBe('contract')
  })

  it('suppliers and carriers get none', () => {
    expect(defaultTierGdpr('supplier', 'company', '2026-03-02')).toBeUndefined()
    expect(defaultTierGdpr('carrier', 'company', '2026-03-02')).toBeUndefined()
  })

  it('on conversion a private prospect\'s basis becomes the contract (art. 6.1.b), its consents stay as proof, and the last contact moves to the conversion', () => {
    const consent = { id: 'k1', purpose: 'emailMarketing' as const, given: true, date: '2025-12-01', source: 'Salon', channel: 'inPerson' as const }
    const before = { legalBasis: 'consent' as const, consents: [consent], objectsToProspecting: false, lastContactOn: '2025-12-01' }
    expect(gdprAfterConversion(before, 'person', '2026-03-02')).toEqual({ ...before, legalBasis: 'contract', lastContactOn: '2026-03-02' })
    expect(gdprAfterConversion(undefined, 'company', '2026-03-02').legalBasis).toBe('legitimateInterest')
  })
})

describe('ids as the seed writes them, and the stored tier', () => {
  it('C… for customers and prospects, S… suppliers, T… carriers: one more than the highest in use', () => {
    const ids = ['C001', 'C044', 'C001-b2', 'S014', 'T004', 'cus-x']
    expect(nextTierId('prospect', ids)).toBe('C045')
    expect(nextTierId('customer', ids)).toBe('C045')
    expect(nextTierId('supplier', ids)).toBe('S015')
    expect(nextTierId('carrier', [])).toBe('T001')
    expect(nextTierId('customer', ['C999'])).toBe('C1000')
  })

  it('contacts keep their id; new ones get <tier>-<n> with the next free n', () => {
    const c = draft().contacts[0]!
    expect(withContactIds('C045', [{ ...c, id: 'C045-2' }, c, c]).map((x) => x.id)).toEqual(['C045-2', 'C045-1', 'C045-3'])
  })

  it('stores compacted identifiers, trimmed texts, the derived region and VAT regime, and the GDPR file it is given', () => {
    const tier = tierFromDraft(draft({ name: ' Atelier Dubois ', billingAddress: { line1: '12 rue', line2: ' ', postalCode: '69002', city: 'Lyon', country: 'fr' } }), { id: 'C045', createdOn: '2026-03-02', gdpr: defaultTierGdpr('customer', 'company', '2026-03-02') })
    expect(tier).toMatchObject({
      id: 'C045', name: 'Atelier Dubois', siren: '732829320', vatNumber: 'FR44732829320', region: 'Auvergne-Rhône-Alpes',
      billingAddress: { line1: '12 rue', postalCode: '69002', city: 'Lyon', country: 'FR' },
      customer: { vatRegime: 'france', discountPercent: 5 }, gdpr: { legalBasis: 'legitimateInterest', lastContactOn: '2026-03-02' },
    })
    expect(tier.billingAddress).not.toHaveProperty('line2')
    expect(tier.contacts[0]).toMatchObject({ id: 'C045-1', email: 'claire.martin@example.fr' })
    expect(draftFromTier(tier).customer).toEqual(draft().customer)
  })
})

describe('kind changes', () => {
  it('a customer never goes back to prospect; a prospect becomes a customer only through the conversion', () => {
    expect(kindChangeAllowed('customer', 'prospect')).toBe(false)
    expect(kindChangeAllowed('prospect', 'customer')).toBe(false)
    expect(kindChangeAllowed('customer', 'customer')).toBe(true)
    expect(kindChangeAllowed('supplier', 'carrier')).toBe(true)
  })
})
