/** Read-only queries on the catalogue, the stock movements and the company's reference data. */
import { physicalStock, type StockLevels } from '@/domain'
import type { IsoDate, PriceAgreement, Product, ProductFamily, Salesperson, StockMove, Warehouse } from '@/domain/model'
import { META_KEYS } from '@/seed/catalog'
import type { WorkspaceDb } from '../workspace-db'

export function listProducts(db: WorkspaceDb): Promise<Product[]> {
  return db.products.orderBy('reference').toArray()
}

export function getProduct(db: WorkspaceDb, id: string): Promise<Product | undefined> {
  return db.products.get(id)
}

/** Physical stock of every product per warehouse at `asOf`, from all the movements (DOMAIN-FR §8). */
export async function stockLevels(db: WorkspaceDb, asOf?: IsoDate): Promise<StockLevels> {
  return physicalStock(await db.stockMoves.toArray(), asOf)
}

/** Movements that touch a product, through the by-product index (schema v6). */
export function productMoves(db: WorkspaceDb, productId: string): Promise<StockMove[]> {
  return db.stockMoves.where('productIds').equals(productId).toArray()
}

/** A customer's price agreements (net prices and discounts), by start date. */
export async function customerAgreements(db: WorkspaceDb, customerId: string): Promise<PriceAgreement[]> {
  const found = await db.priceAgreements.where('customerId').equals(customerId).toArray()
  return found.sort((a, b) => a.validFrom.localeCompare(b.validFrom))
}

/** The price agreements of every customer on one product, by start date. */
export async function productAgreements(db: WorkspaceDb, productId: string): Promise<PriceAgreement[]> {
  const found = await db.priceAgreements.where('productId').equals(productId).toArray()
  return found.sort((a, b) => a.validFrom.localeCompare(b.validFrom))
}

/** The company's reference lists kept in `meta` (empty until the company is seeded). */
export interface CompanyReference {
  families: ProductFamily[]
  warehouses: Warehouse[]
  salespeople: Salesperson[]
}

export async function companyReference(db: WorkspaceDb): Promise<CompanyReference> {
  const [families, warehouses, salespeople] = await db.meta.bulkGet([META_KEYS.families, META_KEYS.warehouses, META_KEYS.salespeople])
  return {
    families: (families?.value as ProductFamily[] | undefined) ?? [],
    warehouses: (warehouses?.value as Warehouse[] | undefined) ?? [],
    salespeople: (salespeople?.value as Salesperson[] | undefined) ?? [],
  }
}
