import { ref, shallowRef } from 'vue'
import { useTranslation } from 'i18next-vue'
import { useWorkspaceStore } from '@/stores/workspace'
import { renderAndDownloadPdf, startPdfFonts, type PdfFailure } from '@/composables/use-sales-doc-pdf'
import type { StatementPeriod } from '@/domain'
import type { CompanySettings } from '@/domain/model'
import { META_KEYS } from '@/seed/catalog'

/**
 * Prints a customer's account statement to PDF in the customer's language and downloads it. The PDF
 * code and the fonts load on the first use only (like the sales documents' PDF button).
 */
export function useStatementPdf() {
  const { i18next } = useTranslation()
  const workspace = useWorkspaceStore()
  const busy = ref(false)
  const failure = shallowRef<PdfFailure | null>(null)

  /** The name of the file downloaded, or null (then `failure` says why). */
  async function download(customerId: string, period: StatementPeriod): Promise<string | null> {
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
      const [pdf, queries] = await Promise.all([import('@/pdf'), import('@/db/queries/statements')])
      const [customer, settingsRecord, { statement, ageing }] = await Promise.all([
        db.tiers.get(customerId), db.meta.get(META_KEYS.settings), queries.customerStatement(db, customerId, period),
      ])
      const settings = settingsRecord?.value as CompanySettings | undefined
      if (!settings) {
        failure.value = { key: 'pdf.errors.noSettings' }
        return null
      }
      if (!customer) {
        failure.value = { key: 'pdf.errors.noCustomer' }
        return null
      }
      const model = pdf.statementPdfModel(statement, ageing, settings, customer, customer.language)
      return await renderAndDownloadPdf(i18next, fontsLoading, model, customer.language)
    } catch (error) {
      console.warn('Statement PDF not made', error)
      failure.value = { key: 'pdf.errors.failed' }
      return null
    } finally {
      busy.value = false
    }
  }

  return { busy, failure, download }
}
