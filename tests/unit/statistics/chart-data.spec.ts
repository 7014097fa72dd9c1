import { describe, it, expect } from 'vitest'
import { cumulativeChart, dimensionChart, MAX_SLICES, objectivesChart } from '@/components/statistics/chart-data'
import type { DimensionRow, MonthRow } from '@/components/statistics/stats-view'

const row = (key: string, netHtCents: number, previousCents = 0): DimensionRow => ({
  key, netHtCents, previousCents, costHtCents: 0, quantity: 1, documents: 1, invoices: 1, evolutionPercent: null, marginOnSalesPercent: null,
})
const labels = { current: 'N', previous: 'N-1', others: 'Autres' }
const month = (m: string, salesCents: number, objectiveCents: number, cumulativeCents: number, previousCumulativeCents: number): MonthRow => ({
  month: m, salesCents, previousCents: 0, objectiveCents, cumulativeCents, previousCumulativeCents, achievementPercent: null,
})

describe('chart data, built without a DOM', () => {
  it('bars: N and N-1 per row, in euros, labels from the caller', () => {
    const config = dimensionChart([row('a', 123_456, 100_000), row('b', 50, 0)], (k) => k.toUpperCase(), 'bar', labels, 'fr-FR')
    expect(config.type).toBe('bar')
    expect(config.data.labels).toEqual(['A', 'B'])
    expect(config.data.datasets.map((d) => [d.label, d.data])).toEqual([['N', [1_234.56, 0.5]], ['N-1', [1_000, 0]]])
  })

  it('line: the same series as lines, not filled', () => {
    const config = dimensionChart([row('a', 100)], (k) => k, 'line', labels, 'fr-FR')
    expect(config.type).toBe('line')
    expect(config.data.datasets.every((d) => d.fill === false)).toBe(true)
  })

  it('bars and line: N as bars, N-1 as a line over them', () => {
    const config = dimensionChart([row('a', 100, 80)], (k) => k, 'barLine', labels, 'fr-FR')
    expect(config.type).toBe('bar')
    expect(config.data.datasets.map((d) => d.type)).toEqual(['bar', 'line'])
  })

  it('pie and doughnut: shares of N, the largest first, the rest as "others", no negative slice', () => {
    const rows = Array.from({ length: MAX_SLICES + 2 }, (_, i) => row(`k${i}`, (i + 1) * 100)).concat(row('neg', -500))
    const config = dimensionChart(rows, (k) => k, 'doughnut', labels, 'fr-FR')
    expect(config.type).toBe('doughnut')
    expect(config.data.labels).toHaveLength(MAX_SLICES + 1)
    expect(config.data.labels![0]).toBe(`k${MAX_SLICES + 1}`)
    expect(config.data.labels!.at(-1)).toBe('Autres')
    expect(config.data.datasets[0]!.data.at(-1)).toBe(3) // k0 + k1 = 100 + 200 cents
    expect(config.data.labels).not.toContain('neg')
    expect(dimensionChart([row('a', 100)], (k) => k, 'pie', labels, 'fr-FR').data.labels).toEqual(['a'])
  })

  it('objectives: CA bars with the objective as a line (combined chart)', () => {
    const config = objectivesChart([month('2026-01', 200_000, 250_000, 200_000, 0)], (m) => m, { sales: 'Réalisé', objective: 'Objectif' }, 'fr-FR')
    expect(config.data.datasets.map((d) => [d.type, d.label, d.data])).toEqual([['bar', 'Réalisé', [2_000]], ['line', 'Objectif', [2_500]]])
  })

  it('running totals of N and N-1 as lines', () => {
    const config = cumulativeChart([month('2026-01', 1, 0, 100, 50), month('2026-02', 1, 0, 300, 150)], (m) => m, labels, 'fr-FR')
    expect(config.type).toBe('line')
    expect(config.data.datasets.map((d) => d.data)).toEqual([[1, 3], [0.5, 1.5]])
  })
})
