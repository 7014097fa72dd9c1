import { describe, it, expect } from 'vitest'
import { checkContractualRate, defaultPenaltyRatePercent, DomainInputError, latePenalty } from '@/domain'

// C. com. L441-10 II (penalties from the day after the due date, on the amount TTC, /365) and D441-5 (40 € B2B).
const example = { amountCents: 486000, annualRatePercent: 12.15, dueDate: '2026-01-31', paymentDate: '2026-02-23' }

describe('latePenalty (L441-10 II, D441-5; DOMAIN-FR §3)', () => {
  it('paying the day after the due date is 1 day late', () => {
    const r = latePenalty({ ...example, paymentDate: '2026-02-01' })
    expect(r.daysLate).toBe(1)
    // 486000 × 12.15 % × 1 / 365 = 161.78… → 162 cents
    expect(r.penaltyCents).toBe(162)
    expect(r.fixedIndemnityCents).toBe(4000)
  })

  it('is all zero when paid on or before the due date', () => {
    for (const paymentDate of ['2026-01-31', '2026-01-20']) {
      expect(latePenalty({ ...example, paymentDate })).toEqual({ daysLate: 0, penaltyCents: 0, fixedIndemnityCents: 0, totalCents: 0 })
    }
  })

  it('owes the 40 € only between professionals', () => {
    expect(latePenalty({ ...example, professional: false })).toEqual({ daysLate: 23, penaltyCents: 3721, fixedIndemnityCents: 0, totalCents: 3721 })
  })

  it('runs on the amount TTC: on the HT amount (4 050.00) the penalty would be 31.01 €, not the right figure', () => {
    expect(latePenalty({ ...example, amountCents: 405000 }).penaltyCents).toBe(3101)
    expect(latePenalty(example).penaltyCents).toBe(3721)
  })

  it('refuses a bad amount naming the field', () => {
    expect(() => latePenalty({ ...example, amountCents: -1 })).toThrow(DomainInputError)
  })
})

describe('defaultPenaltyRatePercent', () => {
  it('refuses a date the table does not cover yet (H2 2026: no figure in DOMAIN-FR, never guessed)', () => {
    expect(() => defaultPenaltyRatePercent('2026-07-01')).toThrow(expect.objectContaining({ code: 'noParameterForDate', field: 'date' }))
  })
  it('refuses a date that is not a calendar date', () => {
    expect(() => defaultPenaltyRatePercent('2026-02-30')).toThrow(expect.objectContaining({ code: 'invalidDate' }))
  })
})

describe('checkContractualRate: floor = 3 × legal interest rate (L441-10 II)', () => {
  it('H1 2026 floor is 7.86 %: 7.86 passes, 7.85 does not', () => {
    expect(checkContractualRate(7.86, '2026-03-01')).toEqual({ ratePercent: 7.86, floorPercent: 7.86, legalInterestPercent: 2.62, valid: true })
    expect(checkContractualRate(7.85, '2026-03-01').valid).toBe(false)
  })
  it('H1 2025 floor is 11.13 %', () => {
    expect(checkContractualRate(10, '2025-02-01')).toMatchObject({ floorPercent: 11.13, valid: false })
  })
})
