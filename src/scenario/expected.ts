/**
 * Expected amounts of checks, computed through the domain API from the inputs the scenario declares
 * (never a figure typed in): `priceDocument`, `exclVatFromInclVat`, `latePaymentPenalty`, and sums or
 * differences of those. A domain refusal (unknown VAT rate, bad date…) is a `DomainInputError`: the
 * loader reports it as a scenario error, so grading never meets one.
 *
 * Statistics (CP6): `salesTotal` and `quoteConversion` read the attempt's sales documents through the
 * statistics domain (so they need the grading data; without it — the loader checking the file — they
 * are NaN), and `rate` gives a percent (evolution, achievement, relative gap, margins, share, index)
 * of two terms, unrounded.
 */
import {
  achievementRatePercent, evolutionPercent, exclVatFromInclVat, gap, indexBase100, latePaymentPenalty, marginOnSalesPercent, markupOnCostPercent,
  priceDocument, quoteConversion, salesTotalIndexed, sharePercent, DomainInputError,
} from '@/domain'
import type { FactIndex, PriceDocumentInput, PricedDocument, SalesDoc } from '@/domain'
import type { Expected, ExpectedTermInput, RateFormula } from './schema'

/** What the statistics operations read: the attempt's sales facts, indexed, and documents (the grader builds the index once per grading). */
export interface ExpectedData {
  salesIndex(): FactIndex
  salesDocs: readonly SalesDoc[]
}

const OPERATIONS = ['priceDocument', 'exclVatFromInclVat', 'latePaymentPenalty', 'sum', 'difference', 'salesTotal', 'quoteConversion', 'rate'] as const
type Operation = typeof OPERATIONS[number]

/** Which operation an expected value uses, or why it has none / several. */
export function expectedOperation(expected: Expected): Operation | { problem: 'none' | 'several' } {
  const present = OPERATIONS.filter((key) => expected[key] !== undefined)
  if (present.length === 1) return present[0]!
  return { problem: present.length === 0 ? 'none' : 'several' }
}

/** The percent of a rate formula (DOMAIN-FR §9, margins §1); null when its base is ≤ 0. */
export function ratePercent(formula: RateFormula, value: number, reference: number): number | null {
  switch (formula) {
    case 'evolution': return evolutionPercent(reference, value)
    case 'achievement': return achievementRatePercent(value, reference)
    case 'relativeGap': return gap(value, reference).relativePercent
    case 'markupOnCost': return markupOnCostPercent(value, reference)
    case 'marginOnSales': return marginOnSalesPercent(value, reference)
    case 'share': return sharePercent(value, reference)
    case 'index': return indexBase100(value, reference)
  }
}

const PRICE_FIELDS = new Set(['grossCents', 'lineDiscountCents', 'netCommercialCents', 'earlyPaymentDiscountCents', 'netFinancialCents', 'shippingCents',
  'totalExclVatCents', 'totalVatCents', 'totalInclVatCents', 'downPaymentCents', 'amountDueCents'])
const EXCL_FIELDS = new Set(['exclVatCents', 'vatCents'])
const PENALTY_FIELDS = new Set(['penaltyCents', 'indemnityCents', 'totalCents'])

/** The fields an operation can return, for the loader's error message. */
export function fieldsOf(operation: 'priceDocument' | 'exclVatFromInclVat' | 'latePaymentPenalty'): string[] {
  return [...(operation === 'priceDocument' ? PRICE_FIELDS : operation === 'exclVatFromInclVat' ? EXCL_FIELDS : PENALTY_FIELDS)]
}

/** A problem in the shape of an expected value (the loader turns it into a positioned error). */
export class ExpectedShapeError extends Error {
  constructor(readonly key: string, readonly values: Record<string, string | number>, readonly path: (string | number)[]) {
    super(key)
  }
}

/** Depth of nested sums, differences and rates. */
export function expressionDepth(expected: ExpectedTermInput): number {
  if ('cents' in expected) return 0
  const terms = expected.sum ?? expected.difference ?? (expected.rate ? [expected.rate.value, expected.rate.reference] : undefined)
  return terms ? 1 + Math.max(0, ...terms.map(expressionDepth)) : 0
}

/**
 * The value in cents (a percent for `rate`, a count for some `quoteConversion` measures). `data`, the
 * attempt's records, is needed by `salesTotal` and `quoteConversion`: without it they are NaN (the
 * loader only checks their shape).
 * @throws ExpectedShapeError when the expression is ill-formed (no or several operations, a field the
 * operation has not, a rate of literal figures whose base is ≤ 0), DomainInputError when the domain
 * refuses its inputs.
 */
export function computeExpected(expected: Expected, path: (string | number)[] = [], data?: ExpectedData): number {
  const operation = expectedOperation(expected)
  if (typeof operation === 'object') {
    throw new ExpectedShapeError('scenario.errors.expectedOperation', { fields: OPERATIONS.join(', ') }, path)
  }
  const term = (item: ExpectedTermInput, at: (string | number)[]) => ('cents' in item ? item.cents : computeExpected(item as Expected, at, data))
  if (operation === 'sum' || operation === 'difference' || operation === 'salesTotal' || operation === 'quoteConversion' || operation === 'rate') {
    if (expected.field !== undefined) throw new ExpectedShapeError('scenario.errors.expectedFieldUnused', {}, [...path, 'field'])
  }
  if (operation === 'sum' || operation === 'difference') {
    const terms = (expected[operation] ?? []).map((item, index) => term(item, [...path, operation, index]))
    return operation === 'sum' ? terms.reduce((a, b) => a + b, 0) : terms[0]! - terms[1]!
  }
  if (operation === 'salesTotal') {
    const { from, to, where, measure = 'netHtCents' } = expected.salesTotal!
    if (from > to) throw new ExpectedShapeError('scenario.errors.expectedPeriod', { from, to }, [...path, operation])
    if (!data) return Number.NaN
    return salesTotalIndexed(data.salesIndex(), { from, to, ...(where ? { where } : {}) })[measure]
  }
  if (operation === 'quoteConversion') {
    const { from, to, salespersonId, measure } = expected.quoteConversion!
    if (from > to) throw new ExpectedShapeError('scenario.errors.expectedPeriod', { from, to }, [...path, operation])
    if (!data) return Number.NaN
    const conversion = quoteConversion(data.salesDocs, { from, to, by: 'salesperson' })
    const row = salespersonId === undefined ? conversion.total : conversion.rows.find((r) => r.key === salespersonId)
    return row?.[measure] ?? Number.NaN
  }
  if (operation === 'rate') {
    const { formula, value, reference } = expected.rate!
    const v = term(value, [...path, operation, 'value'])
    const r = term(reference, [...path, operation, 'reference'])
    const percent = ratePercent(formula, v, r)
    if (percent !== null) return percent
    // Literal figures (checked by the loader) whose base is ≤ 0: the scenario asks for "n.s.".
    if (Number.isFinite(v) && Number.isFinite(r) && !data) throw new ExpectedShapeError('scenario.errors.expectedBase', { formula }, [...path, operation, 'reference'])
    return Number.NaN
  }
  const field = expected.field
  const allowed = fieldsOf(operation)
  if (field === undefined || !allowed.includes(field)) {
    throw new ExpectedShapeError('scenario.errors.expectedField', { allowed: allowed.join(', ') }, [...path, 'field'])
  }
  try {
    if (operation === 'priceDocument') {
      const priced: PricedDocument = priceDocument(expected.priceDocument as PriceDocumentInput)
      return priced[field as keyof PricedDocument] as number
    }
    if (operation === 'exclVatFromInclVat') {
      const input = expected.exclVatFromInclVat!
      const split = exclVatFromInclVat(input.inclVatCents, input.vatRatePercent)
      return split[field as 'exclVatCents' | 'vatCents']
    }
    const penalty = latePaymentPenalty(expected.latePaymentPenalty!)
    return penalty[field as 'penaltyCents' | 'indemnityCents' | 'totalCents']
  } catch (error) {
    if (error instanceof DomainInputError) {
      throw new ExpectedShapeError('scenario.errors.expectedRefused', { code: error.code, input: error.field }, [...path, operation])
    }
    throw error
  }
}
