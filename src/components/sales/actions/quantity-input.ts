import { parseDecimalNumber, type DecimalInputError } from '@/domain'

/** A quantity typed the French or English way ("2", "1,5"), or why it is refused (`sales.dialogs.quantityError.<code>`). */
export function readQuantity(text: string): { ok: true; value: number } | { ok: false; error: DecimalInputError } {
  return parseDecimalNumber(text.trim() === '' ? '0' : text, 3)
}

/** A quantity shown in an input, the way it would be typed in `language` ("1,5" in French). */
export function quantityText(value: number, language: string): string {
  const text = String(Math.round(value * 1000) / 1000)
  return language === 'fr' ? text.replace('.', ',') : text
}
