/**
 * The statistics page's filters: a period inside one year (compared with the same months of N-1), the
 * dimension the sales are grouped by, and the fields that narrow the sales down. The analysis panel
 * and the exports receive this object as it is.
 */
import { daysInMonth, type StatsDimension, type StatsFilterField } from '@/domain'

export interface StatsFilters {
  /** Year N (compared with N-1). */
  year: number
  /** First and last month of the period in that year, 1–12. */
  fromMonth: number
  toMonth: number
  dimension: StatsDimension
  customerId: string | null
  familyId: string | null
  region: string | null
  channel: string | null
  salespersonId: string | null
}

/** The narrowing filters, in the order the page shows them, with the fact field each one fixes. */
export const FILTER_FIELDS = [
  ['customerId', 'customerId'],
  ['familyId', 'familyId'],
  ['region', 'region'],
  ['channel', 'channel'],
  ['salespersonId', 'salespersonId'],
] as const satisfies readonly (readonly [keyof StatsFilters, StatsFilterField])[]

/** Year-to-date of the simulated date: January to its month, all dimensions open, grouped by month. */
export function defaultFilters(simDate: string): StatsFilters {
  return {
    year: Number(simDate.slice(0, 4)), fromMonth: 1, toMonth: Number(simDate.slice(5, 7)), dimension: 'month',
    customerId: null, familyId: null, region: null, channel: null, salespersonId: null,
  }
}

const pad = (n: number) => String(n).padStart(2, '0')

/** First and last day of the period in `year` ('YYYY-MM-DD', inclusive). */
export function periodOf(filters: Pick<StatsFilters, 'fromMonth' | 'toMonth'>, year: number): { from: string; to: string } {
  const from = Math.min(filters.fromMonth, filters.toMonth)
  const to = Math.max(filters.fromMonth, filters.toMonth)
  const lastDay = daysInMonth(year, to)
  return { from: `${year}-${pad(from)}-01`, to: `${year}-${pad(to)}-${pad(lastDay)}` }
}

/** The `where` of the domain's aggregates for the narrowing filters set. */
export function whereOf(filters: StatsFilters): Partial<Record<StatsFilterField, string>> {
  const where: Partial<Record<StatsFilterField, string>> = {}
  for (const [name, field] of FILTER_FIELDS) {
    const value = filters[name]
    if (typeof value === 'string' && value !== '') where[field] = value
  }
  return where
}
