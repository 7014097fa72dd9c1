import { describe, it, expect } from 'vitest'
import { abcAnalysis, aggregateSales, averageBasket, compareYears, monthsBetween, objectivesReport, quarterOf, quoteConversion, sameDateLastYear, type SalesFact } from '@/domain'
import type { SalesDoc } from '@/domain/model'
import { line, makeProduct, makeSalesDoc } from '../../../factories/company-records'

let seq = 0
function fact(overrides: Partial<SalesFact> & Pick<SalesFact, 'date' | 'netHtCents'>): SalesFact {
  seq += 1
  return {
    docId: `d${seq}`, docType: 'invoice', number: `FA-${seq}`, month: overrides.date.slice(0, 7), customerId: 'c1', productId: 'p1',
    familyId: 'f1', region: 'Bretagne', channel: 'direct', salespersonId: 'sp-1', quantity: 1, costHtCents: 0, ...overrides,
  }
}

describe('aggregateSales: CA HT by period and dimension (DOMAIN-FR §9)', () => {
  const facts = [
    fact({ date: '2025-01-05', netHtCents: 1_000, costHtCents: 600, quantity: 2, customerId: 'c1' }),
    fact({ date: '2025-01-20', netHtCents: 2_000, costHtCents: 900, customerId: 'c2', region: 'Normandie' }),
    fact({ date: '2025-04-02', netHtCents: 5_000, customerId: 'c2', region: 'Normandie', channel: 'webshop' }),
    fact({ date: '2025-04-03', netHtCents: -500, docType: 'creditNote', customerId: 'c1', quantity: -1 }),
    fact({ date: '2024-12-31', netHtCents: 9_999, customerId: 'c3' }),
  ]

  it('groups by month, quarter and year in date order', () => {
    expect(aggregateSales(facts, { dimension: 'month', from: '2025-01-01', to: '2025-12-31' }).map((r) => [r.key, r.netHtCents])).toEqual([['2025-01', 3_000], ['2025-04', 4_500]])
    expect(aggregateSales(facts, { dimension: 'quarter' }).map((r) => [r.key, r.netHtCents])).toEqual([['2024-Q4', 9_999], ['2025-Q1', 3_000], ['2025-Q2', 4_500]])
    expect(aggregateSales(facts, { dimension: 'year' }).map((r) => [r.key, r.netHtCents, r.documents])).toEqual([['2024', 9_999, 1], ['2025', 7_500, 4]])
  })

  it('groups by a dimension, largest CA first, with cost, quantity and document count; credit notes deducted', () => {
    const rows = aggregateSales(facts, { dimension: 'customer', from: '2025-01-01', to: '2025-12-31' })
    expect(rows).toEqual([
      { key: 'c2', netHtCents: 7_000, costHtCents: 900, quantity: 2, documents: 2, invoices: 2 },
      { key: 'c1', netHtCents: 500, costHtCents: 600, quantity: 1, documents: 2, invoices: 1 },
    ])
  })

  it('filters by period (inclusive) and by fixed fields', () => {
    expect(aggregateSales(facts, { dimension: 'region', from: '2025-01-20', to: '2025-04-02' }).map((r) => r.key)).toEqual(['Normandie'])
    expect(aggregateSales(facts, { dimension: 'month', where: { channel: 'webshop' } }).map((r) => r.key)).toEqual(['2025-04'])
    expect(aggregateSales(facts, { dimension: 'month', where: { channel: '' } })).toHaveLength(3) // an empty filter fixes nothing
  })

  it('counts a document once even when its lines are not next to each other', () => {
    const a = fact({ date: '2025-01-01', netHtCents: 1, docId: 'X' })
    const b = fact({ date: '2025-01-01', netHtCents: 1, docId: 'Y' })
    const c = fact({ date: '2025-01-01', netHtCents: 1, docId: 'X' })
    expect(aggregateSales([a, b, c], { dimension: 'year' })[0]!.documents).toBe(2)
  })

  it('quarter and date helpers', () => {
    expect(['2025-01', '2025-03', '2025-04', '2025-12'].map(quarterOf)).toEqual(['2025-Q1', '2025-Q1', '2025-Q2', '2025-Q4'])
    expect(sameDateLastYear('2024-02-29')).toBe('2023-02-28')
    expect(monthsBetween('2024-11-15', '2025-02-01')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02'])
  })
})

describe('compareYears: N against N-1 (DOMAIN-FR §9 example 480 000 → 516 000)', () => {
  it('gives +7,50 % on the year and faces each month with the same month of N-1', () => {
    const facts = [
      fact({ date: '2024-03-10', netHtCents: 30_000_000 }), fact({ date: '2024-06-10', netHtCents: 18_000_000 }),
      fact({ date: '2025-03-10', netHtCents: 31_600_000 }), fact({ date: '2025-09-01', netHtCents: 20_000_000 }),
    ]
    const { rows, total } = compareYears(facts, 2025, 'month')
    expect(total.currentCents).toBe(51_600_000)
    expect(total.previousCents).toBe(48_000_000)
    expect(total.evolutionPercent).toBeCloseTo(7.5, 12)
    expect(rows.map((r) => [r.key, r.previousKey, r.currentCents, r.previousCents])).toEqual([
      ['2025-03', '2024-03', 31_600_000, 30_000_000], ['2025-06', '2024-06', 0, 18_000_000], ['2025-09', '2024-09', 20_000_000, 0],
    ])
    expect(rows[1]!.evolutionPercent).toBe(-100)
    expect(rows[2]!.evolutionPercent).toBeNull() // no N-1: n.s.
    expect(rows[2]!.gap.absolute).toBe(20_000_000)
  })

  it('compares whole years for a non-period dimension', () => {
    const facts = [fact({ date: '2024-03-10', netHtCents: 100, customerId: 'a' }), fact({ date: '2025-03-10', netHtCents: 150, customerId: 'a' })]
    expect(compareYears(facts, 2025, 'customer').rows).toMatchObject([{ key: 'a', previousKey: 'a', currentCents: 150, previousCents: 100, evolutionPercent: 50 }])
  })
})

describe('objectivesReport: achievement per month and salesperson (DOMAIN-FR §9)', () => {
  const salespeople = [
    { id: 'sp-1', objectives: [{ month: '2025-01', targetCents: 30_000_000 }, { month: '2025-02', targetCents: 24_000_000 }] },
    { id: 'sp-2', objectives: [{ month: '2025-01', targetCents: 10_000 }] },
  ]
  const facts = [
    fact({ date: '2025-01-15', netHtCents: 28_000_000 }), fact({ date: '2025-02-10', netHtCents: 23_600_000 }),
    fact({ date: '2025-02-20', netHtCents: -500, salespersonId: 'sp-2' }), fact({ date: '2025-02-20', netHtCents: 777, salespersonId: 'nobody' }),
    fact({ date: '2025-03-01', netHtCents: 1_000_000 }),
  ]
  const report = objectivesReport(facts, salespeople, { from: '2025-01-01', to: '2025-02-28' })

  it('sums to the worked example: 516 000 against 540 000 → 95,56 %, −24 000, −4,44 %', () => {
    const sp1 = report.bySalesperson.find((r) => r.salespersonId === 'sp-1')!
    expect(sp1.actualCents).toBe(51_600_000)
    expect(sp1.targetCents).toBe(54_000_000)
    expect(sp1.achievementPercent).toBeCloseTo(95.5556, 4)
    expect(sp1.gap.absolute).toBe(-2_400_000)
    expect(sp1.gap.relativePercent).toBeCloseTo(-4.4444, 4)
  })

  it('lists every salesperson and month; a month without objective has no rate', () => {
    expect(report.rows).toHaveLength(4)
    const sp2feb = report.rows.find((r) => r.salespersonId === 'sp-2' && r.month === '2025-02')!
    expect(sp2feb).toMatchObject({ actualCents: -500, targetCents: 0, achievementPercent: null })
    expect(report.byMonth.map((m) => [m.month, m.actualCents, m.targetCents])).toEqual([['2025-01', 28_000_000, 30_010_000], ['2025-02', 23_599_500, 24_000_000]])
    expect(report.total.actualCents).toBe(51_599_500) // the stranger's 777 and March are left out
  })
})

describe('abcAnalysis: Pareto classes on the cumulative share', () => {
  it('A up to 80 %, B up to 95 %, C the rest; the row crossing a threshold stays in the upper class', () => {
    const rows = abcAnalysis([
      { key: 'c', netHtCents: 10 }, { key: 'a', netHtCents: 70 }, { key: 'b', netHtCents: 15 }, { key: 'd', netHtCents: 4 }, { key: 'e', netHtCents: 1 }, { key: 'z', netHtCents: -3 },
    ])
    expect(rows.map((r) => [r.key, r.class])).toEqual([['a', 'A'], ['b', 'A'], ['c', 'B'], ['d', 'C'], ['e', 'C'], ['z', 'C']])
    expect(rows[1]!.cumulativePercent).toBe(85)
    expect(rows[0]!.sharePercent).toBe(70)
  })

  it('other thresholds', () => {
    expect(abcAnalysis([{ key: 'a', netHtCents: 50 }, { key: 'b', netHtCents: 30 }, { key: 'c', netHtCents: 20 }], { a: 50, b: 80 }).map((r) => r.class)).toEqual(['A', 'B', 'C'])
  })
})

describe('quoteConversion: orders / quotes × 100, by count and in value (DOMAIN-FR §9)', () => {
  const p = makeProduct({ id: 'p', reference: 'P', priceCents: 10_000 })
  const quote = (id: string, qty: number, status: SalesDoc['status'], salespersonId = 'sp-1') => makeSalesDoc({ id, type: 'quote', status, customerId: 'c', date: '2025-05-02', lines: [line(p, qty)], salespersonId })
  const docs: SalesDoc[] = [
    quote('q1', 1, 'accepted'), quote('q2', 3, 'sent'), quote('q3', 6, 'refused'), quote('q4', 10, 'sent', 'sp-2'),
    quote('q-old', 9, 'revised'), quote('q-draft', 9, 'draft'),
    makeSalesDoc({ id: 'o2', type: 'order', customerId: 'c', date: '2025-05-10', lines: [line(p, 3)], sourceIds: ['q2'] }),
    makeSalesDoc({ id: 'o4', type: 'order', status: 'cancelled', customerId: 'c', date: '2025-05-10', lines: [line(p, 10)], sourceIds: ['q4'] }),
    makeSalesDoc({ id: 'q-late', type: 'quote', customerId: 'c', date: '2025-07-01', lines: [line(p, 1)] }),
  ]

  it('counts converted quotes (an order from it, or accepted), not drafts, revised or out-of-period ones', () => {
    const { total, rows } = quoteConversion(docs, { from: '2025-05-01', to: '2025-05-31', by: 'salesperson' })
    expect(total).toMatchObject({ quotes: 4, converted: 2, countRatePercent: 50, quotesValueCents: 200_000, convertedValueCents: 40_000, valueRatePercent: 20 })
    expect(rows.map((r) => [r.key, r.quotes, r.converted, r.countRatePercent])).toEqual([['sp-1', 3, 2, (2 * 100) / 3], ['sp-2', 1, 0, 0]])
  })

  it('no quote: n.s.', () => {
    expect(quoteConversion(docs, { from: '2020-01-01', to: '2020-12-31' })).toMatchObject({ total: { quotes: 0, countRatePercent: null, valueRatePercent: null }, rows: [] })
  })
})

describe('averageBasket: CA / number of orders, counted on invoices', () => {
  it('divides the CA net of credit notes by the invoices (credit notes are not baskets)', () => {
    const facts = [
      fact({ date: '2025-01-01', netHtCents: 600, docId: 'i1' }), fact({ date: '2025-01-01', netHtCents: 400, docId: 'i1' }),
      fact({ date: '2025-01-02', netHtCents: 2_000, docId: 'i2' }), fact({ date: '2025-01-03', netHtCents: -300, docId: 'a1', docType: 'creditNote' }),
    ]
    expect(averageBasket(facts)).toEqual({ salesCents: 2_700, invoices: 2, averageCents: 1_350 })
    expect(averageBasket([]).averageCents).toBeNull()
  })
})
