import { describe, it, expect } from 'vitest'
import {
  achievementRatePercent, evolutionPercent, gap, indexBase100, marginOnSalesPercent, markRatePercent, markupOnCostPercent,
  markupPercent, mean, meanAnnualGrowthPercent, runningTotals, sharePercent, weightedMean, DomainInputError,
} from '@/domain'

describe('DOMAIN-FR §9 worked example: CA N-1 480 000, CA N 516 000, objective 540 000', () => {
  it('évolution = (V₁ − V₀) / V₀ × 100 → +7,50 %', () => {
    expect(evolutionPercent(480_000, 516_000)).toBeCloseTo(7.5, 12)
    expect(evolutionPercent(48_000_000, 51_600_000)).toBeCloseTo(7.5, 12) // in cents: the same rate
  })

  it('indice base 100 = Vₜ / V_base × 100 → 107,5', () => {
    expect(indexBase100(516_000, 480_000)).toBeCloseTo(107.5, 12)
  })

  it('taux de réalisation = réalisé / objectif × 100 → 95,56 %', () => {
    const rate = achievementRatePercent(516_000, 540_000)!
    expect(rate).toBeCloseTo(95.5556, 4)
    expect(Math.round(rate * 100) / 100).toBe(95.56)
  })

  it('écart absolu −24 000, écart relatif on the objective −4,44 %', () => {
    const g = gap(516_000, 540_000)
    expect(g.absolute).toBe(-24_000)
    expect(g.relativePercent).toBeCloseTo(-4.4444, 4)
    // The trap: dividing by the actual instead of the reference gives −4.65 %, not the rule.
    expect(g.relativePercent).not.toBeCloseTo((-24_000 * 100) / 516_000, 2)
  })

  it('keeps the unrounded figures: the relative gap is the achievement rate minus 100', () => {
    expect(gap(516_000, 540_000).relativePercent! + 100).toBeCloseTo(achievementRatePercent(516_000, 540_000)!, 10)
  })
})

describe('a base ≤ 0 has no rate ("n.s.")', () => {
  it.each([
    ['evolution from 0', () => evolutionPercent(0, 10)],
    ['evolution from a negative CA', () => evolutionPercent(-5, 10)],
    ['achievement without objective', () => achievementRatePercent(10, 0)],
    ['index on a zero base', () => indexBase100(10, 0)],
    ['relative gap on a zero reference', () => gap(10, 0).relativePercent],
    ['markup with no cost', () => markupOnCostPercent(100, 0)],
    ['margin on a zero sale', () => marginOnSalesPercent(0, 10)],
    ['share of a zero total', () => sharePercent(1, 0)],
    ['mean annual growth from 0', () => meanAnnualGrowthPercent(0, 10, 2)],
    ['mean annual growth over 0 years', () => meanAnnualGrowthPercent(10, 12, 0)],
    ['mean annual growth to a negative value', () => meanAnnualGrowthPercent(10, -1, 2)],
    ['NaN', () => evolutionPercent(Number.NaN, 10)],
  ])('%s → null', (_label, compute) => {
    expect(compute()).toBeNull()
  })

  it('a negative evolution is a number, not null', () => {
    expect(evolutionPercent(200, 150)).toBe(-25)
  })
})

describe('margins (DOMAIN-FR §1: PA 62,40, PV 109,20)', () => {
  it('taux de marge 75 %, taux de marque 42,86 %', () => {
    expect(markupOnCostPercent(10_920, 6_240)).toBeCloseTo(75, 12)
    expect(Math.round(marginOnSalesPercent(10_920, 6_240)! * 100) / 100).toBe(42.86)
  })

  it('is one rule with the catalogue: the same figures as markupPercent / markRatePercent', () => {
    for (const [pv, pa] of [[10_920, 6_240], [100, 150], [1, 1], [123_457, 98_765]] as const) {
      expect(markupOnCostPercent(pv, pa)).toBe(markupPercent(pv, pa))
      expect(marginOnSalesPercent(pv, pa)).toBe(markRatePercent(pv, pa))
    }
  })
})

describe('mean annual growth (DOMAIN-FR §9: (Vₙ/V₀)^(1/n) − 1, n = intervals)', () => {
  it('100 → 133,1 over 3 years is 10 % a year, not the simple 11,03 %', () => {
    expect(meanAnnualGrowthPercent(100, 133.1, 3)).toBeCloseTo(10, 10)
  })

  it('chained changes: Π(1 + tᵢ) gives back Vₙ', () => {
    const t = meanAnnualGrowthPercent(480_000, 516_000, 1)!
    expect(t).toBeCloseTo(evolutionPercent(480_000, 516_000)!, 12)
  })

  it('a fall to 0 is −100 %', () => {
    expect(meanAnnualGrowthPercent(100, 0, 2)).toBe(-100)
  })
})

describe('cumuls and averages (DOMAIN-FR §9)', () => {
  it('running total since the start of the period', () => {
    expect(runningTotals([40_000, 45_000, -5_000, 50_000])).toEqual([40_000, 85_000, 80_000, 130_000])
    expect(runningTotals([])).toEqual([])
  })

  it('simple mean Σx/n and weighted mean Σ(x·w)/Σw', () => {
    expect(mean([10, 20, 30, 45])).toBe(26.25)
    // Average price weighted by quantities: 10 € × 1 and 20 € × 3 → 17,50 €, not the simple 15 €.
    expect(weightedMean([10, 20], [1, 3])).toBe(17.5)
    expect(weightedMean([10, 20], [0, 0])).toBeNull()
  })

  it('refuses weights that do not match the values, naming the field', () => {
    expect(() => weightedMean([1, 2], [1])).toThrow(DomainInputError)
    try { weightedMean([1, 2], [1]) } catch (e) { expect((e as DomainInputError).field).toBe('weights') }
  })

  it('part de marché = company sales / market sales × 100', () => {
    expect(sharePercent(516_000, 4_300_000)).toBe(12)
  })
})
