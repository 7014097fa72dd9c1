/**
 * The one CSV writer for French Excel (statistics exports, a customer file's index, the class
 * report): UTF-8 BOM, `;` separator, CRLF after every line, RFC 4180 quoting, a formula guard on
 * texts (OWASP CSV injection: =, +, -, @, tab, CR) and numbers with a decimal comma
 * (DOMAIN-FR §9: round what is displayed, half away from zero).
 */
import { describe, expect, it } from 'vitest'
import { centsToDecimalComma, CSV_BOM, csvNumber, decimalComma, frenchCsv, frenchCsvBytes, safeText } from '@/lib/csv'

describe('frenchCsv', () => {
  it('starts with the UTF-8 BOM, separates with ";" and ends every line, the last too, with CRLF', () => {
    expect(frenchCsv([['Client', 'CA HT'], ['Hôtel Les Terrasses', csvNumber('1234,56')]])).toBe(`${CSV_BOM}Client;CA HT\r\nHôtel Les Terrasses;1234,56\r\n`)
    const bytes = frenchCsvBytes([['é']])
    expect([...bytes]).toEqual([0xef, 0xbb, 0xbf, 0xc3, 0xa9, 0x0d, 0x0a])
  })

  it('quotes a field holding ";", a quote or a line break, doubling the quotes', () => {
    const csv = frenchCsv([['Dupont; fils', 'dit "le grand"', 'ligne 1\nligne 2', 'a\r\nb', 'simple']])
    expect(csv).toBe(`${CSV_BOM}"Dupont; fils";"dit ""le grand""";"ligne 1\nligne 2";"a\r\nb";simple\r\n`)
  })

  it('quotes a field with white space at either end so a spreadsheet keeps it', () => {
    expect(frenchCsv([[' avant', 'après ', 'tab\t', 'insécable\u00a0', 'au milieu ok']])).toBe(`${CSV_BOM}" avant";"après ";"tab\t";"insécable\u00a0";au milieu ok\r\n`)
  })

  it('defuses a text a spreadsheet would run as a formula, but writes marked numbers unchanged', () => {
    const csv = frenchCsv([['=HYPERLINK("x";"y")', '+33 1 23', '-cmd', '@SUM(A1)', '\tx', csvNumber('-320,75'), 'Normal']])
    expect(csv).toBe(`${CSV_BOM}"'=HYPERLINK(""x"";""y"")";'+33 1 23;'-cmd;'@SUM(A1);'\tx;-320,75;Normal\r\n`)
    expect(safeText('-5')).toBe("'-5")
    expect(safeText(null)).toBe('')
  })

  it('writes null and undefined as empty fields and keeps empty lines', () => {
    expect(frenchCsv([['a', null, undefined, ''], []])).toBe(`${CSV_BOM}a;;;\r\n\r\n`)
  })
})

describe('decimal comma', () => {
  it('writes cents as euros with a comma and no thousands separator', () => {
    expect(centsToDecimalComma(123_456)).toBe('1234,56')
    expect(centsToDecimalComma(5)).toBe('0,05')
    expect(centsToDecimalComma(-32_075)).toBe('-320,75')
  })

  it('rounds half away from zero on the displayed decimals, trimming zeros on request', () => {
    expect(decimalComma(28.75, 1, true)).toBe('28,8') // 23 / 80 × 100: 28.749999… in binary, 28,8 on screen
    expect(decimalComma(-0.25, 1, true)).toBe('-0,3')
    expect(decimalComma(3, 1, true)).toBe('3')
    expect(decimalComma(7.5, 2)).toBe('7,50')
  })
})
