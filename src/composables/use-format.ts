import { useLanguage } from './use-language'
import { formatDate, formatDateTime, formatMoney, formatNumber } from '@/i18n/format'

/** Formatting bound to the active language (1 234,56 € and 23/11/2026 in French). */
export function useFormat() {
  const { language } = useLanguage()
  return {
    money: (cents: number) => formatMoney(cents, language.value),
    date: (iso: string, style: 'short' | 'long' = 'short') => formatDate(iso, language.value, style),
    dateTime: (iso: string) => formatDateTime(iso, language.value),
    number: (value: number, options?: Intl.NumberFormatOptions) => formatNumber(value, language.value, options),
  }
}
