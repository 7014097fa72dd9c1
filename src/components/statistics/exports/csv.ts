/**
 * A statistics table as CSV for French Excel (the format itself, BOM, `;`, CRLF, quoting, formula
 * guard and decimal comma, is `@/lib/csv`'s): amounts in euros, rates and other numbers with their
 * decimals (table.ts), "n.s." for a figure without meaning.
 */
import { csvNumber, decimalComma, centsToDecimalComma, frenchCsv, frenchCsvBytes, type CsvCell } from '@/lib/csv'
import { columnKind, DECIMALS, type ExportTable } from './table'

const asText = (value: unknown): string => (value === null || value === undefined ? '' : String(value))

function csvLines({ columns, rows, notSignificant = 'n.s.' }: ExportTable): CsvCell[][] {
  const kinds = columns.map((column) => columnKind(column, rows))
  const data = rows.map((row) => columns.map((column, index): CsvCell => {
    const kind = kinds[index]!
    const value = row[column.key]
    if (kind === 'text') return asText(value)
    if (value === null) return notSignificant
    if (typeof value !== 'number' || !Number.isFinite(value)) return asText(value)
    return csvNumber(kind === 'cents' ? centsToDecimalComma(value) : decimalComma(value, DECIMALS[kind], kind === 'number'))
  }))
  return [columns.map((column) => column.label), ...data]
}

/** The CSV text, BOM first. */
export function buildCsv(table: ExportTable): string {
  return frenchCsv(csvLines(table))
}

/** The CSV's bytes (UTF-8, BOM included). */
export function buildCsvBytes(table: ExportTable): Uint8Array {
  return frenchCsvBytes(csvLines(table))
}
