import { markRatePercent as exactMarkRatePercent, productStock, reorderStatus, type StockLevels } from '@/domain'
import type { Bilingual, Product } from '@/domain/model'

/** One row of the catalogue list: flat fields, so the table sorts on any column. */
export interface ProductRow {
  id: string
  reference: string
  designation: string
  family: string
  familyId: string
  priceCents: number
  vatRatePercent: number
  costCents: number
  /** Taux de marque in percent, null without a price. */
  markRatePercent: number | null
  /** Physical stock per warehouse id; null while the movements are read or for a service. */
  stock: Record<string, number> | null
  stockTotal: number | null
  reorderPoint: number
  atOrBelowReorderPoint: boolean
  stockManaged: boolean
  active: boolean
  haystack: string
}

/**
 * Taux de marque = (PV − PA) / PV, HT (DOMAIN-FR §1, the domain's `markRatePercent`), here with PA =
 * the weighted average cost (CUMP). A display ratio rounded to 0,01 %, not an amount.
 */
export function markRatePercent(priceCents: number, costCents: number): number | null {
  const exact = exactMarkRatePercent(priceCents, costCents)
  return exact === null ? null : Math.round(exact * 100) / 100
}

export function productRow(product: Product, language: keyof Bilingual, families: Map<string, Bilingual>, levels: StockLevels | null, warehouseIds: string[]): ProductRow {
  const stock = levels && product.stockManaged ? productStock(levels, product.id, warehouseIds) : null
  const family = families.get(product.familyId)?.[language] ?? product.familyId
  return {
    id: product.id,
    reference: product.reference,
    designation: product.designation[language],
    family,
    familyId: product.familyId,
    priceCents: product.priceCents,
    vatRatePercent: product.vatRatePercent,
    costCents: product.costCents,
    markRatePercent: markRatePercent(product.priceCents, product.costCents),
    stock: stock ? Object.fromEntries(stock.byWarehouse) : null,
    stockTotal: stock?.total ?? null,
    reorderPoint: product.reorderPoint,
    atOrBelowReorderPoint: stock ? reorderStatus(product, stock.total).atOrBelowReorderPoint : false,
    stockManaged: product.stockManaged,
    active: product.active,
    haystack: `${product.reference} ${product.designation.fr} ${product.designation.en} ${family}`.toLowerCase(),
  }
}
