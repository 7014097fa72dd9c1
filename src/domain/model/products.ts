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

/**
 * A customer-specific condition on one product: a net price or a discount off the list price,
 * from a date, optionally until one (a framework agreement, a negotiated price).
 */
export interface PriceAgreement {
  id: string
  customerId: string
  productId: string
  /** Either a net unit price HT… */
  priceCents?: number
  /** …or a discount in percent off the list price. */
  discountPercent?: number
  validFrom: string
  validUntil?: string
}
