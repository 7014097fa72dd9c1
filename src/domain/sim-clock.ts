/**
 * The simulated clock's calendar rules. Scenario time is a calendar date ('YYYY-MM-DD', no time zone);
 * nothing here reads the wall clock.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** True when `value` is a real calendar date written 'YYYY-MM-DD' (2026-02-30 is not). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false
  const match = ISO_DATE.exec(value)
  if (!match) return false
  const [, y, m, d] = match.map(Number) as [number, number, number, number]
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

/** Adds whole days to a calendar date (negative to go back). */
export function addDaysToIsoDate(isoDate: string, days: number): string {
  if (!isIsoDate(isoDate)) throw new RangeError(`Invalid calendar date: ${String(isoDate)}`)
  if (!Number.isInteger(days)) throw new RangeError(`Days must be a whole number: ${days}`)
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10)
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetweenIsoDates(from: string, to: string): number {
  const ms = Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)
  return Math.round(ms / 86_400_000)
}

/** The longest single advance of the clock, so a slip of the keyboard cannot jump years ahead. */
export const MAX_CLOCK_ADVANCE_DAYS = 366
