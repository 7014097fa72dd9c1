/**
 * Reading bank statement rows (DOMAIN-FR §4, rapprochement bancaire): French exports, hostile files.
 * Rows are given as papaparse splits them; the splitting itself is the library's.
 */
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { detectBankSeparator, parseBankAmount, parseBankDate, readBankRows, BANK_IMPORT_LIMITS } from '@/domain'

const split = (text: string) => Papa.parse<string[]>(text, { delimiter: detectBankSeparator(text), skipEmptyLines: true }).data

function problemsOf(text: string) {
  const read = readBankRows(split(text))
  if (read.ok) throw new Error('expected problems')
  return read.problems
}

describe('amounts', () => {
  it.each([
    ['1 234,56', 123456], ['-89,90', -8990], ['+12', 1200], ['12,5', 1250], ['1.234,56', 123456],
    ['1234.56', 123456], ['1,234.56', 123456], ['1\u00a0234,56 €', 123456], ['1\u202f000,00', 100000], ['-0,01', -1], ['0', 0],
  ])('reads %s as %i cents', (text, cents) => {
    expect(parseBankAmount(text)).toBe(cents)
  })

  it.each(['', 'abc', '12,345', '1.2.3', '12,3,4', '--5', '1e5', 'NaN', 'Infinity', '0x10', '999999999999999,00', '12-'])('refuses %j', (text) => {
    expect(parseBankAmount(text)).toBeUndefined()
  })

  it('never yields a negative zero', () => {
    expect(Object.is(parseBankAmount('-0,00'), -0)).toBe(false)
  })
})

describe('dates', () => {
  it.each([['05/03/2026', '2026-03-05'], ['5/3/2026', '2026-03-05'], ['05.03.2026', '2026-03-05'], ['2026-03-05', '2026-03-05'], ['29/02/2028', '2028-02-29']])('reads %s', (text, iso) => {
    expect(parseBankDate(text)).toBe(iso)
  })
  it.each(['31/02/2026', '2026-13-01', '05/03/26', 'hier', '', '2026/03/05', '29/02/2026'])('refuses %j', (text) => {
    expect(parseBankDate(text)).toBeUndefined()
  })
})

describe('separator', () => {
  it('is ; when the first line has one (the comma is the French decimal mark), , otherwise', () => {
    expect(detectBankSeparator('Date;Libellé;Montant\n01/02/2026;X;1,00')).toBe(';')
    expect(detectBankSeparator('Date,Label,Amount\n2026-02-01,X,1.00')).toBe(',')
  })
})

describe('readBankRows', () => {
  it('reads a French export with header, ; and comma decimals', () => {
    const read = readBankRows(split('Date;Libellé;Montant\r\n26/09/2026;VIR SEPA RECU /DE ARMOR;1 234,56\r\n27/09/2026;FRAIS;-12,00\r\n'))
    expect(read).toEqual({ ok: true, lines: [
      { row: 2, date: '2026-09-26', label: 'VIR SEPA RECU /DE ARMOR', amountCents: 123456 },
      { row: 3, date: '2026-09-27', label: 'FRAIS', amountCents: -1200 },
    ] })
  })

  it('reads separate Débit and Crédit columns in any order, with other columns around', () => {
    const read = readBankRows(split('Date opération;Date de valeur;Libellé;Crédit;Débit\n01/10/2026;02/10/2026;VIR RECU;150,00;\n02/10/2026;02/10/2026;CB;;89,90\n'))
    expect(read.ok && read.lines.map((l) => l.amountCents)).toEqual([15000, -8990])
  })

  it('reads a file without header: 3 columns are date, label, amount; 4 are date, label, debit, credit', () => {
    expect(readBankRows([['2026-10-01', 'VIR', '10.00']])).toEqual({ ok: true, lines: [{ row: 1, date: '2026-10-01', label: 'VIR', amountCents: 1000 }] })
    const four = readBankRows([['01/10/2026', 'CB', '5,00', ''], ['01/10/2026', 'VIR', '', '7,00']])
    expect(four.ok && four.lines.map((l) => l.amountCents)).toEqual([-500, 700])
  })

  it('lists every bad date and amount with its row and column, and keeps no line', () => {
    expect(problemsOf('Date;Libellé;Montant\n32/01/2026;A;1,00\n01/01/2026;B;douze\n01/01/2026;;3,00\n')).toEqual([
      { code: 'badDate', row: 2, column: 'date', values: { text: '32/01/2026' } },
      { code: 'badAmount', row: 3, column: 'amount', values: { text: 'douze' } },
      { code: 'emptyLabel', row: 4, column: 'label' },
    ])
  })

  it('refuses a debit and a credit on the same row, and a zero amount', () => {
    expect(problemsOf('Date;Libellé;Débit;Crédit\n01/01/2026;A;1,00;2,00\n01/01/2026;B;;0,00\n').map((p) => [p.code, p.row, p.column]))
      .toEqual([['bothAmounts', 2, 'debit'], ['zeroAmount', 3, 'credit']])
  })

  it('refuses labels a spreadsheet would run as formulas (CSV injection)', () => {
    const problems = problemsOf('Date;Libellé;Montant\n01/01/2026;=cmd|\' /C calc\'!A0;1,00\n01/01/2026;@SUM(A1);1,00\n01/01/2026;+HYPERLINK("x");1,00\n01/01/2026;-2+3;1,00\n')
    expect(problems.map((p) => [p.code, p.row])).toEqual([['formula', 2], ['formula', 3], ['formula', 4], ['formula', 5]])
  })

  it('says which columns are missing when the header names none it knows, or the width is unknown', () => {
    expect(problemsOf('Nom;Prénom\nDupont;Jean\n')).toEqual([{ code: 'columns', row: 1, values: { count: 2 } }])
    expect(problemsOf('01/01/2026;A;1,00;2,00;3,00\n')).toEqual([{ code: 'columns', row: 1, values: { count: 5 } }])
    expect(problemsOf('Date;Libellé\n01/01/2026;A\n')[0]?.code).toBe('columns')
  })

  it('refuses an empty file, a header alone, a file over 1 Mo and more than 5,000 rows', () => {
    expect(problemsOf('\n\n  \n')).toEqual([{ code: 'emptyFile' }])
    expect(problemsOf('Date;Libellé;Montant\n')).toEqual([{ code: 'emptyFile' }])
    expect(readBankRows([['01/01/2026', 'A', '1']], BANK_IMPORT_LIMITS.maxBytes + 1)).toMatchObject({ ok: false, problems: [{ code: 'fileTooLarge' }] })
    const huge = Array.from({ length: 5001 }, () => ['01/01/2026', 'A', '1,00'])
    expect(readBankRows(huge)).toMatchObject({ ok: false, problems: [{ code: 'tooManyRows', values: { count: 5001, max: 5000 } }] })
    expect(readBankRows(huge.slice(0, 5000)).ok).toBe(true)
  })

  it('lists at most 50 problems and counts the others', () => {
    const rows = Array.from({ length: 80 }, () => ['xx', 'A', '1,00'])
    expect(readBankRows(rows)).toMatchObject({ ok: false, more: 30 })
  })

  it('refuses an over-long label and cuts the text it quotes', () => {
    const long = 'A'.repeat(300)
    expect(readBankRows([['01/01/2026', long, '1']])).toMatchObject({ ok: false, problems: [{ code: 'labelTooLong', values: { max: 200 } }] })
    const [problem] = problemsOf(`01/01/2026;A;${'9'.repeat(60)}\n`)
    expect(String(problem?.values?.text).length).toBeLessThanOrEqual(40)
  })

  it('tidies spaces inside labels', () => {
    expect(readBankRows([['01/01/2026', '  VIR    RECU  ', '1']])).toMatchObject({ ok: true, lines: [{ label: 'VIR RECU' }] })
  })
})
