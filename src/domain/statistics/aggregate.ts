/**
 * Aggregates of the sales facts (DOMAIN-FR §9): CA HT, cost and quantities by period or by a
 * dimension, N against N-1, achievement of the salespeople's objectives, ABC (Pareto) classes,
 * quote-to-order conversion and the average basket. Every pass is one loop over the facts (O(n)), so
 * 100,000 lines re-aggregate in a few milliseconds when a filter changes. Results are unrounded.
 */
import type { Salesperson, SalesDoc } from '../model'
import { quoteValue, type QuoteSummary } from './quote-summary'
import { evolutionPercent, achievementRatePercent, gap, sharePercent, type Gap } from './rates'
import type { SalesFact } from './sales-facts'
import { forEachKept, groupSums, indexFacts, type FactIndex } from './fact-index'

/** What the sales can be grouped by: a period (month, quarter, year) or a dimension of the fact. */
export type StatsDimension = 'month' | 'quarter' | 'year' | 'customer' | 'product' | 'family' | 'region' | 'channel' | 'salesperson'

/** Every {@link StatsDimension}, periods first. */
export const STATS_DIMENSIONS: readonly StatsDimension[] = ['month', 'quarter', 'year', 'customer', 'product', 'family', 'region', 'channel', 'salesperson']

/** The fact fields a filter may fix. */
export type StatsFilterField = 'customerId' | 'productId' | 'familyId' | 'region' | 'channel' | 'salespersonId'

/** Which facts to aggregate and how to group them; dates are inclusive 'YYYY-MM-DD'. */
export interface AggregateOptions {
  dimension: StatsDimension
  from?: string
  to?: string
  where?: Partial<Record<StatsFilterField, string>>
}

/** One group: CA HT (net of credit notes), cost, quantity and the number of documents behind it. */
export interface SalesAggregateRow {
  key: string
  netHtCents: number
  costHtCents: number
  quantity: number
  documents: number
  /** Invoices among the documents (credit notes left out): the baskets of the average basket. */
  invoices: number
}

/** True for the period dimensions (sorted by date rather than by amount). */
export function isPeriodDimension(dimension: StatsDimension): dimension is 'month' | 'quarter' | 'year' {
  return dimension === 'month' || dimension === 'quarter' || dimension === 'year'
}

/** The quarter of a 'YYYY-MM' month, written 'YYYY-Qn' (the UI shows it "T1 2025"). */
export function quarterOf(month: string): string {
  return `${month.slice(0, 4)}-Q${Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1}`
}

const FIELD_OF: Record<Exclude<StatsDimension, 'month' | 'quarter' | 'year'>, StatsFilterField> = {
  customer: 'customerId',
  product: 'productId',
  family: 'familyId',
  region: 'region',
  channel: 'channel',
  salesperson: 'salespersonId',
}

/**
 * CA HT, cost, quantity and documents of the facts in the period and filters, grouped by `dimension`.
 * Periods come in date order; other dimensions by decreasing CA (then key).
 * @example aggregateSales(facts, { dimension: 'month', from: '2025-01-01', to: '2025-12-31' })
 */
export function aggregateSales(facts: readonly SalesFact[], options: AggregateOptions): SalesAggregateRow[] {
  return aggregateIndexed(indexFacts(facts), options)
}

/** A group key column of the index for a dimension: the codes, and how many groups and their keys. */
function groupingOf(index: FactIndex, dimension: StatsDimension): { groups: number; keyOf: (g: number) => string; groupOf: (i: number) => number } {
  if (!isPeriodDimension(dimension)) {
    const codes = index.codes[FIELD_OF[dimension]]
    const values = index.values[FIELD_OF[dimension]]
    return { groups: values.length, keyOf: (g) => values[g]!, groupOf: (i) => codes[i]! }
  }
  const months = index.values.month
  const codes = index.codes.month
  if (dimension === 'month') return { groups: months.length, keyOf: (g) => months[g]!, groupOf: (i) => codes[i]! }
  const keys: string[] = []
  const known = new Map<string, number>()
  const remap = new Int32Array(months.length)
  months.forEach((month, code) => {
    const key = dimension === 'year' ? month.slice(0, 4) : quarterOf(month)
    let g = known.get(key)
    if (g === undefined) {
      g = keys.length
      keys.push(key)
      known.set(key, g)
    }
    remap[code] = g
  })
  return { groups: keys.length, keyOf: (g) => keys[g]!, groupOf: (i) => remap[codes[i]!]! }
}

/**
 * {@link aggregateSales} on a prebuilt {@link FactIndex} (one pass over typed arrays): what the
 * statistics page calls on each filter change.
 */
export function aggregateIndexed(index: FactIndex, options: AggregateOptions): SalesAggregateRow[] {
  const { groups, keyOf, groupOf } = groupingOf(index, options.dimension)
  const sums = groupSums(index, options, groups, groupOf)
  const rows: SalesAggregateRow[] = []
  for (let g = 0; g < groups; g++) {
    if (!sums.touched[g]) continue
    rows.push({ key: keyOf(g), netHtCents: sums.net[g]!, costHtCents: sums.cost[g]!, quantity: sums.quantity[g]!, documents: sums.documents[g]!, invoices: sums.invoices[g]! })
  }
  return isPeriodDimension(options.dimension)
    ? rows.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    : rows.sort((a, b) => b.netHtCents - a.netHtCents || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
}

/** Totals of the facts kept by a period and filters: CA HT, cost, quantity, documents. */
export function salesTotal(facts: readonly SalesFact[], options: Pick<AggregateOptions, 'from' | 'to' | 'where'> = {}): Omit<SalesAggregateRow, 'key'> {
  return salesTotalIndexed(indexFacts(facts), options)
}

/** {@link salesTotal} on a prebuilt {@link FactIndex}: for a caller that totals the same facts many times. */
export function salesTotalIndexed(index: FactIndex, options: Pick<AggregateOptions, 'from' | 'to' | 'where'> = {}): Omit<SalesAggregateRow, 'key'> {
  return aggregateIndexed(index, { ...options, dimension: 'year' }).reduce(
    (sum, r) => ({ netHtCents: sum.netHtCents + r.netHtCents, costHtCents: sum.costHtCents + r.costHtCents, quantity: sum.quantity + r.quantity, documents: sum.documents + r.documents, invoices: sum.invoices + r.invoices }),
    { netHtCents: 0, costHtCents: 0, quantity: 0, documents: 0, invoices: 0 },
  )
}

/** The same dates one year earlier ('2025-03-31' → '2024-03-31'; 29 February → 28 February). */
export function sameDateLastYear(date: string): string {
  const previous = `${String(Number(date.slice(0, 4)) - 1).padStart(4, '0')}${date.slice(4)}`
  return previous.endsWith('-02-29') ? `${previous.slice(0, 8)}28` : previous
}

/** One group of N against N-1: both CA HT, the evolution and the gap (N − N-1). */
export interface YearComparisonRow {
  /** The group: for periods, N's key ('2025-03', '2025-Q1', '2025'); else the dimension's value. */
  key: string
  /** The same period of N-1 for period dimensions ('2024-03'); the key itself otherwise. */
  previousKey: string
  currentCents: number
  previousCents: number
  /** (N − N-1) / N-1 × 100; null when N-1 ≤ 0. */
  evolutionPercent: number | null
  gap: Gap
}

function previousKeyOf(key: string, dimension: StatsDimension): string {
  return isPeriodDimension(dimension) ? `${Number(key.slice(0, 4)) - 1}${key.slice(4)}` : key
}

/**
 * CA HT of `year` against `year − 1`, grouped by `dimension` (DOMAIN-FR §9 évolution and écart):
 * months and quarters face the same month or quarter of N-1; other dimensions compare the two years.
 * Groups present in either year are listed; `total` compares the two whole years.
 */
export function compareYears(
  facts: readonly SalesFact[],
  year: number,
  dimension: StatsDimension,
  where?: AggregateOptions['where'],
): { rows: YearComparisonRow[]; total: YearComparisonRow } {
  const yearText = String(year)
  const previousText = String(year - 1)
  const current = aggregateSales(facts, { dimension, from: `${yearText}-01-01`, to: `${yearText}-12-31`, where })
  const previous = aggregateSales(facts, { dimension, from: `${previousText}-01-01`, to: `${previousText}-12-31`, where })
  const previousByKey = new Map(previous.map((row) => [row.key, row.netHtCents]))
  const row = (key: string, previousKey: string, currentCents: number, previousCents: number): YearComparisonRow => ({
    key, previousKey, currentCents, previousCents, evolutionPercent: evolutionPercent(previousCents, currentCents), gap: gap(currentCents, previousCents),
  })
  const rows = current.map((r) => {
    const previousKey = previousKeyOf(r.key, dimension)
    return row(r.key, previousKey, r.netHtCents, previousByKey.get(previousKey) ?? 0)
  })
  const seen = new Set(rows.map((r) => r.previousKey))
  for (const p of previous) {
    if (seen.has(p.key)) continue
    const key = isPeriodDimension(dimension) ? `${yearText}${p.key.slice(4)}` : p.key
    rows.push(row(key, p.key, 0, p.netHtCents))
  }
  if (isPeriodDimension(dimension)) rows.sort((a, b) => a.key.localeCompare(b.key))
  else rows.sort((a, b) => b.currentCents - a.currentCents || a.key.localeCompare(b.key))
  const total = row(yearText, previousText, current.reduce((s, r) => s + r.netHtCents, 0), previous.reduce((s, r) => s + r.netHtCents, 0))
  return { rows, total }
}

/** Actual CA HT against an objective: achievement rate and gap (DOMAIN-FR §9). */
export interface ObjectiveRow {
  actualCents: number
  targetCents: number
  /** Réalisé / objectif × 100; null without an objective. */
  achievementPercent: number | null
  gap: Gap
}

function objectiveRow(actualCents: number, targetCents: number): ObjectiveRow {
  return { actualCents, targetCents, achievementPercent: achievementRatePercent(actualCents, targetCents), gap: gap(actualCents, targetCents) }
}

/** The objectives report: per salesperson and month, per salesperson, per month and overall. */
export interface ObjectivesReport {
  rows: (ObjectiveRow & { salespersonId: string; month: string })[]
  bySalesperson: (ObjectiveRow & { salespersonId: string })[]
  byMonth: (ObjectiveRow & { month: string })[]
  total: ObjectiveRow
}

/** The 'YYYY-MM' months from `from` to `to` (dates or months), both included. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = []
  let year = Number(from.slice(0, 4))
  let month = Number(from.slice(5, 7))
  const last = to.slice(0, 7)
  for (;;) {
    const key = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`
    if (key > last) break
    months.push(key)
    month += 1
    if (month > 12) { month = 1; year += 1 }
  }
  return months
}

/**
 * Achievement of the salespeople's monthly objectives (`Salesperson.objectives`) over the months of
 * `from`–`to` (dates, inclusive): actual CA HT of their documents (net of credit notes) against the
 * target, the rate and the gap, per salesperson and month, then summed by salesperson, by month and
 * overall. Sales of someone who is not in `salespeople` are left out.
 */
export function objectivesReport(facts: readonly SalesFact[], salespeople: readonly Pick<Salesperson, 'id' | 'objectives'>[], period: { from: string; to: string }): ObjectivesReport {
  return objectivesIndexed(indexFacts(facts), salespeople, period)
}

/** {@link objectivesReport} on a prebuilt {@link FactIndex} (one pass over its typed arrays). */
export function objectivesIndexed(index: FactIndex, salespeople: readonly Pick<Salesperson, 'id' | 'objectives'>[], period: { from: string; to: string }): ObjectivesReport {
  const months = monthsBetween(period.from, period.to)
  const monthOfCode = Int32Array.from(index.values.month, (month) => months.indexOf(month))
  const personOfCode = Int32Array.from(index.values.salespersonId, (id) => salespeople.findIndex((s) => s.id === id))
  const spCodes = index.codes.salespersonId
  const monthCodes = index.codes.month
  const actual = new Float64Array(salespeople.length * months.length)
  forEachKept(index, period, (i) => {
    const p = personOfCode[spCodes[i]!]!
    const m = monthOfCode[monthCodes[i]!]!
    if (p >= 0 && m >= 0) actual[p * months.length + m]! += index.net[i]!
  })
  const rows: ObjectivesReport['rows'] = []
  salespeople.forEach((person, p) => {
    const targets = new Map(person.objectives.map((o) => [o.month, o.targetCents]))
    months.forEach((month, m) => rows.push({ salespersonId: person.id, month, ...objectiveRow(actual[p * months.length + m]!, targets.get(month) ?? 0) }))
  })
  const bySalesperson = salespeople.map((person) => {
    const own = rows.filter((r) => r.salespersonId === person.id)
    return { salespersonId: person.id, ...objectiveRow(own.reduce((s, r) => s + r.actualCents, 0), own.reduce((s, r) => s + r.targetCents, 0)) }
  })
  const byMonth = months.map((month) => {
    const own = rows.filter((r) => r.month === month)
    return { month, ...objectiveRow(own.reduce((s, r) => s + r.actualCents, 0), own.reduce((s, r) => s + r.targetCents, 0)) }
  })
  const total = objectiveRow(rows.reduce((s, r) => s + r.actualCents, 0), rows.reduce((s, r) => s + r.targetCents, 0))
  return { rows, bySalesperson, byMonth, total }
}

/** ABC class of a customer or product. */
export type AbcClass = 'A' | 'B' | 'C'

/** One row of an ABC (Pareto) analysis. */
export interface AbcRow {
  key: string
  netHtCents: number
  /** Share of the positive total CA, percent. */
  sharePercent: number | null
  /** Running share, this row included, percent. */
  cumulativePercent: number | null
  class: AbcClass
}

/**
 * ABC (Pareto) classes on the cumulative share of CA HT (DOMAIN-FR §9 cumul and part): rows sorted by
 * decreasing CA; a row whose running share *before* it is under `a` % is class A (so the row that
 * crosses 80 % is still A, and a single dominant customer is A), under `b` % class B, the rest C.
 * Rows with a CA ≤ 0 (credit notes above the sales) are C and do not count in the total.
 * @example abcAnalysis(aggregateSales(facts, { dimension: 'customer' }))
 */
export function abcAnalysis(rows: readonly Pick<SalesAggregateRow, 'key' | 'netHtCents'>[], thresholds: { a?: number; b?: number } = {}): AbcRow[] {
  const a = thresholds.a ?? 80
  const b = thresholds.b ?? 95
  const sorted = [...rows].sort((x, y) => y.netHtCents - x.netHtCents || x.key.localeCompare(y.key))
  let total = 0
  for (const row of sorted) if (row.netHtCents > 0) total += row.netHtCents
  let running = 0
  return sorted.map((row) => {
    if (row.netHtCents <= 0 || total <= 0) {
      return { key: row.key, netHtCents: row.netHtCents, sharePercent: sharePercent(row.netHtCents, total), cumulativePercent: sharePercent(running, total), class: 'C' as const }
    }
    const before = (running * 100) / total
    running += row.netHtCents
    const abc: AbcClass = before < a ? 'A' : before < b ? 'B' : 'C'
    return { key: row.key, netHtCents: row.netHtCents, sharePercent: sharePercent(row.netHtCents, total), cumulativePercent: sharePercent(running, total), class: abc }
  })
}

/** Quotes issued and turned into orders, by count and by value (DOMAIN-FR §9). */
export interface QuoteConversionRow {
  /** 'all', or the salesperson's id. */
  key: string
  quotes: number
  converted: number
  /** Orders / quotes × 100, by count; null without a quote. */
  countRatePercent: number | null
  /** Net commercial HT of the quotes and of the converted ones. */
  quotesValueCents: number
  convertedValueCents: number
  /** "In value": converted value / quoted value × 100; null without a quoted value. */
  valueRatePercent: number | null
}

/**
 * Taux de transformation devis → commande = orders / quotes × 100, by count and in value (DOMAIN-FR §9),
 * for the quotes dated `from`–`to` (inclusive). Drafts and revised quotes (replaced by a new version)
 * are not counted; a quote is converted when a non-cancelled order comes from it (or it is marked
 * accepted). With `by: 'salesperson'`, `rows` gives the rate of each salesperson. Takes whole documents or
 * their {@link quoteSummary}.
 */
export function quoteConversion(docs: readonly (SalesDoc | QuoteSummary)[], options: { from: string; to: string; by?: 'salesperson' }): { total: QuoteConversionRow; rows: QuoteConversionRow[] } {
  const ordered = new Set<string>()
  for (const doc of docs) {
    if (doc.type === 'order' && doc.status !== 'cancelled' && doc.status !== 'draft') for (const id of doc.sourceIds) ordered.add(id)
  }
  const groups = new Map<string, { quotes: number; converted: number; quotesValue: number; convertedValue: number }>()
  const add = (key: string, value: number, converted: boolean) => {
    let group = groups.get(key)
    if (!group) {
      group = { quotes: 0, converted: 0, quotesValue: 0, convertedValue: 0 }
      groups.set(key, group)
    }
    group.quotes += 1
    group.quotesValue += value
    if (converted) {
      group.converted += 1
      group.convertedValue += value
    }
  }
  for (const doc of docs) {
    if (doc.type !== 'quote' || doc.status === 'draft' || doc.status === 'revised' || doc.date < options.from || doc.date > options.to) continue
    const converted = ordered.has(doc.id) || doc.status === 'accepted'
    const value = 'valueCents' in doc ? doc.valueCents : quoteValue(doc)
    add('all', value, converted)
    if (options.by === 'salesperson') add(doc.salespersonId, value, converted)
  }
  const toRow = (key: string): QuoteConversionRow => {
    const g = groups.get(key) ?? { quotes: 0, converted: 0, quotesValue: 0, convertedValue: 0 }
    return {
      key, quotes: g.quotes, converted: g.converted, countRatePercent: sharePercent(g.converted, g.quotes),
      quotesValueCents: g.quotesValue, convertedValueCents: g.convertedValue, valueRatePercent: sharePercent(g.convertedValue, g.quotesValue),
    }
  }
  const rows = options.by === 'salesperson' ? [...groups.keys()].filter((k) => k !== 'all').sort().map(toRow) : []
  return { total: toRow('all'), rows }
}

/** Panier moyen: CA HT over the number of invoices. */
export interface AverageBasket {
  /** CA HT of the facts, net of credit notes. */
  salesCents: number
  /** Invoices among the facts: each invoice bills an order, so it stands for the "number of orders". */
  invoices: number
  /** Sales / invoices; null without an invoice. */
  averageCents: number | null
}

/**
 * Panier moyen = CA / number of orders (DOMAIN-FR §9), counted on the invoices of the facts (one per
 * order billed; credit notes lower the CA but are not baskets).
 */
export function averageBasket(facts: readonly SalesFact[]): AverageBasket {
  let salesCents = 0
  const invoices = new Set<string>()
  for (const fact of facts) {
    salesCents += fact.netHtCents
    if (fact.docType === 'invoice') invoices.add(fact.docId)
  }
  return { salesCents, invoices: invoices.size, averageCents: invoices.size > 0 ? salesCents / invoices.size : null }
}
