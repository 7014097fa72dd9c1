/**
 * Expected amounts of checks, computed through the domain API from the inputs the scenario declares
 * (never a figure typed in): `priceDocument`, `exclVatFromInclVat`, `latePaymentPenalty`, and sums or
 * differences of those. A domain refusal (unknown VAT rate, bad date…) is a `DomainInputError`: the
 * loader reports it as a scenario error, so grading never meets one.
 */
import { exclVatFromInclVat, latePaymentPenalty, priceDocument, DomainInputError } from '@/domain'
import type { PriceDocumentInput, PricedDocument } from '@/domain'
import type { Expected, ExpectedTermInput } from './schema'

/** Which operation an expected value uses, or why it has none / several. */
export function expectedOperation(expected: Expected): 'priceDocument' | 'exclVatFromInclVat' | 'latePaymentPenalty' | 'sum' | 'difference' | { problem: 'none' | 'several' } {
  const present = (['priceDocument', 'exclVatFromInclVat', 'latePaymentPenalty', 'sum', 'difference'] as const).filter((key) => expected[key] !== undefined)
  if (present.length === 1) return present[0]!
  return { problem: present.length === 0 ? 'none' : 'several' }
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

/** Depth of nested sums and differences. */
export function expressionDepth(expected: ExpectedTermInput): number {
  if ('cents' in expected) return 0
  const terms = expected.sum ?? expected.difference
  return terms ? 1 + Math.max(0, ...terms.map(expressionDepth)) : 0
}

/**
 * The value in cents.
 * @throws ExpectedShapeError when the expression is ill-formed (no or several operations, a field the
 * operation has not), DomainInputError when the domain refuses its inputs.
 */
export function computeExpected(expected: Expected, path: (string | number)[] = []): number {
  const operation = expectedOperation(expected)
  if (typeof operation === 'object') {
    throw new ExpectedShapeError('scenario.errors.expectedOperation', { fields: 'priceDocument, exclVatFromInclVat, latePaymentPenalty, sum, difference' }, path)
  }
  if (operation === 'sum' || operation === 'difference') {
    if (expected.field !== undefined) throw new ExpectedShapeError('scenario.errors.expectedFieldUnused', {}, [...path, 'field'])
    const terms = (expected[operation] ?? []).map((term, index) =>
      'cents' in term ? term.cents : computeExpected(term as Expected, [...path, operation, index]))
    return operation === 'sum' ? terms.reduce((a, b) => a + b, 0) : terms[0]! - terms[1]!
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
