/**
 * Reads from the workspace what a document's PDF prints: the document, the company settings, the
 * customer, the products of its lines, its carrier and the documents it comes from (read only).
 */
import type { WorkspaceDb } from '@/db/workspace-db'
import type { CompanySettings, Product, SalesDoc, Tier } from '@/domain/model'
import { META_KEYS } from '@/seed/catalog'
import type { SalesDocPdfExtras } from './sales-doc-model'

export interface SalesDocPdfRecords {
  doc: SalesDoc
  settings: CompanySettings
  customer: Tier
  products: Map<string, Product>
  extras: SalesDocPdfExtras
}

/** The records of `docId`, or the key of what is missing (`pdf.errors.*`). */
export async function loadSalesDocForPdf(db: WorkspaceDb, docId: string): Promise<SalesDocPdfRecords | { missing: string }> {
  const doc = await db.salesDocs.get(docId)
  if (!doc) return { missing: 'pdf.errors.notFound' }
  const [settingsRecord, customer, lineProducts, sources, carrier] = await Promise.all([
    db.meta.get(META_KEYS.settings),
    db.tiers.get(doc.customerId),
    db.products.bulkGet([...new Set(doc.lines.map((line) => line.productId).filter(Boolean))]),
    db.salesDocs.bulkGet(doc.sourceIds),
    doc.carrierId ? db.tiers.get(doc.carrierId) : Promise.resolve(undefined),
  ])
  const settings = settingsRecord?.value as CompanySettings | undefined
  if (!settings) return { missing: 'pdf.errors.noSettings' }
  if (!customer) return { missing: 'pdf.errors.noCustomer' }
  const products = new Map(lineProducts.flatMap((product) => (product ? [[product.id, product] as const] : [])))
  const found = sources.filter((source): source is SalesDoc => source !== undefined)
  const invoice = doc.type === 'creditNote' && !doc.creditedInvoice ? found.find((source) => source.type === 'invoice' || source.type === 'downPayment') : undefined
  return {
    doc, settings, customer, products,
    extras: { sources: found, ...(carrier ? { carrier } : {}), ...(invoice ? { invoice } : {}) },
  }
}
