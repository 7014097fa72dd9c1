/**
 * Read-only queries of purchasing: the replenishment view's inputs (stock position and yearly demand
 * per product), the supplier orders, and one order with its receptions and claims.
 */
import { addDays, orderProgress, productStock, COMMERCIAL_YEAR_DAYS, RESERVING_ORDER_STATUSES, type StockPositionSources } from '@/domain'
import type { IsoDate, Product, PurchaseDoc, SalesDoc, StockMove, SupplierClaim } from '@/domain/model'
import type { ReplenishmentInput } from '@/domain'
import type { WorkspaceDb } from '../workspace-db'

/** Units delivered to customers per product over the commercial year up to `today` (deliveries net of nothing else). */
export function annualDemand(moves: readonly StockMove[], today: IsoDate): Map<string, number> {
  const from = addDays(today, -COMMERCIAL_YEAR_DAYS)
  const demand = new Map<string, number>()
  for (const move of moves) {
    if (move.kind !== 'delivery' || move.date <= from || move.date > today) continue
    for (const line of move.lines) demand.set(line.productId, (demand.get(line.productId) ?? 0) - line.quantity)
  }
  return demand
}

/** What the replenishment proposals are computed from, per product (all warehouses together). */
export function replenishmentInputs(products: readonly Product[], sources: StockPositionSources, moves: readonly StockMove[], today: IsoDate): ReplenishmentInput[] {
  const demand = annualDemand(moves, today)
  return products.map((product) => ({
    product,
    physical: productStock(sources.physical, product.id).total,
    reserved: productStock(sources.reserved, product.id).total,
    onOrder: productStock(sources.incoming, product.id).total,
    annualDemand: Math.max(0, Math.round(demand.get(product.id) ?? 0)),
  }))
}

/** Every supplier order, the newest first. */
export async function supplierOrders(db: WorkspaceDb): Promise<PurchaseDoc[]> {
  const orders = await db.purchaseDocs.where('type').equals('supplierOrder').toArray()
  return orders.sort((a, b) => b.date.localeCompare(a.date) || b.number.localeCompare(a.number))
}

/** A supplier order with its receptions and the claims opened on it; null when there is no such order. */
export async function supplierOrderContext(db: WorkspaceDb, id: string): Promise<{ order: PurchaseDoc; receptions: PurchaseDoc[]; claims: SupplierClaim[] } | null> {
  const order = await db.purchaseDocs.get(id)
  if (order?.type !== 'supplierOrder') return null
  const [receptions, claims] = await Promise.all([
    db.purchaseDocs.where('supplierId').equals(order.supplierId).filter((d) => d.type === 'reception' && d.sourceIds.includes(order.id)).toArray(),
    db.supplierClaims.where('purchaseDocId').equals(order.id).toArray(),
  ])
  return { order, receptions: receptions.sort((a, b) => a.date.localeCompare(b.date) || a.number.localeCompare(b.number)), claims }
}

/**
 * The customer orders waiting for the products of a supplier order in its warehouse (confirmed or partly
 * delivered, with units of one of them still to deliver; an order without a warehouse ships from the
 * first one): the customers to inform of a delay, or to deliver once the goods are in. Oldest first.
 */
export async function waitingCustomerOrders(db: WorkspaceDb, productIds: readonly string[], warehouseId: string, defaultWarehouseId: string): Promise<SalesDoc[]> {
  const wanted = new Set(productIds)
  const statuses: readonly string[] = RESERVING_ORDER_STATUSES
  const orders = await db.salesDocs.where('type').equals('order')
    .filter((d) => statuses.includes(d.status) && (d.warehouseId ?? defaultWarehouseId) === warehouseId && d.lines.some((l) => wanted.has(l.productId))).toArray()
  if (orders.length === 0) return []
  const ids = new Set(orders.map((o) => o.id))
  const deliveries = await db.salesDocs.where('type').equals('delivery').filter((d) => d.sourceIds.some((id) => ids.has(id))).toArray()
  return orders
    .filter((order) => orderProgress(order, deliveries, []).lines.some((line) => wanted.has(line.productId) && line.remaining > 0))
    .sort((a, b) => a.date.localeCompare(b.date) || (a.number ?? '').localeCompare(b.number ?? ''))
}
