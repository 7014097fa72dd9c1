import { describe, expect, it } from 'vitest'
import { exclVatFromInclVat, latePaymentPenalty, priceDocument } from '@/domain'
import { computeExpected } from '@/scenario'

const line = { quantity: 10, unitPriceCents: 14_500, vatRatePercent: 20 }

describe('expected amounts computed through the domain API', () => {
  it('prices a document with cascade discounts and escompte like priceDocument', () => {
    const input = { lines: [line], discountsPercent: [10, 5], earlyPaymentDiscountPercent: 2 }
    const priced = priceDocument(input)
    expect(computeExpected({ priceDocument: input, field: 'totalInclVatCents' })).toBe(priced.totalInclVatCents)
    expect(computeExpected({ priceDocument: input, field: 'netCommercialCents' })).toBe(priced.netCommercialCents)
    // Cascade 10 % then 5 % is not 15 %: the expected net commercial is 123 975 cents, not 123 250.
    expect(priced.netCommercialCents).toBe(123_975)
  })

  it('splits a TTC amount and computes late-payment penalties like the domain', () => {
    expect(computeExpected({ exclVatFromInclVat: { inclVatCents: 12_000, vatRatePercent: 20 }, field: 'vatCents' }))
      .toBe(exclVatFromInclVat(12_000, 20).vatCents)
    const penalty = { amountInclVatCents: 120_000, dueDate: '2026-01-31', paymentDate: '2026-03-02' }
    expect(computeExpected({ latePaymentPenalty: penalty, field: 'totalCents' })).toBe(latePaymentPenalty(penalty).totalCents)
  })

  it('adds and subtracts computed amounts and literal terms', () => {
    const invoice = { priceDocument: { lines: [line] }, field: 'totalInclVatCents' }
    expect(computeExpected({ sum: [invoice, invoice, { cents: -100 }] })).toBe(2 * 174_000 - 100)
    expect(computeExpected({ difference: [invoice, { cents: 50_000 }] })).toBe(174_000 - 50_000)
  })

  it('throws a positioned shape error for a missing or wrong field', () => {
    expect(() => computeExpected({ priceDocument: { lines: [line] } }, ['x'])).toThrow(expect.objectContaining({ key: 'scenario.errors.expectedField', path: ['x', 'field'] }))
    expect(() => computeExpected({})).toThrow(expect.objectContaining({ key: 'scenario.errors.expectedOperation' }))
  })
})
