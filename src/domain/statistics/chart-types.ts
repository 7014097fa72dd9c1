/**
 * The chart types a learner can pick for a statistics chart and keep in an analysis (REAC CP6):
 * bars, lines, a pie, a doughnut, or `barLine` (bars of N with a line of N-1).
 */
export const CHART_TYPES = ['bar', 'line', 'pie', 'doughnut', 'barLine'] as const

/** One of {@link CHART_TYPES}. */
export type ChartType = (typeof CHART_TYPES)[number]

/** Whether `value` names one of the {@link CHART_TYPES} (a stored or typed value read back). */
export function isChartType(value: unknown): value is ChartType {
  return typeof value === 'string' && (CHART_TYPES as readonly string[]).includes(value)
}
