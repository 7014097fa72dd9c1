import { usePdfDownload, type PdfSource } from '@/composables/use-pdf-download'
import type { StatementPeriod } from '@/domain'
import type { CompanySettings } from '@/domain/model'
import { META_KEYS } from '@/seed/catalog'

/**
 * Prints a customer's account statement to PDF in the customer's language and downloads it. The PDF
 * code and the fonts load on the first use only (like the sales documents' PDF button).
 */
export function useStatementPdf() {
  return usePdfDownload(async (db, customerId: string, period: StatementPeriod): Promise<PdfSource> => {
    const [pdf, queries] = await Promise.all([import('@/pdf'), import('@/db/queries/statements')])
    const [customer, settingsRecord, { statement, ageing }] = await Promise.all([
      db.tiers.get(customerId), db.meta.get(META_KEYS.settings), queries.customerStatement(db, customerId, period),
    ])
    const settings = settingsRecord?.value as CompanySettings | undefined
    if (!settings) return { failure: { key: 'pdf.errors.noSettings' } }
    if (!customer) return { failure: { key: 'pdf.errors.noCustomer' } }
    return { model: pdf.statementPdfModel(statement, ageing, settings, customer, customer.language), language: customer.language }
  }, 'Statement PDF')
}
