import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import { cents, splitProRata, type Cents } from '@/domain'

const c = (values: number[]): Cents[] => values.map((value) => cents(value))

describe('pro-rata split with largest remainder (issue 4: parts add up exactly)', () => {
  it('DOMAIN-FR §1 example B: carriage 15.00 over 74.20 / 41.40 → 9.63 + 5.37', () => {
    expect(splitProRata(cents(1500), c([7420, 4140]))).toEqual([963, 537])
  })

  it('gives leftover cents to the largest remainders: 100 over three equal weights → 34, 33, 33', () => {
    expect(splitProRata(cents(100), c([1, 1, 1]))).toEqual([34, 33, 33])
    expect(splitProRata(cents(2), c([1, 1, 1]))).toEqual([1, 1, 0])
  })

  it('ties on the remainder go to the larger weight', () => {
    // 6 cents over 1, 3 and 8: exact shares 0.5, 1.5 and 4 → floors 0, 1, 4; the leftover cent has
    // two equal remainders (0.5) and goes to the larger weight.
    expect(splitProRata(cents(6), c([1, 3, 8]))).toEqual([0, 2, 4])
    // Same weight and same remainder: the earlier position (the lower VAT rate) wins.
    expect(splitProRata(cents(2), c([1, 1, 2]))).toEqual([1, 0, 1])
  })

  it('edge cases: zero weights, no weights', () => {
    expect(splitProRata(cents(5), c([0, 0]))).toEqual([5, 0])
    expect(splitProRata(cents(0), [])).toEqual([])
    expect(() => splitProRata(cents(1), [])).toThrow(RangeError)
    expect(() => splitProRata(cents(1), c([-1, 2]))).toThrow(RangeError)
  })

  it('parts add up to the total and each stays within one cent of its exact share (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000_000, max: 10_000_000 }),
        fc.array(fc.integer({ min: 0, max: 10_000_000 }), { minLength: 1, maxLength: 8 }),
        (total, weights) => {
          const parts = splitProRata(cents(total), c(weights))
          expect(parts).toHaveLength(weights.length)
          expect(parts.reduce((sum, part) => sum + part, 0)).toBe(total)
          const totalWeight = weights.reduce((sum, w) => sum + w, 0)
          if (totalWeight > 0) {
            parts.forEach((part, i) => {
              const exact = (total * (weights[i] ?? 0)) / totalWeight
              expect(Math.abs(part - exact)).toBeLessThan(1 + 1e-9)
            })
          }
        },
      ),
    )
  })
})
