/**
 * The export of a customer's file: the archived PDFs and an index in CSV for a spreadsheet in French
 * (";" separator, decimal comma, UTF-8 with a BOM so Excel reads the accents: `@/lib/csv`), zipped with fflate.
 */
import type { ArchivedDocument } from '@/domain/model'
import { centsToDecimalComma, csvNumber, frenchCsv } from '@/lib/csv'

/** One archived document and what the index prints of it. */
export interface IndexEntry {
  archive: Pick<ArchivedDocument, 'number' | 'docType' | 'archivedOn' | 'retainUntil' | 'sha256'>
  date: string
  totalInclVatCents: number
  fileName: string
}

/** The CSV index, BOM included, with the column titles given in the learner's language. */
export function filingIndexCsv(entries: readonly IndexEntry[], headers: readonly string[], typeLabel: (type: string) => string): string {
  return frenchCsv([
    headers,
    ...entries.map(({ archive, date, totalInclVatCents, fileName }) => [
      archive.number, typeLabel(archive.docType), date, csvNumber(centsToDecimalComma(totalInclVatCents)), archive.archivedOn, archive.retainUntil, archive.sha256, fileName,
    ]),
  ])
}

/** The zip of the PDFs and the index (fflate loaded on demand). */
export async function zipFile(files: Record<string, Uint8Array>): Promise<Uint8Array> {
  const { zipSync } = await import('fflate')
  return zipSync(files, { level: 6 })
}
