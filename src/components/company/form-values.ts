/**
 * Conversions between what a learner types (French decimals, euros) and the settings' numbers. A text
 * that is not a number becomes NaN, so the domain's rule says "saisissez un nombre" under the field.
 */

const DECIMAL = /^-?\d+([.,]\d+)?$/

/** "7,5" or "7.5" → 7.5; anything else (empty included) → NaN. */
export function parseDecimal(text: string): number {
  const compact = text.trim().replace(/[\s\u00a0\u202f]/g, '')
  return DECIMAL.test(compact) ? Number(compact.replace(',', '.')) : Number.NaN
}

/** A number as the learner reads it in the field ("7,86" in French, "7.86" in English). */
export function decimalText(value: number, language: string): string {
  return language === 'fr' ? String(value).replace('.', ',') : String(value)
}

/**
 * Euros typed with at most 2 decimals → whole cents, computed on the digits (no float multiplication):
 * "1 500,5" → 150050. Anything else → NaN.
 */
export function parseEuros(text: string): number {
  const compact = text.trim().replace(/[\s\u00a0\u202f€]/g, '')
  const match = /^(-?)(\d+)(?:[.,](\d{1,2}))?$/.exec(compact)
  if (!match) return Number.NaN
  const cents = Number(match[2]) * 100 + Number((match[3] ?? '').padEnd(2, '0'))
  return match[1] === '-' ? -cents : cents
}

/** Whole cents as the euros a learner types back: 150050 → "1500,50" (French) or "1500.50". */
export function centsText(cents: number, language: string): string {
  const sign = cents < 0 ? '-' : ''
  const abs = Math.abs(cents)
  const units = Math.trunc(abs / 100)
  const rest = abs % 100
  const separator = language === 'fr' ? ',' : '.'
  return rest === 0 ? `${sign}${units}` : `${sign}${units}${separator}${String(rest).padStart(2, '0')}`
}
