/**
 * The company a scenario declares (`company` in the file: settings, delegation levels, tiers, products,
 * sales documents, payments and messages added to or changed in the built-in company), written into a
 * freshly seeded workspace. What a declaration leaves out gets the defaults a learner's own command
 * would give (the company's default terms, its first salesperson, warehouse and family…), and the
 * figures that the domain computes (totals, due dates, VAT regime, numbers of a series) are computed
 * here by the same code as the sales commands, never copied from the file.
 *
 * Runs inside the caller's transaction. A declaration that does not fit the company (an unknown id,
 * an id already used, a settings value the law refuses) throws a {@link ScenarioStartError} that
 * names the field of the file; the caller then deletes the half-made workspace.
 */
import {
  addDays,
  defaultTierGdpr,
  physicalStock,
  regionOf,
  validateCompanySettings,
  vatRegimeFor,
  SETTINGS_SECTION_OF,
  type Address,
  type CompanySettings,
  type Message,
  type Payment,
  type Product,
  type ProductFamily,
  type SalesDoc,
  type SalesDocStatus,
  type SalesDocType,
  type Salesperson,
  type StockMove,
  type Tier,
  type TierGdpr,
  type Warehouse,
} from '@/domain'
import type { MetaRecord, Reason } from './types'
import type { WorkspaceDb } from './workspace-db'
import { META_KEYS, type CompanyCatalog } from '@/seed/catalog'
import { CommandRefusal } from '@/commands/refusal'
import { readSettings } from '@/commands/company-state'
import { snapshotLines } from '@/commands/sales/sales-inputs'
import { newDocId, priceFor, takeNumber } from '@/commands/sales/sales-records'
import { planValidation } from '@/commands/sales/validation'
import { resolveWhen } from '@/scenario/validate'
import { applyPurchaseDocs } from './scenario-purchases'
import type { Scenario } from '@/scenario/schema'

/** Why an attempt could not start: an i18n key and its values, with the field of the scenario file. */
export class ScenarioStartError extends Error {
  constructor(readonly reason: Reason, readonly field?: string) {
    super(reason.key)
    this.name = 'ScenarioStartError'
  }
}

type Company = NonNullable<Scenario['company']>
type DeclaredTier = NonNullable<Company['tiers']>[number]
type DeclaredSalesDoc = NonNullable<Company['salesDocs']>[number]

/** How many records of each kind the scenario added or changed (for the journal's start line). */
export type AppliedCounts = Partial<Record<'tiers' | 'tierUpdates' | 'products' | 'productUpdates' | 'salesDocs' | 'purchaseDocs' | 'payments' | 'messages' | 'dunningActions', number>>

const DEFAULT_STATUS: Record<SalesDocType, SalesDocStatus> = {
  quote: 'sent', order: 'confirmed', delivery: 'shipped', invoice: 'validated', creditNote: 'validated', downPayment: 'validated',
}

/** An address a declaration left out: empty, in France (the learner sees it is missing on the tier's file). */
const NO_ADDRESS: Address = { line1: '', postalCode: '', city: '', country: 'FR' }

interface Reference {
  settings: CompanySettings
  salespeople: Salesperson[]
  warehouses: Warehouse[]
  families: ProductFamily[]
}

async function metaValue<T>(db: WorkspaceDb, key: string): Promise<T | undefined> {
  return ((await db.meta.get(key)) as MetaRecord<T> | undefined)?.value
}

function fail(field: string, key: string, values: Record<string, string | number> = {}): never {
  throw new ScenarioStartError({ key: `scenario-play.start.errors.${key}`, values: { field, ...values } }, field)
}

/** Runs a piece of the sales code; its refusal (a product inactive, a figure refused) names the field. */
async function asDeclared<T>(field: string, run: () => Promise<T> | T): Promise<T> {
  try {
    return await run()
  } catch (error) {
    if (error instanceof CommandRefusal) throw new ScenarioStartError({ key: error.reason.key, values: { ...error.reason.values, field } }, field)
    throw error
  }
}

/**
 * An empty company (`base: none`) still has an identity, terms of sale, warehouses and salespeople:
 * the built-in company's reference data, without its tiers, catalogue or history.
 */
async function ensureReferenceData(db: WorkspaceDb, builtIn: ReferenceData | undefined): Promise<void> {
  if (await readSettings(db)) return
  if (!builtIn) throw new Error('scenario-records: an empty company needs the built-in reference data')
  await db.meta.bulkPut([
    { key: META_KEYS.settings, value: builtIn.settings },
    { key: META_KEYS.families, value: builtIn.families },
    { key: META_KEYS.warehouses, value: builtIn.warehouses },
    { key: META_KEYS.salespeople, value: builtIn.salespeople },
    { key: META_KEYS.sequences, value: {} },
  ])
}

/** The reference data an empty company borrows from the built-in one. */
export type ReferenceData = Pick<CompanyCatalog, 'settings' | 'families' | 'warehouses' | 'salespeople'>

/**
 * The built-in company's reference data, when the scenario's company is empty (`base: none`): loaded
 * before the transaction, which a module download would let commit early.
 */
export async function referenceDataFor(scenario: Scenario): Promise<ReferenceData | undefined> {
  if (scenario.company?.base !== 'none') return undefined
  return (await import('@/seed/company')).BUILT_IN_CATALOG
}

async function applySettings(db: WorkspaceDb, scenario: Scenario): Promise<CompanySettings> {
  const current = (await readSettings(db))!
  const overrides = scenario.company?.settings ?? {}
  const next: CompanySettings = {
    ...current,
    ...(Object.fromEntries(Object.entries(overrides).filter(([, value]) => value !== undefined)) as Partial<CompanySettings>),
    ...(scenario.delegation ? { delegation: { ...current.delegation, ...scenario.delegation } } : {}),
  }
  const sections = [...new Set([...Object.keys(overrides), ...(scenario.delegation ? ['delegation'] : [])]
    .map((key) => SETTINGS_SECTION_OF[key as keyof CompanySettings]))]
  if (sections.length === 0) return current
  const [first] = validateCompanySettings(next, scenario.startDate, sections)
  if (first) {
    const field = first.field.startsWith('delegation') ? first.field : `company.settings.${first.field}`
    throw new ScenarioStartError({ key: `company.rules.${first.code}`, values: { ...first.values, field, ...(first.source ? { source: first.source } : {}) } }, field)
  }
  await db.meta.put({ key: META_KEYS.settings, value: next })
  return next
}

function customerTerms(declared: DeclaredTier['customer'], base: Tier['customer'] | undefined, ref: Reference, address: Address, legal: Tier['legal']): NonNullable<Tier['customer']> {
  return {
    channel: 'direct',
    salespersonId: ref.salespeople[0]?.id ?? '',
    paymentTerms: ref.settings.defaultPaymentTerms,
    paymentMethod: ref.settings.defaultPaymentMethod,
    discountPercent: 0,
    creditLimitCents: 0,
    vatRegime: vatRegimeFor(address, legal),
    ...base,
    ...declared,
  }
}

function supplierTerms(declared: DeclaredTier['supplier'], base: Tier['supplier'] | undefined, ref: Reference): NonNullable<Tier['supplier']> {
  return { paymentTerms: ref.settings.defaultPaymentTerms, leadTimeDays: 7, minimumOrderCents: 0, ...base, ...declared }
}

function gdprFile(declared: DeclaredTier['gdpr'], base: TierGdpr | undefined, start: string, createdOn: string): TierGdpr | undefined {
  if (!declared) return base
  const file: TierGdpr = base ?? { legalBasis: 'legitimateInterest', consents: [], objectsToProspecting: false, lastContactOn: createdOn }
  return {
    ...file,
    ...(declared.legalBasis ? { legalBasis: declared.legalBasis } : {}),
    ...(declared.objectsToProspecting !== undefined ? { objectsToProspecting: declared.objectsToProspecting } : {}),
    ...(declared.objectsToProspecting && !file.objectionOn ? { objectionOn: createdOn } : {}),
    ...(declared.lastContactOn !== undefined ? { lastContactOn: resolveWhen(declared.lastContactOn, start) } : {}),
  }
}

function tierOf(declared: DeclaredTier, ref: Reference, start: string): Tier {
  const legal = declared.legal ?? 'company'
  const language = declared.language ?? 'fr'
  const billingAddress = declared.billingAddress ? { ...declared.billingAddress } : { ...NO_ADDRESS }
  const createdOn = resolveWhen(declared.createdOn ?? -1, start)
  const tier: Tier = {
    id: declared.id, kind: declared.kind, legal, name: declared.name, billingAddress, deliveryAddresses: [],
    contacts: (declared.contacts ?? []).map((contact) => ({ ...contact, role: contact.role ?? '', language: contact.language ?? language })),
    language, region: declared.region ?? regionOf(billingAddress), createdOn,
    ...(declared.siren ? { siren: declared.siren } : {}),
    ...(declared.vatNumber ? { vatNumber: declared.vatNumber } : {}),
    ...(declared.notes ? { notes: declared.notes } : {}),
  }
  if (declared.kind === 'customer' || declared.customer) tier.customer = customerTerms(declared.customer, undefined, ref, billingAddress, legal)
  if (declared.kind === 'supplier') tier.supplier = supplierTerms(declared.supplier, undefined, ref)
  if (declared.kind === 'carrier') tier.carrier = { services: [], co2GramsPerTonneKm: 0, pricePerKgCents: 0 }
  const gdpr = gdprFile(declared.gdpr, defaultTierGdpr(declared.kind, legal, createdOn), start, createdOn)
  if (gdpr) tier.gdpr = gdpr
  return tier
}

async function applyTiers(db: WorkspaceDb, company: Company, ref: Reference, start: string, counts: AppliedCounts): Promise<void> {
  for (const [index, declared] of (company.tiers ?? []).entries()) {
    const field = `company.tiers[${index}].id`
    if (await db.tiers.get(declared.id)) fail(field, 'idTaken', { id: declared.id })
    await db.tiers.add(tierOf(declared, ref, start))
  }
  counts.tiers = company.tiers?.length
  for (const [index, update] of (company.tierUpdates ?? []).entries()) {
    const tier = await db.tiers.get(update.id)
    if (!tier) fail(`company.tierUpdates[${index}].id`, 'unknownTier', { id: update.id })
    const next: Tier = {
      ...tier,
      ...(update.name ? { name: update.name } : {}),
      ...(update.language ? { language: update.language } : {}),
      ...(update.notes ? { notes: update.notes } : {}),
    }
    if (update.customer) next.customer = customerTerms(update.customer, tier.customer, ref, tier.billingAddress, tier.legal)
    if (update.supplier) next.supplier = supplierTerms(update.supplier, tier.supplier, ref)
    const gdpr = gdprFile(update.gdpr, tier.gdpr, start, tier.createdOn)
    if (gdpr) next.gdpr = gdpr
    await db.tiers.put(next)
  }
  counts.tierUpdates = company.tierUpdates?.length
}

async function applyProducts(db: WorkspaceDb, company: Company, ref: Reference, start: string, counts: AppliedCounts): Promise<void> {
  const warehouseId = ref.warehouses[0]?.id
  const dayBefore = addDays(start, -1)
  for (const [index, declared] of (company.products ?? []).entries()) {
    if (await db.products.get(declared.id)) fail(`company.products[${index}].id`, 'idTaken', { id: declared.id })
    if (await db.products.where('reference').equals(declared.reference).first()) fail(`company.products[${index}].reference`, 'referenceTaken', { reference: declared.reference })
    const kind = declared.kind ?? 'good'
    const product: Product = {
      id: declared.id, reference: declared.reference, designation: { ...declared.designation }, familyId: declared.familyId ?? ref.families[0]?.id ?? '',
      unit: declared.unit ?? 'u', priceCents: declared.priceCents, vatRatePercent: declared.vatRatePercent, costCents: declared.costCents ?? 0,
      stockManaged: declared.stockManaged ?? kind === 'good', kind, weightGrams: declared.weightGrams ?? 0, suppliers: [],
      safetyStock: 0, reorderPoint: 0, active: true,
    }
    await db.products.add(product)
    if (declared.initialStock && product.stockManaged && warehouseId) {
      await db.stockMoves.add({
        id: newDocId(), kind: 'initial', date: dayBefore, warehouseId,
        lines: [{ productId: product.id, quantity: declared.initialStock, unitCostCents: product.costCents }],
      })
    }
  }
  counts.products = company.products?.length

  const updates = company.productUpdates ?? []
  for (const [index, update] of updates.entries()) {
    const product = await db.products.get(update.id)
    if (!product) fail(`company.productUpdates[${index}].id`, 'unknownProduct', { id: update.id })
    if (update.warehouseId !== undefined && !ref.warehouses.some((warehouse) => warehouse.id === update.warehouseId)) {
      fail(`company.productUpdates[${index}].warehouseId`, 'unknownWarehouse', { id: update.warehouseId })
    }
    await db.products.put({
      ...product,
      ...(update.priceCents !== undefined ? { priceCents: update.priceCents } : {}),
      ...(update.costCents !== undefined ? { costCents: update.costCents } : {}),
      ...(update.active !== undefined ? { active: update.active } : {}),
    })
  }
  counts.productUpdates = updates.length || undefined
}

async function salesDocOf(db: WorkspaceDb, declared: DeclaredSalesDoc, index: number, ref: Reference, start: string): Promise<{ doc: SalesDoc; move?: StockMove }> {
  const field = `company.salesDocs[${index}]`
  if (await db.salesDocs.get(declared.id)) fail(`${field}.id`, 'idTaken', { id: declared.id })
  const customer = await db.tiers.get(declared.customerId)
  if (!customer || (customer.kind !== 'customer' && customer.kind !== 'prospect')) fail(`${field}.customerId`, 'unknownCustomer', { id: declared.customerId })
  const products = new Map<string, Product>()
  for (const [at, line] of declared.lines.entries()) {
    const product = await db.products.get(line.productId)
    if (!product) fail(`${field}.lines[${at}].productId`, 'unknownProduct', { id: line.productId })
    products.set(product.id, product)
  }
  for (const [at, sourceId] of (declared.sourceIds ?? []).entries()) {
    if (!(await db.salesDocs.get(sourceId))) fail(`${field}.sourceIds[${at}]`, 'unknownDocument', { id: sourceId })
  }
  const date = resolveWhen(declared.date, start)
  const agreements = await db.priceAgreements.where('customerId').equals(customer.id).toArray()
  const lines = await asDeclared(`${field}.lines`, () => snapshotLines(declared.lines.map((line) => ({
    productId: line.productId, quantity: line.quantity,
    ...(line.unitPriceCents !== undefined ? { unitPriceCents: line.unitPriceCents } : {}),
    ...(line.discountsPercent ? { discountsPercent: line.discountsPercent } : {}),
  })), customer, products, agreements, date))
  const status = declared.status ?? DEFAULT_STATUS[declared.type]
  const warehouseId = ref.warehouses[0]?.id
  let doc: SalesDoc = {
    id: declared.id, type: declared.type, status, customerId: customer.id, date, lines,
    salespersonId: customer.customer?.salespersonId ?? ref.salespeople[0]?.id ?? '', channel: customer.customer?.channel ?? 'direct',
    sourceIds: [...(declared.sourceIds ?? [])],
    ...(declared.discountsPercent?.length ? { discountsPercent: [...declared.discountsPercent] } : {}),
    ...(declared.earlyPaymentDiscountPercent ? { earlyPaymentDiscountPercent: declared.earlyPaymentDiscountPercent } : {}),
    ...(declared.shippingCents ? { shippingCents: declared.shippingCents } : {}),
    ...(declared.paymentTerms ? { paymentTerms: declared.paymentTerms } : {}),
    ...(declared.customerPoNumber ? { customerPoNumber: declared.customerPoNumber } : {}),
    ...(declared.notes ? { notes: declared.notes } : {}),
    ...((declared.type === 'order' || declared.type === 'delivery') && warehouseId ? { warehouseId } : {}),
    ...(declared.type === 'quote' ? { validUntil: addDays(date, ref.settings.quoteValidityDays) } : {}),
  }
  if (declared.type === 'creditNote') {
    const invoice = (await db.salesDocs.bulkGet(doc.sourceIds)).find((source) => source?.type === 'invoice')
    if (invoice?.number) doc.creditedInvoice = { id: invoice.id, number: invoice.number, date: invoice.date }
  }
  doc = (await asDeclared(field, () => priceFor(doc, customer, products.values()))).doc
  const numbered = status !== 'draft'
  const series = declared.type
  if (numbered && (series === 'invoice' || series === 'creditNote' || series === 'downPayment')) {
    const number = declared.number ?? await takeNumber(db, ref.settings, series, date)
    const plan = await asDeclared(field, () => planValidation(db, doc, date, number))
    doc = { ...plan.candidate, status, validatedOn: date }
  } else if (numbered) {
    doc.number = declared.number ?? await takeNumber(db, ref.settings, series, date)
  } else if (declared.number) {
    doc.number = declared.number
  }
  if (declared.type === 'delivery' && status === 'shipped' && warehouseId) {
    const stocked = doc.lines.filter((line) => products.get(line.productId)?.stockManaged && products.get(line.productId)?.kind === 'good')
    if (stocked.length > 0) {
      return {
        doc,
        move: {
          id: newDocId(), kind: 'delivery', date, warehouseId, sourceId: doc.id,
          lines: stocked.map((line) => ({ productId: line.productId, quantity: -line.quantity, unitCostCents: products.get(line.productId)!.costCents })),
        },
      }
    }
  }
  return { doc }
}

async function applySalesDocs(db: WorkspaceDb, company: Company, ref: Reference, start: string, counts: AppliedCounts): Promise<void> {
  for (const [index, declared] of (company.salesDocs ?? []).entries()) {
    const { doc, move } = await salesDocOf(db, declared, index, ref, start)
    await db.salesDocs.add(doc)
    if (move) await db.stockMoves.add(move)
  }
  counts.salesDocs = company.salesDocs?.length
}

/**
 * The declared `stock` of `productUpdates`: the physical level of the article in one warehouse (the
 * main one, i.e. the first, unless the update names `warehouseId`) once the scenario's own documents
 * are in (a declared delivery has already taken its goods). An inventory count the day before the
 * start brings that warehouse to the figure; the other warehouses keep what they hold.
 */
async function applyStockLevels(db: WorkspaceDb, company: Company, ref: Reference, start: string): Promise<void> {
  const updates = (company.productUpdates ?? []).filter((update) => update.stock !== undefined)
  const mainWarehouse = ref.warehouses[0]?.id
  if (updates.length === 0 || !mainWarehouse) return
  const levels = physicalStock(await db.stockMoves.toArray())
  for (const update of updates) {
    const product = (await db.products.get(update.id))!
    const warehouseId = update.warehouseId ?? mainWarehouse
    const held = levels.get(product.id)?.get(warehouseId) ?? 0
    const delta = Math.round((update.stock! - held) * 1000) / 1000
    if (delta === 0) continue
    await db.stockMoves.add({
      id: newDocId(), kind: 'inventory', date: addDays(start, -1), warehouseId,
      lines: [{ productId: product.id, quantity: delta, unitCostCents: product.costCents }],
    })
  }
}

async function applyPayments(db: WorkspaceDb, company: Company, start: string, counts: AppliedCounts): Promise<void> {
  for (const [index, declared] of (company.payments ?? []).entries()) {
    const field = `company.payments[${index}]`
    if (await db.payments.get(declared.id)) fail(`${field}.id`, 'idTaken', { id: declared.id })
    if (!(await db.tiers.get(declared.customerId))) fail(`${field}.customerId`, 'unknownCustomer', { id: declared.customerId })
    for (const [at, allocation] of (declared.allocations ?? []).entries()) {
      const doc = await db.salesDocs.get(allocation.docId)
      if (!doc || doc.customerId !== declared.customerId) fail(`${field}.allocations[${at}].docId`, 'unknownDocument', { id: allocation.docId })
    }
    const payment: Payment = {
      id: declared.id, customerId: declared.customerId, date: resolveWhen(declared.date, start), amountCents: declared.amountCents,
      method: declared.method, reference: declared.reference, allocations: (declared.allocations ?? []).map((allocation) => ({ ...allocation })),
    }
    await db.payments.add(payment)
  }
  counts.payments = company.payments?.length
}

async function applyMessages(db: WorkspaceDb, company: Company, start: string, counts: AppliedCounts): Promise<void> {
  for (const [index, declared] of (company.messages ?? []).entries()) {
    const field = `company.messages[${index}]`
    if (await db.messages.get(declared.id)) fail(`${field}.id`, 'idTaken', { id: declared.id })
    if (declared.tierId === undefined && declared.department === undefined) fail(field, 'senderRequired')
    if (declared.tierId !== undefined && !(await db.tiers.get(declared.tierId))) fail(`${field}.tierId`, 'unknownTier', { id: declared.tierId })
    const date = resolveWhen(declared.date, start)
    const message: Message = {
      id: declared.id, direction: declared.direction, channel: declared.channel ?? 'email', date, language: declared.language,
      subject: declared.subject, body: declared.body, attachmentIds: [],
      // The history is read; an incoming message of the start day waits in the inbox.
      read: declared.direction === 'out' || date < start,
      ...(declared.tierId !== undefined ? { tierId: declared.tierId } : {}),
      ...(declared.department !== undefined ? { department: declared.department } : {}),
    }
    await db.messages.add(message)
  }
  counts.messages = company.messages?.length
}

/** The recovery steps taken before the start: reminders done, disputes or promises in force (the dunning run reads them). */
async function applyDunningActions(db: WorkspaceDb, company: Company, start: string, counts: AppliedCounts): Promise<void> {
  for (const [index, declared] of (company.dunningActions ?? []).entries()) {
    const field = `company.dunningActions[${index}]`
    if (await db.dunningActions.get(declared.id)) fail(`${field}.id`, 'idTaken', { id: declared.id })
    if (!(await db.tiers.get(declared.customerId))) fail(`${field}.customerId`, 'unknownCustomer', { id: declared.customerId })
    for (const [at, invoiceId] of declared.invoiceIds.entries()) {
      const doc = await db.salesDocs.get(invoiceId)
      if (!doc || doc.customerId !== declared.customerId) fail(`${field}.invoiceIds[${at}]`, 'unknownDocument', { id: invoiceId })
    }
    const date = resolveWhen(declared.date, start)
    const status = declared.status ?? 'done'
    await db.dunningActions.add({
      id: declared.id, customerId: declared.customerId, invoiceIds: [...declared.invoiceIds], level: declared.level, channel: declared.channel,
      dueOn: date, status, ...(status === 'done' ? { doneOn: date } : {}),
      ...(declared.suspension ? { suspension: declared.suspension } : {}), ...(declared.until !== undefined ? { until: resolveWhen(declared.until, start) } : {}),
      ...(declared.reason ? { reason: declared.reason } : {}),
    })
  }
  counts.dunningActions = company.dunningActions?.length
}

/**
 * Writes the scenario's company into `db` (seeded with the built-in company, or none): settings and
 * delegation levels, then tiers, products, sales documents, payments and messages, in that order so
 * a declaration can name what an earlier one added. Returns how many records each part wrote.
 * `builtIn`: see {@link referenceDataFor}.
 */
export async function applyScenarioCompany(db: WorkspaceDb, scenario: Scenario, builtIn?: ReferenceData): Promise<AppliedCounts> {
  await ensureReferenceData(db, builtIn)
  const settings = await applySettings(db, scenario)
  const ref: Reference = {
    settings,
    salespeople: (await metaValue<Salesperson[]>(db, META_KEYS.salespeople)) ?? [],
    warehouses: (await metaValue<Warehouse[]>(db, META_KEYS.warehouses)) ?? [],
    families: (await metaValue<ProductFamily[]>(db, META_KEYS.families)) ?? [],
  }
  const counts: AppliedCounts = {}
  const company = scenario.company ?? {}
  const start = scenario.startDate
  await applyTiers(db, company, ref, start, counts)
  await applyProducts(db, company, ref, start, counts)
  await applySalesDocs(db, company, ref, start, counts)
  counts.purchaseDocs = await applyPurchaseDocs(db, company.purchaseDocs ?? [], start, ref.settings, ref.warehouses, (field, key, values) => fail(field, key, values))
  await applyStockLevels(db, company, ref, start)
  await applyPayments(db, company, start, counts)
  await applyMessages(db, company, start, counts)
  await applyDunningActions(db, company, start, counts)
  return Object.fromEntries(Object.entries(counts).filter(([, count]) => count)) as AppliedCounts
}
