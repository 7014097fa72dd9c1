/**
 * Everything the statistics page shows for a set of filters, computed from the sales facts by the
 * domain's rules (DOMAIN-FR §9): key figures of N against N-1 and the objectives, the rows of the chosen
 * dimension, the months of the period, ABC classes, quote conversion and the objectives by salesperson.
 * Each aggregate is one pass over the fact index's typed arrays: the page recomputes it on each filter
 * change in a few milliseconds for 100,000 lines.
 */
import {
  abcAnalysis, achievementRatePercent, aggregateIndexed, evolutionPercent, forEachKept, gap, isPeriodDimension,
  marginOnSalesPercent, markupOnCostPercent, monthsBetween, objectivesIndexed, quoteConversion, runningTotals,
  type AbcRow, type AverageBasket, type FactIndex, type Gap, type ObjectivesReport, type QuoteConversionRow, type QuoteSummary, type SalesAggregateRow, type SalesFact,
} from '@/domain'
import type { Salesperson } from '@/domain/model'
import { periodOf, whereOf, type StatsFilters } from './filters'

/** The key figures, unrounded (cents for amounts, percent for rates); null means "n.s.". */
export interface KeyFigures {
  salesCents: number
  previousSalesCents: number
  evolutionPercent: number | null
  previousGap: Gap
  /** Σ of the monthly objectives in the period (the selected salesperson's, or everyone's); null when a filter other than the salesperson makes objectives meaningless. */
  objectiveCents: number | null
  achievementPercent: number | null
  objectiveGap: Gap | null
  marginCents: number
  /** Taux de marque and taux de marge of the period (DOMAIN-FR §1). */
  marginOnSalesPercent: number | null
  markupOnCostPercent: number | null
  basket: AverageBasket
  conversion: QuoteConversionRow
}

/** One row of the chosen dimension, with its N-1 counterpart. */
export interface DimensionRow extends SalesAggregateRow {
  previousCents: number
  evolutionPercent: number | null
  marginOnSalesPercent: number | null
}

/** One month of the period: CA N, N-1, objective and running totals. */
export interface MonthRow {
  month: string
  salesCents: number
  previousCents: number
  objectiveCents: number
  cumulativeCents: number
  previousCumulativeCents: number
  achievementPercent: number | null
}

export interface StatsView {
  period: { from: string; to: string }
  previousPeriod: { from: string; to: string }
  figures: KeyFigures
  months: MonthRow[]
  abcCustomers: AbcRow[]
  abcProducts: AbcRow[]
  conversionBySalesperson: QuoteConversionRow[]
  objectives: ObjectivesReport | null
}

/** The data the view is computed from, read once per workspace load. */
export interface StatsSource {
  index: FactIndex
  /** Quotes (without their lines) and orders (their `sourceIds`), for the conversion rate. */
  quoteDocs: readonly QuoteSummary[]
  salespeople: readonly Salesperson[]
}

/** The key of N-1's group that faces `key` of N (same month, quarter or year one year earlier). */
function previousKey(key: string, periodDimension: boolean): string {
  return periodDimension ? `${Number(key.slice(0, 4)) - 1}${key.slice(4)}` : key
}

/** True when objectives, set by salesperson and month, can be compared with the filtered sales. */
export function objectivesApply(filters: StatsFilters): boolean {
  return !filters.customerId && !filters.familyId && !filters.region && !filters.channel
}

/** The statistics of `source` for `filters`. */
export function statsView(source: StatsSource, filters: StatsFilters): StatsView {
  const period = periodOf(filters, filters.year)
  const previousPeriod = periodOf(filters, filters.year - 1)
  const where = whereOf(filters)
  const { index } = source
  const current = { ...period, where }
  const previous = { ...previousPeriod, where }
  const byMonthRows = aggregateIndexed(index, { ...current, dimension: 'month' })
  const previousByMonthRows = aggregateIndexed(index, { ...previous, dimension: 'month' })
  const total = (rows: readonly SalesAggregateRow[], field: 'netHtCents' | 'costHtCents' | 'invoices') => rows.reduce((s, r) => s + r[field], 0)
  const salesCents = total(byMonthRows, 'netHtCents')
  const costCents = total(byMonthRows, 'costHtCents')
  const invoices = total(byMonthRows, 'invoices')
  const previousSalesCents = total(previousByMonthRows, 'netHtCents')

  const people = filters.salespersonId ? source.salespeople.filter((s) => s.id === filters.salespersonId) : source.salespeople
  const objectives = objectivesApply(filters) ? objectivesIndexed(index, people, period) : null
  const objectiveCents = objectives ? objectives.total.targetCents : null

  const quoteDocs = source.quoteDocs.filter((doc) => doc.type !== 'quote'
    || ((!filters.customerId || doc.customerId === filters.customerId) && (!filters.channel || doc.channel === filters.channel)
      && (!filters.salespersonId || doc.salespersonId === filters.salespersonId)))
  const conversion = quoteConversion(quoteDocs, { ...period, by: 'salesperson' })

  const figures: KeyFigures = {
    salesCents,
    previousSalesCents,
    evolutionPercent: evolutionPercent(previousSalesCents, salesCents),
    previousGap: gap(salesCents, previousSalesCents),
    objectiveCents,
    achievementPercent: objectiveCents === null ? null : achievementRatePercent(salesCents, objectiveCents),
    objectiveGap: objectiveCents === null ? null : gap(salesCents, objectiveCents),
    marginCents: salesCents - costCents,
    marginOnSalesPercent: marginOnSalesPercent(salesCents, costCents),
    markupOnCostPercent: markupOnCostPercent(salesCents, costCents),
    basket: { salesCents, invoices, averageCents: invoices > 0 ? salesCents / invoices : null },
    conversion: conversion.total,
  }

  const customers = aggregateIndexed(index, { ...current, dimension: 'customer' })
  const products = aggregateIndexed(index, { ...current, dimension: 'product' })

  const monthKeys = monthsBetween(period.from, period.to)
  const byMonth = new Map(byMonthRows.map((r) => [r.key, r.netHtCents]))
  const byPreviousMonth = new Map(previousByMonthRows.map((r) => [r.key, r.netHtCents]))
  const monthSales = monthKeys.map((m) => byMonth.get(m) ?? 0)
  const monthPrevious = monthKeys.map((m) => byPreviousMonth.get(previousKey(m, true)) ?? 0)
  const cumulative = runningTotals(monthSales)
  const previousCumulative = runningTotals(monthPrevious)
  const monthObjectives = new Map(objectives?.byMonth.map((m) => [m.month, m.targetCents]) ?? [])
  const months = monthKeys.map((month, i) => {
    const objective = monthObjectives.get(month) ?? 0
    return {
      month, salesCents: monthSales[i]!, previousCents: monthPrevious[i]!, objectiveCents: objective,
      cumulativeCents: cumulative[i]!, previousCumulativeCents: previousCumulative[i]!, achievementPercent: achievementRatePercent(monthSales[i]!, objective),
    }
  })

  return {
    period, previousPeriod, figures, months,
    abcCustomers: abcAnalysis(customers),
    abcProducts: abcAnalysis(products),
    conversionBySalesperson: conversion.rows,
    objectives,
  }
}

/**
 * CA HT of N and N-1 by the filters' dimension (for periods, each month, quarter or year faces the same
 * one of N-1), with the evolution and the taux de marque of each row. Apart from {@link statsView}, so a
 * change of dimension recomputes only this.
 */
export function dimensionRows(index: FactIndex, filters: StatsFilters): DimensionRow[] {
  const where = whereOf(filters)
  const current = { ...periodOf(filters, filters.year), where }
  const previous = { ...periodOf(filters, filters.year - 1), where }
  const periodDimension = isPeriodDimension(filters.dimension)
  const previousRows = new Map(aggregateIndexed(index, { ...previous, dimension: filters.dimension }).map((row) => [row.key, row.netHtCents]))
  return aggregateIndexed(index, { ...current, dimension: filters.dimension }).map((row) => {
    const previousCents = previousRows.get(previousKey(row.key, periodDimension)) ?? 0
    return { ...row, previousCents, evolutionPercent: evolutionPercent(previousCents, row.netHtCents), marginOnSalesPercent: marginOnSalesPercent(row.netHtCents, row.costHtCents) }
  })
}

/** One document behind a figure or a row, with its part of the figure. */
export interface DrillDoc {
  docId: string
  docType: SalesFact['docType']
  number: string
  date: string
  customerId: string
  netHtCents: number
}

/** What a drill-down opens on: the whole period, or one row of the dimension. */
export interface DrillTarget {
  dimension?: StatsFilters['dimension']
  key?: string
}

const FIELD_OF_DIMENSION = { customer: 'customerId', product: 'productId', family: 'familyId', region: 'region', channel: 'channel', salesperson: 'salespersonId' } as const

/** The documents behind the period's CA, or behind one row of a dimension, in date order, each with its CA HT. */
export function drillDocuments(index: FactIndex, filters: StatsFilters, target: DrillTarget = {}): DrillDoc[] {
  let { from, to } = periodOf(filters, filters.year)
  const where = whereOf(filters)
  const { dimension, key } = target
  if (dimension && key !== undefined) {
    if (dimension === 'month') { from = `${key}-01`; to = `${key}-31` }
    else if (dimension === 'quarter') {
      const first = (Number(key.slice(-1)) - 1) * 3 + 1
      const range = periodOf({ fromMonth: first, toMonth: first + 2 }, Number(key.slice(0, 4)))
      from = range.from > from ? range.from : from
      to = range.to < to ? range.to : to
    } else if (dimension !== 'year') where[FIELD_OF_DIMENSION[dimension]] = key
  }
  const docs = new Map<string, DrillDoc>()
  forEachKept(index, { from, to, where }, (i) => {
    const fact = index.facts[i]!
    const doc = docs.get(fact.docId)
    if (doc) doc.netHtCents += fact.netHtCents
    else docs.set(fact.docId, { docId: fact.docId, docType: fact.docType, number: fact.number, date: fact.date, customerId: fact.customerId, netHtCents: fact.netHtCents })
  })
  return [...docs.values()].sort((a, b) => a.date.localeCompare(b.date) || a.number.localeCompare(b.number))
}

/** The figures handed to the analysis panel and the exports: unrounded, nulls left out. */
export function figureRecord(figures: KeyFigures): Record<string, number> {
  const all: Record<string, number | null> = {
    salesCents: figures.salesCents,
    previousSalesCents: figures.previousSalesCents,
    evolutionPercent: figures.evolutionPercent,
    previousGapCents: figures.previousGap.absolute,
    objectiveCents: figures.objectiveCents,
    achievementPercent: figures.achievementPercent,
    objectiveGapCents: figures.objectiveGap?.absolute ?? null,
    objectiveGapPercent: figures.objectiveGap?.relativePercent ?? null,
    marginCents: figures.marginCents,
    marginOnSalesPercent: figures.marginOnSalesPercent,
    markupOnCostPercent: figures.markupOnCostPercent,
    averageBasketCents: figures.basket.averageCents,
    invoices: figures.basket.invoices,
    quoteCountRatePercent: figures.conversion.countRatePercent,
    quoteValueRatePercent: figures.conversion.valueRatePercent,
  }
  return Object.fromEntries(Object.entries(all).filter((entry): entry is [string, number] => entry[1] !== null))
}
