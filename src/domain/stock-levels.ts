/**
 * Physical stock from the stock movements (DOMAIN-FR §8: "physique" = units on the shelf).
 * Every entry and issue is a signed movement line (+ in, − out), so stock on hand per product and
 * warehouse is Σ of its movement lines; no stored counter can drift from the movements.
 */
import type { IsoDate, Product, StockMove, StockMoveKind } from './model'

/** Physical stock: product id → warehouse id → quantity. */
export type StockLevels = Map<string, Map<string, number>>

// Quantities have at most 3 decimals: summing them as integer thousandths keeps 0.1 + 0.2 = 0.3 exact.
const SCALE = 1000

/** Σ movement lines per product and warehouse, counting movements dated on or before `asOf` when given. */
export function physicalStock(moves: readonly StockMove[], asOf?: IsoDate): StockLevels {
  const thousandths = new Map<string, Map<string, number>>()
  for (const move of moves) {
    if (asOf !== undefined && move.date > asOf) continue
    for (const line of move.lines) {
      let perWarehouse = thousandths.get(line.productId)
      if (!perWarehouse) thousandths.set(line.productId, (perWarehouse = new Map()))
      perWarehouse.set(move.warehouseId, (perWarehouse.get(move.warehouseId) ?? 0) + Math.round(line.quantity * SCALE))
    }
  }
  const levels: StockLevels = new Map()
  for (const [productId, perWarehouse] of thousandths) {
    levels.set(productId, new Map([...perWarehouse].map(([warehouseId, q]) => [warehouseId, q / SCALE])))
  }
  return levels
}

/** One product's physical stock: per warehouse (every warehouse listed, 0 when none) and in total. */
export function productStock(levels: StockLevels, productId: string, warehouseIds: readonly string[] = []): { byWarehouse: Map<string, number>; total: number } {
  const stored = levels.get(productId) ?? new Map<string, number>()
  const byWarehouse = new Map<string, number>(warehouseIds.map((id) => [id, stored.get(id) ?? 0]))
  for (const [id, quantity] of stored) byWarehouse.set(id, quantity)
  const total = Math.round([...byWarehouse.values()].reduce((sum, q) => sum + q * SCALE, 0)) / SCALE
  return { byWarehouse, total }
}

/** Where a product's physical stock stands against its reorder parameters. */
export interface ReorderStatus {
  /** Physical stock at or below the point de commande: time to order (DOMAIN-FR §8). */
  atOrBelowReorderPoint: boolean
  /** Physical stock under the safety stock: the buffer is being used. */
  belowSafetyStock: boolean
}

/**
 * Point de commande = consumption during the lead time + safety stock (DOMAIN-FR §8): an order is
 * placed when the stock falls to it. Services and goods not managed in stock never need one.
 */
export function reorderStatus(product: Pick<Product, 'stockManaged' | 'reorderPoint' | 'safetyStock'>, physical: number): ReorderStatus {
  if (!product.stockManaged) return { atOrBelowReorderPoint: false, belowSafetyStock: false }
  return { atOrBelowReorderPoint: physical <= product.reorderPoint, belowSafetyStock: physical < product.safetyStock }
}

/** One line of a product's ledger: a movement line with its movement's date, kind and warehouse, and the physical stock after it. */
export interface LedgerEntry {
  moveId: string
  date: IsoDate
  kind: StockMoveKind
  warehouseId: string
  quantity: number
  unitCostCents: number
  sourceId?: string
  /** Physical stock after this line (in its warehouse, or in all of them when the ledger covers all). */
  balance: number
  reason?: string
  note?: string
  beneficiary?: string
}

/**
 * A product's movements ledger (fiche de stock): every movement line in date order with the running
 * physical balance, so the last balance is the stock = Σ movements. Restricted to one warehouse when
 * `warehouseId` is given, to movements on or before `asOf` when given. Oldest first.
 */
export function productLedger(moves: readonly StockMove[], productId: string, options: { warehouseId?: string; asOf?: IsoDate } = {}): LedgerEntry[] {
  const selected = moves
    .filter((m) => (options.asOf === undefined || m.date <= options.asOf) && (options.warehouseId === undefined || m.warehouseId === options.warehouseId))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id.localeCompare(b.id)))
  let balance = 0
  const out: LedgerEntry[] = []
  for (const move of selected) {
    for (const line of move.lines) {
      if (line.productId !== productId) continue
      balance += Math.round(line.quantity * SCALE)
      out.push({
        moveId: move.id, date: move.date, kind: move.kind, warehouseId: move.warehouseId, quantity: line.quantity,
        unitCostCents: line.unitCostCents, balance: balance / SCALE,
        ...(move.sourceId ? { sourceId: move.sourceId } : {}),
        ...(move.reason ? { reason: move.reason } : {}),
        ...(move.note ? { note: move.note } : {}),
        ...(move.beneficiary ? { beneficiary: move.beneficiary } : {}),
      })
    }
  }
  return out
}
