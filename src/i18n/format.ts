import type { Language } from './index'

// French formats everywhere in French (1 234,56 €, 23/11/2026); British English formats in English.
const LOCALE_TAG: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB' }

const moneyFormats = new Map<Language, Intl.NumberFormat>()
const dateFormats = new Map<string, Intl.DateTimeFormat>()

/** Formats integer cents as euros in the language's conventions. */
export function formatMoney(cents: number, language: Language): string {
  let format = moneyFormats.get(language)
  if (!format) {
    format = new Intl.NumberFormat(LOCALE_TAG[language], { style: 'currency', currency: 'EUR' })
    moneyFormats.set(language, format)
  }
  // Division by 100 happens only here, for display: amounts are stored and computed in cents.
  return format.format(cents / 100)
}

export function formatNumber(value: number, language: Language, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(LOCALE_TAG[language], options).format(value)
}

/** Formats a calendar date 'YYYY-MM-DD' (no time zone) as 23/11/2026, or "23 novembre 2026" when long. */
export function formatDate(isoDate: string, language: Language, style: 'short' | 'long' = 'short'): string {
  const key = `${language}:${style}`
  let format = dateFormats.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALE_TAG[language], style === 'long'
      ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
      : { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' })
    dateFormats.set(key, format)
  }
  return format.format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`))
}

/** Formats a wall-clock timestamp (ISO string) with date and time. */
export function formatDateTime(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALE_TAG[language], { dateStyle: 'short', timeStyle: 'medium' }).format(new Date(iso))
}
