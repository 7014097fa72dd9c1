import { describe, expect, it } from 'vitest'
import {
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
} from '@/domain'
import { BUILT_IN_CATALOG } from '@/seed/company'
import { makeSettings } from '../../factories/settings'

const codes = (issues: readonly { code: string }[]) => issues.map((i) => i.code)
const identity = (overrides: Partial<ReturnType<typeof makeSettings>['identity']>) => ({ ...makeSettings().identity, ...overrides })

describe('company settings: the factory company is valid', () => {
  it('breaks no rule on a date covered by the published rates', () => {
    expect(validateCompanySettings(makeSettings(), '2026-03-02')).toEqual([])
  })

  it('the built-in company passes every rule too, so a trainer can save any section of it as it is', () => {
    expect(validateCompanySettings(BUILT_IN_CATALOG.settings, '2026-03-02')).toEqual([])
  })
})

describe('identity (INSEE Luhn keys, CGI art. 286 ter, ISO 13616)', () => {
  it('refuses a SIREN whose Luhn key is wrong, and one that is not 9 digits (INSEE)', () => {
    expect(codes(checkIdentity(identity({ siren: '812456714', siret: '81245671400001', vatNumber: 'FR00812456714' })))).toContain('sirenKey')
    expect(checkIdentity(identity({ siren: '81245' })).find((i) => i.field === 'identity.siren')?.code).toBe('sirenFormat')
  })

  it('accepts a SIREN typed with spaces', () => {
    expect(checkIdentity(identity({ siren: '812 456 713' }))).toEqual([])
  })

  it('refuses a SIRET with a wrong key, and a valid SIRET of another company (it must start with the SIREN)', () => {
    expect(codes(checkIdentity(identity({ siret: '81245671300006' })))).toEqual(['siretKey'])
    // 732 829 320 00074 is a valid SIRET, but of another SIREN.
    expect(checkIdentity(identity({ siret: '73282932000074' }))).toMatchObject([{ field: 'identity.siret', code: 'siretNotSiren', values: { siren: '812456713' } }])
  })

  it('refuses a VAT number that is well formed but belongs to another SIREN, naming the expected one (CGI art. 286 ter)', () => {
    expect(checkIdentity(identity({ vatNumber: 'FR44732829320' }))).toMatchObject([{ field: 'identity.vatNumber', code: 'vatNotSiren', values: { expected: 'FR32812456713' } }])
    expect(codes(checkIdentity(identity({ vatNumber: 'FR33812456713' })))).toEqual(['vatKey'])
    expect(codes(checkIdentity(identity({ vatNumber: 'DE123456789' })))).toEqual(['vatFormat'])
  })

  it('suggests the VAT number computed from the SIREN: FR + (12 + 3 × (SIREN mod 97)) mod 97 + SIREN', () => {
    expect(suggestedVatNumber('812 456 713')).toBe('FR32812456713')
    expect(suggestedVatNumber('812456714')).toBeNull()
  })

  it('refuses an IBAN whose mod-97 key fails, and one of the wrong length (ISO 13616)', () => {
    const bank = makeSettings().identity.bank
    expect(codes(checkIdentity(identity({ bank: { ...bank, iban: 'FR7630006000011234567890188' } })))).toEqual(['ibanKey'])
    expect(codes(checkIdentity(identity({ bank: { ...bank, iban: 'FR76300060000112345678901' } })))).toEqual(['ibanFormat'])
    expect(codes(checkIdentity(identity({ bank: { ...bank, bic: 'AGRI' } })))).toEqual(['bicFormat'])
  })

  it('requires the mandatory mentions of the seller (name, legal form, address, RCS city) and a non-negative share capital', () => {
    const issues = checkIdentity(identity({ name: ' ', rcsCity: '', shareCapitalCents: -1 }))
    expect(issues.map((i) => [i.field, i.code])).toEqual([
      ['identity.name', 'required'], ['identity.rcsCity', 'required'], ['identity.shareCapitalCents', 'negative'],
    ])
  })
})

describe('payment terms within the legal maximum (C. com. L441-10 I)', () => {
  it('accepts up to 60 days net and refuses 61, with the figures', () => {
    expect(checkPaymentTerms({ kind: 'net', days: 60 })).toEqual([])
    expect(checkPaymentTerms({ kind: 'net', days: 61 })).toMatchObject([{ code: 'netTermsTooLong', values: { days: 61, maxDays: 60 }, source: 'C. com. L441-10 I' }])
  })

  it('accepts up to 45 days end of month, in both readings, and refuses 46', () => {
    expect(checkPaymentTerms({ kind: 'daysEndOfMonth', days: 45, method: 'addDaysThenEndOfMonth' })).toEqual([])
    expect(checkPaymentTerms({ kind: 'daysEndOfMonth', days: 45, method: 'endOfMonthThenAddDays' })).toEqual([])
    expect(codes(checkPaymentTerms({ kind: 'daysEndOfMonth', days: 46, method: 'endOfMonthThenAddDays' }))).toEqual(['endOfMonthTermsTooLong'])
  })

  it('accepts payment on receipt, and refuses fractional, negative or missing days', () => {
    expect(checkPaymentTerms({ kind: 'onReceipt' })).toEqual([])
    expect(codes(checkPaymentTerms({ kind: 'net', days: 30.5 }))).toEqual(['notInteger'])
    expect(codes(checkPaymentTerms({ kind: 'net', days: -1 }))).toEqual(['negative'])
    expect(codes(checkPaymentTerms({ kind: 'net', days: Number.NaN }))).toEqual(['notANumber'])
  })
})

describe('penalty rate not below 3 × the legal interest rate (C. com. L441-10 II)', () => {
  it('refuses 5 % in the first half of 2026: the floor is 3 × 2,62 % = 7,86 %', () => {
    expect(checkPenaltyRate(5, '2026-03-02')).toEqual([{
      section: 'payment', field: 'latePenaltyRatePercent', code: 'penaltyBelowFloor', source: 'C. com. L441-10 II',
      values: { fieldKey: 'latePenaltyRatePercent', ratePercent: 5, floorPercent: 7.86, legalInterestPercent: 2.62 },
    }])
  })

  it('accepts exactly the floor and refuses a thousandth below it', () => {
    expect(checkPenaltyRate(7.86, '2026-03-02')).toEqual([])
    expect(codes(checkPenaltyRate(7.859, '2026-03-02'))).toEqual(['penaltyBelowFloor'])
  })

  it('uses the floor of the half-year of the date: 8,28 % in H2 2025, 11,13 % in H1 2025', () => {
    expect(codes(checkPenaltyRate(8, '2025-09-15'))).toEqual(['penaltyBelowFloor'])
    expect(checkPenaltyRate(8.28, '2025-09-15')).toEqual([])
    expect(codes(checkPenaltyRate(10, '2025-02-01'))).toEqual(['penaltyBelowFloor'])
  })

  it('always accepts the legal default (null: ECB + 10 points)', () => {
    expect(checkPenaltyRate(null, '2026-03-02')).toEqual([])
  })

  it('refuses a negative rate, a 4th decimal and an implausible rate above 100 %', () => {
    expect(codes(checkPenaltyRate(-3, '2026-03-02'))).toEqual(['penaltyBelowFloor'])
    expect(codes(checkPenaltyRate(9.1234, '2026-03-02'))).toEqual(['tooManyDecimals'])
    expect(codes(checkPenaltyRate(150, '2026-03-02'))).toEqual(['penaltyTooHigh'])
  })

  it('beyond the last published half-year, uses the latest known rates and says they are not published for that date', () => {
    const beyond = penaltyRatesAt('2026-11-23')
    expect(beyond.published).toBe(false)
    expect(beyond.rates).toMatchObject({ defaultPercent: 12.15, floorPercent: 7.86 })
    expect(penaltyRatesAt('2026-03-02')).toMatchObject({ published: true, rates: { ecbPercent: 2.15 } })
    expect(codes(checkPenaltyRate(5, '2026-11-23'))).toEqual(['penaltyBelowFloor'])
  })
})

describe('escompte and quote validity (sane ranges of the terms of sale)', () => {
  const figures = { earlyPaymentDiscountPercent: 2, earlyPaymentDiscountDays: 10, quoteValidityDays: 30 }
  it('accepts usual figures and refuses a discount above 10 %, 0 or 400 days of validity', () => {
    expect(checkPaymentFigures(figures)).toEqual([])
    expect(checkPaymentFigures({ ...figures, earlyPaymentDiscountPercent: 12 })).toMatchObject([{ code: 'outOfRange', values: { min: 0, max: 10 } }])
    expect(codes(checkPaymentFigures({ ...figures, quoteValidityDays: 0 }))).toEqual(['outOfRange'])
    expect(codes(checkPaymentFigures({ ...figures, quoteValidityDays: 400 }))).toEqual(['outOfRange'])
    expect(codes(checkPaymentFigures({ ...figures, earlyPaymentDiscountPercent: 1.2345 }))).toEqual(['tooManyDecimals'])
  })
})

describe('numbering prefixes (C. com. L441-9; CGI ann. II art. 242 nonies A)', () => {
  const numbering = makeSettings().numbering
  it('refuses an empty prefix: each series has its own continuous sequence', () => {
    expect(checkNumbering({ ...numbering, invoice: ' ' })).toMatchObject([{ field: 'numbering.invoice', code: 'prefixEmpty' }])
  })

  it('refuses two series sharing a prefix, naming the other series', () => {
    expect(checkNumbering({ ...numbering, creditNote: 'FA' })).toMatchObject([{ field: 'numbering.creditNote', code: 'prefixDuplicate', values: { prefix: 'FA', otherKey: 'numbering.invoice' } }])
  })

  it('refuses unsafe characters (accents, spaces, lower case) and prefixes over 12 characters', () => {
    expect(codes(checkNumbering({ ...numbering, quote: 'DÉ' }))).toEqual(['prefixCharacters'])
    expect(codes(checkNumbering({ ...numbering, quote: 'D E' }))).toEqual(['prefixCharacters'])
    expect(codes(checkNumbering({ ...numbering, quote: 'de' }))).toEqual(['prefixCharacters'])
    expect(codes(checkNumbering({ ...numbering, quote: 'DEVIS-CLIENTS' }))).toEqual(['prefixTooLong'])
    expect(checkNumbering({ ...numbering, invoice: 'FA-2026/' })).toEqual([])
  })
})

describe('delegation levels (REAC CP4.3: what the assistant grants without a manager)', () => {
  const delegation = makeSettings().delegation
  it('accepts sane levels and refuses a discount above 50 %, with the bounds', () => {
    expect(checkDelegation(delegation)).toEqual([])
    expect(checkDelegation({ ...delegation, maxDiscountPercent: 60 })).toMatchObject([{ field: 'delegation.maxDiscountPercent', code: 'outOfRange', values: { min: 0, max: 50 } }])
  })

  it('gives amount bounds in euros and refuses fractional cents and days', () => {
    expect(checkDelegation({ ...delegation, maxCreditOverrunCents: 6_000_000 })).toMatchObject([{ code: 'amountOutOfRange', values: { minEuros: 0, maxEuros: 50_000 } }])
    expect(codes(checkDelegation({ ...delegation, maxGoodwillCreditCents: 10.5 }))).toEqual(['notInteger'])
    expect(codes(checkDelegation({ ...delegation, maxPaymentExtensionDays: 90 }))).toEqual(['outOfRange'])
  })
})

describe('CGV clauses (bilingual: French and English)', () => {
  it('refuses an empty title or body in either language, naming the clause', () => {
    const cgv = [...makeSettings().cgv, { title: { fr: 'Réserve de propriété', en: '' }, body: { fr: 'Texte', en: 'Text' } }]
    expect(checkCgv(cgv)).toMatchObject([{ field: 'cgv.2.title.en', code: 'cgvEmpty', values: { clause: 3, part: 'title', language: 'en' } }])
  })
})

describe('validateCompanySettings by section, and the diff the journal keeps', () => {
  it('checks only the sections asked for, so an old value elsewhere never blocks an update', () => {
    const settings = makeSettings({ latePenaltyRatePercent: 5 })
    expect(codes(validateCompanySettings(settings, '2026-03-02'))).toEqual(['penaltyBelowFloor'])
    expect(validateCompanySettings(settings, '2026-03-02', ['numbering', 'identity'])).toEqual([])
  })

  it('lists each changed leaf value with its before and after, long texts cut', () => {
    const before = makeSettings()
    const after = makeSettings({ defaultPaymentTerms: { kind: 'daysEndOfMonth', days: 45, method: 'endOfMonthThenAddDays' }, latePenaltyRatePercent: 9 })
    expect(diffSettings(before, after)).toEqual([
      { path: 'defaultPaymentTerms.kind', before: 'net', after: 'daysEndOfMonth' },
      { path: 'defaultPaymentTerms.days', before: 30, after: 45 },
      { path: 'defaultPaymentTerms.method', before: null, after: 'endOfMonthThenAddDays' },
      { path: 'latePenaltyRatePercent', before: null, after: 9 },
    ])
    const long = 'x'.repeat(500)
    const changed = diffSettings(before, makeSettings({ cgv: [{ title: { fr: 'T', en: 'T' }, body: { fr: long, en: 'b' } }] }))
    expect(changed.find((c) => c.path === 'cgv.0.body.fr')?.after).toHaveLength(121)
    expect(changed.find((c) => c.path === 'cgv.1')).toMatchObject({ after: null })
  })
})
