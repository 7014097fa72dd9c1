/** Read-only queries of the filing (classement): a customer's documents by type with their archive. */
import type { ArchivedDocument, IsoDate, SalesDoc, SalesDocType } from '@/domain/model'
import type { WorkspaceDb } from '../workspace-db'

/** One document of a customer's file. */
export interface FilingRow {
  docId: string
  type: SalesDocType
  number?: string
  status: SalesDoc['status']
  date: IsoDate
  totalInclVatCents?: number
  /** Validated invoice, acompte invoice or credit note not yet archived. */
  archivable: boolean
  archive?: { archivedOn: IsoDate; retainUntil: IsoDate; sha256: string }
}

const ARCHIVABLE = new Set<SalesDocType>(['invoice', 'downPayment', 'creditNote'])

/** Every document of `customerId`, newest first, with its archive when it has one (without the PDF bytes). */
export async function customerFiling(db: WorkspaceDb, customerId: string): Promise<FilingRow[]> {
  const [docs, archives] = await Promise.all([
    db.salesDocs.where('customerId').equals(customerId).toArray(),
    db.archives.where('customerId').equals(customerId).toArray(),
  ])
  const byDoc = new Map(archives.map((a) => [a.docId, a]))
  return docs
    .map((doc) => {
      const archive = byDoc.get(doc.id)
      return {
        docId: doc.id, type: doc.type, status: doc.status, date: doc.date,
        ...(doc.number ? { number: doc.number } : {}),
        ...(doc.totals ? { totalInclVatCents: doc.totals.totalInclVatCents } : {}),
        archivable: !archive && ARCHIVABLE.has(doc.type) && doc.status === 'validated' && !!doc.number,
        ...(archive ? { archive: { archivedOn: archive.archivedOn, retainUntil: archive.retainUntil, sha256: archive.sha256 } } : {}),
      }
    })
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : (b.number ?? '').localeCompare(a.number ?? '')))
}

/** The archived documents of a customer, PDF bytes included (for the export of the file). */
export function customerArchives(db: WorkspaceDb, customerId: string): Promise<ArchivedDocument[]> {
  return db.archives.where('customerId').equals(customerId).sortBy('number')
}
