/**
 * Purchasing commands (REAC CP2, DOMAIN-FR §8): supplier orders from draft to reception, supplier
 * claims, chasing a late supplier. Refusals: `purchasing.errors.*` for a bad reference,
 * `purchasing.rules.*` for a trade rule (with its figures).
 */
import { z } from 'zod'
import {
  addDays, compareReception, isCalendarDate, lateness, nextDocumentNumber, numberingYear, numberStem, orderComplete, parseDocumentNumber,
  physicalStock, productStock, promiseBeyondLeadTime, purchaseActionAllowed, renderTemplate, settleClaim, supplierOrderLeadTimeDays, weightedAverageCostAfterReceipt,
  type CompanySettings, type Contact, type Message, type Product, type PurchaseAction, type PurchaseDoc, type PurchaseLine, type StockMove,
  type SupplierClaim, type Tier, type NumberingSequences,
} from '@/domain'
import type { WorkspaceDb } from '@/db/workspace-db'
import type { MetaRecord } from '@/db/types'
import { formatDate, formatMoney } from '@/i18n/format'
import { META_KEYS } from '@/seed/catalog'
import { findMessageTemplate } from '@/seed/message-templates'
import type { CommandDefinition } from './command'
import { nextMessageId } from './message-records'
import { refuse } from './refusal'
import { newDocId, requireSettings, requireWarehouse } from './sales/sales-records'

const id = z.string().min(1).max(80)
const quantity = z.number().int().positive().max(1_000_000)
const count = z.number().int().min(0).max(1_000_000)
const isoDate = z.string().max(10)
const orderLines = z.array(z.object({ productId: id, quantity }).strict()).min(1).max(200)

// ——— shared reads ———

async function requireSupplier(db: WorkspaceDb, supplierId: string): Promise<Tier> {
  const tier = await db.tiers.get(supplierId)
  if (!tier) refuse('purchasing.errors.unknownSupplier', { field: 'supplierId', id: supplierId })
  if (tier.kind !== 'supplier') refuse('purchasing.errors.notASupplier', { field: 'supplierId', name: tier.name })
  return tier
}

async function requireOrder(db: WorkspaceDb, orderId: string): Promise<PurchaseDoc> {
  const doc = await db.purchaseDocs.get(orderId)
  if (doc?.type !== 'supplierOrder') refuse('purchasing.errors.unknownOrder', { field: 'orderId', id: orderId })
  return doc
}

function requirePurchaseAction(order: PurchaseDoc, action: PurchaseAction): void {
  if (!purchaseActionAllowed(order.status, action)) {
    refuse(`purchasing.rules.notAllowed.${action}`, { field: 'orderId', number: order.number || '—', status: order.status })
  }
}

function requireDate(value: string, field: string): string {
  if (!isCalendarDate(value)) refuse('purchasing.errors.invalidDate', { field, value })
  return value
}

/**
 * The order lines from the catalogue at the supplier's price; refused: a product unknown, not a good
 * managed in stock, not supplied by this supplier, or below the supplier's minimum quantity.
 */
async function linesFromCatalogue(db: WorkspaceDb, supplier: Tier, requested: readonly { productId: string; quantity: number }[]): Promise<{ lines: PurchaseLine[]; leadTimeDays: number }> {
  const lines: PurchaseLine[] = []
  const products: Product[] = []
  for (const [index, wanted] of requested.entries()) {
    const product = await db.products.get(wanted.productId)
    if (!product) refuse('purchasing.errors.unknownProduct', { field: `lines.${index}.productId`, id: wanted.productId })
    if (product.kind !== 'good') refuse('purchasing.rules.notAGood', { field: `lines.${index}.productId`, reference: product.reference })
    const source = product.suppliers.find((s) => s.supplierId === supplier.id)
    if (!source) refuse('purchasing.rules.notSuppliedBy', { field: `lines.${index}.productId`, reference: product.reference, supplier: supplier.name })
    if (wanted.quantity < source.minimumQuantity) {
      refuse('purchasing.rules.belowMinimum', { field: `lines.${index}.quantity`, reference: product.reference, quantity: wanted.quantity, minimum: source.minimumQuantity, supplier: supplier.name })
    }
    products.push(product)
    lines.push({ productId: product.id, designation: product.designation.fr, quantity: wanted.quantity, unitPriceCents: source.purchasePriceCents, vatRatePercent: product.vatRatePercent })
  }
  return { lines, leadTimeDays: supplierOrderLeadTimeDays(supplier, products) }
}

const totalOf = (lines: readonly PurchaseLine[]) => lines.reduce((sum, line) => sum + line.quantity * line.unitPriceCents, 0)

/** The supplier's lead time for this order ({@link supplierOrderLeadTimeDays}), from its lines' products. */
async function leadTimeOf(db: WorkspaceDb, order: PurchaseDoc, supplier: Tier): Promise<number> {
  return supplierOrderLeadTimeDays(supplier, await db.products.bulkGet(order.lines.map((line) => line.productId)))
}

/**
 * The next number of a purchase series on `date` (sequence stored in meta, like the sales series); a
 * number already on a stored purchase document is never handed out again.
 */
export async function takePurchaseNumber(db: WorkspaceDb, settings: CompanySettings, series: 'supplierOrder' | 'reception', date: string): Promise<string> {
  const prefix = settings.numbering[series]
  const year = numberingYear(date)
  const stem = numberStem(prefix, year)
  const printed = (await db.purchaseDocs.where('type').equals(series).toArray()).map((d) => d.number).filter((n) => n.startsWith(stem))
  const highestIssued = printed.reduce((highest, n) => Math.max(highest, parseDocumentNumber(n, prefix, year) ?? 0), 0)
  const record = (await db.meta.get(META_KEYS.sequences)) as MetaRecord<NumberingSequences> | undefined
  const next = nextDocumentNumber({ series, prefix, date, sequences: record?.value ?? {}, highestIssued })
  await db.meta.put({ key: META_KEYS.sequences, value: next.sequences })
  return next.number
}

/** Who at the supplier receives the message, and in which language (the contact's, else the supplier's). */
function recipientOf(supplier: Tier): { contact?: Contact; language: 'fr' | 'en'; channel: 'email' | 'letter'; to: string } {
  const contact = supplier.contacts.find((c) => c.email?.trim()) ?? supplier.contacts[0]
  const language = contact?.language ?? supplier.language
  if (contact?.email?.trim()) return { contact, language, channel: 'email', to: contact.email.trim() }
  const a = supplier.billingAddress
  return { ...(contact ? { contact } : {}), language, channel: 'letter', to: [a.line1, `${a.postalCode} ${a.city}`, a.country].join(', ') }
}

/** Writes a message to the supplier from a built-in template, in the contact's language. */
async function messageSupplier(
  db: WorkspaceDb, today: string, settings: CompanySettings, supplier: Tier, templateId: string, order: PurchaseDoc,
  extra: { daysLate?: number; details?: string } = {},
): Promise<{ messageId: string; language: 'fr' | 'en'; to: string }> {
  const template = findMessageTemplate(templateId)!
  const recipient = recipientOf(supplier)
  const { language } = recipient
  const identity = settings.identity
  const rendered = renderTemplate(template, {
    language, date: today,
    company: { name: identity.name, ...(identity.phone ? { phone: identity.phone } : {}), ...(identity.email ? { email: identity.email } : {}) },
    tier: { name: supplier.name, kind: 'supplier' },
    ...(recipient.contact ? { contact: recipient.contact } : {}),
    subjectDocument: {
      number: order.number, date: order.sentOn ?? order.date, totalExclVatCents: order.totalExclVatCents,
      ...(order.expectedDate ? { expectedDate: order.expectedDate } : {}), ...(extra.daysLate !== undefined ? { daysLate: extra.daysLate } : {}),
    },
  }, { money: (cents, lang) => formatMoney(cents, lang), date: (iso, lang) => formatDate(iso, lang, 'long') })
  const paragraphs = rendered.body.split('\n\n')
  const body = extra.details ? [...paragraphs.slice(0, 2), extra.details, ...paragraphs.slice(2)].join('\n\n') : rendered.body
  const message: Message = {
    id: await nextMessageId(db), direction: 'out', channel: recipient.channel, date: today, language, tierId: supplier.id,
    subject: rendered.subject, body, attachmentIds: [], read: true, templateId,
    ...(recipient.contact ? { contactId: recipient.contact.id } : {}),
  }
  await db.messages.add(message)
  return { messageId: message.id, language, to: recipient.to }
}

/** The order's lines as a message lists them: "– 12 × Chaise (CHA-001) à 85,00 €". */
async function linesText(db: WorkspaceDb, order: PurchaseDoc, language: 'fr' | 'en'): Promise<string> {
  const rows: string[] = []
  for (const line of order.lines) {
    const product = await db.products.get(line.productId)
    const name = product ? `${product.designation[language]} (${product.reference})` : line.designation
    rows.push(`– ${line.quantity} × ${name}${language === 'fr' ? ' à ' : ' at '}${formatMoney(line.unitPriceCents, language)}`)
  }
  return rows.join('\n')
}

// ——— commands ———

export const createSupplierOrderInput = z.object({
  supplierId: id,
  lines: orderLines,
  warehouseId: id.optional(),
  notes: z.string().max(2000).optional(),
}).strict()
export type CreateSupplierOrderInput = z.infer<typeof createSupplierOrderInput>

/**
 * `purchasing.createSupplierOrder`: a draft supplier order, its lines from the catalogue at the
 * supplier's price, expected on today + the supplier's lead time. Refused: an unknown supplier or
 * product, a product that is not a good or not supplied by it, a quantity below its minimum.
 */
export const createSupplierOrder: CommandDefinition<CreateSupplierOrderInput, { orderId: string; totalExclVatCents: number; expectedDate: string }> = {
  name: 'purchasing.createSupplierOrder',
  input: createSupplierOrderInput,
  async run(ctx, input) {
    const supplier = await requireSupplier(ctx.db, input.supplierId)
    const { lines, leadTimeDays } = await linesFromCatalogue(ctx.db, supplier, input.lines)
    const warehouseId = (await requireWarehouse(ctx.db, input.warehouseId)).id
    const order: PurchaseDoc = {
      id: newDocId(), type: 'supplierOrder', number: '', status: 'draft', supplierId: supplier.id, date: ctx.simDate,
      expectedDate: addDays(ctx.simDate, leadTimeDays), lines, warehouseId, sourceIds: [], totalExclVatCents: totalOf(lines),
      ...(input.notes?.trim() ? { notes: input.notes.trim() } : {}),
    }
    await ctx.db.purchaseDocs.add(order)
    return { orderId: order.id, totalExclVatCents: order.totalExclVatCents, expectedDate: order.expectedDate! }
  },
}

export const updateSupplierOrderInput = z.object({ orderId: id, lines: orderLines, notes: z.string().max(2000).optional() }).strict()
export type UpdateSupplierOrderInput = z.infer<typeof updateSupplierOrderInput>

/** `purchasing.updateSupplierOrder`: new lines for a draft (same rules as creation); a sent order is not edited. */
export const updateSupplierOrder: CommandDefinition<UpdateSupplierOrderInput, { orderId: string; totalExclVatCents: number }> = {
  name: 'purchasing.updateSupplierOrder',
  input: updateSupplierOrderInput,
  async run(ctx, input) {
    const order = await requireOrder(ctx.db, input.orderId)
    requirePurchaseAction(order, 'update')
    const supplier = await requireSupplier(ctx.db, order.supplierId)
    const { lines, leadTimeDays } = await linesFromCatalogue(ctx.db, supplier, input.lines)
    const totalExclVatCents = totalOf(lines)
    await ctx.db.purchaseDocs.update(order.id, {
      lines, totalExclVatCents, expectedDate: addDays(ctx.simDate, leadTimeDays), ...(input.notes !== undefined ? { notes: input.notes.trim() } : {}),
    })
    return { orderId: order.id, totalExclVatCents }
  },
}

export const sendSupplierOrderInput = z.object({ orderId: id }).strict()

/**
 * `purchasing.sendSupplierOrder`: numbers the draft (series "commande fournisseur"), sets it sent,
 * expected on today + the lead time, and emails it to the supplier in its contact's language.
 */
export const sendSupplierOrder: CommandDefinition<z.infer<typeof sendSupplierOrderInput>, { number: string; expectedDate: string; messageId: string; language: string }> = {
  name: 'purchasing.sendSupplierOrder',
  input: sendSupplierOrderInput,
  async run(ctx, input) {
    const order = await requireOrder(ctx.db, input.orderId)
    requirePurchaseAction(order, 'send')
    const settings = await requireSettings(ctx.db)
    const supplier = await requireSupplier(ctx.db, order.supplierId)
    const lead = await leadTimeOf(ctx.db, order, supplier)
    const sent: PurchaseDoc = {
      ...order, status: 'sent', sentOn: ctx.simDate, expectedDate: addDays(ctx.simDate, lead),
      number: await takePurchaseNumber(ctx.db, settings, 'supplierOrder', ctx.simDate),
    }
    const language = recipientOf(supplier).language
    const message = await messageSupplier(ctx.db, ctx.simDate, settings, supplier, 'supplierOrderSending', sent, { details: await linesText(ctx.db, sent, language) })
    await ctx.db.purchaseDocs.put(sent)
    return { number: sent.number, expectedDate: sent.expectedDate!, messageId: message.messageId, language: message.language }
  },
}

export const confirmSupplierOrderInput = z.object({ orderId: id, promisedDate: isoDate }).strict()

/**
 * `purchasing.confirmSupplierOrder`: the supplier's acknowledgement with its promised delivery date
 * (it becomes the expected date). A promise later than the lead time is accepted but flagged.
 * Refused: a date that is not a calendar date or is before today.
 */
export const confirmSupplierOrder: CommandDefinition<z.infer<typeof confirmSupplierOrderInput>, { promisedDate: string; beyondLeadTime: boolean; daysBeyond: number; leadTimeDays: number }> = {
  name: 'purchasing.confirmSupplierOrder',
  input: confirmSupplierOrderInput,
  async run(ctx, input) {
    const order = await requireOrder(ctx.db, input.orderId)
    requirePurchaseAction(order, 'confirm')
    const promisedDate = requireDate(input.promisedDate, 'promisedDate')
    if (promisedDate < ctx.simDate) refuse('purchasing.rules.promiseInPast', { field: 'promisedDate', date: promisedDate, today: ctx.simDate })
    const supplier = await requireSupplier(ctx.db, order.supplierId)
    const leadTimeDays = await leadTimeOf(ctx.db, order, supplier)
    const check = promiseBeyondLeadTime(order.sentOn ?? order.date, leadTimeDays, promisedDate)
    await ctx.db.purchaseDocs.update(order.id, { status: 'confirmed', promisedDate, expectedDate: promisedDate, promiseBeyondLeadTime: check.beyond })
    return { promisedDate, beyondLeadTime: check.beyond, daysBeyond: check.daysBeyond, leadTimeDays }
  },
}

export const receiveSupplierOrderInput = z.object({
  orderId: id,
  lines: z.array(z.object({ line: z.number().int().min(0).max(199), good: count, short: count.optional(), damaged: count.optional(), wrongItem: count.optional() }).strict()).min(1).max(200),
  note: z.string().max(2000).optional(),
}).strict()
export type ReceiveSupplierOrderInput = z.infer<typeof receiveSupplierOrderInput>

export interface ReceiveResult extends Record<string, unknown> {
  receptionId: string
  number: string
  status: 'partlyReceived' | 'received'
  claimId: string | null
  costs: { productId: string; beforeCents: number; afterCents: number }[]
}

/**
 * `purchasing.receiveSupplierOrder`: records what arrived, per order line — good units, short,
 * damaged, wrong item. One reception document; one stock movement of the good units at the order's
 * unit cost; the product's CUMP recomputed (PCG 213-34, DOMAIN-FR §8); a supplier claim listing the
 * discrepancies; the order partly received or received. Damaged and wrong goods never enter stock.
 */
export const receiveSupplierOrder: CommandDefinition<ReceiveSupplierOrderInput, ReceiveResult> = {
  name: 'purchasing.receiveSupplierOrder',
  input: receiveSupplierOrderInput,
  async run(ctx, input) {
    const order = await requireOrder(ctx.db, input.orderId)
    requirePurchaseAction(order, 'receive')
    const comparison = compareReception(order, input.lines)
    const issue = comparison.issues[0]
    if (issue) refuse(`purchasing.rules.${issue.code}`, { field: 'lines', ...issue.values })
    const settings = await requireSettings(ctx.db)

    const receptionLines: PurchaseLine[] = comparison.goodLines.map((good) => {
      const { productId, designation, unitPriceCents, vatRatePercent } = order.lines[good.line]!
      return { productId, designation, quantity: good.quantity, unitPriceCents, vatRatePercent }
    })
    const reception: PurchaseDoc = {
      id: newDocId(), type: 'reception', number: await takePurchaseNumber(ctx.db, settings, 'reception', ctx.simDate), status: 'received',
      supplierId: order.supplierId, date: ctx.simDate, lines: receptionLines, warehouseId: order.warehouseId, sourceIds: [order.id],
      totalExclVatCents: totalOf(receptionLines), ...(input.note?.trim() ? { notes: input.note.trim() } : {}),
    }
    await ctx.db.purchaseDocs.add(reception)

    const costs: ReceiveResult['costs'] = []
    for (const good of comparison.goodLines) {
      const product = (await ctx.db.products.get(good.productId)) as Product
      const moves = await ctx.db.stockMoves.where('productIds').equals(good.productId).toArray()
      const onHand = productStock(physicalStock(moves), good.productId).total
      const before = product.costCents
      const after = weightedAverageCostAfterReceipt({ stockQuantity: onHand, stockUnitCostCents: before, receivedQuantity: good.quantity, receivedUnitCostCents: good.unitPriceCents })
      await ctx.db.products.update(product.id, { costCents: after })
      costs.push({ productId: product.id, beforeCents: before, afterCents: after })
      // Two lines of one product in one reception: the second sees the first in stock.
      await ctx.db.stockMoves.add({
        id: newDocId(), kind: 'reception', date: ctx.simDate, warehouseId: order.warehouseId, sourceId: reception.id,
        lines: [{ productId: good.productId, quantity: good.quantity, unitCostCents: good.unitPriceCents }],
      } satisfies StockMove)
    }

    let claimId: string | null = null
    if (comparison.claimLines.length > 0) {
      const claim: SupplierClaim = {
        id: newDocId(), supplierId: order.supplierId, purchaseDocId: order.id, receptionId: reception.id, openedOn: ctx.simDate, status: 'open',
        lines: comparison.claimLines,
      }
      await ctx.db.supplierClaims.add(claim)
      claimId = claim.id
    }
    const status = comparison.complete ? 'received' : 'partlyReceived'
    await ctx.db.purchaseDocs.update(order.id, { lines: comparison.lines, status, sourceIds: order.sourceIds })
    return { receptionId: reception.id, number: reception.number, status, claimId, costs }
  },
}

export const resolveSupplierClaimInput = z.object({
  claimId: id,
  outcome: z.enum(['replacement', 'supplierCredit', 'rejected']),
  note: z.string().max(2000).optional(),
}).strict()

/**
 * `purchasing.resolveSupplierClaim`: how an open claim ended. A replacement leaves the claimed units
 * expected on the order; a supplier credit note or a rejected claim settles them (no longer expected),
 * so the order may become received.
 */
export const resolveSupplierClaim: CommandDefinition<z.infer<typeof resolveSupplierClaimInput>, { claimId: string; orderStatus: string }> = {
  name: 'purchasing.resolveSupplierClaim',
  input: resolveSupplierClaimInput,
  async run(ctx, input) {
    const claim = await ctx.db.supplierClaims.get(input.claimId)
    if (!claim) refuse('purchasing.errors.unknownClaim', { field: 'claimId', id: input.claimId })
    if (claim.status !== 'open') refuse('purchasing.rules.claimClosed', { field: 'claimId', on: claim.resolution?.on ?? '—' })
    const order = await requireOrder(ctx.db, claim.purchaseDocId)
    let orderStatus: string = order.status
    if (input.outcome !== 'replacement' && order.status !== 'cancelled') {
      const lines = settleClaim(order.lines, claim.lines)
      if (order.status === 'partlyReceived' && orderComplete(lines)) orderStatus = 'received'
      await ctx.db.purchaseDocs.update(order.id, { lines, status: orderStatus as PurchaseDoc['status'] })
    }
    await ctx.db.supplierClaims.update(claim.id, {
      status: 'resolved', resolution: { on: ctx.simDate, outcome: input.outcome, ...(input.note?.trim() ? { note: input.note.trim() } : {}) },
    })
    return { claimId: claim.id, orderStatus }
  },
}

export const chaseSupplierInput = z.object({ orderId: id }).strict()

/**
 * `purchasing.chaseSupplier`: a reminder to the supplier of a late order (on the simulated date), in
 * its contact's language, giving the order number, the promised date and the days late. Refused when
 * the order is not late.
 */
export const chaseSupplier: CommandDefinition<z.infer<typeof chaseSupplierInput>, { messageId: string; daysLate: number; language: string; to: string }> = {
  name: 'purchasing.chaseSupplier',
  input: chaseSupplierInput,
  async run(ctx, input) {
    const order = await requireOrder(ctx.db, input.orderId)
    requirePurchaseAction(order, 'chase')
    const late = lateness(order, ctx.simDate)
    if (!late.late) refuse('purchasing.rules.notLate', { field: 'orderId', number: order.number, date: late.dueDate ?? '—' })
    const settings = await requireSettings(ctx.db)
    const supplier = await requireSupplier(ctx.db, order.supplierId)
    const message = await messageSupplier(ctx.db, ctx.simDate, settings, supplier, 'supplierChase', order, { daysLate: late.daysLate })
    await ctx.db.purchaseDocs.update(order.id, { chasedOn: [...(order.chasedOn ?? []), ctx.simDate] })
    return { messageId: message.messageId, daysLate: late.daysLate, language: message.language, to: message.to }
  },
}

export const cancelSupplierOrderInput = z.object({ orderId: id, reason: z.string().max(500) }).strict()

/** `purchasing.cancelSupplierOrder`: cancels an order no goods arrived on, with the reason. */
export const cancelSupplierOrder: CommandDefinition<z.infer<typeof cancelSupplierOrderInput>, { orderId: string }> = {
  name: 'purchasing.cancelSupplierOrder',
  input: cancelSupplierOrderInput,
  async run(ctx, input) {
    const order = await requireOrder(ctx.db, input.orderId)
    requirePurchaseAction(order, 'cancel')
    if (!input.reason.trim()) refuse('purchasing.errors.reasonRequired', { field: 'reason' })
    await ctx.db.purchaseDocs.update(order.id, { status: 'cancelled', cancelledOn: ctx.simDate, notes: [order.notes, input.reason.trim()].filter(Boolean).join('\n') })
    return { orderId: order.id }
  },
}
