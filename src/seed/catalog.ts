import type { CompanySettings, Product, ProductFamily, Salesperson, Tier, Warehouse } from '@/domain'

/**
 * The static part of a company — who it is and what it sells — before any history is generated.
 * The built-in company (`src/seed/company/`) is one; a scenario may bring its own overrides later.
 */
export interface CompanyCatalog {
  settings: CompanySettings
  families: ProductFamily[]
  warehouses: Warehouse[]
  salespeople: Salesperson[]
  /** Customers, prospects, suppliers and carriers. */
  tiers: Tier[]
  products: Product[]
}

/** Keys of the reference data kept in a workspace's `meta` table. */
export const META_KEYS = {
  settings: 'company.settings',
  families: 'company.families',
  warehouses: 'company.warehouses',
  salespeople: 'company.salespeople',
  sequences: 'numbering.sequences',
} as const
