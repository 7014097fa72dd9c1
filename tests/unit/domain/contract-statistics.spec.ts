import { describe, it, expect } from 'vitest'
import * as domain from '@/domain'
import type { Product, SalesDoc, Salesperson, Tier } from '@/domain/model'

// The public contract of issue 12 (CP6 statistics), copied verbatim: `vue-tsc --build` fails if the domain drifts from it.
type ContractEvolutionPercent = (v0: number, v1: number) => number | null
type ContractAchievementRatePercent = (actual: number, target: number) => number | null
type ContractMarkupOnCostPercent = (saleHt: number, costHt: number) => number | null
type ContractMarginOnSalesPercent = (saleHt: number, costHt: number) => number | null
type ContractMeanAnnualGrowthPercent = (v0: number, vn: number, years: number) => number | null
type ContractIndexBase100 = (value: number, base: number) => number | null
type ContractGap = (actual: number, reference: number) => { absolute: number; relativePercent: number | null }
type ContractRunningTotals = (values: number[]) => number[]
type ContractMean = (values: number[]) => number | null
type ContractWeightedMean = (values: number[], weights: number[]) => number | null
type ContractSharePercent = (part: number, total: number) => number | null

interface ContractSalesFact {
  docId: string; docType: 'invoice' | 'creditNote'; number: string; date: string; month: string
  customerId: string; productId: string; familyId: string; region: string; channel: string; salespersonId: string
  quantity: number; netHtCents: number; costHtCents: number
}
type ContractSalesFacts = (docs: readonly SalesDoc[], ctx: { products: ReadonlyMap<string, Product>; tiers: ReadonlyMap<string, Tier> }) => ContractSalesFact[]
type ContractDimension = 'month' | 'quarter' | 'year' | 'customer' | 'product' | 'family' | 'region' | 'channel' | 'salesperson'
type ContractAggregateSales = (facts: ContractSalesFact[], options: {
  dimension: ContractDimension; from?: string; to?: string
  where?: Partial<Record<'customerId' | 'productId' | 'familyId' | 'region' | 'channel' | 'salespersonId', string>>
}) => { key: string; netHtCents: number; costHtCents: number; quantity: number; documents: number }[]
type ContractCompareYears = (facts: ContractSalesFact[], year: number, dimension: ContractDimension) => unknown
type ContractObjectivesReport = (facts: ContractSalesFact[], salespeople: Salesperson[], period: { from: string; to: string }) => unknown
type ContractAbc = (rows: { key: string; netHtCents: number }[], thresholds: { a: number; b: number }) => { key: string; class: 'A' | 'B' | 'C' }[]
type ContractQuoteConversion = (docs: SalesDoc[], options: { from: string; to: string; by?: 'salesperson' }) => unknown
type ContractAverageBasket = (facts: ContractSalesFact[]) => unknown

const evolutionPercent: ContractEvolutionPercent = domain.evolutionPercent
const achievementRatePercent: ContractAchievementRatePercent = domain.achievementRatePercent
const markupOnCostPercent: ContractMarkupOnCostPercent = domain.markupOnCostPercent
const marginOnSalesPercent: ContractMarginOnSalesPercent = domain.marginOnSalesPercent
const meanAnnualGrowthPercent: ContractMeanAnnualGrowthPercent = domain.meanAnnualGrowthPercent
const indexBase100: ContractIndexBase100 = domain.indexBase100
const gap: ContractGap = domain.gap
const runningTotals: ContractRunningTotals = domain.runningTotals
const mean: ContractMean = domain.mean
const weightedMean: ContractWeightedMean = domain.weightedMean
const sharePercent: ContractSharePercent = domain.sharePercent
const salesFacts: ContractSalesFacts = domain.salesFacts
const aggregateSales: ContractAggregateSales = domain.aggregateSales
const compareYears: ContractCompareYears = domain.compareYears
const objectivesReport: ContractObjectivesReport = domain.objectivesReport
const abcAnalysis: ContractAbc = domain.abcAnalysis
const quoteConversion: ContractQuoteConversion = domain.quoteConversion
const averageBasket: ContractAverageBasket = domain.averageBasket

describe('issue 12 statistics contract (DOMAIN-FR §9)', () => {
  it('exports the rates with unrounded results and null on a base ≤ 0', () => {
    expect(evolutionPercent(480_000, 516_000)).toBeCloseTo(7.5, 12)
    expect(evolutionPercent(0, 516_000)).toBeNull()
    expect(achievementRatePercent(516_000, 540_000)).toBeCloseTo(95.5555555, 6)
    expect(achievementRatePercent(516_000, 0)).toBeNull()
    expect(markupOnCostPercent(10_920, 6_240)).toBeCloseTo(75, 12)
    expect(marginOnSalesPercent(10_920, 6_240)).toBeCloseTo(42.857142857, 8)
    expect(meanAnnualGrowthPercent(100, 121, 2)).toBeCloseTo(10, 12)
    expect(indexBase100(516_000, 480_000)).toBeCloseTo(107.5, 12)
    expect(gap(516_000, 540_000).absolute).toBe(-24_000)
    expect(runningTotals([1, 2])).toEqual([1, 3])
    expect(mean([])).toBeNull()
    expect(weightedMean([10, 20], [1, 3])).toBe(17.5)
    expect(sharePercent(1, 4)).toBe(25)
  })

  it('exports the facts and aggregates from src/domain/index.ts', () => {
    expect(salesFacts([], { products: new Map(), tiers: new Map() })).toEqual([])
    expect(aggregateSales([], { dimension: 'month' })).toEqual([])
    expect(compareYears([], 2025, 'month')).toHaveProperty('total')
    expect(objectivesReport([], [], { from: '2025-01-01', to: '2025-01-31' })).toHaveProperty('rows')
    expect(abcAnalysis([{ key: 'x', netHtCents: 1 }], { a: 80, b: 95 })[0]!.class).toBe('A')
    expect(quoteConversion([], { from: '2025-01-01', to: '2025-12-31' })).toHaveProperty('total')
    expect(averageBasket([])).toHaveProperty('averageCents', null)
  })
})
