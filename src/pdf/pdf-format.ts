/**
 * Figures of a printed document in the customer's language, formatted like the screens
 * (`@/i18n/format`): "1 234,56 €" with its narrow no-break space, "5,5 %", "02/03/2026".
 */
import type { Address, Language } from '@/domain/model'
import { formatDate, formatMoney, formatNumber } from '@/i18n/format'

/** The formatters of one language. */
export interface PdfFormat {
  money: (cents: number) => string
  date: (iso: string) => string
  percent: (percent: number) => string
  quantity: (quantity: number) => string
  kilograms: (grams: number) => string
  /** A 9-digit SIREN (or 14-digit SIRET) in groups of three, kept on one line: "812 456 713". */
  siren: (siren: string) => string
  address: (address: Address) => string[]
}

const NO_BREAK_SPACE = '\u00a0'

export function pdfFormat(language: Language): PdfFormat {
  const regions = new Intl.DisplayNames([language], { type: 'region' })
  return {
    money: (cents) => formatMoney(cents, language),
    date: (iso) => formatDate(iso, language),
    percent: (percent) => formatNumber(percent / 100, language, { style: 'percent', maximumFractionDigits: 2 }),
    quantity: (quantity) => formatNumber(quantity, language, { maximumFractionDigits: 3 }),
    kilograms: (grams) => formatNumber(grams / 1000, language, { style: 'unit', unit: 'kilogram', maximumFractionDigits: 1 }),
    siren: (siren) => {
      const digits = siren.replace(/\s+/g, '')
      return digits.length === 14
        ? `${digits.slice(0, 3)}${NO_BREAK_SPACE}${digits.slice(3, 6)}${NO_BREAK_SPACE}${digits.slice(6, 9)}${NO_BREAK_SPACE}${digits.slice(9)}`
        : (digits.match(/.{1,3}/g) ?? []).join(NO_BREAK_SPACE)
    },
    address: (address) => {
      const lines = [address.line1]
      if (address.line2?.trim()) lines.push(address.line2)
      lines.push(`${address.postalCode} ${address.city}`.trim())
      // A French company prints the country of foreign addresses only.
      if (address.country && address.country !== 'FR') lines.push((regions.of(address.country) ?? address.country).toLocaleUpperCase(language))
      return lines
    },
  }
}
