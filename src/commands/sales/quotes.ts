/**
 * Quote commands (devis): create and update a draft, send, accept, refuse, expire, duplicate and
 * revise. A quote is numbered at creation in the quote series (no legal sequence is required for
 * quotes; the company keeps one anyway); its validity date is the company's quote validity after its
 * date; its payment terms are the customer's. Sending schedules its expiry on the simulated clock.
 */
import { z } from 'zod'
import { addDays, type SalesDoc, type Tier } from '@/domain'
import type { WorkspaceDb } from '@/db/workspace-db'
import type { CommandDefinition } from '../command'
import { refuse } from '../refusal'
import { commercialFields, deliveryAddressOf, idSchema, isoDateSchema, snapshotLines, type LineInput } from './sales-inputs'
import { loadProducts, newDocId, priceFor, requireAction, requireCustomer, requireDoc, requireSettings, takeNumber } from './sales-records'
import { QUOTE_EXPIRY_EVENT } from './quote-expiry'
import { incotermSchema } from '../shipping'

const quoteFields = {
  ...commercialFields,
  /** Valid until (inclusive); the company's quote validity after the quote's date when left out. */
  validUntil: isoDateSchema.optional(),
  /** Incoterms® 2020 rule and named place (DOMAIN-FR §6), repeated on the order. */
  incoterm: incotermSchema.optional(),
}

export const createQuoteInput = z.object({ customerId: idSchema, ...quoteFields }).strict()
export type CreateQuoteInput = z.infer<typeof createQuoteInput>
export const updateQuoteInput = z.object({ quoteId: idSchema, ...quoteFields }).strict()
export type UpdateQuoteInput = z.infer<typeof updateQuoteInput>
const quoteRef = z.object({ quoteId: idSchema }).strict()
type QuoteRef = z.infer<typeof quoteRef>

interface QuoteResult extends Record<string, unknown> {
  quoteId: string
  number: string
  totalInclVatCents: number
}

/** Lines, discounts, carriage, address and validity of a draft quote, priced. */
async function draftContent(db: WorkspaceDb, simDate: string, customer: Tier, input: Omit<CreateQuoteInput, 'customerId'>, date: string, validityDays: number) {
  const products = await loadProducts(db, input.lines.map((line: LineInput) => line.productId))
  const agreements = await db.priceAgreements.where('customerId').equals(customer.id).toArray()
  const validUntil = input.validUntil ?? addDays(date, validityDays)
  if (validUntil < simDate) refuse('sales.errors.validUntilPast', { validUntil, todayDate: simDate })
  const deliveryAddress = deliveryAddressOf(customer, input.deliveryAddressIndex)
  return {
    products,
    fields: {
      lines: snapshotLines(input.lines, customer, products, agreements, simDate),
      ...(input.discountsPercent?.length ? { discountsPercent: input.discountsPercent } : {}),
      ...(input.earlyPaymentDiscountPercent ? { earlyPaymentDiscountPercent: input.earlyPaymentDiscountPercent } : {}),
      ...(input.shippingCents ? { shippingCents: input.shippingCents } : {}),
      ...(deliveryAddress ? { deliveryAddress } : {}),
      ...(input.notes ? { notes: input.notes } : {}),
      ...(input.incoterm ? { incoterm: input.incoterm } : {}),
      validUntil,
    },
  }
}

/** `sales.createQuote`: a draft quote for a customer or a prospect, numbered in the quote series. */
export const createQuote: CommandDefinition<CreateQuoteInput, QuoteResult> = {
  name: 'sales.createQuote',
  input: createQuoteInput,
  async run(ctx, input) {
    const settings = await requireSettings(ctx.db)
    const customer = await requireCustomer(ctx.db, input.customerId, true)
    const { products, fields } = await draftContent(ctx.db, ctx.simDate, customer, input, ctx.simDate, settings.quoteValidityDays)
    const draft: SalesDoc = {
      id: newDocId(), type: 'quote', status: 'draft', customerId: customer.id, date: ctx.simDate, ...fields,
      paymentTerms: customer.customer?.paymentTerms ?? settings.defaultPaymentTerms,
      salespersonId: customer.customer?.salespersonId ?? '', channel: customer.customer?.channel ?? 'direct', sourceIds: [],
    }
    const { doc } = priceFor(draft, customer, products.values())
    doc.number = await takeNumber(ctx.db, settings, 'quote', ctx.simDate)
    await ctx.db.salesDocs.add(doc)
    return { quoteId: doc.id, number: doc.number, totalInclVatCents: doc.totals!.totalInclVatCents }
  },
}

/** `sales.updateQuote`: replaces the lines and terms of a draft quote (a sent one is revised instead). */
export const updateQuote: CommandDefinition<UpdateQuoteInput, QuoteResult> = {
  name: 'sales.updateQuote',
  input: updateQuoteInput,
  async run(ctx, input) {
    const quote = await requireDoc(ctx.db, input.quoteId, ['quote'])
    requireAction(quote, 'update')
    const settings = await requireSettings(ctx.db)
    const customer = await requireCustomer(ctx.db, quote.customerId, true)
    const { products, fields } = await draftContent(ctx.db, ctx.simDate, customer, { ...input, validUntil: input.validUntil ?? quote.validUntil }, quote.date, settings.quoteValidityDays)
    const { discountsPercent: _d, earlyPaymentDiscountPercent: _e, shippingCents: _s, deliveryAddress: _a, notes: _n, incoterm: _i, ...kept } = quote
    const { doc } = priceFor({ ...kept, ...fields }, customer, products.values())
    await ctx.db.salesDocs.put(doc)
    return { quoteId: doc.id, number: doc.number ?? '', totalInclVatCents: doc.totals!.totalInclVatCents }
  },
}

/** `sales.sendQuote`: draft → sent; the quote expires the day after its validity date on the simulated clock. */
export const sendQuote: CommandDefinition<QuoteRef, { quoteId: string; number: string; expiresOn: string }> = {
  name: 'sales.sendQuote',
  input: quoteRef,
  async run(ctx, { quoteId }) {
    const quote = await requireDoc(ctx.db, quoteId, ['quote'])
    requireAction(quote, 'send')
    const validUntil = quote.validUntil ?? ctx.simDate
    if (validUntil < ctx.simDate) refuse('sales.rules.quoteValidityPassed', { number: quote.number ?? '', validUntil, todayDate: ctx.simDate })
    const expiresOn = addDays(validUntil, 1)
    await ctx.db.salesDocs.update(quote.id, { status: 'sent' })
    await ctx.db.scheduled.add({ dueDate: expiresOn, kind: QUOTE_EXPIRY_EVENT, payload: { quoteId: quote.id }, status: 'pending' })
    return { quoteId: quote.id, number: quote.number ?? '', expiresOn }
  },
}

/** `sales.acceptQuote`: sent → accepted, while the quote is still valid. */
export const acceptQuote: CommandDefinition<QuoteRef, { quoteId: string; number: string }> = {
  name: 'sales.acceptQuote',
  input: quoteRef,
  async run(ctx, { quoteId }) {
    const quote = await requireDoc(ctx.db, quoteId, ['quote'])
    requireAction(quote, 'accept')
    if (quote.validUntil && quote.validUntil < ctx.simDate) refuse('sales.rules.quoteValidityPassed', { number: quote.number ?? '', validUntil: quote.validUntil, todayDate: ctx.simDate })
    await ctx.db.salesDocs.update(quote.id, { status: 'accepted' })
    return { quoteId: quote.id, number: quote.number ?? '' }
  },
}

const refuseInput = z.object({ quoteId: idSchema, reason: z.string().max(500).optional() }).strict()

/** `sales.refuseQuote`: sent → refused, with the customer's reason when given. */
export const refuseQuote: CommandDefinition<z.infer<typeof refuseInput>, { quoteId: string; number: string }> = {
  name: 'sales.refuseQuote',
  input: refuseInput,
  async run(ctx, { quoteId, reason }) {
    const quote = await requireDoc(ctx.db, quoteId, ['quote'])
    requireAction(quote, 'refuse')
    await ctx.db.salesDocs.update(quote.id, { status: 'refused', ...(reason?.trim() ? { reason: reason.trim() } : {}) })
    return { quoteId: quote.id, number: quote.number ?? '' }
  },
}

/**
 * `sales.expireQuote`: sent → expired, once its validity date has passed. The simulated clock does it
 * by itself (`sales.quoteExpiry` scheduled at sending); this is the same step done by hand.
 */
export const expireQuote: CommandDefinition<QuoteRef, { quoteId: string; number: string }> = {
  name: 'sales.expireQuote',
  input: quoteRef,
  async run(ctx, { quoteId }) {
    const quote = await requireDoc(ctx.db, quoteId, ['quote'])
    requireAction(quote, 'expire')
    if (!quote.validUntil || quote.validUntil >= ctx.simDate) refuse('sales.rules.quoteStillValid', { number: quote.number ?? '', validUntil: quote.validUntil ?? ctx.simDate })
    await ctx.db.salesDocs.update(quote.id, { status: 'expired' })
    return { quoteId: quote.id, number: quote.number ?? '' }
  },
}

/** A draft copy of `quote` dated today, valid for the company's validity; lines kept as quoted. */
async function copyOf(ctx: { db: WorkspaceDb; simDate: string }, quote: SalesDoc): Promise<SalesDoc> {
  const settings = await requireSettings(ctx.db)
  const { number: _n, totals: _t, reason: _r, version: _v, revisionOf: _o, ...kept } = quote
  return { ...kept, id: newDocId(), status: 'draft', date: ctx.simDate, validUntil: addDays(ctx.simDate, settings.quoteValidityDays), sourceIds: [] }
}

/** `sales.duplicateQuote`: a new draft quote with the same customer, lines and terms, a new number. */
export const duplicateQuote: CommandDefinition<QuoteRef, QuoteResult> = {
  name: 'sales.duplicateQuote',
  input: quoteRef,
  async run(ctx, { quoteId }) {
    const quote = await requireDoc(ctx.db, quoteId, ['quote'])
    requireAction(quote, 'duplicate')
    const customer = await requireCustomer(ctx.db, quote.customerId, true)
    const products = await loadProducts(ctx.db, quote.lines.map((l) => l.productId))
    const { doc } = priceFor(await copyOf(ctx, quote), customer, products.values())
    doc.number = await takeNumber(ctx.db, await requireSettings(ctx.db), 'quote', ctx.simDate)
    await ctx.db.salesDocs.add(doc)
    return { quoteId: doc.id, number: doc.number, totalInclVatCents: doc.totals!.totalInclVatCents }
  },
}

/**
 * `sales.reviseQuote`: a sent, refused or expired quote gets a new version (same number, suffix -V2,
 * -V3…) as a draft to edit and send; the old version is kept, marked `revised`, and can no longer be
 * accepted.
 */
export const reviseQuote: CommandDefinition<QuoteRef, QuoteResult & { version: number }> = {
  name: 'sales.reviseQuote',
  input: quoteRef,
  async run(ctx, { quoteId }) {
    const quote = await requireDoc(ctx.db, quoteId, ['quote'])
    requireAction(quote, 'revise')
    const customer = await requireCustomer(ctx.db, quote.customerId, true)
    const products = await loadProducts(ctx.db, quote.lines.map((l) => l.productId))
    const version = (quote.version ?? 1) + 1
    const base = (quote.number ?? '').replace(/-V\d+$/, '')
    const { doc } = priceFor({ ...(await copyOf(ctx, quote)), number: `${base}-V${version}`, version, revisionOf: quote.id, sourceIds: [quote.id] }, customer, products.values())
    await ctx.db.salesDocs.update(quote.id, { status: 'revised' })
    await ctx.db.salesDocs.add(doc)
    return { quoteId: doc.id, number: doc.number ?? '', version, totalInclVatCents: doc.totals!.totalInclVatCents }
  },
}
