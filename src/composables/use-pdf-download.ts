import { ref, shallowRef } from 'vue'
import { useTranslation } from 'i18next-vue'
import { loadFeatureTexts } from '@/i18n'
import { useWorkspaceStore } from '@/stores/workspace'
import type { i18n } from 'i18next'
import type { WorkspaceDb } from '@/db/workspace-db'
import type { Language } from '@/domain/model'
import type { PdfFonts } from '@/pdf/render'
import type { SalesDocPdfModel, Translate } from '@/pdf/types'
import { downloadBytes } from './use-download'

/** Why a PDF could not be made: a key of the locale files and its values. */
export interface PdfFailure {
  key: string
  values?: Record<string, string>
}

/** What a PDF's loader gives: the page model and the language to print it in, or why it cannot be made. */
export type PdfSource = { model: SalesDocPdfModel; language: Language } | { failure: PdfFailure }

/** Starts the fonts' download (≈ 1.4 MB, cached by the browser afterwards) while the PDF code loads. */
export function startPdfFonts(): Promise<PdfFonts> {
  const loading = import('@/pdf/fonts').then((module) => module.loadPdfFonts())
  loading.catch(() => undefined) // awaited by renderAndDownloadPdf; a failure is reported there
  return loading
}

/** Renders a page model in `language` with the embedded fonts and downloads it; returns the file's name. */
export async function renderAndDownloadPdf(i18next: i18n, fontsLoading: Promise<PdfFonts>, model: SalesDocPdfModel, language: Language): Promise<string> {
  const pdf = await import('@/pdf')
  const [fonts] = await Promise.all([fontsLoading, loadFeatureTexts(i18next)])
  const t = i18next.getFixedT(language)
  const translate: Translate = (key, values) => t(key, values ?? {})
  const bytes = await pdf.renderSalesDocPdf(model, { translate, fonts })
  const fileName = `${pdf.resolveText(model.fileName, translate)}.pdf`
  downloadBytes(fileName, bytes, 'application/pdf')
  return fileName
}

/**
 * The shell of a PDF button of the open workspace: one download at a time (`busy`), the fonts'
 * download started while `load` reads the records and imports the PDF code (both on first use only,
 * so no page carries them in its first load), the render in the language `load` chose and the
 * browser's download. `download(...args)` gives the file's name, or null and `failure` says why
 * (no workspace open, what `load` refused, or `pdf.errors.failed` on any other error, logged with
 * `what`).
 */
export function usePdfDownload<Args extends unknown[]>(load: (db: WorkspaceDb, ...args: Args) => Promise<PdfSource>, what = 'PDF') {
  const { i18next } = useTranslation()
  const workspace = useWorkspaceStore()
  const busy = ref(false)
  const failure = shallowRef<PdfFailure | null>(null)

  /** The name of the file downloaded, or null (then `failure` says why). */
  async function download(...args: Args): Promise<string | null> {
    if (busy.value) return null
    busy.value = true
    failure.value = null
    try {
      const db = workspace.db
      if (!db) {
        failure.value = { key: 'workspaces.errors.noneOpen' }
        return null
      }
      const fontsLoading = startPdfFonts()
      const source = await load(db, ...args)
      if ('failure' in source) {
        failure.value = source.failure
        return null
      }
      return await renderAndDownloadPdf(i18next, fontsLoading, source.model, source.language)
    } catch (error) {
      console.warn(`${what} not made`, error)
      failure.value = { key: 'pdf.errors.failed' }
      return null
    } finally {
      busy.value = false
    }
  }

  return { busy, failure, download }
}
