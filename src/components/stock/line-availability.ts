import { computed, inject, provide, type ComputedRef, type InjectionKey, type ShallowRef } from 'vue'
import type { StockData } from '@/db/queries/stock'
import { useProductsStore } from '@/stores/products'
import { useStockData } from './use-stock-data'

/** What the availability indicators of a document's lines share: the stock, read once, and the warehouse. */
export interface LineAvailabilityContext {
  data: ShallowRef<StockData | null>
  warehouseId: ComputedRef<string>
}

const KEY: InjectionKey<LineAvailabilityContext> = Symbol('line-availability')

/**
 * Called once by a document editor: reads the stock once for all its lines' availability indicators;
 * `warehouseId` is the document's warehouse ('' for the company's first one).
 */
export function provideLineAvailability(warehouseId: () => string): void {
  const products = useProductsStore()
  const data = useStockData()
  provide(KEY, { data, warehouseId: computed(() => warehouseId() || products.reference.warehouses[0]?.id || '') })
}

/** The context given by the editor, or null outside one (the indicator then shows nothing). */
export function injectLineAvailability(): LineAvailabilityContext | null {
  return inject(KEY, null)
}
