import { describe, expect, it } from 'vitest'
import { matchesAll, valueAt } from '@/scenario/matchers'

const doc = {
  id: 'd1', type: 'invoice', status: 'validated', date: '2026-03-10', dueDate: '2026-04-30', customerId: 'c1',
  discountsPercent: [10, 5], paymentTerms: { kind: 'daysEndOfMonth', days: 45, method: 'addDaysThenEndOfMonth' },
  totals: { totalInclVatCents: 123_456 }, notes: 'Livraison partielle, RELIQUAT à suivre',
  lines: [{ productId: 'p1', quantity: 2, unitPriceCents: 1000 }, { productId: 'p2', quantity: 1, unitPriceCents: 5000 }],
}

describe('property matchers', () => {
  it('reads dotted paths through own properties only', () => {
    expect(valueAt(doc, 'totals.totalInclVatCents')).toBe(123_456)
    expect(valueAt(doc, 'lines.1.productId')).toBe('p2')
    expect(valueAt(doc, 'lines.5.productId')).toBeUndefined()
    expect(valueAt(doc, 'toString')).toBeUndefined()
    expect(valueAt(doc, 'constructor')).toBeUndefined()
    expect(valueAt(doc, 'lines.length')).toBe(2) // an array's own length
  })

  it('compares scalars and lists exactly', () => {
    expect(matchesAll(doc, { type: 'invoice', 'totals.totalInclVatCents': 123_456 })).toBe(true)
    expect(matchesAll(doc, { type: 'Invoice' })).toBe(false)
    expect(matchesAll(doc, { discountsPercent: [10, 5] })).toBe(true)
    expect(matchesAll(doc, { discountsPercent: [5, 10] })).toBe(false)
    expect(matchesAll(doc, { carrierId: null })).toBe(true)
  })

  it('applies operators', () => {
    expect(matchesAll(doc, { status: { oneOf: ['validated', 'sent'] } })).toBe(true)
    expect(matchesAll(doc, { status: { notEquals: 'draft' } })).toBe(true)
    expect(matchesAll(doc, { 'totals.totalInclVatCents': { min: 100_000, max: 123_456 } })).toBe(true)
    expect(matchesAll(doc, { 'totals.totalInclVatCents': { max: 123_455 } })).toBe(false)
    expect(matchesAll(doc, { date: { min: '2026-03-09', max: '2026-03-10' } })).toBe(true)
    expect(matchesAll(doc, { date: { min: '2026-03-11' } })).toBe(false)
    expect(matchesAll(doc, { notes: { contains: 'reliquat a suivre' } })).toBe(true)
    expect(matchesAll(doc, { carrierId: { exists: false }, customerId: { exists: true } })).toBe(true)
    expect(matchesAll(doc, { lines: { length: 2 }, discountsPercent: { length: { min: 1, max: 2 } } })).toBe(true)
    expect(matchesAll(doc, { lines: { length: { min: 3 } } })).toBe(false)
  })

  it('looks into list elements with some / every', () => {
    expect(matchesAll(doc, { lines: { some: { productId: 'p2', unitPriceCents: 5000 } } })).toBe(true)
    expect(matchesAll(doc, { lines: { some: { productId: 'p2', unitPriceCents: 4000 } } })).toBe(false)
    expect(matchesAll(doc, { lines: { every: { quantity: { min: 1 } } } })).toBe(true)
    expect(matchesAll(doc, { lines: { every: { quantity: { min: 2 } } } })).toBe(false)
  })

  it('compares a due date with the one the domain computes from the document date (L441-10)', () => {
    const terms = { kind: 'daysEndOfMonth' as const, days: 45, method: 'addDaysThenEndOfMonth' as const }
    expect(matchesAll(doc, { dueDate: { dueDate: { terms } } })).toBe(true)
    expect(matchesAll(doc, { dueDate: { dueDate: { terms: { ...terms, method: 'endOfMonthThenAddDays' } } } })).toBe(false)
    expect(matchesAll({ ...doc, dueDate: '2026-04-09' }, { dueDate: { dueDate: { terms: { kind: 'net', days: 30 } } } })).toBe(true)
    expect(matchesAll({ ...doc, date: 'bad' }, { dueDate: { dueDate: { terms } } })).toBe(false)
  })
})
