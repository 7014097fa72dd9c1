/**
 * Read-only queries of the stock area: what the stock positions are computed from (movements, open
 * orders with their delivery notes, supplier orders in progress with their receptions), one product's
 * movements, and the stock indicators over the last twelve months.
 */
import {
  addDays,
  costOfGoodsSoldCents,
  fifoLayers,
  incomingQuantities,
  physicalStock,
  productStock,
  productStockValueCents,
  reservedQuantities,
  stockIndicators,
  stockValueFromMoves,
  type StockIndicators,
  type StockPositionSources,
  type ValuationMethod,
} from '@/domain'
import type { IsoDate, Product, StockMove } from '@/domain/model'
import type { WorkspaceDb } from '../workspace-db'
import { productMoves } from './catalog'

/** Everything a stock position needs, read once. */
export interface StockData {
  sources: StockPositionSources
  moves: StockMove[]
}

/**
 * Physique (movements on or before `asOf`), réservé (confirmed and partly delivered orders, what their
 * delivery notes have not shipped) and supplier orders in progress, for every product and warehouse.
 * Orders without a warehouse reserve in `defaultWarehouseId`.
 */
export async function stockData(db: WorkspaceDb, asOf: IsoDate | undefined, defaultWarehouseId = ''): Promise<StockData> {
  return stockDataFrom(db, db.stockMoves.toArray(), asOf, defaultWarehouseId)
}

/**
 * {@link stockData} for one product's page: the same positions, from only the movements that touch the
 * product (by-product index), so its position, ledger and replenishment are read once, together.
 */
export async function productStockData(db: WorkspaceDb, productId: string, asOf: IsoDate | undefined, defaultWarehouseId = ''): Promise<StockData> {
  return stockDataFrom(db, productMoves(db, productId), asOf, defaultWarehouseId)
}

async function stockDataFrom(db: WorkspaceDb, readMoves: Promise<StockMove[]>, asOf: IsoDate | undefined, defaultWarehouseId: string): Promise<StockData> {
  const [moves, salesDocs, purchaseDocs] = await Promise.all([
    readMoves,
    db.salesDocs.where('type').anyOf(['order', 'delivery']).toArray(),
    db.purchaseDocs.where('type').anyOf(['supplierOrder', 'reception']).toArray(),
  ])
  return {
    moves,
    sources: {
      physical: physicalStock(moves, asOf),
      reserved: reservedQuantities(salesDocs, defaultWarehouseId),
      incoming: incomingQuantities(purchaseDocs),
    },
  }
}

/** The stock's value on a date and its indicators over the 12 months up to it. */
export interface StockValuation {
  method: ValuationMethod
  valueCents: number
  indicators: StockIndicators
  from: IsoDate
  to: IsoDate
}

/**
 * Stock value at `asOf` (CUMP: physique × CUMP; FIFO: the lots left), and over the 365 days up to
 * `asOf`: stock moyen = (value a year before + value now at movement costs) / 2, rotation = cost of
 * goods sold / stock moyen, durée de stockage = 360 / rotation (DOMAIN-FR §8).
 */
export function stockValuation(moves: readonly StockMove[], products: readonly Product[], method: ValuationMethod, asOf: IsoDate): StockValuation {
  const byProduct = new Map<string, StockMove[]>()
  for (const move of moves) {
    for (const productId of new Set(move.lines.map((l) => l.productId))) {
      const list = byProduct.get(productId)
      if (list) list.push(move)
      else byProduct.set(productId, [move])
    }
  }
  const physical = physicalStock(moves, asOf)
  let valueCents = 0
  for (const product of products) {
    if (!product.stockManaged || product.kind !== 'good') continue
    const own = byProduct.get(product.id) ?? []
    const quantity = productStock(physical, product.id).total
    valueCents += productStockValueCents({ method, physical: quantity, cumpCents: product.costCents, layers: method === 'fifo' ? fifoLayers(own, product.id, undefined, asOf) : [] })
  }
  const before = addDays(asOf, -365)
  const from = addDays(before, 1)
  const indicators = stockIndicators({
    openingCents: stockValueFromMoves(moves, before),
    closingCents: stockValueFromMoves(moves, asOf),
    costOfGoodsSoldCents: costOfGoodsSoldCents(moves, from, asOf),
  })
  return { method, valueCents, indicators, from, to: asOf }
}
