/**
 * Due dates from payment terms (C. com. L441-10 I). "45 jours fin de mois" has two accepted
 * readings, so the method is a parameter of the terms, never a hidden choice.
 */
import { addDays, endOfMonth, parseCalendarDate } from './calendar'
import { DomainInputError } from './errors'

/**
 * Payment terms.
 * - `onReceipt`: payable on receipt of the invoice, i.e. on its issue date in the simulation.
 * - `net`: `days` after the issue date ("à 30 jours", at most 60 days by L441-10 I).
 * - `daysEndOfMonth`: "`days` jours fin de mois" (at most 45), read either as
 *   `addDaysThenEndOfMonth` (issue + days, then the end of that month) or
 *   `endOfMonthThenAddDays` (end of the issue month, then + days).
 */
export type PaymentTerms =
  | { kind: 'onReceipt' }
  | { kind: 'net'; days: number }
  | { kind: 'daysEndOfMonth'; days: number; method: 'addDaysThenEndOfMonth' | 'endOfMonthThenAddDays' }

/**
 * The due date of an invoice issued on `issueDate` ('YYYY-MM-DD', a calendar date, no time zone).
 * @example dueDate('2026-03-10', { kind: 'daysEndOfMonth', days: 45, method: 'addDaysThenEndOfMonth' }) // '2026-04-30'
 * @example dueDate('2026-03-10', { kind: 'daysEndOfMonth', days: 45, method: 'endOfMonthThenAddDays' }) // '2026-05-15'
 * @throws DomainInputError on an invalid date (`issueDate`), or a negative or fractional `terms.days`.
 */
export function dueDate(issueDate: string, terms: PaymentTerms): string {
  const issued = parseCalendarDate(issueDate, 'issueDate')
  switch (terms.kind) {
    case 'onReceipt':
      return issued
    case 'net':
      return addDays(issued, checkDays(terms.days))
    case 'daysEndOfMonth': {
      const days = checkDays(terms.days)
      if (terms.method === 'addDaysThenEndOfMonth') return endOfMonth(addDays(issued, days))
      if (terms.method === 'endOfMonthThenAddDays') return addDays(endOfMonth(issued), days)
      throw new DomainInputError('terms.method', 'outOfRange', (terms as { method: unknown }).method)
    }
    default:
      throw new DomainInputError('terms.kind', 'outOfRange', (terms as { kind: unknown }).kind)
  }
}

function checkDays(days: number): number {
  if (typeof days !== 'number' || !Number.isFinite(days)) throw new DomainInputError('terms.days', 'notANumber', days)
  if (!Number.isInteger(days)) throw new DomainInputError('terms.days', 'notInteger', days)
  if (days < 0) throw new DomainInputError('terms.days', 'negative', days)
  if (days > 3660) throw new DomainInputError('terms.days', 'outOfRange', days)
  return days
}
