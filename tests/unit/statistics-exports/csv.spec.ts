/**
 * CSV for French Excel (issue 12, exports): UTF-8 BOM, `;` separator, CRLF, quoting, and numbers
 * with a decimal comma and no thousands separator so Excel FR reads them as numbers.
 */
import { describe, expect, it } from 'vitest'
import { buildCsv, buildCsvBytes } from '@/components/statistics/exports/csv'
import { columnKind } from '@/components/statistics/exports/table'
import { centsToDecimalComma, decimalComma } from '@/lib/csv'

const columns = [
  { key: 'customer', label: 'Client' },
  { key: 'salesCents', label: 'CA HT (€)' },
  { key: 'evolutionPercent', label: 'Évolution (%)' },
  { key: 'orders', label: 'Commandes', kind: 'integer' as const },
]

describe('CSV export for French Excel', () => {
  it('starts with the UTF-8 BOM, separates with ";", ends lines with CRLF and writes amounts in euros with a decimal comma', () => {
    const bytes = buildCsvBytes({ columns, rows: [{ customer: 'Hôtel Les Terrasses', salesCents: 123_456, evolutionPercent: 7.5, orders: 12 }] })
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder().decode(bytes.slice(3))
    expect(text).toBe('Client;CA HT (€);Évolution (%);Commandes\r\nHôtel Les Terrasses;1234,56;7,50;12\r\n')
  })

  it('quotes a field holding the separator, a quote or a line break, and writes n.s. for a figure without meaning', () => {
    const csv = buildCsv({ columns, rows: [{ customer: 'Dupont; fils "&" Cie\nLyon', salesCents: -500, evolutionPercent: null, orders: 0 }] })
    expect(csv).toBe('\uFEFFClient;CA HT (€);Évolution (%);Commandes\r\n"Dupont; fils ""&"" Cie\nLyon";-5,00;n.s.;0\r\n')
  })

  it('neutralises a text that Excel would run as a formula, but keeps negative numbers as numbers', () => {
    const csv = buildCsv({ columns, rows: [{ customer: '=HYPERLINK("x")', salesCents: -123_456, evolutionPercent: -4.444444, orders: 1 }] })
    expect(csv.split('\r\n')[1]).toBe(`"'=HYPERLINK(""x"")";-1234,56;-4,44;1`)
  })

  it('rounds for display only, half away from zero, without thousands separators (DOMAIN-FR §9: round what is displayed)', () => {
    expect(decimalComma(1.005, 2)).toBe('1,01')
    expect(decimalComma(-0.004, 2)).toBe('0,00')
    expect(decimalComma(107.5, 2)).toBe('107,50')
    expect(decimalComma(2.5, 4, true)).toBe('2,5')
    expect(decimalComma(1_234_567.891, 2)).toBe('1234567,89')
    expect(centsToDecimalComma(51_600_000)).toBe('516000,00')
    expect(centsToDecimalComma(7)).toBe('0,07')
  })

  it('infers a column kind from its key or its values', () => {
    expect(columnKind({ key: 'totalCents', label: '' }, [])).toBe('cents')
    expect(columnKind({ key: 'achievementPercent', label: '' }, [])).toBe('percent')
    expect(columnKind({ key: 'count', label: '' }, [{ count: null }, { count: 3 }])).toBe('number')
    expect(columnKind({ key: 'name', label: '' }, [{ name: 'A' }])).toBe('text')
  })
})
