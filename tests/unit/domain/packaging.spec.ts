/** AGEC-minded packaging (loi 2020-105, décret 3R 2021-517, DOMAIN-FR §7): over-packaging warnings. */
import { describe, expect, it } from 'vitest'
import { isReusablePackaging, packagingRecord, packagingWarnings, type PackagingChoice } from '@/domain'

const base: PackagingChoice = { kind: 'sizedBox', packages: 4, grams: 3_000, filler: 'paper', goodsGrams: 80_000 }

describe('packagingWarnings (course conventions on over-packaging)', () => {
  it('passes a sized box with paper fillers at under 15 % tare', () => {
    expect(packagingWarnings(base)).toEqual([])
    expect(packagingWarnings({ ...base, grams: 12_000 })).toEqual([]) // exactly 15 %
  })
  it('warns on a single-use tare above 15 % of the goods, never on reusable crates', () => {
    expect(packagingWarnings({ ...base, grams: 12_001 })).toEqual(['excessiveTare'])
    expect(packagingWarnings({ ...base, kind: 'reusableCrate', grams: 30_000 })).toEqual([])
  })
  it('warns on boxes more than 1.5 times the goods volume, plastic fillers and unsized standard boxes', () => {
    expect(packagingWarnings({ ...base, packageLitres: 151, goodsLitres: 100 })).toEqual(['excessiveVoid'])
    expect(packagingWarnings({ ...base, packageLitres: 150, goodsLitres: 100 })).toEqual([])
    expect(packagingWarnings({ ...base, kind: 'standardBox', filler: 'plastic' })).toEqual(['plasticFiller', 'standardBoxNotSized'])
  })
  it('refuses packed goods without a package, or figures that are not whole grams', () => {
    expect(() => packagingWarnings({ ...base, packages: 0 })).toThrow(expect.objectContaining({ field: 'packages' }))
    expect(() => packagingWarnings({ ...base, grams: -1 })).toThrow(expect.objectContaining({ field: 'grams', code: 'negative' }))
  })
  it('counts crates and pallets as reuse (C. env. L541-1 targets) and records the warnings', () => {
    expect(isReusablePackaging('reusablePallet')).toBe(true)
    expect(isReusablePackaging('sizedBox')).toBe(false)
    expect(packagingRecord({ ...base, kind: 'standardBox' })).toEqual({ kind: 'standardBox', packages: 4, grams: 3_000, filler: 'paper', warnings: ['standardBoxNotSized'] })
  })
})
