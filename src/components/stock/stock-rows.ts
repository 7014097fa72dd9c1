import { productStock, reorderStatus, stockPosition, type StockPositionSources } from '@/domain'
import type { Language, Product, Warehouse } from '@/domain/model'

/** One line of the stock overview: a product in a warehouse. */
export interface StockRow {
  key: string
  productId: string
  reference: string
  designation: string
  familyId: string
  family: string
  warehouseId: string
  warehouse: string
  physical: number
  reserved: number
  available: number
  incoming: number
  forecast: number
  /** Disponible at or under 0 while something is promised or nothing is on the shelf. */
  shortage: boolean
  /** The product's total physical stock is at or under its point de commande. */
  belowReorderPoint: boolean
  haystack: string
}

/** A row per stock-managed good and warehouse, with the four stock figures (DOMAIN-FR §8). */
export function stockRows(
  products: readonly Product[], warehouses: readonly Warehouse[], sources: StockPositionSources, language: Language,
  familyName: (id: string) => string,
): StockRow[] {
  const rows: StockRow[] = []
  for (const product of products) {
    if (!product.stockManaged || product.kind !== 'good') continue
    const total = productStock(sources.physical, product.id).total
    const below = reorderStatus(product, total).atOrBelowReorderPoint
    const designation = product.designation[language]
    for (const warehouse of warehouses) {
      const position = stockPosition(sources, product.id, warehouse.id)
      rows.push({
        key: `${product.id}@${warehouse.id}`, productId: product.id, reference: product.reference, designation,
        familyId: product.familyId, family: familyName(product.familyId), warehouseId: warehouse.id, warehouse: warehouse.name,
        physical: position.physical, reserved: position.reserved, available: position.available, incoming: position.incoming, forecast: position.forecast,
        shortage: position.available <= 0, belowReorderPoint: below,
        haystack: `${product.reference} ${designation}`.toLowerCase(),
      })
    }
  }
  return rows
}
