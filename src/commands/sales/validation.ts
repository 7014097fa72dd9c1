/**
 * Validation of an invoice, an acompte invoice or a credit note: the document as it will be issued
 * (number of its series, today's date, due date from its terms, totals, the customer's and seller's
 * identity and the payment mentions fixed), checked by the domain's mentions checker. Shared by the
 * validation commands and by `validationPreview`, which the screens call to list what is missing
 * before the learner presses "Valider".
 */
import {
  checkMentions,
  customerSnapshotOf,
  dueDate,
  numberStem,
  operationNature,
  parameterAt,
  sellerSnapshotOf,
  RECOVERY_INDEMNITY_PARAMETERS,
  type CompanySettings,
  type MentionIssue,
  type Product,
  type SalesDoc,
  type Tier,
} from '@/domain'
import type { WorkspaceDb } from '@/db/workspace-db'
import { guardFigures, loadProducts, priceFor, requireCustomer, requireDoc, requireSettings } from './sales-records'

/** What validating `doc` on `simDate` would issue, and the mentions it would still miss. */
export interface ValidationPlan {
  candidate: SalesDoc
  issues: MentionIssue[]
  settings: CompanySettings
  customer: Tier
  products: Map<string, Product>
  /** Credit note: the invoice it corrects. */
  invoice?: SalesDoc
}

/** The purchase-order numbers of the orders behind an invoice (through its delivery notes) or an acompte. */
async function orderPoNumbers(db: WorkspaceDb, doc: SalesDoc): Promise<string[]> {
  const sources = await db.salesDocs.bulkGet(doc.sourceIds)
  const orderIds = doc.type === 'downPayment' ? doc.sourceIds : sources.flatMap((s) => (s?.type === 'delivery' ? s.sourceIds : []))
  const orders = await db.salesDocs.bulkGet([...new Set(orderIds)])
  return [...new Set(orders.flatMap((o) => (o?.type === 'order' && o.customerPoNumber ? [o.customerPoNumber] : [])))]
}

/**
 * The document `doc` would become if validated now (its number is a placeholder of its series until
 * the command takes the real one) and the mentions checker's verdict on it.
 */
export async function planValidation(db: WorkspaceDb, doc: SalesDoc, simDate: string, number: string): Promise<ValidationPlan> {
  const settings = await requireSettings(db)
  const customer = await requireCustomer(db, doc.customerId, true)
  const products = await loadProducts(db, doc.lines.map((l) => l.productId))
  const invoice = doc.type === 'creditNote' && doc.creditedInvoice ? await db.salesDocs.get(doc.creditedInvoice.id) : undefined
  const nature = operationNature(doc.lines.flatMap((l) => (products.get(l.productId) ? [products.get(l.productId)!.kind] : []))) ?? doc.operationNature
  const services = nature === 'services' || nature === 'mixed'
  const issued: SalesDoc = {
    ...doc,
    number,
    date: simDate,
    ...(nature ? { operationNature: nature } : {}),
    customerSnapshot: customerSnapshotOf(customer),
    sellerSnapshot: sellerSnapshotOf(settings.identity),
    ...(settings.identity.vatOnDebits && services ? { vatOnDebits: true } : {}),
  }
  if (doc.type !== 'creditNote') {
    const terms = doc.paymentTerms ?? customer.customer?.paymentTerms ?? settings.defaultPaymentTerms
    issued.paymentTerms = terms
    issued.dueDate = guardFigures(() => dueDate(simDate, terms))
    issued.paymentMentions = {
      latePenaltyRatePercent: settings.latePenaltyRatePercent,
      recoveryIndemnityCents: customer.legal === 'company' ? parameterAt(RECOVERY_INDEMNITY_PARAMETERS, simDate, 'date').value : null,
      earlyPayment: { percent: doc.earlyPaymentDiscountPercent ?? 0, days: settings.earlyPaymentDiscountDays },
    }
  }
  const { doc: candidate } = priceFor(issued, customer, products.values())
  const issues = checkMentions({
    doc: candidate, settings, customer, date: simDate, products,
    ...(invoice ? { invoice } : {}),
    ...(doc.type !== 'creditNote' ? { orderPoNumbers: await orderPoNumbers(db, doc) } : {}),
  })
  return { candidate, issues, settings, customer, products, ...(invoice ? { invoice } : {}) }
}

/**
 * Read-only: the mentions a draft invoice, acompte invoice or credit note still misses if validated
 * on `simDate` (the number shown is the first of its series this year, the real one is taken at
 * validation). For the screens' checklist; the validation commands run the same check.
 */
export async function validationPreview(db: WorkspaceDb, docId: string, simDate: string): Promise<MentionIssue[]> {
  const doc = await requireDoc(db, docId, ['invoice', 'downPayment', 'creditNote'])
  const settings = await requireSettings(db)
  const placeholder = `${numberStem(settings.numbering[doc.type as 'invoice' | 'downPayment' | 'creditNote'], simDate.slice(0, 4))}00001`
  return (await planValidation(db, doc, simDate, placeholder)).issues
}
