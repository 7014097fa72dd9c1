import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import { addDays, daysBetween, dueDate, endOfMonth, isCalendarDate } from '@/domain'

describe('dueDate (C. com. L441-10 I; DOMAIN-FR §3)', () => {
  it('"45 jours fin de mois", invoice of 10 March: (a) +45 days = 24 April, then month end → 30 April', () => {
    expect(dueDate('2026-03-10', { kind: 'daysEndOfMonth', days: 45, method: 'addDaysThenEndOfMonth' })).toBe('2026-04-30')
  })

  it('"45 jours fin de mois", invoice of 10 March: (b) end of March + 45 days → 15 May', () => {
    expect(dueDate('2026-03-10', { kind: 'daysEndOfMonth', days: 45, method: 'endOfMonthThenAddDays' })).toBe('2026-05-15')
  })

  it('45 days end of month from 31 January (28-day February): (a) 17 March → 31 March; (b) 31 Jan + 45 → 17 March', () => {
    expect(dueDate('2026-01-31', { kind: 'daysEndOfMonth', days: 45, method: 'addDaysThenEndOfMonth' })).toBe('2026-03-31')
    expect(dueDate('2026-01-31', { kind: 'daysEndOfMonth', days: 45, method: 'endOfMonthThenAddDays' })).toBe('2026-03-17')
    // A leap year moves both by one day.
    expect(dueDate('2028-01-31', { kind: 'daysEndOfMonth', days: 45, method: 'endOfMonthThenAddDays' })).toBe('2028-03-16')
  })

  it('payable on receipt: the issue date', () => {
    expect(dueDate('2026-03-10', { kind: 'onReceipt' })).toBe('2026-03-10')
  })

  it('net 30 (the default term of L441-10 I) and net 60 (the legal maximum from the invoice date)', () => {
    expect(dueDate('2026-03-10', { kind: 'net', days: 30 })).toBe('2026-04-09')
    expect(dueDate('2026-03-10', { kind: 'net', days: 60 })).toBe('2026-05-09')
    expect(dueDate('2025-12-15', { kind: 'net', days: 30 })).toBe('2026-01-14')
  })

  it('refuses a bad date or a bad number of days, naming the field', () => {
    expect(() => dueDate('2026-02-29', { kind: 'onReceipt' })).toThrow(expect.objectContaining({ field: 'issueDate', code: 'invalidDate' }))
    expect(() => dueDate('10/03/2026', { kind: 'onReceipt' })).toThrow(/issueDate/)
    expect(() => dueDate('2026-03-10', { kind: 'net', days: -1 })).toThrow(expect.objectContaining({ field: 'terms.days', code: 'negative' }))
    expect(() => dueDate('2026-03-10', { kind: 'net', days: 1.5 })).toThrow(expect.objectContaining({ code: 'notInteger' }))
  })
})

describe('calendar arithmetic on YYYY-MM-DD strings (no Date, no time zone)', () => {
  it('knows month lengths and leap years', () => {
    expect(endOfMonth('2024-02-10')).toBe('2024-02-29')
    expect(endOfMonth('2100-02-01')).toBe('2100-02-28')
    expect(endOfMonth('2000-02-01')).toBe('2000-02-29')
    expect(isCalendarDate('2026-02-29')).toBe(false)
    expect(isCalendarDate('2026-13-01')).toBe(false)
  })

  it('agrees with UTC Date arithmetic and round-trips (property)', () => {
    const date = fc.integer({ min: -40_000, max: 60_000 }).map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10))
    fc.assert(
      fc.property(date, fc.integer({ min: -2000, max: 2000 }), (from, days) => {
        const expected = new Date(Date.parse(`${from}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
        expect(addDays(from, days)).toBe(expected)
        expect(daysBetween(from, expected)).toBe(days)
      }),
    )
  })
})
