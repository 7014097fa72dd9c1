import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import { applyRate, cents, exclVatFromInclVat, parsePercent } from '@/domain'

const FRENCH_RATES = [20, 10, 5.5, 2.1]

describe('exclVatFromInclVat: HT = round(TTC / (1 + t)), VAT = TTC − HT (issue 4 contract)', () => {
  it('DOMAIN-FR §1 example A variant: acompte 991.42 TTC = 826.18 HT + 165.24 TVA', () => {
    expect(exclVatFromInclVat(99142, 20)).toEqual({ exclVatCents: 82618, vatCents: 16524 })
  })

  it('rounds half away from zero: 1.05 TTC at 5 % → exactly 1.00 HT; 0.03 TTC at 20 % → 0.025 → 0.03 HT', () => {
    expect(exclVatFromInclVat(105, 5)).toEqual({ exclVatCents: 100, vatCents: 5 })
    expect(exclVatFromInclVat(3, 20)).toEqual({ exclVatCents: 3, vatCents: 0 })
  })

  it('0 % leaves the amount HT', () => {
    expect(exclVatFromInclVat(12345, 0)).toEqual({ exclVatCents: 12345, vatCents: 0 })
  })

  it('names the bad field', () => {
    expect(() => exclVatFromInclVat(10.5, 20)).toThrow(/inclVatCents/)
    expect(() => exclVatFromInclVat(100, 20.0001)).toThrow(/vatRatePercent/)
  })

  it('HT + VAT = TTC always (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 100_000 }), (ttc, thousandths) => {
        const { exclVatCents, vatCents } = exclVatFromInclVat(ttc, thousandths / 1000)
        expect(exclVatCents + vatCents).toBe(ttc)
      }),
    )
  })

  it('round trip HT → TTC → HT is exact: for any HT h, exclVatFromInclVat(h + round(h × t)) = h (property)', () => {
    // TTC = h(1+t) + δ with |δ| ≤ ½, so TTC/(1+t) = h + δ/(1+t) and |δ/(1+t)| < ½ once t > 0: rounding gives h.
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), fc.integer({ min: 0, max: 100_000 }), (h, thousandths) => {
        const rate = thousandths / 1000
        const vat = applyRate(cents(h), parsePercent(rate))
        expect(exclVatFromInclVat(h + vat, rate)).toEqual({ exclVatCents: h, vatCents: vat })
      }),
    )
  })

  it('round trip TTC → HT → TTC is within 1 cent, not exact (property; 0.03 TTC at 20 % comes back as 0.04)', () => {
    // |HT(1+t) − TTC| ≤ (1+t)/2 < 1 for t < 100 %, plus ½ for rounding the VAT: the gap is at most one cent.
    expect(3 + applyRate(cents(3), parsePercent(20))).toBe(4)
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), fc.constantFrom(...FRENCH_RATES), (ttc, rate) => {
        const { exclVatCents } = exclVatFromInclVat(ttc, rate)
        const recomputed = exclVatCents + applyRate(cents(exclVatCents), parsePercent(rate))
        expect(Math.abs(recomputed - ttc)).toBeLessThanOrEqual(1)
      }),
    )
  })

  it('HT is the best HT: no other whole-cent HT gets closer to TTC / (1 + t) (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.constantFrom(...FRENCH_RATES), (ttc, rate) => {
        const { exclVatCents } = exclVatFromInclVat(ttc, rate)
        const scale = 100_000n + BigInt(Math.round(rate * 1000))
        const gap = (h: number) => { const d = BigInt(h) * scale - BigInt(ttc) * 100_000n; return d < 0n ? -d : d }
        expect(gap(exclVatCents) <= gap(exclVatCents - 1)).toBe(true)
        expect(gap(exclVatCents) <= gap(exclVatCents + 1)).toBe(true)
      }),
    )
  })
})
