/**
 * The order inbox: an order from the web shop or the marketplace is recorded as an order once its
 * checks pass (customer, references, prices, delivery address — `checkInboundOrder`), or rejected with
 * a reason. Recording goes through `sales.createOrder` itself, then marks the order with its channel.
 */
import { z } from 'zod'
import { checkInboundOrder, type InboundCheck, type InboundOrder } from '@/domain'
import type { WorkspaceDb } from '@/db/workspace-db'
import type { CommandContext, CommandDefinition } from '../command'
import { refuse } from '../refusal'
import { createOrder } from './orders'
import { idSchema } from './sales-inputs'
import { withEuros } from './sales-records'
import { marketplaceShortages, shortageSchema } from '../shipping'

async function requirePending(db: WorkspaceDb, id: string): Promise<InboundOrder> {
  const inbound = await db.inboundOrders.get(id)
  if (!inbound) refuse('sales-inbox.errors.notFound', { id })
  if (inbound.status !== 'pending') refuse('sales-inbox.errors.notPending', { ref: inbound.externalRef, status: inbound.status })
  return inbound
}

export const recordInboundInput = z.object({
  inboundId: idSchema,
  /** The CRM customer chosen by the learner (when the channel's customer was not found). */
  customerId: idSchema.optional(),
  /** Apply the customer's price to the lines whose price differs from it. */
  customerPrices: z.boolean().optional(),
  /** Index in the customer's delivery addresses, when the channel sent none. */
  deliveryAddressIndex: z.number().int().min(0).max(50).optional(),
  /** Marketplace orders short of available stock: partial delivery or backorder, and what the buyer is told. */
  shortage: shortageSchema.optional(),
}).strict()
export type RecordInboundInput = z.infer<typeof recordInboundInput>

/** The inbox checks of `inbound` as they stand with the learner's corrections (read inside the caller's transaction, or alone). */
export async function inboundCheck(db: WorkspaceDb, inbound: InboundOrder, date: string, input: Omit<RecordInboundInput, 'inboundId'> = {}): Promise<InboundCheck> {
  const tiers = await db.tiers.where('kind').anyOf('customer', 'prospect').toArray()
  const references = [...new Set(inbound.lines.map((l) => l.reference.trim().toUpperCase()))]
  const products = (await db.products.toArray()).filter((p) => references.includes(p.reference.toUpperCase()))
  const chosen = input.customerId ? tiers.find((t) => t.id === input.customerId) : undefined
  const first = checkInboundOrder({ order: inbound, tiers, products, agreements: [], date, corrections: { ...(input.customerId ? { customerId: input.customerId } : {}) } })
  const customer = chosen ?? first.customer
  const agreements = customer ? await db.priceAgreements.where('customerId').equals(customer.id).toArray() : []
  const address = customer && input.deliveryAddressIndex !== undefined ? customer.deliveryAddresses[input.deliveryAddressIndex] : undefined
  return checkInboundOrder({
    order: inbound, tiers, products, agreements, date,
    corrections: {
      ...(input.customerId ? { customerId: input.customerId } : {}),
      ...(input.customerPrices ? { customerPrices: true } : {}),
      ...(address ? { deliveryAddress: address } : {}),
    },
  })
}

/**
 * `sales.recordInboundOrder`: records a pending inbound order as a confirmed order (through
 * `sales.createOrder`, on the channel it came from, its reference as the customer's order number,
 * its delivery address). Refused, with the first blocking finding's rule and figures, while one
 * remains that the learner did not correct (customer chosen, customer's prices applied, address).
 */
export const recordInboundOrder: CommandDefinition<RecordInboundInput, { orderId: string; number: string; totalInclVatCents: number }> = {
  name: 'sales.recordInboundOrder',
  input: recordInboundInput,
  async run(ctx: CommandContext, input) {
    const inbound = await requirePending(ctx.db, input.inboundId)
    if (input.customerId) {
      const tier = await ctx.db.tiers.get(input.customerId)
      if (!tier || (tier.kind !== 'customer' && tier.kind !== 'prospect')) refuse('sales.errors.unknownCustomer', { id: input.customerId })
    }
    const check = await inboundCheck(ctx.db, inbound, ctx.simDate, input)
    const blocking = check.findings.filter((f) => f.blocking)
    const [first] = blocking
    if (first) refuse(`sales-inbox.findings.${first.code}`, withEuros({ ...first.values, source: first.source, others: blocking.length - 1 }))
    const customer = check.customer!
    // A marketplace promise the available stock cannot keep is handled before recording (issue 10).
    if (inbound.marketplace && !input.shortage) {
      const [short] = await marketplaceShortages(ctx.db, check.lines.map((l) => ({ productId: l.product!.id, quantity: l.quantity })), ctx.simDate)
      if (short) refuse('shipping.rules.promiseShort', { ref: inbound.externalRef, reference: short.reference, requested: short.requested, available: short.available, promisedOn: inbound.marketplace.promisedOn })
    }
    const created = await createOrder.run(ctx, {
      customerId: customer.id,
      lines: check.lines.map((l) => ({ productId: l.product!.id, quantity: l.quantity, ...(l.unitPriceCents !== undefined ? { unitPriceCents: l.unitPriceCents } : {}) })),
      ...(inbound.shippingCents > 0 ? { shippingCents: inbound.shippingCents } : {}),
      customerPoNumber: inbound.externalRef.slice(0, 60),
      ...(input.shortage ? { notes: input.shortage.note } : {}),
    })
    await ctx.db.salesDocs.update(created.orderId, { channel: inbound.channel, ...(check.deliveryAddress ? { deliveryAddress: check.deliveryAddress } : {}) })
    await ctx.db.inboundOrders.update(inbound.id, { status: 'recorded', orderId: created.orderId, customer: { ...inbound.customer, tierId: customer.id } })
    return created
  },
}

const rejectInput = z.object({ inboundId: idSchema, reason: z.string().trim().min(1).max(500) }).strict()

/** `sales.rejectInboundOrder`: rejects a pending inbound order with the reason told to the customer. */
export const rejectInboundOrder: CommandDefinition<z.infer<typeof rejectInput>, { inboundId: string; externalRef: string }> = {
  name: 'sales.rejectInboundOrder',
  input: rejectInput,
  async run(ctx, { inboundId, reason }) {
    const inbound = await requirePending(ctx.db, inboundId)
    await ctx.db.inboundOrders.update(inbound.id, { status: 'rejected', rejectionReason: reason })
    return { inboundId: inbound.id, externalRef: inbound.externalRef }
  },
}
