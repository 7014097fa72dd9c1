/**
 * CSV that opens right in French Excel, one writer for every export (statistics tables, a customer
 * file's index, the trainer's class report): UTF-8 with a byte-order mark (accents survive), `;`
 * between fields, CRLF line ends (the last line too), a field quoted when it holds `;`, a quote, a
 * line break or leading/trailing white space, and numbers with a decimal comma and no thousands
 * separator ("1234,56") so that Excel FR reads them as numbers. A text that a spreadsheet would run
 * as a formula (starting with =, +, -, @, tab or CR) gets a leading apostrophe; numbers written with
 * {@link csvNumber} are kept as they are, so "-5,00" stays a number.
 *
 * Pure: no Vue, DOM or i18next; papaparse does the quoting and joining.
 */
import Papa from 'papaparse'

export const CSV_BOM = '\uFEFF'
export const CSV_MIME = 'text/csv;charset=utf-8'

/** A number already written for French Excel ("-1234,56"): never screened as a formula. */
export interface CsvNumber {
  readonly csvNumber: string
}

/** A field: a text (screened for formulas; null and undefined are empty) or a number from {@link csvNumber}. */
export type CsvCell = string | CsvNumber | null | undefined

/** Marks `text` (e.g. from {@link decimalComma}) as a number, written unchanged. */
export function csvNumber(text: string): CsvNumber {
  return { csvNumber: text }
}

/** A text cell that Excel would read as a formula (=, +, -, @, tab, CR) gets a leading apostrophe. */
export function safeText(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value)
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
}

function fieldText(cell: CsvCell): string {
  return typeof cell === 'object' && cell !== null ? cell.csvNumber : safeText(cell)
}

/**
 * The CSV text of `lines` (the header first, if any), BOM first and CRLF after every line.
 * Papaparse quotes a field holding `;`, `"`, CR, LF or a leading/trailing space; the `quotes`
 * rule adds any other white space at either end (a tab, a no-break space).
 */
export function frenchCsv(lines: readonly (readonly CsvCell[])[]): string {
  const text = Papa.unparse(lines.map((line) => line.map(fieldText)), {
    delimiter: ';', newline: '\r\n', header: false,
    quotes: (value: unknown) => typeof value === 'string' && value !== value.trim(),
  })
  return `${CSV_BOM}${text}\r\n`
}

/** The CSV's bytes (UTF-8, BOM included). */
export function frenchCsvBytes(lines: readonly (readonly CsvCell[])[]): Uint8Array {
  return new TextEncoder().encode(frenchCsv(lines))
}

/**
 * `value` rounded half away from zero to `decimals`, as a plain decimal with a comma and no
 * thousands separator ("1234,56", "-7,5"): what French Excel reads as a number. `value` is already in
 * display units (euros, percent). The float is first cut to 12 significant digits so that 1.005
 * reads as 1.005, not 1.00499…; this is display only, never fed back into a calculation.
 * `trimZeros` drops trailing zeros of the fraction (2.5 with 4 decimals → "2,5", 3 → "3").
 */
export function decimalComma(value: number, decimals: number, trimZeros = false): string {
  const factor = 10 ** decimals
  const scaled = Math.round(Number((Math.abs(value) * factor).toPrecision(12)))
  const negative = value < 0 && scaled !== 0
  const whole = Math.floor(scaled / factor)
  let fraction = decimals > 0 ? String(scaled % factor).padStart(decimals, '0') : ''
  if (trimZeros) fraction = fraction.replace(/0+$/, '')
  return `${negative ? '-' : ''}${whole}${fraction ? `,${fraction}` : ''}`
}

/** An amount in integer cents written in euros ("123456" → "1234,56"), exactly for integers. */
export function centsToDecimalComma(cents: number): string {
  const rounded = Math.round(Math.abs(cents)) * Math.sign(cents)
  const magnitude = Math.abs(rounded)
  return `${rounded < 0 ? '-' : ''}${Math.floor(magnitude / 100)},${String(magnitude % 100).padStart(2, '0')}`
}
