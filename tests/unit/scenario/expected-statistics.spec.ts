/**
 * Statistics expectations of scenario checks (issue 12, CP6): `rate` computes a percent through the
 * statistics domain (DOMAIN-FR §9 worked example: 480 000 → 516 000 = +7.5 %; objective 540 000 →
 * 95.56 %, gap −4.44 %), `salesTotal` and `quoteConversion` read the attempt's data, NaN without it.
 */
import { describe, expect, it } from 'vitest'
import { computeExpected, ExpectedShapeError, type ExpectedData } from '@/scenario/expected'
import { indexFacts, type SalesDoc, type SalesFact } from '@/domain'

const fact = (date: string, netHtCents: number, extra: Partial<SalesFact> = {}): SalesFact => ({
  docId: `d-${date}-${netHtCents}`, docType: netHtCents < 0 ? 'creditNote' : 'invoice', number: '', date, month: date.slice(0, 7), customerId: 'C1', productId: 'P1',
  familyId: 'F1', region: 'Bretagne', channel: 'direct', salespersonId: 'SP1', quantity: 1, netHtCents, costHtCents: Math.round(netHtCents / 2), ...extra,
})

const data = (facts: SalesFact[], salesDocs: SalesDoc[] = []): ExpectedData => ({ salesIndex: () => indexFacts(facts), salesDocs })

describe('statistics expectations (DOMAIN-FR §9)', () => {
  it('rate: evolution, achievement, relative gap and index of the §9 worked example', () => {
    const n1 = { cents: 48_000_000 }
    const n = { cents: 51_600_000 }
    const target = { cents: 54_000_000 }
    expect(computeExpected({ rate: { formula: 'evolution', value: n, reference: n1 } })).toBeCloseTo(7.5, 10)
    expect(computeExpected({ rate: { formula: 'index', value: n, reference: n1 } })).toBeCloseTo(107.5, 10)
    expect(computeExpected({ rate: { formula: 'achievement', value: n, reference: target } })).toBeCloseTo(95.5556, 4)
    expect(computeExpected({ rate: { formula: 'relativeGap', value: n, reference: target } })).toBeCloseTo(-4.4444, 4)
    expect(computeExpected({ rate: { formula: 'markupOnCost', value: { cents: 10_920 }, reference: { cents: 6_240 } } })).toBeCloseTo(75, 10)
    expect(computeExpected({ rate: { formula: 'marginOnSales', value: { cents: 10_920 }, reference: { cents: 6_240 } } })).toBeCloseTo(42.857, 3)
  })

  it('rate of literal figures on a base ≤ 0 is a scenario error (n.s.), not a number', () => {
    expect(() => computeExpected({ rate: { formula: 'evolution', value: { cents: 100 }, reference: { cents: 0 } } })).toThrow(ExpectedShapeError)
  })

  it('salesTotal sums the CA HT of the period, net of credit notes, with filters; NaN without the attempt data', () => {
    const facts = [fact('2026-02-28', 10_000), fact('2026-03-02', 50_000), fact('2026-03-20', -5_000), fact('2026-03-21', 7_000, { salespersonId: 'SP2' }), fact('2026-04-01', 9_000)]
    const march = { salesTotal: { from: '2026-03-01', to: '2026-03-31' } }
    expect(computeExpected(march, [], data(facts))).toBe(52_000)
    expect(computeExpected({ salesTotal: { ...march.salesTotal, where: { salespersonId: 'SP2' } } }, [], data(facts))).toBe(7_000)
    expect(computeExpected({ salesTotal: { ...march.salesTotal, measure: 'costHtCents' } }, [], data(facts))).toBe(26_000)
    expect(computeExpected(march)).toBeNaN()
    expect(computeExpected({ rate: { formula: 'achievement', value: march, reference: { cents: 104_000 } } }, [], data(facts))).toBe(50)
    expect(() => computeExpected({ salesTotal: { from: '2026-04-01', to: '2026-03-01' } })).toThrow(ExpectedShapeError)
  })

  it('a field next to a statistics operation is refused', () => {
    expect(() => computeExpected({ salesTotal: { from: '2026-03-01', to: '2026-03-31' }, field: 'totalCents' })).toThrow(ExpectedShapeError)
  })
})
