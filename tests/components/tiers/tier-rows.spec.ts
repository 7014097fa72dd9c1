import { describe, expect, it } from 'vitest'
import { filterTierRows, searchText, sortRowsByName, tierRow } from '@/components/tiers/tier-rows'
import { manyTiers } from './large-company'

const rows = sortRowsByName(manyTiers(5_000).map((tier) => tierRow(tier, null, (id) => id, (code) => code)))

describe('tiers list search (DESIGN: lists fast on thousands of rows)', () => {
  it('compares without accents or case', () => {
    expect(searchText('Ingénierie ÉLAN')).toBe('ingenierie elan')
    expect(filterTierRows(rows, null, 'INGENIERIE').every((r) => r.name.includes('Ingénierie'))).toBe(true)
  })

  it('finds by SIREN, VAT number, postal code and contact email, and filters by kind', () => {
    expect(filterTierRows(rows, null, '867407371')[0]!.name).toBe('Cabinet Aubry et Associés')
    expect(filterTierRows(rows, null, 'FR').length).toBeGreaterThan(0)
    expect(filterTierRows(rows, null, 'v.aubry@cabinet-aubry')[0]!.id).toBe('C001')
    expect(filterTierRows(rows, 'carrier', '').every((r) => r.kind === 'carrier')).toBe(true)
    expect(filterTierRows(rows, null, '   ')).toBe(rows)
  })

  it('filters 5,000 tiers in a few milliseconds per keystroke', () => {
    const times = ['l', 'ly', 'lyo', 'lyon', 'lyon 3'].map((text) => {
      const start = performance.now()
      filterTierRows(rows, null, text)
      return performance.now() - start
    })
    console.info(`tiers filter, 5,000 tiers: ${times.map((t) => t.toFixed(1)).join(' / ')} ms per keystroke`)
    expect(Math.max(...times)).toBeLessThan(25)
  })

  it('keeps the table\'s first order (by name) so its sort of each new list is one pass', () => {
    const compare = new Intl.Collator(undefined, { numeric: true }).compare
    expect(rows.every((row, i) => i === 0 || compare(rows[i - 1]!.name, row.name) <= 0)).toBe(true)
  })
})
