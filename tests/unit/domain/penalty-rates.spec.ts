import { describe, expect, it } from 'vitest'
import {
  checkContractualRate, checkPenaltyRateRecords, checkRecordedPenaltyRates, defaultPenaltyRatePercent, halfYearDates, invoicePenaltyAt,
  latePaymentPenalty, latePaymentRatesFrom, mergePenaltyRateTable, penaltyRatesAt, penaltyRateTableOf, validateCompanySettings,
  LATE_PAYMENT_RATE_PARAMETERS, type RecordedPenaltyRates,
} from '@/domain'
import { makeSettings } from '../../factories/settings'

// A half-year as a trainer records it once published (figures typed by the trainer in these tests,
// not shipped: the built-in table ends with H1 2026 and never guesses).
const h2026: RecordedPenaltyRates = { ...halfYearDates(2026, 2), ecbPercent: 2, legalInterestPercent: 2.5, source: 'BCE, décision du 4 juin 2026 ; JO, arrêté du 18 juin 2026' }

describe('latePaymentRatesFrom: default = ECB + 10 points, floor = 3 × legal interest rate (C. com. L441-10 II)', () => {
  it('gives back each built-in half-year from its two published rates', () => {
    for (const { value } of LATE_PAYMENT_RATE_PARAMETERS) {
      expect(latePaymentRatesFrom(value.ecbPercent, value.legalInterestPercent)).toEqual(value)
    }
  })

  it('works on exact figures: 3 × 2,62 = 7,86 and 2,15 + 10 = 12,15, never 7.859999', () => {
    expect(latePaymentRatesFrom(2.15, 2.62)).toEqual({ ecbPercent: 2.15, defaultPercent: 12.15, legalInterestPercent: 2.62, floorPercent: 7.86 })
    expect(latePaymentRatesFrom(0, 0.04)).toMatchObject({ defaultPercent: 10, floorPercent: 0.12 })
  })
})

describe('checkRecordedPenaltyRates: a recorded half-year follows the publication rules (C. com. L441-10 II)', () => {
  it('accepts a half-year after the built-in table, with 2-decimal rates and a source', () => {
    expect(checkRecordedPenaltyRates([h2026])).toEqual([])
    expect(checkRecordedPenaltyRates([h2026, { ...h2026, ...halfYearDates(2027, 1) }])).toEqual([])
  })

  it('refuses a period that is not a half-year: start on 1 January or 1 July, end on 30 June or 31 December', () => {
    expect(checkRecordedPenaltyRates([{ ...h2026, validFrom: '2026-08-01' }])).toEqual([
      { index: 0, field: 'validFrom', code: 'halfYearStart', values: { value: '2026-08-01' } },
    ])
    expect(checkRecordedPenaltyRates([{ ...h2026, validTo: '2027-06-30' }])).toEqual([
      { index: 0, field: 'validTo', code: 'halfYearEnd', values: { year: 2026, half: 2, expected: '2026-12-31' } },
    ])
  })

  it('refuses rates with more than 2 decimals, not numbers, or beyond 0–20 %', () => {
    const problems = checkRecordedPenaltyRates([{ ...h2026, ecbPercent: 2.155, legalInterestPercent: Number.NaN }])
    expect(problems.map((p) => [p.field, p.code])).toEqual([['ecbPercent', 'twoDecimals'], ['legalInterestPercent', 'notANumber']])
    expect(checkRecordedPenaltyRates([{ ...h2026, ecbPercent: -0.5, legalInterestPercent: 25 }]).map((p) => p.code)).toEqual(['outOfRange', 'outOfRange'])
  })

  it('refuses a half-year the built-in table has (a published figure is never overridden), one recorded twice, and no source', () => {
    const h1 = { ...h2026, ...halfYearDates(2026, 1) }
    expect(checkRecordedPenaltyRates([h1])).toEqual([
      { index: 0, field: 'validFrom', code: 'halfYearBuiltIn', values: { year: 2026, half: 1, source: LATE_PAYMENT_RATE_PARAMETERS[2]!.source } },
    ])
    expect(checkRecordedPenaltyRates([h2026, h2026])).toEqual([{ index: 1, field: 'validFrom', code: 'halfYearDuplicate', values: { year: 2026, half: 2 } }])
    expect(checkRecordedPenaltyRates([{ ...h2026, source: '  ' }])).toEqual([{ index: 0, field: 'source', code: 'rateSourceRequired', values: {} }])
  })

  it('as settings issues, names the field of the half-year and the label key of the message', () => {
    expect(checkPenaltyRateRecords([h2026, { ...h2026, ...halfYearDates(2027, 1), source: '' }])).toEqual([
      expect.objectContaining({ section: 'penaltyRates', field: 'penaltyRates.1.source', code: 'rateSourceRequired', values: { fieldKey: 'penaltyRates.source' }, source: 'C. com. L441-10 II' }),
    ])
    expect(checkPenaltyRateRecords(undefined)).toEqual([])
  })
})

describe('mergePenaltyRateTable and the functions that read the table', () => {
  const table = mergePenaltyRateTable([h2026])

  it('adds the recorded half-years to the built-in ones in date order, default and floor derived', () => {
    expect(table.slice(0, 3)).toEqual(LATE_PAYMENT_RATE_PARAMETERS)
    expect(table[3]).toEqual({
      validFrom: '2026-07-01', validTo: '2026-12-31', source: `C. com. L441-10 II; ${h2026.source}`,
      value: { ecbPercent: 2, defaultPercent: 12, legalInterestPercent: 2.5, floorPercent: 7.5 },
    })
    expect(mergePenaltyRateTable([])).toBe(LATE_PAYMENT_RATE_PARAMETERS)
  })

  it('refuses to merge a broken half-year, naming it', () => {
    expect(() => mergePenaltyRateTable([{ ...h2026, ecbPercent: 2.155 }])).toThrow(expect.objectContaining({ field: 'penaltyRates[0].ecbPercent', code: 'outOfRange' }))
  })

  it('penalties across 30 June run at each half-year\'s default rate: 10 days at 12,15 % then 10 days at 12 % (L441-10 II)', () => {
    expect(() => latePaymentPenalty({ amountInclVatCents: 486000, dueDate: '2026-06-20', paymentDate: '2026-07-10' })).toThrow(expect.objectContaining({ code: 'noParameterForDate' }))
    const result = latePaymentPenalty({ amountInclVatCents: 486000, dueDate: '2026-06-20', paymentDate: '2026-07-10' }, table)
    // 4 860,00 × 12,15 % × 10 / 365 = 16,178 → 16,18 € ; 4 860,00 × 12 % × 10 / 365 = 15,978 → 15,98 €
    expect(result.periods.map((p) => [p.from, p.to, p.days, p.ratePercent, p.penaltyCents])).toEqual([
      ['2026-06-21', '2026-06-30', 10, 12.15, 1618],
      ['2026-07-01', '2026-07-10', 10, 12, 1598],
    ])
    expect(result).toMatchObject({ penaltyCents: 3216, indemnityCents: 4000, totalCents: 7216 })
    expect(invoicePenaltyAt(486000, '2026-06-20', '2026-07-10', null, true, table)).toEqual({ daysLate: 20, penaltyCents: 3216, indemnityCents: 4000, totalCents: 7216 })
    expect(invoicePenaltyAt(486000, '2026-06-20', '2026-07-10', null, true)).toBeUndefined()
  })

  it('the default rate, the floor and the rates of a date come from the table given', () => {
    expect(defaultPenaltyRatePercent('2026-11-23', table)).toBe(12)
    expect(checkContractualRate(7.5, '2026-11-23', table)).toEqual({ ratePercent: 7.5, floorPercent: 7.5, legalInterestPercent: 2.5, valid: true })
    expect(penaltyRatesAt('2026-11-23', table)).toMatchObject({ published: true, rates: { defaultPercent: 12 } })
    expect(penaltyRatesAt('2027-02-01', table)).toMatchObject({ published: false, parameter: { validFrom: '2026-07-01' } })
  })

  it('penaltyRateTableOf: the company\'s table, leaving out a half-year a hand-edited import broke', () => {
    expect(penaltyRateTableOf(makeSettings({ penaltyRates: [h2026] }))).toEqual(table)
    expect(penaltyRateTableOf(makeSettings({ penaltyRates: [h2026, { ...h2026, ...halfYearDates(2027, 1), ecbPercent: 99 }] }))).toEqual(table)
    expect(penaltyRateTableOf(null)).toBe(LATE_PAYMENT_RATE_PARAMETERS)
  })

  it('a contractual rate is checked against the floor of the recorded half-year (3 × 2,5 = 7,5 %)', () => {
    const settings = makeSettings({ latePenaltyRatePercent: 7.4, penaltyRates: [h2026] })
    expect(validateCompanySettings(settings, '2026-11-23', ['payment'])).toEqual([
      expect.objectContaining({ field: 'latePenaltyRatePercent', code: 'penaltyBelowFloor', values: expect.objectContaining({ floorPercent: 7.5 }) }),
    ])
    expect(validateCompanySettings({ ...settings, penaltyRates: [{ ...h2026, source: '' }] }, '2026-11-23', ['penaltyRates']).map((i) => i.code)).toEqual(['rateSourceRequired'])
  })
})
