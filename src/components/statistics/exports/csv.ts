/**
 * CSV that opens right in French Excel: UTF-8 with a byte-order mark (accents survive), `;` between
 * fields, CRLF line ends, fields quoted when they hold `;`, quotes or line breaks, and numbers with a
 * decimal comma and no thousands separator ("1234,56"), so that Excel FR reads them as numbers.
 */
import Papa from 'papaparse'
import { centsToDecimalComma, columnKind, decimalComma, DECIMALS, safeText, type ExportTable } from './table'

export const CSV_BOM = '\uFEFF'
export const CSV_MIME = 'text/csv;charset=utf-8'

/** The CSV text, BOM first. */
export function buildCsv({ columns, rows, notSignificant = 'n.s.' }: ExportTable): string {
  const kinds = columns.map((column) => columnKind(column, rows))
  const data = rows.map((row) => columns.map((column, index) => {
    const kind = kinds[index]!
    const value = row[column.key]
    if (kind === 'text') return safeText(value)
    if (value === null) return notSignificant
    if (typeof value !== 'number' || !Number.isFinite(value)) return safeText(value)
    return kind === 'cents' ? centsToDecimalComma(value) : decimalComma(value, DECIMALS[kind], kind === 'number')
  }))
  const text = Papa.unparse({ fields: columns.map((column) => safeText(column.label)), data }, { delimiter: ';', newline: '\r\n', quotes: false, header: true })
  return `${CSV_BOM}${text}\r\n`
}

/** The CSV's bytes (UTF-8, BOM included). */
export function buildCsvBytes(table: ExportTable): Uint8Array {
  return new TextEncoder().encode(buildCsv(table))
}
