/**
 * The supplier orders a scenario declares (`company.purchaseDocs`): sent, or confirmed with the
 * supplier's promised date, before the start; lines at the supplier's purchase price unless given,
 * numbered in the supplier-order series when the file gives no number.
 */
import { addDays, supplierOrderLeadTimeDays, type CompanySettings, type Product, type PurchaseDoc, type PurchaseLine, type Warehouse } from '@/domain'
import { takePurchaseNumber } from '@/commands/purchasing'
import type { Scenario } from '@/scenario/schema'
import { resolveWhen } from '@/scenario/validate'
import type { WorkspaceDb } from './workspace-db'

type DeclaredPurchaseDoc = NonNullable<NonNullable<Scenario['company']>['purchaseDocs']>[number]
type Fail = (field: string, key: string, values?: Record<string, string | number>) => never

/** Writes the declared supplier orders; refuses an id taken, an unknown supplier, product or warehouse. Returns how many. */
export async function applyPurchaseDocs(
  db: WorkspaceDb, declared: readonly DeclaredPurchaseDoc[], start: string, settings: CompanySettings, warehouses: readonly Warehouse[], fail: Fail,
): Promise<number> {
  for (const [index, entry] of declared.entries()) {
    const field = `company.purchaseDocs[${index}]`
    if (await db.purchaseDocs.get(entry.id)) fail(`${field}.id`, 'idTaken', { id: entry.id })
    const supplier = await db.tiers.get(entry.supplierId)
    if (supplier?.kind !== 'supplier') fail(`${field}.supplierId`, 'unknownTier', { id: entry.supplierId })
    const warehouseId = entry.warehouseId ?? warehouses[0]?.id ?? ''
    if (!warehouses.some((w) => w.id === warehouseId)) fail(`${field}.warehouseId`, 'unknownWarehouse', { id: warehouseId })
    const lines: PurchaseLine[] = []
    const products: Product[] = []
    for (const [at, line] of entry.lines.entries()) {
      const product = await db.products.get(line.productId)
      if (!product) fail(`${field}.lines[${at}].productId`, 'unknownProduct', { id: line.productId })
      const source = product.suppliers.find((s) => s.supplierId === supplier.id)
      products.push(product)
      lines.push({
        productId: product.id, designation: product.designation.fr, quantity: line.quantity,
        unitPriceCents: line.unitPriceCents ?? source?.purchasePriceCents ?? product.costCents, vatRatePercent: product.vatRatePercent,
      })
    }
    const lead = supplierOrderLeadTimeDays(supplier, products)
    const date = resolveWhen(entry.date, start)
    const promisedDate = entry.promisedDate === undefined ? undefined : resolveWhen(entry.promisedDate, start)
    const status = entry.status ?? (promisedDate ? 'confirmed' : 'sent')
    const doc: PurchaseDoc = {
      id: entry.id, type: 'supplierOrder', status, supplierId: supplier.id, date, sentOn: date,
      number: entry.number ?? await takePurchaseNumber(db, settings, 'supplierOrder', date),
      expectedDate: promisedDate ?? (entry.expectedDate === undefined ? addDays(date, lead) : resolveWhen(entry.expectedDate, start)),
      ...(promisedDate ? { promisedDate } : {}), lines, warehouseId, sourceIds: [],
      totalExclVatCents: lines.reduce((sum, l) => sum + l.quantity * l.unitPriceCents, 0),
    }
    await db.purchaseDocs.add(doc)
  }
  return declared.length
}
