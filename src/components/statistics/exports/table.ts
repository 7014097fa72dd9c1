/**
 * The table an export writes: columns (key, header label, kind of value) and plain rows. Amounts are
 * integer cents in the rows and euros in the files; rates are percents (7.5 = 7,5 %); `null` is a
 * figure that has no meaning (a base ≤ 0: "n.s."). Pure: tested without a DOM. The decimal-comma
 * writers are `@/lib/csv`'s.
 */

/** How a column's values are written: text, an amount in cents, a percent, a count or another number. */
export type ExportKind = 'text' | 'cents' | 'percent' | 'integer' | 'number'

export interface ExportColumn {
  key: string
  label: string
  /** Left out: `…Cents` keys are amounts, `…Percent` keys are rates, other numbers are numbers, the rest text. */
  kind?: ExportKind
}

export type ExportCell = string | number | null | undefined
export type ExportRow = Record<string, ExportCell | unknown>

export interface ExportTable {
  columns: readonly ExportColumn[]
  rows: readonly ExportRow[]
  /** What a `null` figure reads ("n.s." by default). */
  notSignificant?: string
}

/** The kind of a column, inferred from its key and first value when not given. */
export function columnKind(column: ExportColumn, rows: readonly ExportRow[]): ExportKind {
  if (column.kind) return column.kind
  if (/Cents$/.test(column.key)) return 'cents'
  if (/Percent$/.test(column.key)) return 'percent'
  const sample = rows.find((row) => row[column.key] !== null && row[column.key] !== undefined)?.[column.key]
  return typeof sample === 'number' ? 'number' : 'text'
}

/** Decimals a kind is shown with (amounts in euros: 2; rates: 2; counts: 0; other numbers: up to 4). */
export const DECIMALS: Record<Exclude<ExportKind, 'text'>, number> = { cents: 2, percent: 2, integer: 0, number: 4 }

/** A cell as a number in display units (euros, percent), or undefined when it is not a finite number. */
export function displayNumber(value: unknown, kind: ExportKind): number | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined
  return kind === 'cents' ? Math.round(value) / 100 : value
}
