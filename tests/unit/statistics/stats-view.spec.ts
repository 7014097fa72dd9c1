import { describe, it, expect } from 'vitest'
import { indexFacts, type QuoteSummary, type SalesFact } from '@/domain'
import { defaultFilters, periodOf, whereOf } from '@/components/statistics/filters'
import { dimensionRows, drillDocuments, figureRecord, statsView } from '@/components/statistics/stats-view'

let n = 0
const fact = (date: string, netHtCents: number, over: Partial<SalesFact> = {}): SalesFact => {
  n += 1
  return {
    docId: `d${n}`, docType: 'invoice', number: `F${n}`, date, month: date.slice(0, 7), customerId: 'C1', productId: 'P1', familyId: 'F1', region: 'Bretagne',
    channel: 'direct', salespersonId: 'sp-1', quantity: 1, costHtCents: netHtCents / 2, netHtCents, ...over,
  }
}

// DOMAIN-FR §9 example in cents: N-1 480 000 €, N 516 000 €, objective 540 000 €.
const facts = [
  fact('2025-01-10', 30_000_000), fact('2025-02-10', 18_000_000),
  fact('2026-01-10', 30_000_000, { customerId: 'C2' }), fact('2026-02-10', 22_000_000), fact('2026-02-20', -400_000, { docType: 'creditNote' }),
]
const salespeople = [{ id: 'sp-1', firstName: 'J', lastName: 'M', email: '', regions: [], objectives: [{ month: '2026-01', targetCents: 27_000_000 }, { month: '2026-02', targetCents: 27_000_000 }] }]
const source = { index: indexFacts(facts), quoteDocs: [] as QuoteSummary[], salespeople }
const filters = { ...defaultFilters('2026-02-25') }

describe('statsView: the page figures from the domain rules', () => {
  it('filters: year to date of the simulated date', () => {
    expect(filters).toMatchObject({ year: 2026, fromMonth: 1, toMonth: 2, dimension: 'month' })
    expect(periodOf(filters, 2024)).toEqual({ from: '2024-01-01', to: '2024-02-29' })
    expect(whereOf({ ...filters, region: 'Bretagne', channel: '' })).toEqual({ region: 'Bretagne' })
  })

  it('key figures of the worked example: +7,50 %, 95,56 %, gap −24 000 € (−4,44 %)', () => {
    const { figures } = statsView(source, filters)
    expect(figures.salesCents).toBe(51_600_000)
    expect(figures.previousSalesCents).toBe(48_000_000)
    expect(figures.evolutionPercent).toBeCloseTo(7.5, 10)
    expect(figures.objectiveCents).toBe(54_000_000)
    expect(figures.achievementPercent).toBeCloseTo(95.5556, 4)
    expect(figures.objectiveGap!.absolute).toBe(-2_400_000)
    expect(figures.objectiveGap!.relativePercent).toBeCloseTo(-4.4444, 4)
    expect(figures.marginOnSalesPercent).toBeCloseTo(50, 10)
    expect(figures.basket).toEqual({ salesCents: 51_600_000, invoices: 2, averageCents: 25_800_000 })
    expect(figureRecord(figures)).toMatchObject({ salesCents: 51_600_000, objectiveGapCents: -2_400_000 })
  })

  it('months with running totals, and each month faces the same month of N-1', () => {
    const { months } = statsView(source, filters)
    expect(months.map((m) => [m.month, m.salesCents, m.previousCents, m.cumulativeCents, m.previousCumulativeCents])).toEqual([
      ['2026-01', 30_000_000, 30_000_000, 30_000_000, 30_000_000], ['2026-02', 21_600_000, 18_000_000, 51_600_000, 48_000_000],
    ])
  })

  it('a customer filter leaves objectives out (null, shown n.s.) and evolution without N-1 is null', () => {
    const { figures } = statsView(source, { ...filters, customerId: 'C2' })
    expect(figures.salesCents).toBe(30_000_000)
    expect(figures.objectiveCents).toBeNull()
    expect(figures.evolutionPercent).toBeNull()
    expect(figureRecord(figures)).not.toHaveProperty('evolutionPercent')
  })

  it('rows of the dimension with N-1 (periods face the same period of N-1), and the documents behind a row', () => {
    expect(dimensionRows(source.index, { ...filters, dimension: 'quarter' }).map((r) => [r.key, r.netHtCents, r.previousCents, r.evolutionPercent])).toEqual([['2026-Q1', 51_600_000, 48_000_000, 7.5]])
    expect(dimensionRows(source.index, { ...filters, dimension: 'customer' }).map((r) => [r.key, r.netHtCents, r.previousCents])).toEqual([['C2', 30_000_000, 0], ['C1', 21_600_000, 48_000_000]])
    expect(drillDocuments(source.index, filters, { dimension: 'customer', key: 'C1' }).map((d) => [d.number, d.netHtCents])).toEqual([['F4', 22_000_000], ['F5', -400_000]])
    expect(drillDocuments(source.index, filters, { dimension: 'month', key: '2026-01' }).map((d) => d.number)).toEqual(['F3'])
    expect(drillDocuments(source.index, filters, { dimension: 'quarter', key: '2026-Q1' })).toHaveLength(3)
    expect(drillDocuments(source.index, filters)).toHaveLength(3)
  })
})
