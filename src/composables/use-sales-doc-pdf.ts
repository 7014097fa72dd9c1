import { DomainInputError } from '@/domain/errors'
import { usePdfDownload, type PdfSource } from './use-pdf-download'

/**
 * Prints a sales document of the open workspace to PDF and downloads it as `<number>.pdf` (or a draft
 * name), in the customer's language. The PDF code (pdf-lib, fontkit, the layout) and the fonts load
 * on the first use only, so no page carries them in its first load.
 */
export function useSalesDocPdf() {
  return usePdfDownload(async (db, docId: string): Promise<PdfSource> => {
    const pdf = await import('@/pdf')
    const records = await pdf.loadSalesDocForPdf(db, docId)
    if ('missing' in records) return { failure: { key: records.missing } }
    const { doc, settings, customer, products, extras } = records
    const language = doc.customerSnapshot?.language ?? customer.language
    try {
      return { model: pdf.salesDocPdfModel(doc, settings, customer, products, language, extras), language }
    } catch (error) {
      if (!(error instanceof DomainInputError)) throw error
      return { failure: { key: 'pdf.errors.unpriced', values: { field: error.field } } }
    }
  })
}
