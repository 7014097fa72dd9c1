/**
 * Typed errors of the domain core. A bad input never yields a wrong figure: it throws a
 * {@link DomainInputError} that names the offending field, so the UI can point at it.
 */

/** Why an input was refused. Each code has a message under `calc.error.<code>` in the locale files. */
export type DomainErrorCode =
  | 'invalidType' // not the expected shape (e.g. `lines` is not an array)
  | 'notANumber' // NaN, ±Infinity or not a number at all
  | 'notInteger' // an amount in cents with a fractional part
  | 'unsafeInteger' // beyond Number.MAX_SAFE_INTEGER: exactness can no longer be guaranteed
  | 'negative' // prices, quantities and rates are never negative (credit notes use positive amounts)
  | 'tooManyDecimals' // more than 3 decimals on a rate or a quantity
  | 'outOfRange' // e.g. a discount above 100 %
  | 'unknownVatRate' // not a French VAT rate in force at the date
  | 'categoryRateMismatch' // an exempt category with a non-zero rate
  | 'unknownCategory' // not one of the VAT categories the domain knows
  | 'invalidDate' // not a real calendar date written 'YYYY-MM-DD'
  | 'noParameterForDate' // no dated parameter (VAT rates, penalty rates) covers the date
  | 'exceedsTotal' // e.g. an acompte above the total including VAT
  | 'notAllowed' // an input that makes no sense for this document type

/** Every {@link DomainErrorCode}, for exhaustive checks (locale keys, UI mapping). */
export const DOMAIN_ERROR_CODES: readonly DomainErrorCode[] = [
  'invalidType',
  'notANumber',
  'notInteger',
  'unsafeInteger',
  'negative',
  'tooManyDecimals',
  'outOfRange',
  'unknownVatRate',
  'categoryRateMismatch',
  'unknownCategory',
  'invalidDate',
  'noParameterForDate',
  'exceedsTotal',
  'notAllowed',
]

/**
 * Thrown when an input to the domain core is invalid.
 * @example
 * try { priceDocument(input) } catch (e) {
 *   if (e instanceof DomainInputError) console.log(e.field, e.code) // 'lines[2].quantity', 'tooManyDecimals'
 * }
 */
export class DomainInputError extends Error {
  /** Path of the offending field in the input, e.g. `lines[2].quantity` or `discountsPercent[0]`. */
  readonly field: string
  /** Machine-readable reason; the message under `calc.error.<code>` explains it to a learner. */
  readonly code: DomainErrorCode
  /** The refused value, as received. */
  readonly value: unknown

  constructor(field: string, code: DomainErrorCode, value: unknown, detail?: string) {
    super(`Invalid ${field} (${code}): ${describe(value)}${detail ? ` — ${detail}` : ''}`)
    this.name = 'DomainInputError'
    this.field = field
    this.code = code
    this.value = value
  }
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value)
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value)
  if (value === undefined || value === null) return String(value)
  return typeof value
}
