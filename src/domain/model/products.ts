import type { Bilingual } from './common'
import type { VatCategory } from '../vat-categories'

export interface ProductSupplier {
  supplierId: string
  purchasePriceCents: number
  minimumQuantity: number
  leadTimeDays: number
}

/** A product or service of the catalogue. */
export interface Product {
  id: string
  reference: string
  designation: Bilingual
  familyId: string
  /** 'u' (unit), 'kg', 'm', 'h' (hour), 'lot'… */
  unit: string
  priceCents: number
  vatRatePercent: number
  /** Only when not the standard taxable case (e.g. exempt). */
  vatCategory?: VatCategory
  /** Weighted average purchase cost (CUMP), HT cents per unit. */
  costCents: number
  stockManaged: boolean
  kind: 'good' | 'service'
  weightGrams: number
  suppliers: ProductSupplier[]
  safetyStock: number
  reorderPoint: number
  active: boolean
}
