import { describe, it, expect } from 'vitest'
import { addDays, latePaymentPenalty, LATE_PAYMENT_RATE_PARAMETERS } from '@/domain'

describe('late-payment penalties (C. com. L441-10 II, D441-5; DOMAIN-FR §3)', () => {
  it('4 860.00 TTC due 31 Jan 2026, paid 23 Feb: 23 days × 12.15 % / 365 = 37.2089 → 37.21 € + 40 € = 77.21 €', () => {
    const result = latePaymentPenalty({ amountInclVatCents: 486000, dueDate: '2026-01-31', paymentDate: '2026-02-23' })
    expect(result.daysLate).toBe(23)
    expect(result.periods).toEqual([{ from: '2026-02-01', to: '2026-02-23', days: 23, ratePercent: 12.15, penaltyCents: 3721 }])
    expect(result.penaltyCents).toBe(3721)
    expect(result.indemnityCents).toBe(4000)
    expect(result.totalCents).toBe(7721)
    expect(result.explanation.map((step) => step.key)).toEqual([
      'calc.step.penaltyDaysLate',
      'calc.step.penalty',
      'calc.step.penaltyIndemnity',
      'calc.step.penaltyTotal',
    ])
  })

  it('is due from the day after the due date: nothing when paid on or before it', () => {
    const onTime = latePaymentPenalty({ amountInclVatCents: 486000, dueDate: '2026-01-31', paymentDate: '2026-01-31' })
    expect(onTime).toMatchObject({ daysLate: 0, penaltyCents: 0, indemnityCents: 0, totalCents: 0 })
    expect(latePaymentPenalty({ amountInclVatCents: 486000, dueDate: '2026-01-31', paymentDate: '2026-01-20' }).daysLate).toBe(0)
  })

  it('default rate: each half-year at its own ECB + 10 points (H2 2025 12.15 %, then H1 2026 12.15 %; H1 2025 13.15 %)', () => {
    const result = latePaymentPenalty({ amountInclVatCents: 100000, dueDate: '2025-06-20', paymentDate: '2025-07-10' })
    expect(result.periods.map((p) => [p.from, p.to, p.days, p.ratePercent])).toEqual([
      ['2025-06-21', '2025-06-30', 10, 13.15],
      ['2025-07-01', '2025-07-10', 10, 12.15],
    ])
    // 1 000 × 13.15 % × 10 / 365 = 3.6027 → 3.60; 1 000 × 12.15 % × 10 / 365 = 3.3288 → 3.33
    expect(result.periods.map((p) => p.penaltyCents)).toEqual([360, 333])
    expect(result.penaltyCents).toBe(693)
  })

  it('an agreed rate applies as is, and is flagged when below the floor of 3 × the legal rate (7.86 % in H1 2026)', () => {
    const agreed = latePaymentPenalty({ amountInclVatCents: 486000, dueDate: '2026-01-31', paymentDate: '2026-02-23', annualRatePercent: 5 })
    expect(agreed.penaltyCents).toBe(1531) // 4 860 × 5 % × 23 / 365 = 15.3123
    expect(agreed.belowLegalFloor).toBe(true)
    expect(latePaymentPenalty({ amountInclVatCents: 1, dueDate: '2026-01-31', paymentDate: '2026-02-01', annualRatePercent: 7.86 }).belowLegalFloor).toBe(false)
  })

  it('the 40 € indemnity is owed by professionals only', () => {
    const consumer = latePaymentPenalty({ amountInclVatCents: 486000, dueDate: '2026-01-31', paymentDate: '2026-02-23', businessCustomer: false })
    expect(consumer.indemnityCents).toBe(0)
    expect(consumer.totalCents).toBe(3721)
  })

  it('needs a dated rate for every late day without an agreed rate, and names the field', () => {
    expect(() => latePaymentPenalty({ amountInclVatCents: 100, dueDate: '2026-06-30', paymentDate: '2026-07-15' })).toThrow(
      expect.objectContaining({ field: 'paymentDate', code: 'noParameterForDate' }),
    )
    expect(() => latePaymentPenalty({ amountInclVatCents: -1, dueDate: '2026-01-31', paymentDate: '2026-02-01' })).toThrow(/amountInclVatCents/)
  })

  it('rate periods are contiguous half-years with default = ECB + 10 and floor = 3 × legal rate', () => {
    LATE_PAYMENT_RATE_PARAMETERS.slice(1).forEach((period, i) => {
      expect(addDays(LATE_PAYMENT_RATE_PARAMETERS[i]?.validTo ?? '', 1)).toBe(period.validFrom)
      expect(period.validFrom.slice(5)).toMatch(/^(01-01|07-01)$/)
    })
    LATE_PAYMENT_RATE_PARAMETERS.forEach(({ value }) => {
      expect(Math.round((value.ecbPercent + 10) * 1000)).toBe(Math.round(value.defaultPercent * 1000))
      expect(Math.round(value.legalInterestPercent * 3 * 1000)).toBe(Math.round(value.floorPercent * 1000))
    })
  })
})
