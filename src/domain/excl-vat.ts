/**
 * From an amount including VAT back to its HT and VAT parts (an acompte received TTC, a shelf price).
 */
import { cents, centsFromBigInt, subtractCents, type Cents } from './money'
import { parsePercent, PERCENT_SCALE } from './rates'
import { divideRounded } from './rounding'

/**
 * Splits an amount including VAT: HT = round(TTC / (1 + t)) half away from zero, VAT = TTC − HT, so
 * the parts always add up to the TTC.
 *
 * Round trip: for any HT `h` and rate `t` > 0, `exclVatFromInclVat(h + round(h × t), t)` gives back
 * `h` exactly. The other way is not exact: recomputing `HT + round(HT × t)` may differ from the TTC
 * by 1 cent (3 cents TTC at 20 % → HT 3, VAT 0, and 3 × 1,2 = 3,6 → 4), never more while t < 100 %.
 *
 * @example exclVatFromInclVat(99142, 20) // { exclVatCents: 82618, vatCents: 16524 }
 * @throws DomainInputError when `inclVatCents` is not whole cents or the rate is invalid.
 */
export function exclVatFromInclVat(inclVatCents: number, vatRatePercent: number): { exclVatCents: Cents; vatCents: Cents } {
  const inclVat = cents(inclVatCents, 'inclVatCents')
  const rate = parsePercent(vatRatePercent, 'vatRatePercent')
  const exclVat = centsFromBigInt(divideRounded(BigInt(inclVat) * PERCENT_SCALE, PERCENT_SCALE + BigInt(rate)))
  return { exclVatCents: exclVat, vatCents: subtractCents(inclVat, exclVat) }
}
