/**
 * What the sales commands share: reading documents, customers, products and settings inside the
 * command's transaction, refusing with the rule (`sales.errors.*` for a bad reference, `sales.rules.*`
 * for a trade rule, `calc.error.*` for a figure the pricing core refuses), pricing a document, and
 * taking the next number of a series from the sequence stored in meta.
 */
import {
  checkAction,
  DomainInputError,
  lineNetShares,
  nextDocumentNumber,
  numberingYear,
  numberStem,
  parseDocumentNumber,
  priceSalesDoc,
  productVatCategories,
  salesTotals,
  type ChainIssue,
  type CompanySettings,
  type NumberingPrefixes,
  type NumberingSequences,
  type PricedDocument,
  type Product,
  type SalesAction,
  type SalesDoc,
  type SalesDocType,
  type Tier,
  type VatRegime,
  type Warehouse,
} from '@/domain'
import type { WorkspaceDb } from '@/db/workspace-db'
import type { MetaRecord } from '@/db/types'
import { META_KEYS } from '@/seed/catalog'
import { readSettings } from '../company-state'
import { refuse } from '../refusal'

/** A new document id. */
export function newDocId(): string {
  return crypto.randomUUID()
}

/** The document `id`, of one of `types`; refused when missing or of another type. */
export async function requireDoc(db: WorkspaceDb, id: string, types: readonly SalesDocType[]): Promise<SalesDoc> {
  const doc = await db.salesDocs.get(id)
  if (!doc) refuse('sales.errors.notFound', { id })
  if (!types.includes(doc.type)) refuse('sales.errors.wrongType', { number: doc.number ?? doc.id, type: doc.type, expected: types[0]! })
  return doc
}

/** Refuses an action the document's life cycle does not allow in its status (the rule and its source). */
export function requireAction(doc: SalesDoc, action: SalesAction): void {
  const refusal = checkAction(doc.type, doc.status, action)
  if (refusal) refuse(`sales.rules.${refusal.code}`, { ...refusal.values, number: doc.number ?? '—', source: refusal.source })
}

/**
 * The figures of a refusal with each amount `…Cents` also given in euros (`…Euros`), the unit the
 * messages show (`{{requestedEuros, number}} €`).
 */
export function withEuros(values: Record<string, string | number>): Record<string, string | number> {
  const out = { ...values }
  for (const [key, value] of Object.entries(values)) if (key.endsWith('Cents') && typeof value === 'number') out[`${key.slice(0, -5)}Euros`] = value / 100
  return out
}

/** Refuses with the first chain issue (quantities, credit limits of an invoice…), its figures and rule. */
export function refuseIssue(issue: ChainIssue, others = 0): never {
  return refuse(`sales.rules.${issue.code}`, withEuros({ ...issue.values, source: issue.source, otherProblems: others }))
}

/** Runs a domain computation; a figure it refuses becomes the refusal `calc.error.<code>` naming the field. */
export function guardFigures<T>(compute: () => T): T {
  try {
    return compute()
  } catch (error) {
    if (error instanceof DomainInputError) refuse(`calc.error.${error.code}`, { field: error.field })
    throw error
  }
}

export async function requireSettings(db: WorkspaceDb): Promise<CompanySettings> {
  return (await readSettings(db)) ?? refuse('sales.errors.noSettings')
}

/**
 * The customer `id` (a prospect too when `prospectAllowed`: a quote may go to a prospect, an order
 * needs a customer — C. com. L441-1 terms of sale apply to a customer relationship).
 */
export async function requireCustomer(db: WorkspaceDb, id: string, prospectAllowed: boolean): Promise<Tier> {
  const tier = await db.tiers.get(id)
  if (!tier) refuse('sales.errors.unknownCustomer', { id })
  if (tier.kind === 'prospect' && !prospectAllowed) refuse('sales.rules.prospectCannotOrder', { name: tier.name })
  if (tier.kind !== 'customer' && tier.kind !== 'prospect') refuse('sales.errors.notACustomer', { name: tier.name })
  return tier
}

/** The customer's VAT regime (France when its record has no customer terms). */
export function regimeOf(customer: Tier): VatRegime {
  return customer.customer?.vatRegime ?? 'france'
}

/** The products of `ids`, by id; refused when one is unknown. */
export async function loadProducts(db: WorkspaceDb, ids: Iterable<string>): Promise<Map<string, Product>> {
  const wanted = [...new Set(ids)].filter((id) => id !== '')
  const found = await db.products.bulkGet(wanted)
  const products = new Map<string, Product>()
  found.forEach((product, index) => {
    if (!product) refuse('sales.errors.unknownProduct', { productId: wanted[index]! })
    products.set(product.id, product)
  })
  return products
}

/** Every sales document of a customer (the chain's quantities read them; the index keeps it quick). */
export async function customerDocs(db: WorkspaceDb, customerId: string): Promise<SalesDoc[]> {
  return db.salesDocs.where('customerId').equals(customerId).toArray()
}

/**
 * The warehouse `id`, or the company's first one; refused when `id` is unknown or there is none, in the
 * words of the calling area (`sales.errors.*` or `stock.errors.*` `unknownWarehouse` / `noWarehouse`).
 */
export async function requireWarehouse(db: WorkspaceDb, id: string | undefined, area: 'sales' | 'stock' = 'sales'): Promise<Warehouse> {
  const record = (await db.meta.get(META_KEYS.warehouses)) as MetaRecord<Warehouse[]> | undefined
  const warehouses = record?.value ?? []
  if (id === undefined) return warehouses[0] ?? refuse(`${area}.errors.noWarehouse`)
  return warehouses.find((w) => w.id === id) ?? refuse(`${area}.errors.unknownWarehouse`, { id })
}

/** A carrier id, checked against the tiers. */
export async function requireCarrier(db: WorkspaceDb, id: string | undefined): Promise<string | undefined> {
  if (id === undefined) return undefined
  const tier = await db.tiers.get(id)
  if (tier?.kind !== 'carrier') refuse('sales.errors.unknownCarrier', { id })
  return id
}

/** Prices a document for its customer: totals to store and each line's net share (CA HT). */
export function priceFor(doc: SalesDoc, customer: Tier, products: Iterable<Product>): { priced: PricedDocument; doc: SalesDoc } {
  const priced = guardFigures(() => priceSalesDoc(doc, regimeOf(customer), productVatCategories(products)))
  const shares = lineNetShares(priced)
  return { priced, doc: { ...doc, totals: salesTotals(priced), lines: doc.lines.map((line, index) => ({ ...line, netCents: shares[index] })) } }
}

async function readSequences(db: WorkspaceDb): Promise<NumberingSequences> {
  const record = (await db.meta.get(META_KEYS.sequences)) as MetaRecord<NumberingSequences> | undefined
  return record?.value ?? {}
}

/**
 * Takes the next number of `series` on `date` and stores the sequence, inside the caller's
 * transaction: the number and the document it goes on are committed together or not at all, and
 * two tabs validating at once are serialised by IndexedDB, so no number is skipped or given twice
 * (C. com. L441-9; CGI ann. II art. 242 nonies A, 7°). A number already printed on a stored document
 * of the series is never handed out again, even when the stored sequence lags behind.
 */
export async function takeNumber(db: WorkspaceDb, settings: CompanySettings, series: keyof NumberingPrefixes, date: string): Promise<string> {
  const prefix = settings.numbering[series]
  const year = numberingYear(date)
  const printed = await db.salesDocs.where('number').startsWith(numberStem(prefix, year)).keys()
  const highestIssued = printed.reduce<number>((highest, key) => Math.max(highest, parseDocumentNumber(String(key), prefix, year) ?? 0), 0)
  const next = nextDocumentNumber({ series, prefix, date, sequences: await readSequences(db), highestIssued })
  await db.meta.put({ key: META_KEYS.sequences, value: next.sequences })
  return next.number
}
