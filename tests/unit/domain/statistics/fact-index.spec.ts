import { describe, it, expect } from 'vitest'
import { aggregateIndexed, dayNumber, indexFacts, selectFacts, STATS_DIMENSIONS, type SalesFact } from '@/domain'

/** A deterministic pseudo-random list of facts, documents' lines scattered on purpose. */
function facts(count: number): SalesFact[] {
  let seed = 7
  const next = (n: number) => { seed = (seed * 48_271) % 2_147_483_647; return seed % n }
  return Array.from({ length: count }, () => {
    const doc = next(40)
    const month = `202${4 + (doc % 2)}-${String(1 + (doc % 12)).padStart(2, '0')}`
    return {
      docId: `D${doc}`, docType: doc % 7 === 0 ? 'creditNote' as const : 'invoice' as const, number: `N${doc}`, date: `${month}-${String(1 + (doc % 28)).padStart(2, '0')}`, month,
      customerId: `C${doc % 5}`, productId: `P${next(6)}`, familyId: `F${next(3)}`, region: `R${doc % 4}`, channel: doc % 3 ? 'direct' : 'webshop', salespersonId: `S${doc % 3}`,
      quantity: next(5), netHtCents: next(10_000) - 1_000, costHtCents: next(5_000),
    }
  })
}

/** The rule written the slow, obvious way: filter, then group with a set of documents per group. */
function reference(all: SalesFact[], dimension: (typeof STATS_DIMENSIONS)[number], from: string, to: string, where: Partial<Record<'customerId' | 'familyId', string>>) {
  const keyOf = (f: SalesFact): string => ({
    month: f.month, quarter: `${f.month.slice(0, 4)}-Q${Math.ceil(Number(f.month.slice(5)) / 3)}`, year: f.month.slice(0, 4), customer: f.customerId, product: f.productId,
    family: f.familyId, region: f.region, channel: f.channel, salesperson: f.salespersonId,
  })[dimension]
  const groups = new Map<string, { net: number; docs: Set<string>; invoices: Set<string> }>()
  for (const f of all) {
    if (f.date < from || f.date > to) continue
    if (where.customerId && f.customerId !== where.customerId) continue
    if (where.familyId && f.familyId !== where.familyId) continue
    const g = groups.get(keyOf(f)) ?? { net: 0, docs: new Set(), invoices: new Set() }
    g.net += f.netHtCents
    g.docs.add(f.docId)
    if (f.docType === 'invoice') g.invoices.add(f.docId)
    groups.set(keyOf(f), g)
  }
  return new Map([...groups].map(([k, g]) => [k, { net: g.net, documents: g.docs.size, invoices: g.invoices.size }]))
}

describe('fact index: the same aggregates as the plain rule, on typed arrays', () => {
  const all = facts(600)
  const index = indexFacts(all)

  it.each(STATS_DIMENSIONS)('by %s, with a period and filters', (dimension) => {
    for (const [from, to, where] of [['2024-01-01', '2025-12-31', {}], ['2024-03-01', '2024-08-31', { customerId: 'C2' }], ['2025-01-01', '2025-12-31', { familyId: 'F1' }]] as const) {
      const expected = reference(all, dimension, from, to, where)
      const rows = aggregateIndexed(index, { dimension, from, to, where })
      expect(rows).toHaveLength(expected.size)
      for (const row of rows) expect({ net: row.netHtCents, documents: row.documents, invoices: row.invoices }).toEqual(expected.get(row.key))
    }
  })

  it('keeps every fact, grouped by document', () => {
    expect(index.size).toBe(600)
    const seen = new Set<string>()
    let last = ''
    for (const fact of index.facts) {
      if (fact.docId !== last) { expect(seen.has(fact.docId)).toBe(false); seen.add(fact.docId); last = fact.docId }
    }
  })

  it('a value never seen keeps nothing; dates read as yyyymmdd', () => {
    expect(aggregateIndexed(index, { dimension: 'month', where: { customerId: 'nobody' } })).toEqual([])
    expect(selectFacts(index, { where: { region: 'R1' } }).every((f) => f.region === 'R1')).toBe(true)
    expect(dayNumber('2025-03-09')).toBe(20_250_309)
  })
})
