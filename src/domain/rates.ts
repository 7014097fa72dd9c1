/**
 * Rates and quantities as exact integers. A rate is a percent with at most 3 decimals, stored in
 * thousandths of a percent (20 % → 20 000, 5,5 % → 5 500, 8,28 % → 8 280); a quantity has at most
 * 3 decimals, stored in thousandths (2,5 kg → 2 500). A 4th decimal is refused, never rounded away.
 */
import { DomainInputError } from './errors'

declare const rateBrand: unique symbol
declare const quantityBrand: unique symbol

/** A rate in thousandths of a percent: `20000` is 20 %, `5500` is 5,5 %. */
export type Rate = number & { readonly [rateBrand]: 'Rate' }

/** A quantity in thousandths of a unit: `2500` is 2,5. */
export type Quantity = number & { readonly [quantityBrand]: 'Quantity' }

/** Thousandths of a percent in a whole (100 %): amount × rate / PERCENT_SCALE. */
export const PERCENT_SCALE = 100_000n
/** Thousandths in one unit of quantity. */
export const QUANTITY_SCALE = 1_000n

/** Largest number accepted as a rate or a quantity; keeps `value × 1000` an exact integer. */
const MAX_DECIMAL = 1e12

/**
 * Reads a non-negative number with at most 3 decimals as an exact count of thousandths.
 * `Math.round(x × 1000) / 1000 === x` holds exactly when the double `x` is the nearest double to a
 * decimal with ≤ 3 decimals (IEEE division is correctly rounded), so 8.28 passes and 8.2801 fails.
 */
function toThousandths(value: number, field: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new DomainInputError(field, 'notANumber', value)
  if (value < 0) throw new DomainInputError(field, 'negative', value)
  if (value > MAX_DECIMAL) throw new DomainInputError(field, 'outOfRange', value)
  const thousandths = Math.round(value * 1000) + 0 // + 0 turns −0 into 0
  if (thousandths / 1000 !== value) {
    throw new DomainInputError(field, 'tooManyDecimals', value, 'at most 3 decimals')
  }
  return thousandths
}

/**
 * Parses a percent (e.g. `5.5`) into a {@link Rate}.
 * @throws DomainInputError `notANumber`, `negative`, `tooManyDecimals` or `outOfRange`.
 */
export function parsePercent(value: number, field = 'percent'): Rate {
  return toThousandths(value, field) as Rate
}

/** Parses a discount percent: like {@link parsePercent}, at most 100 %. */
export function parseDiscountPercent(value: number, field = 'discountPercent'): Rate {
  const rate = parsePercent(value, field)
  if (rate > 100_000) throw new DomainInputError(field, 'outOfRange', value, 'a discount is at most 100 %')
  return rate
}

/**
 * Parses a quantity with at most 3 decimals (e.g. `2.5` kg) into a {@link Quantity}.
 * @throws DomainInputError `notANumber`, `negative`, `tooManyDecimals` or `outOfRange`.
 */
export function parseQuantity(value: number, field = 'quantity'): Quantity {
  return toThousandths(value, field) as Quantity
}

/** The percent a {@link Rate} stands for (`5500` → `5.5`), for display and for the public results. */
export function rateToPercent(rate: Rate): number {
  return rate / 1000
}

/** The number a {@link Quantity} stands for (`2500` → `2.5`). */
export function quantityToNumber(quantity: Quantity): number {
  return quantity / 1000
}

/** An exact fraction, e.g. the single rate equivalent to a cascade of discounts. */
export interface Fraction {
  readonly numerator: bigint
  readonly denominator: bigint
}

/**
 * The single discount rate equivalent to a cascade, as an exact fraction of 1:
 * 1 − Π(1 − pᵢ). 5 % then 2 % → 0,069 (6,9 %), never the 7 % of the sum.
 */
export function cascadeEquivalentRate(rates: readonly Rate[]): Fraction {
  let remaining = 1n
  let denominator = 1n
  for (const rate of rates) {
    remaining *= PERCENT_SCALE - BigInt(rate)
    denominator *= PERCENT_SCALE
  }
  return { numerator: denominator - remaining, denominator }
}
