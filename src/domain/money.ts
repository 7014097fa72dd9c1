/**
 * Money is an integer number of euro cents behind the branded type {@link Cents}. There is no float
 * arithmetic on money anywhere in the domain: products and ratios go through BigInt and
 * {@link divideRounded}. Formatting ("1 234,56 €") happens only at the edge, in the UI.
 */
import { DomainInputError } from './errors'
import { divideRounded } from './rounding'
import { parsePercent, PERCENT_SCALE, QUANTITY_SCALE, type Quantity, type Rate } from './rates'

declare const centsBrand: unique symbol

/** A whole number of euro cents (12,34 € is `1234`), within the safe-integer range. */
export type Cents = number & { readonly [centsBrand]: 'Cents' }

/** True when `value` is a safe integer, so it can be used as {@link Cents}. */
export function isCents(value: unknown): value is Cents {
  return typeof value === 'number' && Number.isSafeInteger(value)
}

/**
 * Checks and brands an amount in cents.
 * @param field - the input path reported in the error (e.g. `lines[0].unitPriceCents`).
 * @throws DomainInputError `notANumber`, `notInteger` or `unsafeInteger`.
 * @example cents(1234) // 12,34 €
 */
export function cents(value: number, field = 'cents'): Cents {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new DomainInputError(field, 'notANumber', value)
  if (!Number.isInteger(value)) throw new DomainInputError(field, 'notInteger', value, 'amounts are whole cents')
  if (!Number.isSafeInteger(value)) throw new DomainInputError(field, 'unsafeInteger', value)
  return value as Cents
}

/** Like {@link cents}, and also refuses negative amounts (prices, carriage, acomptes). */
export function nonNegativeCents(value: number, field = 'cents'): Cents {
  const amount = cents(value, field)
  if (amount < 0) throw new DomainInputError(field, 'negative', value, 'credit notes use positive amounts too')
  return amount
}

/** Brands an exact BigInt result; throws a RangeError if it left the safe-integer range. */
export function centsFromBigInt(value: bigint): Cents {
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new RangeError(`Amount out of the safe range: ${value} cents`)
  }
  return Number(value) as Cents
}

/** Exact sum of amounts in cents. */
export function sumCents(amounts: readonly Cents[]): Cents {
  return centsFromBigInt(amounts.reduce((sum, amount) => sum + BigInt(amount), 0n))
}

/** `a − b`, exactly. */
export function subtractCents(a: Cents, b: Cents): Cents {
  return centsFromBigInt(BigInt(a) - BigInt(b))
}

/** `a + b`, exactly. */
export function addCents(a: Cents, b: Cents): Cents {
  return centsFromBigInt(BigInt(a) + BigInt(b))
}

/** `amount × rate`, rounded half away from zero to the cent. 3 750 × 8,28 % → 311 (3,11 €). */
export function applyRate(amount: Cents, rate: Rate): Cents {
  return centsFromBigInt(divideRounded(BigInt(amount) * BigInt(rate), PERCENT_SCALE))
}

/** `unit price × quantity`, rounded half away from zero to the cent. 399 × 2,5 kg → 998. */
export function multiplyByQuantity(unitPrice: Cents, quantity: Quantity): Cents {
  return centsFromBigInt(divideRounded(BigInt(unitPrice) * BigInt(quantity), QUANTITY_SCALE))
}

/**
 * A percentage of an amount, from plain numbers, rounded half away from zero to the cent.
 * @example percentOfCents(3750, 8.28) // 311: 37,50 € × 8,28 % = 3,105 → 3,11 €
 * @example percentOfCents(330472, 30) // 99142: a 30 % acompte on 3 304,72 € TTC
 * @throws DomainInputError when the amount is not whole cents or the percent has more than 3 decimals.
 */
export function percentOfCents(amountCents: number, percent: number): Cents {
  return applyRate(cents(amountCents, 'amountCents'), parsePercent(percent, 'percent'))
}
