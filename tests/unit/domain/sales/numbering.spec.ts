import { describe, expect, it } from 'vitest'
import { checkSequence, formatDocumentNumber, nextDocumentNumber, parseDocumentNumber, type NumberingSequences } from '@/domain'
import { Numbering } from '@/seed/generator/numbering'
import { makeSettings } from '../../../factories/settings'

// C. com. L441-9; CGI ann. II art. 242 nonies A, 7°: "un numéro unique basé sur une séquence
// chronologique et continue", by distinct series when the business justifies them.
describe('document numbering (C. com. L441-9; CGI ann. II art. 242 nonies A, 7°)', () => {
  it('formats prefix-year-sequence on 5 digits, one dash after a prefix that already ends with one', () => {
    expect(formatDocumentNumber('FA', '2026', 12)).toBe('FA-2026-00012')
    expect(formatDocumentNumber('AV-', '2026', 1)).toBe('AV-2026-00001')
    expect(formatDocumentNumber('FA', '2026', 123456)).toBe('FA-2026-123456')
    expect(() => formatDocumentNumber('FA', '2026', 0)).toThrow(RangeError)
    expect(() => formatDocumentNumber('FA', '2026', 1.5)).toThrow(RangeError)
  })

  it('starts a series at 1 and goes on from the stored sequence, without touching its input', () => {
    const empty: NumberingSequences = {}
    const first = nextDocumentNumber({ series: 'invoice', prefix: 'FA', date: '2026-03-02', sequences: empty })
    expect(first).toMatchObject({ number: 'FA-2026-00001', value: 1, year: '2026' })
    expect(empty).toEqual({})
    const stored: NumberingSequences = { invoice: { '2025': 812, '2026': 41 }, creditNote: { '2026': 3 } }
    const next = nextDocumentNumber({ series: 'invoice', prefix: 'FA', date: '2026-03-02', sequences: stored })
    expect(next.number).toBe('FA-2026-00042')
    expect(next.sequences).toEqual({ invoice: { '2025': 812, '2026': 42 }, creditNote: { '2026': 3 } })
    expect(stored.invoice!['2026']).toBe(41)
  })

  it('keeps one sequence per series: a credit note does not consume an invoice number', () => {
    const sequences: NumberingSequences = { invoice: { '2026': 41 } }
    const credit = nextDocumentNumber({ series: 'creditNote', prefix: 'AV', date: '2026-03-02', sequences })
    expect(credit.number).toBe('AV-2026-00001')
    expect(nextDocumentNumber({ series: 'invoice', prefix: 'FA', date: '2026-03-02', sequences: credit.sequences }).number).toBe('FA-2026-00042')
  })

  it('restarts each series on 1 January', () => {
    const sequences: NumberingSequences = { invoice: { '2026': 980 } }
    expect(nextDocumentNumber({ series: 'invoice', prefix: 'FA', date: '2027-01-01', sequences }).number).toBe('FA-2027-00001')
  })

  it('never reuses a printed number when the stored sequence is behind the documents', () => {
    const next = nextDocumentNumber({ series: 'invoice', prefix: 'FA', date: '2026-03-02', sequences: { invoice: { '2026': 3 } }, highestIssued: 7 })
    expect(next.number).toBe('FA-2026-00008')
    expect(next.sequences.invoice!['2026']).toBe(8)
  })

  it('reads back the sequence value of its own series and year only (a revision suffix reads as its original)', () => {
    expect(parseDocumentNumber('FA-2026-00042', 'FA', '2026')).toBe(42)
    expect(parseDocumentNumber('FA-2026-0001', 'FA', '2026')).toBe(1)
    expect(parseDocumentNumber('DE-2026-00012-V2', 'DE', '2026')).toBe(12)
    expect(parseDocumentNumber('FA-2025-00042', 'FA', '2026')).toBeNull()
    expect(parseDocumentNumber('FAC-2026-00042', 'FA', '2026')).toBeNull()
    expect(parseDocumentNumber('FA-2026-0004x', 'FA', '2026')).toBeNull()
  })

  it('a run of numbers taken one after the other has no gap and no duplicate', () => {
    let sequences: NumberingSequences = {}
    const numbers: string[] = []
    for (let i = 0; i < 60; i += 1) {
      const next = nextDocumentNumber({ series: 'invoice', prefix: 'FA', date: '2026-05-10', sequences })
      sequences = next.sequences
      numbers.push(next.number)
    }
    expect(checkSequence(numbers, 'FA', '2026')).toEqual({ missing: [], duplicates: [], foreign: [] })
    expect(numbers.at(-1)).toBe('FA-2026-00060')
  })

  it('checkSequence finds gaps, duplicates and numbers of another series', () => {
    expect(checkSequence(['FA-2026-00001', 'FA-2026-00003', 'FA-2026-00003', 'AV-2026-00001', 'FA-2026-00005'], 'FA', '2026')).toEqual({
      missing: [2, 4], duplicates: ['FA-2026-00003'], foreign: ['AV-2026-00001'],
    })
    expect(checkSequence(['DE-2026-00001', 'DE-2026-00001-V2', 'DE-2026-00002'], 'DE', '2026').duplicates).toEqual([])
  })

  it('the seed generator numbers with the same rule (one rule in one place)', () => {
    const prefixes = makeSettings().numbering
    const numbering = new Numbering(prefixes)
    let sequences: NumberingSequences = {}
    for (const [series, date] of [['invoice', '2025-12-30'], ['invoice', '2026-01-02'], ['creditNote', '2026-01-03'], ['invoice', '2026-01-04']] as const) {
      const expected = nextDocumentNumber({ series, prefix: prefixes[series], date, sequences })
      sequences = expected.sequences
      expect(numbering.next(series, date)).toBe(expected.number)
    }
    expect(numbering.sequences).toEqual({ invoice: { '2025': 1, '2026': 2 }, creditNote: { '2026': 1 } })
  })
})
