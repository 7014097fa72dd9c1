/**
 * Shipping commands (DOMAIN-FR §6–§7): the Incoterm of an order, the carrier chosen for it after a
 * comparison on cost, delivery date and CO₂e (C. transports L1431-3), and the figures a delivery note
 * carries (its transport's emissions, its packaging under the loi AGEC). Informing the shipping
 * department or the carrier is a `messages.send` to department 'shipping' or to the carrier's tier
 * (journaled with its whole text, so a scenario checks CP2.3).
 */
import { z } from 'zod'
import {
  compareCarriers,
  incotermMention,
  mainCarriagePaidBy,
  packagingRecord,
  promiseShortages,
  remainingToShip,
  shipmentDestination,
  shipmentWeightGrams,
  shippingWeights,
  transportCo2Grams,
  INCOTERMS_2020,
  type CarrierChoice,
  type PackagingRecord,
  type PromiseShortage,
  type Product,
  type SalesDoc,
  type SalesLine,
  type Tier,
} from '@/domain'
import type { WorkspaceDb } from '@/db/workspace-db'
import { stockData } from '@/db/queries/stock'
import type { CommandDefinition } from './command'
import { refuse } from './refusal'
import { customerDocs, guardFigures, loadProducts, requireCustomer, requireDoc, requireWarehouse } from './sales/sales-records'

const id = z.string().min(1).max(64)
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)

/** An Incoterm as a command takes it: rule, named place, version 2020. */
export const incotermSchema = z.object({
  term: z.enum(INCOTERMS_2020),
  place: z.string().trim().min(1).max(120),
  version: z.literal('2020').default('2020'),
}).strict()

/** Packaging of a delivery as a command takes it (the warnings are computed, not typed). */
export const packagingSchema = z.object({
  kind: z.enum(['reusableCrate', 'reusablePallet', 'sizedBox', 'standardBox', 'none']),
  packages: z.number().int().min(0).max(10_000),
  grams: z.number().int().min(0).max(100_000_000),
  filler: z.enum(['none', 'paper', 'plastic']).default('none'),
}).strict()
export type PackagingInput = z.input<typeof packagingSchema>

const OPEN_ORDER = ['confirmed', 'partlyDelivered'] as const

function requireOpenOrder(order: SalesDoc, key: string): void {
  if (!(OPEN_ORDER as readonly string[]).includes(order.status)) refuse(key, { number: order.number ?? order.id, status: order.status })
}

export const setIncotermInput = z.object({ orderId: id, incoterm: incotermSchema }).strict()

/**
 * `shipping.setIncoterm`: the Incoterms® 2020 rule and named place of an order not delivered in full
 * (DOMAIN-FR §6); its delivery notes and invoices repeat it. Refused on an order delivered, invoiced
 * or cancelled, an unknown rule or an empty place.
 */
export const setIncoterm: CommandDefinition<z.output<typeof setIncotermInput>, { orderId: string; mention: string }> = {
  name: 'shipping.setIncoterm',
  input: setIncotermInput,
  async run(ctx, { orderId, incoterm }) {
    const order = await requireDoc(ctx.db, orderId, ['order'])
    requireOpenOrder(order, 'shipping.errors.orderClosed')
    const place = incoterm.place.replace(/\s+/g, ' ')
    await ctx.db.salesDocs.update(order.id, { incoterm: { term: incoterm.term, place, version: '2020' } })
    return { orderId: order.id, mention: guardFigures(() => incotermMention(incoterm.term, place)) }
  },
}

/** Where the goods of an order go ({@link shipmentDestination}), as the comparison takes it. */
function destinationOf(order: SalesDoc, customer: Tier): { country: string; postalCode: string } {
  const address = shipmentDestination(order, customer)!
  return { country: address.country, postalCode: address.postalCode }
}

export const chooseCarrierInput = z.object({
  orderId: id,
  carrierId: id,
  /** The carrier's service, as its rate card names it. */
  service: z.string().trim().min(1).max(120),
  /** The date the customer needs the goods by, when there is one: a later offer is marked late. */
  neededBy: isoDate.optional(),
}).strict()
export type ChooseCarrierInput = z.input<typeof chooseCarrierInput>

export interface ChooseCarrierResult extends Record<string, unknown> {
  orderId: string
  carrierId: string
  service: string
  costCents: number
  deliveryDate: string
  co2Grams: number
  late: boolean
  /** Who pays the main carriage under the order's Incoterm (the seller when none is set). */
  carriagePaidBy: 'seller' | 'buyer'
  /** The offer the comparison recommends (lowest CO₂e arriving in time). */
  recommended: { carrierId: string; service: string } | null
}

/**
 * `shipping.chooseCarrier`: compares every carrier's services for what is left to ship on an open
 * order (weight from the products, destination from its delivery address) and records the chosen
 * offer with its cost, delivery date and CO₂e and the offers it was compared with. Refused: an order
 * delivered, invoiced or cancelled; nothing with a weight left to ship; an unknown offer, or one that
 * does not serve the destination's zone or cannot carry the weight.
 */
export const chooseCarrier: CommandDefinition<z.output<typeof chooseCarrierInput>, ChooseCarrierResult> = {
  name: 'shipping.chooseCarrier',
  input: chooseCarrierInput,
  async run(ctx, input) {
    const order = await requireDoc(ctx.db, input.orderId, ['order'])
    requireOpenOrder(order, 'shipping.errors.orderClosed')
    const customer = await requireCustomer(ctx.db, order.customerId, false)
    const lines = remainingToShip(order, await customerDocs(ctx.db, order.customerId))
    const products = await loadProducts(ctx.db, lines.map((l) => l.productId))
    const weightGrams = shipmentWeightGrams(lines, shippingWeights(products.values()))
    if (weightGrams <= 0) refuse('shipping.errors.noWeight', { number: order.number ?? order.id })
    const carriers = await ctx.db.tiers.where('kind').equals('carrier').toArray()
    const comparison = guardFigures(() => compareCarriers(carriers, {
      weightGrams, destination: destinationOf(order, customer), date: ctx.simDate, ...(input.neededBy ? { neededBy: input.neededBy } : {}),
    }))
    const offer = comparison.offers.find((o) => o.carrierId === input.carrierId && o.service === input.service)
    if (!offer) refuse('shipping.errors.unknownOffer', { carrier: input.carrierId, service: input.service })
    if (!offer.available) refuse(`shipping.rules.${offer.unavailableReason ?? 'zoneNotServed'}`, { carrier: offer.carrierName, service: offer.service, kg: Math.ceil(weightGrams / 1000), zone: offer.zone })
    const carrier = carriers.find((c) => c.id === offer.carrierId)!
    const rate = carrier.carrier!.rates!.find((r) => r.service === offer.service && r.zone === offer.zone)!
    const choice: CarrierChoice = {
      carrierId: offer.carrierId, service: offer.service, costCents: offer.costCents, leadTimeDays: offer.leadTimeDays,
      deliveryDate: offer.deliveryDate, co2Grams: offer.co2Grams, distanceKm: offer.distanceKm, co2GramsPerTonneKm: rate.co2GramsPerTonneKm,
      weightGrams, chosenOn: ctx.simDate,
      compared: comparison.offers.filter((o) => o.available).map((o) => ({ carrierId: o.carrierId, service: o.service, costCents: o.costCents, deliveryDate: o.deliveryDate, co2Grams: o.co2Grams })),
    }
    await ctx.db.salesDocs.update(order.id, { carrierId: offer.carrierId, carrierChoice: choice, co2Grams: offer.co2Grams })
    const carriagePaidBy = order.incoterm ? mainCarriagePaidBy(order.incoterm.term) : 'seller'
    return {
      orderId: order.id, carrierId: offer.carrierId, service: offer.service, costCents: offer.costCents, deliveryDate: offer.deliveryDate,
      co2Grams: offer.co2Grams, late: offer.late, carriagePaidBy,
      recommended: comparison.recommended ? { carrierId: comparison.recommended.carrierId, service: comparison.recommended.service } : null,
    }
  },
}

/**
 * What a delivery note of `order` carries besides its lines (used by `sales.createDelivery`): the
 * order's Incoterm; the transport's CO₂e for the goods shipped, with the order's chosen carrier
 * service (its distance and factor, C. transports L1431-3); the packaging with its AGEC warnings.
 */
export function deliveryShippingFields(
  order: SalesDoc, lines: readonly SalesLine[], products: ReadonlyMap<string, Product>, carrierId: string | undefined, packaging: z.output<typeof packagingSchema> | undefined,
): Pick<SalesDoc, 'incoterm' | 'co2Grams' | 'packaging'> {
  const goodsGrams = shipmentWeightGrams(lines, shippingWeights(products.values()))
  const choice = order.carrierChoice
  const co2Grams = choice && choice.carrierId === carrierId ? guardFigures(() => transportCo2Grams(goodsGrams, choice.distanceKm, choice.co2GramsPerTonneKm)) : undefined
  const record: PackagingRecord | undefined = packaging ? guardFigures(() => packagingRecord({ ...packaging, goodsGrams })) : undefined
  return {
    ...(order.incoterm ? { incoterm: order.incoterm } : {}),
    ...(co2Grams !== undefined ? { co2Grams } : {}),
    ...(record ? { packaging: record } : {}),
  }
}

/** How the learner handles a marketplace order the available stock cannot serve by the promise date. */
export const shortageSchema = z.object({
  handling: z.enum(['partial', 'backorder']),
  /** What the buyer is told (recorded on the order's notes). */
  note: z.string().trim().min(1).max(500),
}).strict()

/**
 * The lines of a marketplace order the available stock (physique − réservé at the company's first
 * warehouse, DOMAIN-FR §8) cannot serve, with their references, for the inbox's refusal.
 */
export async function marketplaceShortages(db: WorkspaceDb, lines: readonly { productId: string; quantity: number }[], date: string): Promise<(PromiseShortage & { reference: string })[]> {
  const warehouseId = (await requireWarehouse(db, undefined)).id
  const [{ sources }, products] = await Promise.all([stockData(db, date, warehouseId), loadProducts(db, lines.map((l) => l.productId))])
  const shortages = promiseShortages(lines, { warehouseId, sources, products: [...products.values()] })
  return shortages.map((s) => ({ ...s, reference: products.get(s.productId)?.reference ?? s.productId }))
}
