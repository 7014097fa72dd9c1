import type { Product, ProductSupplier } from '@/domain'
import { PRODUCT_TABLES, type ProductRow } from './product-tables'
import { SUPPLIERS } from './suppliers'

/** A second supplier is dearer than the main one (the main one sets the cost), by this percentage. */
const SECOND_SUPPLIER_MARKUP_PERCENT = 6

const leadTimeOf = new Map(SUPPLIERS.map((s) => [s.id, s.supplier?.leadTimeDays ?? 7]))

function productSuppliers(row: ProductRow): ProductSupplier[] {
  const [, , , unit, priceCents, costCents, , supplierIds, , extra] = row
  if (supplierIds === '') return []
  const minimumQuantity = extra?.minQty ?? (unit === 'm' ? 100 : unit === 'kg' ? 5 : priceCents < 1_000 ? 10 : 1)
  return supplierIds.split('/').map((supplierId, index) => ({
    supplierId,
    purchasePriceCents: index === 0 ? costCents : Math.round((costCents * (100 + SECOND_SUPPLIER_MARKUP_PERCENT)) / 100),
    minimumQuantity,
    leadTimeDays: leadTimeOf.get(supplierId) ?? 7,
  }))
}

/**
 * Reorder parameters from the expected monthly demand (DOMAIN-FR §8): safety stock = half a month
 * of demand; point de commande = demand during the main supplier's lead time + safety stock.
 */
function reorderParameters(monthlyDemand: number, leadTimeDays: number): { safetyStock: number; reorderPoint: number } {
  const safetyStock = Math.ceil(monthlyDemand / 2)
  return { safetyStock, reorderPoint: safetyStock + Math.ceil((monthlyDemand * leadTimeDays) / 30) }
}

/** Builds the catalogue from the compact tables, numbering products P001, P002… in table order. */
function buildProducts(): Product[] {
  const products: Product[] = []
  for (const table of PRODUCT_TABLES) {
    for (const row of table.rows) {
      const [reference, fr, en, unit, priceCents, costCents, weightGrams, , monthlyDemand, extra] = row
      const suppliers = productSuppliers(row)
      const stockManaged = table.kind === 'good' && extra?.stockManaged !== false
      const { safetyStock, reorderPoint } = stockManaged
        ? reorderParameters(monthlyDemand, suppliers[0]?.leadTimeDays ?? 7)
        : { safetyStock: 0, reorderPoint: 0 }
      products.push({
        id: `P${String(products.length + 1).padStart(3, '0')}`,
        reference,
        designation: { fr, en },
        familyId: table.familyId,
        unit,
        priceCents,
        vatRatePercent: extra?.vatRatePercent ?? table.vatRatePercent,
        costCents,
        stockManaged,
        kind: table.kind,
        weightGrams,
        suppliers,
        safetyStock,
        reorderPoint,
        active: extra?.inactive !== true,
      })
    }
  }
  return products
}

/** About 120 products and services in 8 families, at 20 %, 10 % and 5,5 % VAT. */
export const PRODUCTS: Product[] = buildProducts()
