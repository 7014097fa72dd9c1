/**
 * French VAT rates (metropolitan France) as dated parameters. The rate of a sale is the one in force
 * at its tax point; without a date, the latest rates apply.
 */
import { parseCalendarDate } from './calendar'
import { latestParameter, parameterAt, type DatedParameter } from './parameters'

/** The rates of one period, in percent: `standard` is the taux normal, `others` the reduced rates. */
export interface VatRateSet {
  readonly standard: number
  readonly others: readonly number[]
}

/**
 * Metropolitan VAT rates by period. 19,6 % / 7 % / 5,5 % / 2,1 % from 2012; 20 % / 10 % / 5,5 % /
 * 2,1 % since 1 January 2014 (loi 2012-1510, art. 68).
 */
export const VAT_RATE_PARAMETERS: readonly DatedParameter<VatRateSet>[] = [
  {
    validFrom: '2012-01-01',
    validTo: '2013-12-31',
    value: { standard: 19.6, others: [7, 5.5, 2.1] },
    source: 'CGI art. 278 et suivants (version 2012-2013); loi 2011-1978',
  },
  {
    validFrom: '2014-01-01',
    value: { standard: 20, others: [10, 5.5, 2.1] },
    source: 'CGI art. 278 et suivants; loi 2012-1510 art. 68',
  },
]

/**
 * The VAT rates in force on `date` (the latest ones when `date` is omitted).
 * @throws DomainInputError `invalidDate` or `noParameterForDate`, naming `field`.
 */
export function vatRatesAt(date?: string, field = 'vatDate'): VatRateSet {
  if (date === undefined) return latestParameter(VAT_RATE_PARAMETERS).value
  return parameterAt(VAT_RATE_PARAMETERS, parseCalendarDate(date, field), field).value
}

/** True when `percent` is a VAT rate in force on `date` (latest rates without a date). */
export function isVatRateInForce(percent: number, date?: string): boolean {
  const rates = vatRatesAt(date)
  return rates.standard === percent || rates.others.includes(percent)
}
