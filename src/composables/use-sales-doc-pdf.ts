import { ref, shallowRef } from 'vue'
import { useTranslation } from 'i18next-vue'
import { loadFeatureTexts } from '@/i18n'
import { DomainInputError } from '@/domain/errors'
import { useWorkspaceStore } from '@/stores/workspace'
import type { i18n } from 'i18next'
import type { Language } from '@/domain/model'
import type { PdfFonts } from '@/pdf/render'
import type { SalesDocPdfModel, Translate } from '@/pdf/types'
import { downloadBytes } from './use-download'

/** Why a PDF could not be made: a key of the locale files and its values. */
export interface PdfFailure {
  key: string
  values?: Record<string, string>
}

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
 * Prints a sales document of the open workspace to PDF and downloads it as `<number>.pdf` (or a draft
 * name), in the customer's language. The PDF code (pdf-lib, fontkit, the layout) and the fonts load
 * on the first use only, so no page carries them in its first load.
 */
export function useSalesDocPdf() {
  const { i18next } = useTranslation()
  const workspace = useWorkspaceStore()
  const busy = ref(false)
  const failure = shallowRef<PdfFailure | null>(null)

  /** The name of the file downloaded, or null (then `failure` says why). */
  async function download(docId: string): Promise<string | null> {
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
      const pdf = await import('@/pdf')
      const records = await pdf.loadSalesDocForPdf(db, docId)
      if ('missing' in records) {
        failure.value = { key: records.missing }
        return null
      }
      const { doc, settings, customer, products, extras } = records
      const language = doc.customerSnapshot?.language ?? customer.language
      let model
      try {
        model = pdf.salesDocPdfModel(doc, settings, customer, products, language, extras)
      } catch (error) {
        if (!(error instanceof DomainInputError)) throw error
        failure.value = { key: 'pdf.errors.unpriced', values: { field: error.field } }
        return null
      }
      return await renderAndDownloadPdf(i18next, fontsLoading, model, language)
    } catch (error) {
      console.warn('PDF not made', error)
      failure.value = { key: 'pdf.errors.failed' }
      return null
    } finally {
      busy.value = false
    }
  }

  return { busy, failure, download }
}
