/**
 * Legal figures that change (VAT rates, penalty rates, the recovery indemnity) are dated parameters,
 * not constants: each value says from when to when it applies and where it comes from.
 */
import { DomainInputError } from './errors'

/** A value in force from `validFrom` to `validTo` (both inclusive, 'YYYY-MM-DD'); open-ended without `validTo`. */
export interface DatedParameter<T> {
  readonly validFrom: string
  readonly validTo?: string
  readonly value: T
  /** The legal text or publication the value comes from. */
  readonly source: string
}

/**
 * The parameter in force on `date` ('YYYY-MM-DD' strings compare in calendar order).
 * @throws DomainInputError `noParameterForDate`, naming `field`, when no period covers the date.
 */
export function parameterAt<T>(parameters: readonly DatedParameter<T>[], date: string, field: string): DatedParameter<T> {
  const found = parameters.find((p) => p.validFrom <= date && (p.validTo === undefined || date <= p.validTo))
  if (!found) throw new DomainInputError(field, 'noParameterForDate', date)
  return found
}

/** The parameter in force at the latest date (the open-ended one, or the one ending last). */
export function latestParameter<T>(parameters: readonly DatedParameter<T>[]): DatedParameter<T> {
  const latest = [...parameters].sort((a, b) => (b.validTo ?? '9999-12-31').localeCompare(a.validTo ?? '9999-12-31'))[0]
  if (!latest) throw new RangeError('No parameter defined')
  return latest
}
