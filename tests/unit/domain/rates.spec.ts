import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import { cascadeEquivalentRate, DomainInputError, parseDiscountPercent, parsePercent, parseQuantity, type Rate } from '@/domain'

describe('rates as integer thousandths of a percent (issue 4 conventions)', () => {
  it('parses up to 3 decimals exactly', () => {
    expect(parsePercent(20)).toBe(20000)
    expect(parsePercent(5.5)).toBe(5500)
    expect(parsePercent(8.28)).toBe(8280)
    expect(parsePercent(12.345)).toBe(12345)
    expect(parsePercent(0.001)).toBe(1)
    expect(parsePercent(-0)).toBe(0)
  })

  it.each([
    [8.2801, 'tooManyDecimals'],
    [0.1 + 0.2, 'tooManyDecimals'], // 0.30000000000000004: a float artefact, not a rate
    [-1, 'negative'],
    [Number.NaN, 'notANumber'],
  ])('refuses %s (%s), naming the field', (value, code) => {
    expect(() => parsePercent(value, 'discountsPercent[1]')).toThrow(DomainInputError)
    expect(() => parsePercent(value, 'discountsPercent[1]')).toThrow(/discountsPercent\[1\]/)
    try {
      parsePercent(value, 'discountsPercent[1]')
    } catch (error) {
      expect(error).toMatchObject({ code, field: 'discountsPercent[1]' })
    }
  })

  it('a discount is at most 100 %', () => {
    expect(parseDiscountPercent(100)).toBe(100000)
    expect(() => parseDiscountPercent(100.001, 'x')).toThrow(expect.objectContaining({ code: 'outOfRange' }))
  })

  it('every decimal with at most 3 decimals is accepted, every 4-decimal one refused (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (thousandths) => {
        expect(parseQuantity(thousandths / 1000)).toBe(thousandths)
      }),
    )
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 1, max: 9 }), (thousandths, digit) => {
        const value = Number(`${Math.floor(thousandths / 1000)}.${String(thousandths % 1000).padStart(3, '0')}${digit}`)
        expect(() => parsePercent(value)).toThrow(expect.objectContaining({ code: 'tooManyDecimals' }))
      }),
    )
  })
})

describe('cascade of discounts (DOMAIN-FR §1 step 2: each on the net left by the previous one, never added)', () => {
  it('5 % then 2 % = 1 − 0.95 × 0.98 = 6.9 %, not 7 %', () => {
    const { numerator, denominator } = cascadeEquivalentRate([parsePercent(5), parsePercent(2)])
    expect(numerator * 1000n).toBe(69n * denominator)
  })

  it('never equals the sum of the rates unless one of them is zero (property, exact fractions)', () => {
    const rate = fc.integer({ min: 0, max: 100_000 }).map((r) => r as Rate)
    fc.assert(
      fc.property(fc.array(rate, { minLength: 2, maxLength: 4 }), (rates) => {
        const { numerator, denominator } = cascadeEquivalentRate(rates)
        const sum = rates.reduce((total, r) => total + BigInt(r), 0n)
        // equivalent = numerator / denominator; sum of rates = sum / 100 000.
        const equalsSum = numerator * 100_000n === sum * denominator
        const nonZero = rates.filter((r) => r !== 0).length
        expect(equalsSum).toBe(nonZero <= 1)
        if (nonZero > 1) expect(numerator * 100_000n < sum * denominator).toBe(true)
      }),
    )
  })
})
