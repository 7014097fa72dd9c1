/**
 * Chart.js configurations of the statistics page, built by pure functions from the computed rows (no
 * DOM, tested on their own): the chosen dimension as bars, lines, a pie or a doughnut, or bars with a
 * line; the months against their objectives (bars and a line); the running totals of N and N-1.
 * Amounts are drawn in euros (cents / 100); the texts come translated from the caller.
 */
import type { ChartType } from '@/domain/statistics/chart-types'
import type { DimensionRow, MonthRow } from './stats-view'

/** The chart types are the domain's (`@/domain/statistics/chart-types`); the type is re-exported for the statistics page. */
export type { ChartType }

export interface ChartDataset {
  type?: 'bar' | 'line'
  label: string
  data: number[]
  backgroundColor: string | string[]
  borderColor: string | string[]
  borderWidth?: number
  fill?: boolean
  order?: number
}

/** A Chart.js configuration (the subset the page uses). */
export interface ChartConfig {
  type: 'bar' | 'line' | 'pie' | 'doughnut'
  data: { labels: string[]; datasets: ChartDataset[] }
  options: Record<string, unknown>
}

/** Colours with enough contrast on white (WCAG 3:1 for graphics), N first then N-1. */
export const CHART_COLORS = ['#1d4ed8', '#b45309', '#047857', '#7c3aed', '#be123c', '#0e7490', '#4d7c0f', '#a21caf'] as const
const PREVIOUS_COLOR = '#6b7280'

/** Most slices a pie shows before "others" (more are unreadable). */
export const MAX_SLICES = 7

const euros = (cents: number) => Math.round(cents) / 100

function baseOptions(locale: string, pie: boolean): Record<string, unknown> {
  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    locale,
    plugins: { legend: { position: pie ? 'right' : 'bottom' } },
    ...(pie ? {} : { scales: { y: { beginAtZero: true } } }),
  }
}

/** Labels of the chart series. */
export interface SeriesLabels {
  current: string
  previous: string
  others: string
}

/**
 * The main chart of the chosen dimension: N and N-1 as bars or lines, N alone as a pie or doughnut (the
 * first {@link MAX_SLICES} rows and the rest as "others", rows ≤ 0 left out: a share cannot be negative),
 * or N as bars with N-1 as a line.
 */
export function dimensionChart(rows: readonly DimensionRow[], labelOf: (key: string) => string, type: ChartType, labels: SeriesLabels, locale: string): ChartConfig {
  if (type === 'pie' || type === 'doughnut') {
    const positive = rows.filter((r) => r.netHtCents > 0).sort((a, b) => b.netHtCents - a.netHtCents)
    const shown = positive.slice(0, MAX_SLICES)
    const rest = positive.slice(MAX_SLICES).reduce((s, r) => s + r.netHtCents, 0)
    const sliceLabels = [...shown.map((r) => labelOf(r.key)), ...(rest > 0 ? [labels.others] : [])]
    const colors = sliceLabels.map((_, i) => CHART_COLORS[i % CHART_COLORS.length]!)
    return {
      type,
      data: { labels: sliceLabels, datasets: [{ label: labels.current, data: [...shown.map((r) => euros(r.netHtCents)), ...(rest > 0 ? [euros(rest)] : [])], backgroundColor: colors, borderColor: '#ffffff', borderWidth: 1 }] },
      options: baseOptions(locale, true),
    }
  }
  const keys = rows.map((r) => labelOf(r.key))
  const current: ChartDataset = { label: labels.current, data: rows.map((r) => euros(r.netHtCents)), backgroundColor: CHART_COLORS[0], borderColor: CHART_COLORS[0], borderWidth: 2 }
  const previous: ChartDataset = { label: labels.previous, data: rows.map((r) => euros(r.previousCents)), backgroundColor: PREVIOUS_COLOR, borderColor: PREVIOUS_COLOR, borderWidth: 2 }
  if (type === 'barLine') {
    return {
      type: 'bar',
      data: { labels: keys, datasets: [{ ...current, type: 'bar', order: 2 }, { ...previous, type: 'line', fill: false, order: 1 }] },
      options: baseOptions(locale, false),
    }
  }
  return { type, data: { labels: keys, datasets: type === 'line' ? [{ ...current, fill: false }, { ...previous, fill: false }] : [current, previous] }, options: baseOptions(locale, false) }
}

/** The months of the period: CA N as bars, the objective as a line (combined chart). */
export function objectivesChart(months: readonly MonthRow[], labelOf: (month: string) => string, labels: { sales: string; objective: string }, locale: string): ChartConfig {
  return {
    type: 'bar',
    data: {
      labels: months.map((m) => labelOf(m.month)),
      datasets: [
        { type: 'bar', label: labels.sales, data: months.map((m) => euros(m.salesCents)), backgroundColor: CHART_COLORS[0], borderColor: CHART_COLORS[0], order: 2 },
        { type: 'line', label: labels.objective, data: months.map((m) => euros(m.objectiveCents)), backgroundColor: CHART_COLORS[1], borderColor: CHART_COLORS[1], borderWidth: 2, fill: false, order: 1 },
      ],
    },
    options: baseOptions(locale, false),
  }
}

/** Running totals of N and N-1 month by month (line chart). */
export function cumulativeChart(months: readonly MonthRow[], labelOf: (month: string) => string, labels: Pick<SeriesLabels, 'current' | 'previous'>, locale: string): ChartConfig {
  return {
    type: 'line',
    data: {
      labels: months.map((m) => labelOf(m.month)),
      datasets: [
        { label: labels.current, data: months.map((m) => euros(m.cumulativeCents)), backgroundColor: CHART_COLORS[0], borderColor: CHART_COLORS[0], borderWidth: 2, fill: false },
        { label: labels.previous, data: months.map((m) => euros(m.previousCumulativeCents)), backgroundColor: PREVIOUS_COLOR, borderColor: PREVIOUS_COLOR, borderWidth: 2, fill: false },
      ],
    },
    options: baseOptions(locale, false),
  }
}
