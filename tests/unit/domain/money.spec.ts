import { describe, it, expect } from 'vitest'
import { applyRate, cents, DomainInputError, divideRounded, isCents, multiplyByQuantity, parsePercent, parseQuantity, percentOfCents, sumCents } from '@/domain'

describe('Cents guard (money is integer cents, STYLE §2)', () => {
  it('accepts safe integers', () => {
    expect(cents(123456)).toBe(123456)
    expect(cents(0)).toBe(0)
    expect(isCents(-5)).toBe(true)
  })

  it.each([
    [12.5, 'notInteger'],
    [Number.NaN, 'notANumber'],
    [Number.POSITIVE_INFINITY, 'notANumber'],
    [Number.MAX_SAFE_INTEGER + 1, 'unsafeInteger'],
  ])('refuses %s with code %s, naming the field', (value, code) => {
    try {
      cents(value, 'lines[0].unitPriceCents')
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(DomainInputError)
      expect(error).toMatchObject({ field: 'lines[0].unitPriceCents', code })
      expect((error as Error).message).toContain('lines[0].unitPriceCents')
    }
  })

  it('isCents is false for floats and non-numbers', () => {
    expect(isCents(0.1)).toBe(false)
    expect(isCents('12')).toBe(false)
  })
})

describe('rounding: half away from zero on exact integers (DOMAIN-FR §1 "Rounding")', () => {
  it('37.50 € × 8.28 % = 3.105 → 3.11 (a float toFixed gives 3.10 or 3.11 by luck)', () => {
    expect(percentOfCents(3750, 8.28)).toBe(311)
    expect(applyRate(cents(3750), parsePercent(8.28))).toBe(311)
  })

  it('rounds halves away from zero, both signs', () => {
    expect(divideRounded(5n, 2n)).toBe(3n)
    expect(divideRounded(-5n, 2n)).toBe(-3n)
    expect(divideRounded(14548n, 1n)).toBe(14548n)
    expect(divideRounded(-14n, 10n)).toBe(-1n)
    expect(divideRounded(15n, -10n)).toBe(-2n)
    expect(() => divideRounded(1n, 0n)).toThrow(RangeError)
  })

  it('2.5 kg × 3.99 € = 9.975 → 9.98 (quantities with 3 decimals are exact thousandths)', () => {
    expect(multiplyByQuantity(cents(399), parseQuantity(2.5))).toBe(998)
    expect(multiplyByQuantity(cents(1), parseQuantity(0.001))).toBe(0)
    expect(multiplyByQuantity(cents(500), parseQuantity(0.001))).toBe(1)
  })

  it('stays exact beyond float precision (BigInt intermediate)', () => {
    // 9 007 199 254 740.99 € × 0.001 — the product exceeds 2^53 but the result is exact.
    expect(multiplyByQuantity(cents(900719925474099), parseQuantity(0.001))).toBe(900719925474)
  })

  it('sums exactly', () => {
    expect(sumCents([cents(1), cents(2), cents(3)])).toBe(6)
    expect(sumCents([])).toBe(0)
  })
})
