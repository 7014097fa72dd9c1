import { useTranslation } from 'i18next-vue'
import { useFormat } from '@/composables/use-format'
import { useLanguage } from '@/composables/use-language'
import type { StatsDimension } from '@/domain'
import type { StatsNames } from '@/stores/statistics'

/**
 * How the statistics read: amounts in euros rounded to the cent for display only, rates with two
 * decimals and "n.s." when there is no rate, periods as "mars 2026" / "T1 2026", ids as names.
 */
export function useStatsFormat() {
  const { t } = useTranslation()
  const f = useFormat()
  const { language } = useLanguage()
  const locale = () => (language.value === 'fr' ? 'fr-FR' : 'en-GB')

  const money = (cents: number | null | undefined) => (cents === null || cents === undefined ? t('statistics.ns') : f.money(Math.round(cents)))
  const percent = (value: number | null | undefined) => (value === null || value === undefined ? t('statistics.ns')
    : f.number(value / 100, { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: 'auto' }))
  const signedPercent = (value: number | null | undefined) => (value === null || value === undefined ? t('statistics.ns')
    : f.number(value / 100, { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: 'exceptZero' }))
  const quantity = (value: number) => f.number(value, { maximumFractionDigits: 3 })
  const monthName = (month: number) => new Intl.DateTimeFormat(locale(), { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, month - 1, 1)))

  /** A period key ('2026-03', '2026-Q1', '2026') as the learner reads it. */
  function period(key: string): string {
    if (/^\d{4}-\d{2}$/.test(key)) return new Intl.DateTimeFormat(locale(), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${key}-01T00:00:00Z`))
    const quarter = /^(\d{4})-Q(\d)$/.exec(key)
    if (quarter) return t('statistics.quarter', { quarter: quarter[2], year: quarter[1] })
    return key
  }

  /** The label of a group key of `dimension`. */
  function keyLabel(dimension: StatsDimension, key: string, names: StatsNames | undefined): string {
    if (dimension === 'month' || dimension === 'quarter' || dimension === 'year') return period(key)
    if (key === '') return t('statistics.unknown')
    if (dimension === 'customer') return names?.customers.get(key) ?? key
    if (dimension === 'product') {
      const product = names?.products.get(key)
      return product ? `${product.reference} — ${product.designation[language.value]}` : key
    }
    if (dimension === 'family') return names?.families.get(key)?.[language.value] ?? key
    if (dimension === 'salesperson') return names?.salespeople.get(key) ?? key
    if (dimension === 'channel') return t(`statistics.channels.${key}`, { defaultValue: key })
    return key
  }

  return { money, percent, signedPercent, quantity, monthName, period, keyLabel, locale, date: f.date }
}
