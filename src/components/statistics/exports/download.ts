/**
 * What a statistics page calls to export: the CSV and XLSX of a table, a chart's canvas as PNG, and
 * the browser's print dialog (the print style sheet hides the navigation). Thin wrappers around the
 * pure builders of csv.ts and xlsx.ts; the XLSX library is loaded on first use only.
 */
import { downloadBytes } from '@/composables/use-download'
import { CSV_MIME } from '@/lib/csv'
import { buildCsvBytes } from './csv'
import type { ExportColumn, ExportRow } from './table'

export interface TableExport {
  columns: readonly ExportColumn[]
  rows: readonly ExportRow[]
  /** Without extension; `.csv` / `.xlsx` is added. */
  fileName: string
  notSignificant?: string
}

const withExtension = (fileName: string, extension: string) => (fileName.toLowerCase().endsWith(extension) ? fileName : `${fileName}${extension}`)

export function exportTableCsv({ fileName, ...table }: TableExport): void {
  downloadBytes(withExtension(fileName, '.csv'), buildCsvBytes(table), CSV_MIME)
}

export async function exportTableXlsx({ fileName, ...table }: TableExport): Promise<void> {
  const { buildXlsxBlob, XLSX_MIME } = await import('./xlsx')
  const blob = await buildXlsxBlob(table)
  downloadBytes(withExtension(fileName, '.xlsx'), new Uint8Array(await blob.arrayBuffer()), XLSX_MIME)
}

/** The chart drawn on `canvas`, as a PNG file (white background, so that it prints and pastes well). */
export async function exportCanvasPng(canvas: HTMLCanvasElement, fileName: string): Promise<void> {
  const copy = document.createElement('canvas')
  copy.width = canvas.width
  copy.height = canvas.height
  const context = copy.getContext('2d')
  if (context) {
    context.fillStyle = '#ffffff'
    context.fillRect(0, 0, copy.width, copy.height)
    context.drawImage(canvas, 0, 0)
  }
  const blob = await new Promise<Blob | null>((resolve) => (context ? copy : canvas).toBlob(resolve, 'image/png'))
  if (!blob) return
  downloadBytes(withExtension(fileName, '.png'), new Uint8Array(await blob.arrayBuffer()), 'image/png')
}

/** Opens the print dialog; `print.css` (imported by the page) keeps the figures and hides the chrome. */
export function printPage(): void {
  window.print()
}
