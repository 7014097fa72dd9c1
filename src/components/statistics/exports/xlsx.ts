/**
 * An XLSX workbook of a table: header row in bold, amounts as numbers in euros with a euro format,
 * rates as fractions with a percent format (7.5 % is 0.075 shown "7.50%"), counts as whole numbers.
 * `write-excel-file` is imported lazily: it never lands in a first-load bundle.
 */
import { columnKind, displayNumber, type ExportKind, type ExportTable } from './table'

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** Excel number formats (locale-neutral codes: Excel FR shows "1 234,56 €"). */
export const XLSX_FORMATS: Record<Exclude<ExportKind, 'text'>, string> = {
  cents: '#,##0.00 "€"', percent: '0.00%', integer: '0', number: '0.####',
}

/** The workbook as a Blob (one sheet named `sheetName`). */
export async function buildXlsxBlob(table: ExportTable, sheetName = 'Export'): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal')
  const { columns, rows, notSignificant = 'n.s.' } = table
  const kinds = columns.map((column) => columnKind(column, rows))
  const header = columns.map((column) => ({ value: column.label, type: String, fontWeight: 'bold' as const }))
  const body = rows.map((row) => columns.map((column, index) => {
    const kind = kinds[index]!
    const value = row[column.key]
    if (kind !== 'text') {
      const number = displayNumber(value, kind)
      if (number !== undefined) return { value: kind === 'percent' ? number / 100 : number, type: Number, format: XLSX_FORMATS[kind] }
      if (value === null) return { value: notSignificant, type: String }
    }
    return value === null || value === undefined ? null : { value: String(value), type: String }
  }))
  return writeXlsxFile([header, ...body], { sheet: sheetName.slice(0, 31), columns: columns.map(() => ({ width: 18 })) }).toBlob()
}
