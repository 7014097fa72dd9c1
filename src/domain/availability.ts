/**
 * Stock position and availability (DOMAIN-FR §8):
 * - **physique**: units on the shelf (Σ movements, see `stock-levels.ts`);
 * - **réservé**: allocated to confirmed orders not yet shipped — derived from the orders and their
 *   delivery notes (reservation happens at order confirmation; no stored counter can drift);
 * - **disponible** = physique − réservé;
 * - **prévisionnel** = disponible + supplier orders in progress (ordered, not yet received).
 * The availability check explains a shortage in figures and proposes partial delivery, backorder,
 * a substitute of the same family or a supplier order.
 */
import type { Product, PurchaseDoc, SalesDoc } from './model'
import { orderProgress } from './sales/chain'
import type { StockLevels } from './stock-levels'

// Quantities have at most 3 decimals: they are added as integer thousandths.
const SCALE = 1000
const k = (quantity: number) => Math.round(quantity * SCALE)

function add(target: Map<string, Map<string, number>>, productId: string, warehouseId: string, thousandths: number): void {
  if (thousandths === 0) return
  let perWarehouse = target.get(productId)
  if (!perWarehouse) target.set(productId, (perWarehouse = new Map()))
  perWarehouse.set(warehouseId, (perWarehouse.get(warehouseId) ?? 0) + thousandths)
}

function toUnits(thousandths: Map<string, Map<string, number>>): StockLevels {
  const levels: StockLevels = new Map()
  for (const [productId, perWarehouse] of thousandths) levels.set(productId, new Map([...perWarehouse].map(([w, q]) => [w, q / SCALE])))
  return levels
}

/** Order statuses whose undelivered quantities stay reserved. */
export const RESERVING_ORDER_STATUSES = ['confirmed', 'partlyDelivered'] as const

/**
 * Réservé per product and warehouse: for every confirmed or partly delivered order, what its delivery
 * notes have not shipped yet (ordered − delivered per line). `docs` may hold any sales documents:
 * orders and delivery notes are picked out. An order with no warehouse reserves in `defaultWarehouseId`.
 * @example an order of 5 chairs with a delivery note of 2 → 3 chairs reserved in its warehouse.
 */
export function reservedQuantities(docs: readonly SalesDoc[], defaultWarehouseId = ''): StockLevels {
  const deliveriesByOrder = new Map<string, SalesDoc[]>()
  for (const doc of docs) {
    if (doc.type !== 'delivery') continue
    for (const sourceId of doc.sourceIds) {
      const list = deliveriesByOrder.get(sourceId)
      if (list) list.push(doc)
      else deliveriesByOrder.set(sourceId, [doc])
    }
  }
  const reserved = new Map<string, Map<string, number>>()
  for (const order of docs) {
    if (order.type !== 'order' || !(RESERVING_ORDER_STATUSES as readonly string[]).includes(order.status)) continue
    const progress = orderProgress(order, deliveriesByOrder.get(order.id) ?? [], [])
    for (const line of progress.lines) add(reserved, line.productId, order.warehouseId ?? defaultWarehouseId, k(line.remaining))
  }
  return toUnits(reserved)
}

/** Supplier-order statuses whose unreceived quantities are expected ("en cours"). */
export const INCOMING_ORDER_STATUSES = ['sent', 'confirmed', 'partlyReceived'] as const

/**
 * Supplier orders in progress per product and warehouse: on every supplier order sent, confirmed or
 * partly received, ordered − received − settled per line (never below 0). Received is the line's
 * `receivedQuantity` or what the receptions drawn on the order (`type: 'reception'`, `sourceIds`
 * naming it) brought for that product, whichever is larger (the purchasing commands keep both).
 */
export function incomingQuantities(purchaseDocs: readonly PurchaseDoc[]): StockLevels {
  const receivedByOrder = new Map<string, Map<string, number>>()
  for (const doc of purchaseDocs) {
    if (doc.type !== 'reception' || doc.status === 'cancelled') continue
    for (const orderId of doc.sourceIds) {
      let perProduct = receivedByOrder.get(orderId)
      if (!perProduct) receivedByOrder.set(orderId, (perProduct = new Map()))
      for (const line of doc.lines) perProduct.set(line.productId, (perProduct.get(line.productId) ?? 0) + k(line.quantity))
    }
  }
  const incoming = new Map<string, Map<string, number>>()
  for (const order of purchaseDocs) {
    if (order.type !== 'supplierOrder' || !(INCOMING_ORDER_STATUSES as readonly string[]).includes(order.status)) continue
    // Receptions are matched to the order's lines by product, in line order.
    const fromReceptions = new Map(receivedByOrder.get(order.id) ?? [])
    for (const line of order.lines) {
      const ordered = k(line.quantity)
      const leftFromReceptions = fromReceptions.get(line.productId) ?? 0
      const takenFromReceptions = Math.min(ordered, leftFromReceptions)
      fromReceptions.set(line.productId, leftFromReceptions - takenFromReceptions)
      // Settled units (a claim closed without a delivery) are no longer expected either.
      const received = Math.max(k(line.receivedQuantity ?? 0), takenFromReceptions) + k(line.settledQuantity ?? 0)
      add(incoming, line.productId, order.warehouseId, Math.max(0, ordered - received))
    }
  }
  return toUnits(incoming)
}

/** The three sources a stock position is computed from. */
export interface StockPositionSources {
  physical: StockLevels
  reserved: StockLevels
  incoming: StockLevels
}

/** One product's stock in one warehouse, in the four senses of DOMAIN-FR §8. */
export interface StockPosition {
  productId: string
  warehouseId: string
  /** Units on the shelf (Σ movements). */
  physical: number
  /** Allocated to confirmed orders not yet shipped. */
  reserved: number
  /** Physique − réservé (negative when more is promised than is on the shelf). */
  available: number
  /** Ordered from suppliers, not received yet. */
  incoming: number
  /** Disponible + supplier orders in progress. */
  forecast: number
}

const get = (levels: StockLevels, productId: string, warehouseId: string) => k(levels.get(productId)?.get(warehouseId) ?? 0)

/**
 * Physique, réservé, disponible (= physique − réservé) and prévisionnel (= disponible + en commande)
 * of a product in a warehouse.
 * @example physical 40, reserved 12, incoming 30 → available 28, forecast 58.
 */
export function stockPosition(sources: StockPositionSources, productId: string, warehouseId: string): StockPosition {
  const physical = get(sources.physical, productId, warehouseId)
  const reserved = get(sources.reserved, productId, warehouseId)
  const incoming = get(sources.incoming, productId, warehouseId)
  const available = physical - reserved
  return {
    productId, warehouseId,
    physical: physical / SCALE, reserved: reserved / SCALE, available: available / SCALE,
    incoming: incoming / SCALE, forecast: (available + incoming) / SCALE,
  }
}

/** A line to check: a product and a quantity wanted. */
export interface AvailabilityRequest {
  productId: string
  quantity: number
}

/** What can be done about a shortage. */
export type AvailabilityOption =
  /** Ship what is available now, the rest later (a reliquat). */
  | { kind: 'partialDelivery'; deliverNow: number; backorder: number }
  /** Ship everything later; `coveredByIncoming` when supplier orders in progress cover the missing units. */
  | { kind: 'backorder'; quantity: number; coveredByIncoming: boolean }
  /** Offer a product of the same family with enough available. */
  | { kind: 'substitute'; productId: string; available: number }
  /** Order the missing units (at least the supplier's minimum) from the product's first supplier. */
  | { kind: 'supplierOrder'; quantity: number; supplierId?: string; leadTimeDays?: number }

/** The verdict on one requested line. */
export interface LineAvailability {
  productId: string
  /** `notStocked`: a service or a good not managed in stock, always available. */
  status: 'available' | 'short' | 'notStocked'
  requested: number
  /** Disponible left for this line (after earlier lines of the same product), never below 0. */
  available: number
  /** Requested − available when short, else 0. */
  missing: number
  position: StockPosition | null
  options: AvailabilityOption[]
}

/** What the check needs besides the lines: where the goods leave from, the stock and the catalogue. */
export interface AvailabilityContext {
  warehouseId: string
  sources: StockPositionSources
  products: readonly Product[]
}

/**
 * Checks requested lines against the disponible of the warehouse (DOMAIN-FR §8). Lines of the same
 * product share its disponible in line order. A short line explains itself in figures (requested,
 * available, missing) and proposes: partial delivery (when some is available), backorder (noting
 * whether supplier orders in progress cover it), up to 3 substitutes of the same family with enough
 * available, and a supplier order for the missing units rounded up to the supplier's minimum.
 */
export function availabilityCheck(lines: readonly AvailabilityRequest[], context: AvailabilityContext): LineAvailability[] {
  const byId = new Map(context.products.map((p) => [p.id, p]))
  const used = new Map<string, number>()
  return lines.map((line): LineAvailability => {
    const product = byId.get(line.productId)
    const requested = k(line.quantity)
    if (!product || !product.stockManaged || product.kind !== 'good') {
      return { productId: line.productId, status: 'notStocked', requested: requested / SCALE, available: requested / SCALE, missing: 0, position: null, options: [] }
    }
    const position = stockPosition(context.sources, product.id, context.warehouseId)
    const before = used.get(product.id) ?? 0
    used.set(product.id, before + requested)
    const available = Math.max(0, k(position.available) - before)
    const missing = Math.max(0, requested - available)
    const result = { productId: product.id, requested: requested / SCALE, available: available / SCALE, missing: missing / SCALE, position }
    if (missing === 0) return { ...result, status: 'available', options: [] }
    const options: AvailabilityOption[] = []
    if (available > 0) options.push({ kind: 'partialDelivery', deliverNow: available / SCALE, backorder: missing / SCALE })
    options.push({ kind: 'backorder', quantity: requested / SCALE, coveredByIncoming: k(position.incoming) >= missing })
    const substitutes = context.products
      .filter((p) => p.id !== product.id && p.familyId === product.familyId && p.active && p.stockManaged && p.kind === 'good')
      .map((p) => ({ productId: p.id, available: k(stockPosition(context.sources, p.id, context.warehouseId).available) - (used.get(p.id) ?? 0) }))
      .filter((s) => s.available >= requested)
      .sort((a, b) => b.available - a.available || a.productId.localeCompare(b.productId))
      .slice(0, 3)
    for (const s of substitutes) options.push({ kind: 'substitute', productId: s.productId, available: s.available / SCALE })
    const supplier = product.suppliers[0]
    const toOrder = Math.max(missing, k(supplier?.minimumQuantity ?? 0))
    options.push({
      kind: 'supplierOrder', quantity: Math.ceil(toOrder / SCALE),
      ...(supplier ? { supplierId: supplier.supplierId, leadTimeDays: supplier.leadTimeDays } : {}),
    })
    return { ...result, status: 'short', options }
  })
}
