import type { IsoDate } from './common'
import type { ChartType } from '../statistics/chart-types'

/**
 * A commercial analysis the learner built for an objective (REAC CP6): the data picked, the chart, the
 * key figures it shows and the written synthesis a trainer grades.
 */
export interface Analysis {
  id: string
  date: IsoDate
  title: string
  /** What the figures were extracted for ("monthly review against objectives"…). */
  objective: string
  /** The filters and grouping the figures come from. */
  query: Record<string, unknown>
  chartType: ChartType
  /** Key figures by name, unrounded (cents for amounts, percent for rates). */
  figures: Record<string, number>
  synthesis: string
}
