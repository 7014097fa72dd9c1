import type { TFunction } from 'i18next'
import type { PaymentTerms } from '@/domain'

/** Payment terms in words ("45 jours fin de mois (date + 45 jours, puis fin de mois)"), C. com. L441-10 I. */
export function paymentTermsText(t: TFunction, terms: PaymentTerms | undefined): string {
  if (!terms) return '—'
  if (terms.kind === 'onReceipt') return t('sales.terms.onReceipt')
  if (terms.kind === 'net') return t('sales.terms.net', { days: terms.days })
  return t(`sales.terms.${terms.method}`, { days: terms.days })
}

/** A country code in the learner's language ("DE" → "Allemagne"). */
export function countryName(code: string, language: string): string {
  try {
    return new Intl.DisplayNames([language], { type: 'region' }).of(code) ?? code
  } catch {
    return code
  }
}
