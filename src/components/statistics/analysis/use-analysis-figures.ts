import { useTranslation } from 'i18next-vue'
import { useFormat } from '@/composables/use-format'

/**
 * How an analysis' key figures read, in the analysis panel and the list of saved analyses alike: the
 * name translated (`analysis.figures.names.*`, the raw name when there is none) and the unrounded
 * value rounded for display only: `…Cents` as money, `…Percent` with two decimals, others with up to
 * two.
 */
export function useAnalysisFigures() {
  const { t } = useTranslation()
  const format = useFormat()

  function figureLabel(name: string): string {
    return t(`analysis.figures.names.${name}`, { defaultValue: name })
  }

  function figureValue(name: string, value: number): string {
    if (name.endsWith('Cents')) return format.money(Math.round(value))
    if (name.endsWith('Percent')) return t('analysis.percent', { value: format.number(value, { minimumFractionDigits: 2, maximumFractionDigits: 2 }) })
    return format.number(value, { maximumFractionDigits: 2 })
  }

  return { figureLabel, figureValue }
}
