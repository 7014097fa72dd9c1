/**
 * Reading numbers typed the French way ("1 234,56", "5,5") or the English way ("1234.56") without
 * going through binary floats for money: "0,29" € is exactly 29 cents.
 */

/** Why a typed number was refused; the UI shows `calc.error.<code>`-like messages for the field. */
export type DecimalInputError = 'empty' | 'notANumber' | 'tooManyDecimals' | 'negative'

export type DecimalInputResult = { ok: true; value: number } | { ok: false; error: DecimalInputError }

const DECIMAL = /^(-)?(\d+)(?:[.,](\d*))?$/

/**
 * Parses a typed decimal with at most `maxDecimals` decimals into an integer count of
 * 10^-maxDecimals units (cents for money with 2). Spaces (including the French thin spaces used as
 * thousands separators) are ignored; a comma or a dot is the decimal mark.
 * @example parseScaledDecimal('1 234,5', 2) // { ok: true, value: 123450 }
 */
export function parseScaledDecimal(text: string, maxDecimals: number, allowNegative = false): DecimalInputResult {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '')
  if (compact === '') return { ok: false, error: 'empty' }
  const match = DECIMAL.exec(compact)
  if (!match) return { ok: false, error: 'notANumber' }
  const [, sign, whole, fraction = ''] = match
  if (fraction.length > maxDecimals) return { ok: false, error: 'tooManyDecimals' }
  if (sign && !allowNegative) return { ok: false, error: 'negative' }
  const units = Number(whole + fraction.padEnd(maxDecimals, '0'))
  if (!Number.isSafeInteger(units)) return { ok: false, error: 'notANumber' }
  return { ok: true, value: sign ? -units : units }
}

/** A typed amount in euros as integer cents ("12,5" → 1250). */
export function parseEurosToCents(text: string): DecimalInputResult {
  return parseScaledDecimal(text, 2)
}

/**
 * A typed percent or quantity with up to 3 decimals, as the plain number the pricing core takes
 * ("5,5" → 5.5). The pricing core converts it to exact thousandths.
 */
export function parseDecimalNumber(text: string, maxDecimals = 3): DecimalInputResult {
  const scaled = parseScaledDecimal(text, maxDecimals)
  return scaled.ok ? { ok: true, value: scaled.value / 10 ** maxDecimals } : scaled
}

/** A cascade of percents typed "5 ; 2" or "5 + 2" (a comma is a decimal mark, so it cannot separate them). */
export function parsePercentList(text: string): { ok: true; value: number[] } | { ok: false; error: DecimalInputError; index: number } {
  const parts = text.split(/[;+]/).map((p) => p.trim()).filter((p) => p !== '')
  const values: number[] = []
  for (const [index, part] of parts.entries()) {
    const parsed = parseDecimalNumber(part.replace(/%$/, ''))
    if (!parsed.ok) return { ok: false, error: parsed.error, index }
    values.push(parsed.value)
  }
  return { ok: true, value: values }
}
