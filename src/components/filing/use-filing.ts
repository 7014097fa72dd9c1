import { ref } from 'vue'
import { useTranslation } from 'i18next-vue'
import { loadFeatureTexts } from '@/i18n'
import { useWorkspaceStore } from '@/stores/workspace'
import { downloadBytes } from '@/composables/use-download'
import type { CommandResult } from '@/commands/command'
import type { Translate } from '@/pdf/types'
import { customerArchives } from '@/db/queries/filing'
import { filingIndexCsv, zipFile } from './filing-export'

/**
 * Archiving and export of a customer's file. The PDFs are printed here (the fonts are in the browser)
 * and handed to `filing.archive`, which hashes them again before filing them; the PDF code, the
 * command and fflate load on first use.
 */
export function useFiling() {
  const { t, i18next } = useTranslation()
  const workspace = useWorkspaceStore()
  const busy = ref(false)

  /** Prints every document of `docIds` and archives them in one command. */
  async function archive(customerId: string, docIds: readonly string[]): Promise<CommandResult<{ archived: string[] }>> {
    busy.value = true
    try {
      const db = workspace.db
      if (!db) return { ok: false, reason: { key: 'workspaces.errors.noneOpen' } }
      const [pdf, { loadPdfFonts }, filing] = await Promise.all([import('@/pdf'), import('@/pdf/fonts'), import('@/commands/filing')])
      const [fonts] = await Promise.all([loadPdfFonts(), loadFeatureTexts(i18next)])
      const documents = []
      for (const docId of docIds) {
        const records = await pdf.loadSalesDocForPdf(db, docId)
        if ('missing' in records) return { ok: false, reason: { key: records.missing } }
        const language = records.doc.customerSnapshot?.language ?? records.customer.language
        const model = pdf.salesDocPdfModel(records.doc, records.settings, records.customer, records.products, language, records.extras)
        const fixed = i18next.getFixedT(language)
        const translate: Translate = (key, values) => fixed(key, values ?? {})
        const bytes = await pdf.renderSalesDocPdf(model, { translate, fonts })
        documents.push({ docId, pdf: bytes, sha256: filing.sha256Hex(bytes) })
      }
      return await workspace.run(filing.archiveDocuments, { customerId, documents })
    } finally {
      busy.value = false
    }
  }

  /** Downloads the zip of the customer's archived PDFs and its CSV index; the number of PDFs, or 0. */
  async function exportFile(customerId: string): Promise<number> {
    const db = workspace.db
    if (!db) return 0
    busy.value = true
    try {
      const archives = await customerArchives(db, customerId)
      if (!archives.length) return 0
      const docs = new Map((await db.salesDocs.bulkGet(archives.map((a) => a.docId))).flatMap((d) => (d ? [[d.id, d] as const] : [])))
      const files: Record<string, Uint8Array> = {}
      const entries = archives.map((archive) => {
        const fileName = `${archive.number.replace(/[^\w.-]+/g, '_')}.pdf`
        files[fileName] = archive.pdf
        const doc = docs.get(archive.docId)
        return { archive, fileName, date: doc?.date ?? '', totalInclVatCents: doc?.totals?.amountDueCents ?? 0 }
      })
      const headers = ['number', 'type', 'date', 'amount', 'archivedOn', 'retainUntil', 'sha256', 'file'].map((key) => t(`filing.csv.${key}`))
      files['index.csv'] = new TextEncoder().encode(filingIndexCsv(entries, headers, (type) => t(`filing.types.${type}`)))
      downloadBytes(`dossier-${customerId}.zip`, await zipFile(files), 'application/zip')
      return archives.length
    } finally {
      busy.value = false
    }
  }

  return { busy, archive, exportFile }
}
