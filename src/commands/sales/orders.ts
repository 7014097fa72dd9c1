/**
 * Order commands: an order from an accepted quote or direct (with the customer's purchase-order
 * number), its cancellation, its delivery notes (full or partial, the remainder staying as a
 * backorder; the stock movement out written in the same transaction) and its acompte invoices.
 */
import { z } from 'zod'
import {
  downPaymentLines,
  operationNature,
  orderProgress,
  percentOfCents,
  physicalStock,
  planDelivery,
  priceSalesDoc,
  type SalesDoc,
  type SalesLine,
  type StockMove,
} from '@/domain'
import type { CommandDefinition } from '../command'
import { refuse } from '../refusal'
import { creditResolutionSchema, enforceOrderCredit } from '../credit'
import { commercialFields, deliveryAddressOf, idSchema, snapshotLines } from './sales-inputs'
import { deliveryShippingFields, incotermSchema, packagingSchema } from '../shipping'
import {
  customerDocs, guardFigures, loadProducts, newDocId, priceFor, refuseIssue, regimeOf, requireAction, requireCarrier, requireCustomer,
  requireDoc, requireSettings, requireWarehouse, takeNumber, withEuros,
} from './sales-records'

const logistics = {
  customerPoNumber: z.string().max(60).optional(),
  /** Warehouse the goods leave from; the company's first one when left out. */
  warehouseId: idSchema.optional(),
  carrierId: idSchema.optional(),
  /** Incoterms® 2020 rule and named place (DOMAIN-FR §6); the quote's when left out. */
  incoterm: incotermSchema.optional(),
  /** The answer to a credit block (CP4.3): override within the delegation, acompte ≥ excess, manager's approval. */
  creditResolution: creditResolutionSchema.optional(),
}

export const createOrderInput = z.union([
  z.object({ quoteId: idSchema, deliveryAddressIndex: z.number().int().min(0).max(50).optional(), ...logistics }).strict(),
  z.object({ customerId: idSchema, ...commercialFields, ...logistics }).strict(),
])
export type CreateOrderInput = z.infer<typeof createOrderInput>

interface OrderResult extends Record<string, unknown> {
  orderId: string
  number: string
  totalInclVatCents: number
  /** The credit check's outcome: 'ok', or how the block was answered ('override', 'acompte', 'managerApproval'). */
  credit: string
  excessCents: number
  downPaymentId?: string
}

/**
 * `sales.createOrder`: a confirmed order, from an accepted quote (its lines and prices as quoted, the
 * quote staying accepted and ordered once) or direct from the catalogue. A prospect must become a
 * customer first.
 */
export const createOrder: CommandDefinition<CreateOrderInput, OrderResult> = {
  name: 'sales.createOrder',
  input: createOrderInput,
  async run(ctx, input) {
    const settings = await requireSettings(ctx.db)
    let base: Omit<SalesDoc, 'id' | 'type' | 'number' | 'status' | 'date' | 'totals'>
    if ('quoteId' in input) {
      const quote = await requireDoc(ctx.db, input.quoteId, ['quote'])
      requireAction(quote, 'order')
      const existing = (await customerDocs(ctx.db, quote.customerId)).find((d) => d.type === 'order' && d.status !== 'cancelled' && d.sourceIds.includes(quote.id))
      if (existing) refuse('sales.rules.quoteAlreadyOrdered', { number: quote.number ?? '', order: existing.number ?? '' })
      const customer = await requireCustomer(ctx.db, quote.customerId, false)
      const deliveryAddress = input.deliveryAddressIndex !== undefined ? deliveryAddressOf(customer, input.deliveryAddressIndex) : quote.deliveryAddress
      const { id: _i, type: _ty, number: _n, status: _s, date: _d, totals: _t, validUntil: _v, version: _ve, revisionOf: _r, reason: _re, deliveryAddress: _a, ...kept } = quote
      base = { ...kept, sourceIds: [quote.id], ...(deliveryAddress ? { deliveryAddress } : {}) }
    } else {
      const customer = await requireCustomer(ctx.db, input.customerId, false)
      const products = await loadProducts(ctx.db, input.lines.map((l) => l.productId))
      const agreements = await ctx.db.priceAgreements.where('customerId').equals(customer.id).toArray()
      const deliveryAddress = deliveryAddressOf(customer, input.deliveryAddressIndex)
      base = {
        customerId: customer.id, lines: snapshotLines(input.lines, customer, products, agreements, ctx.simDate),
        ...(input.discountsPercent?.length ? { discountsPercent: input.discountsPercent } : {}),
        ...(input.earlyPaymentDiscountPercent ? { earlyPaymentDiscountPercent: input.earlyPaymentDiscountPercent } : {}),
        ...(input.shippingCents ? { shippingCents: input.shippingCents } : {}),
        ...(deliveryAddress ? { deliveryAddress } : {}),
        ...(input.notes ? { notes: input.notes } : {}),
        paymentTerms: customer.customer?.paymentTerms ?? settings.defaultPaymentTerms,
        salespersonId: customer.customer?.salespersonId ?? '', channel: customer.customer?.channel ?? 'direct', sourceIds: [],
      }
    }
    const customer = await requireCustomer(ctx.db, base.customerId, false)
    const products = await loadProducts(ctx.db, base.lines.map((l) => l.productId))
    const warehouseId = (await requireWarehouse(ctx.db, input.warehouseId ?? base.warehouseId)).id
    const carrierId = await requireCarrier(ctx.db, input.carrierId ?? base.carrierId)
    const nature = operationNature(base.lines.map((l) => products.get(l.productId)!.kind))
    const { doc } = priceFor({
      ...base, id: newDocId(), type: 'order', status: 'confirmed', date: ctx.simDate, warehouseId,
      ...(carrierId ? { carrierId } : {}),
      ...(input.incoterm ? { incoterm: input.incoterm } : {}),
      ...(input.customerPoNumber?.trim() ? { customerPoNumber: input.customerPoNumber.trim() } : {}),
      ...(nature ? { operationNature: nature } : {}),
    }, customer, products.values())
    const credit = await enforceOrderCredit(ctx, customer, doc.totals!.totalInclVatCents, settings, input.creditResolution)
    doc.number = await takeNumber(ctx.db, settings, 'order', ctx.simDate)
    await ctx.db.salesDocs.add(doc)
    const acompte = credit.resolution?.kind === 'acompte' ? await createDownPayment.run(ctx, { orderId: doc.id, amountInclVatCents: credit.resolution.amountCents }) : undefined
    return {
      orderId: doc.id, number: doc.number, totalInclVatCents: doc.totals!.totalInclVatCents,
      credit: credit.resolution?.kind ?? 'ok', excessCents: credit.check.excessCents, ...(acompte ? { downPaymentId: acompte.downPaymentId } : {}),
    }
  },
}

const cancelInput = z.object({ orderId: idSchema, reason: z.string().trim().min(1).max(500) }).strict()

/** `sales.cancelOrder`: a confirmed order nothing was delivered nor invoiced on (no acompte invoice either). */
export const cancelOrder: CommandDefinition<z.infer<typeof cancelInput>, { orderId: string; number: string }> = {
  name: 'sales.cancelOrder',
  input: cancelInput,
  async run(ctx, { orderId, reason }) {
    const order = await requireDoc(ctx.db, orderId, ['order'])
    requireAction(order, 'cancel')
    const docs = await customerDocs(ctx.db, order.customerId)
    const delivery = docs.find((d) => d.type === 'delivery' && d.sourceIds.includes(order.id))
    if (delivery) refuse('sales.rules.orderHasDeliveries', { number: order.number ?? '', delivery: delivery.number ?? '' })
    const acompte = docs.find((d) => d.type === 'downPayment' && d.sourceIds.includes(order.id))
    if (acompte) refuse('sales.rules.orderHasDownPayment', { number: order.number ?? '', downPayment: acompte.number ?? acompte.id })
    await ctx.db.salesDocs.update(order.id, { status: 'cancelled', reason })
    return { orderId: order.id, number: order.number ?? '' }
  },
}

export const createDeliveryInput = z.object({
  orderId: idSchema,
  /** Order lines (index in the order) and quantities to ship; everything remaining when left out. */
  lines: z.array(z.object({ line: z.number().int().min(0).max(1000), quantity: z.number().min(0).max(1_000_000) }).strict()).min(1).max(200).optional(),
  carrierId: idSchema.optional(),
  /** The packaging chosen (loi AGEC): recorded on the note with its over-packaging warnings. */
  packaging: packagingSchema.optional(),
}).strict()
export type CreateDeliveryInput = z.infer<typeof createDeliveryInput>

/**
 * `sales.createDelivery`: a delivery note (shipped) for what is asked of an order, at most its
 * backorder per line; the goods managed in stock leave the order's warehouse in a stock movement
 * written with it, refused when the physical stock there is short. The order becomes partly
 * delivered or delivered.
 */
export const createDelivery: CommandDefinition<CreateDeliveryInput, { deliveryId: string; number: string; orderStatus: string; backorder: number }> = {
  name: 'sales.createDelivery',
  input: createDeliveryInput,
  async run(ctx, input) {
    const order = await requireDoc(ctx.db, input.orderId, ['order'])
    requireAction(order, 'deliver')
    const settings = await requireSettings(ctx.db)
    const docs = await customerDocs(ctx.db, order.customerId)
    const progress = orderProgress(order, docs, docs)
    const plan = guardFigures(() => planDelivery(progress, input.lines))
    if (plan.issues.length > 0) refuseIssue(plan.issues[0]!, plan.issues.length - 1)
    const products = await loadProducts(ctx.db, plan.lines.map((l) => order.lines[l.line]!.productId))
    const warehouseId = (await requireWarehouse(ctx.db, order.warehouseId)).id
    const carrierId = await requireCarrier(ctx.db, input.carrierId ?? order.carrierId)

    const lines: SalesLine[] = plan.lines.map(({ line, quantity }) => {
      const { netCents: _n, ...source } = order.lines[line]!
      return { ...source, quantity, source: { docId: order.id, line } }
    })
    const stocked = lines.filter((l) => products.get(l.productId)?.stockManaged && products.get(l.productId)?.kind === 'good')
    if (stocked.length > 0) {
      // Only the movements of the products shipped (by-product index; distinct: a movement may hold several).
      const levels = physicalStock(await ctx.db.stockMoves.where('productIds').anyOf(stocked.map((l) => l.productId)).distinct().toArray(), ctx.simDate)
      const wanted = new Map<string, number>()
      for (const l of stocked) wanted.set(l.productId, (wanted.get(l.productId) ?? 0) + Math.round(l.quantity * 1000))
      for (const [productId, thousandths] of wanted) {
        const available = levels.get(productId)?.get(warehouseId) ?? 0
        if (thousandths > Math.round(available * 1000)) {
          const product = products.get(productId)!
          refuse('sales.rules.stockShort', { reference: product.reference, designation: product.designation.fr, requested: thousandths / 1000, available, warehouse: warehouseId })
        }
      }
    }

    const delivery: SalesDoc = {
      id: newDocId(), type: 'delivery', status: 'shipped', customerId: order.customerId, date: ctx.simDate, lines,
      salespersonId: order.salespersonId, channel: order.channel, warehouseId, ...(carrierId ? { carrierId } : {}),
      sourceIds: [order.id],
      ...(order.customerPoNumber ? { customerPoNumber: order.customerPoNumber } : {}),
      ...(order.deliveryAddress ? { deliveryAddress: order.deliveryAddress } : {}),
      ...deliveryShippingFields(order, lines, products, carrierId, input.packaging),
      number: await takeNumber(ctx.db, settings, 'delivery', ctx.simDate),
    }
    await ctx.db.salesDocs.add(delivery)
    if (stocked.length > 0) {
      const move: StockMove = {
        id: newDocId(), kind: 'delivery', date: ctx.simDate, warehouseId, sourceId: delivery.id,
        lines: stocked.map((l) => ({ productId: l.productId, quantity: -l.quantity, unitCostCents: products.get(l.productId)!.costCents })),
      }
      await ctx.db.stockMoves.add(move)
    }
    const after = orderProgress(order, [...docs, delivery], docs)
    await ctx.db.salesDocs.update(order.id, { status: after.status })
    const backorder = after.lines.reduce((sum, l) => sum + Math.round(l.remaining * 1000), 0) / 1000
    return { deliveryId: delivery.id, number: delivery.number!, orderStatus: after.status, backorder }
  },
}

export const createDownPaymentInput = z.object({
  orderId: idSchema,
  /** Either a percent of the order's TTC… */
  percent: z.number().gt(0).max(100).optional(),
  /** …or an amount TTC in cents. */
  amountInclVatCents: z.number().int().positive().max(1_000_000_000).optional(),
}).strict().refine((input) => (input.percent === undefined) !== (input.amountInclVatCents === undefined), { path: ['percent'], message: 'percentOrAmount' })
export type CreateDownPaymentInput = z.infer<typeof createDownPaymentInput>

/**
 * `sales.createDownPayment`: a draft acompte invoice on an order (VAT on goods is due when the
 * acompte is received, CGI 269-2 a; type code 386), split across the order's VAT rates. All acomptes
 * of an order together never exceed its TTC. Validated by `sales.validateInvoice` in its own series;
 * the invoices of the order then deduct it.
 */
export const createDownPayment: CommandDefinition<CreateDownPaymentInput, { downPaymentId: string; totalInclVatCents: number }> = {
  name: 'sales.createDownPayment',
  input: createDownPaymentInput,
  async run(ctx, input) {
    const order = await requireDoc(ctx.db, input.orderId, ['order'])
    requireAction(order, 'downPayment')
    const customer = await requireCustomer(ctx.db, order.customerId, false)
    const products = await loadProducts(ctx.db, order.lines.map((l) => l.productId))
    const orderPriced = guardFigures(() => priceSalesDoc(order, regimeOf(customer)))
    const orderCents = orderPriced.totalInclVatCents
    const amount = input.amountInclVatCents ?? guardFigures(() => percentOfCents(orderCents, input.percent!))
    const already = (await customerDocs(ctx.db, order.customerId))
      .filter((d) => d.type === 'downPayment' && d.sourceIds.includes(order.id))
      .reduce((sum, d) => sum + (d.totals?.totalInclVatCents ?? 0), 0)
    if (amount <= 0 || already + amount > orderCents) {
      refuse('sales.rules.downPaymentExceedsOrder', withEuros({ number: order.number ?? '', requestedCents: amount, alreadyCents: already, orderCents }))
    }
    const designation = customer.language === 'en' ? `Down payment on order ${order.number ?? ''}` : `Acompte sur la commande ${order.number ?? ''}`
    const nature = operationNature(order.lines.map((l) => products.get(l.productId)!.kind))
    const { doc } = priceFor({
      id: newDocId(), type: 'downPayment', status: 'draft', customerId: order.customerId, date: ctx.simDate,
      lines: downPaymentLines(orderPriced, amount, designation),
      paymentTerms: { kind: 'onReceipt' }, salespersonId: order.salespersonId, channel: order.channel, sourceIds: [order.id],
      ...(order.warehouseId ? { warehouseId: order.warehouseId } : {}),
      ...(order.customerPoNumber ? { customerPoNumber: order.customerPoNumber } : {}),
      ...(order.deliveryAddress ? { deliveryAddress: order.deliveryAddress } : {}),
      ...(nature ? { operationNature: nature } : {}),
    }, customer, products.values())
    await ctx.db.salesDocs.add(doc)
    return { downPaymentId: doc.id, totalInclVatCents: doc.totals!.totalInclVatCents }
  },
}
