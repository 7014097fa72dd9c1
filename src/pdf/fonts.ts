/**
 * The DejaVu Sans files, fetched from the app's own assets the first time a PDF is printed (Vite
 * emits them from the `dejavu-fonts-ttf` package with a hashed name, so the browser caches them), and
 * kept for the next PDFs of the visit.
 */
import regularUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url'
import boldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url'
import type { PdfFonts } from './render'

let loading: Promise<PdfFonts> | undefined

async function download(url: string): Promise<ArrayBuffer> {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`Font ${url}: HTTP ${response.status}`)
  return response.arrayBuffer()
}

/** The regular and bold fonts; a failed download is tried again on the next call. */
export function loadPdfFonts(): Promise<PdfFonts> {
  if (!loading) {
    loading = Promise.all([download(regularUrl), download(boldUrl)]).then(([regular, bold]) => ({ regular, bold }))
    loading.catch(() => { loading = undefined })
  }
  return loading
}
