/**
 * The export of a customer's file: the archived PDFs and an index in CSV for a spreadsheet in French
 * (";" separator, decimal comma, UTF-8 with a BOM so Excel reads the accents), zipped with fflate.
 */
import type { ArchivedDocument } from '@/domain/model'

/** A CSV cell: quoted when it holds the separator, a quote or a line break. */
function cell(value: string): string {
  return /[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value
}

/** Cents as "1234,56" (decimal comma, no thousands separator, so spreadsheets read a number). */
export function csvAmount(cents: number): string {
  const sign = cents < 0 ? '-' : ''
  const abs = Math.abs(cents)
  return `${sign}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, '0')}`
}

/** One archived document and what the index prints of it. */
export interface IndexEntry {
  archive: Pick<ArchivedDocument, 'number' | 'docType' | 'archivedOn' | 'retainUntil' | 'sha256'>
  date: string
  totalInclVatCents: number
  fileName: string
}

/** The CSV index, BOM included, with the column titles given in the learner's language. */
export function filingIndexCsv(entries: readonly IndexEntry[], headers: readonly string[], typeLabel: (type: string) => string): string {
  const lines = [headers.map(cell).join(';')]
  for (const { archive, date, totalInclVatCents, fileName } of entries) {
    lines.push([archive.number, typeLabel(archive.docType), date, csvAmount(totalInclVatCents), archive.archivedOn, archive.retainUntil, archive.sha256, fileName].map(cell).join(';'))
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`
}

/** The zip of the PDFs and the index (fflate loaded on demand). */
export async function zipFile(files: Record<string, Uint8Array>): Promise<Uint8Array> {
  const { zipSync } = await import('fflate')
  return zipSync(files, { level: 6 })
}
