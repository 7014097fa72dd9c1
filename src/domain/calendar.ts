/**
 * Calendar dates as 'YYYY-MM-DD' strings, with pure integer arithmetic (no `Date`, no time zone):
 * a due date is a day in the French calendar, not an instant.
 */
import { DomainInputError } from './errors'

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

interface CivilDate {
  readonly year: number
  readonly month: number // 1..12
  readonly day: number // 1..31
}

/** Days in `month` (1..12) of `year`, Gregorian leap years included. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

/** True when `value` is a real calendar date written 'YYYY-MM-DD' (2026-02-29 is not). */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false
  const match = ISO_DATE.exec(value)
  if (!match) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
}

/**
 * Checks a calendar date.
 * @throws DomainInputError `invalidDate`, naming `field`.
 */
export function parseCalendarDate(value: string, field = 'date'): string {
  if (!isCalendarDate(value)) throw new DomainInputError(field, 'invalidDate', value, "expected 'YYYY-MM-DD'")
  return value
}

function toCivil(date: string): CivilDate {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  return { year, month, day }
}

function format({ year, month, day }: CivilDate): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** Days since 1970-01-01 (H. Hinnant's days_from_civil, exact for the proleptic Gregorian calendar). */
function toDayNumber({ year, month, day }: CivilDate): number {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yearOfEra = y - era * 400
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear
  return era * 146_097 + dayOfEra - 719_468
}

function fromDayNumber(dayNumber: number): CivilDate {
  const z = dayNumber + 719_468
  const era = Math.floor(z / 146_097)
  const dayOfEra = z - era * 146_097
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365)
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100))
  const mp = Math.floor((5 * dayOfYear + 2) / 153)
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1
  const month = mp < 10 ? mp + 3 : mp - 9
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day }
}

/** `date` + `days` calendar days (negative to go back). The date must already be valid. */
export function addDays(date: string, days: number): string {
  return format(fromDayNumber(toDayNumber(toCivil(date)) + days))
}

/** Last day of the month of `date`: 2026-03-10 → 2026-03-31. */
export function endOfMonth(date: string): string {
  const { year, month } = toCivil(date)
  return format({ year, month, day: daysInMonth(year, month) })
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return toDayNumber(toCivil(to)) - toDayNumber(toCivil(from))
}
