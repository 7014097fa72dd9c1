import { computed } from 'vue'
import { storeToRefs } from 'pinia'
import { useWorkspaceStore } from '@/stores/workspace'
import { useClockStore } from '@/stores/clock'
import { useProductsStore } from '@/stores/products'
import { useLiveQuery } from '@/composables/use-live-query'
import { productStockData, stockData, type StockData } from '@/db/queries/stock'

/**
 * The stock positions' sources, live, at the simulated date: movements, open orders (réservé) and
 * supplier orders in progress. Null while they are read.
 */
export function useStockData() {
  const { workspace, db, clock, defaultWarehouse } = stockContext()
  return useLiveQuery(() => [db.value, clock.date, defaultWarehouse.value] as const,
    ([d, date, warehouseId]) => (d && date ? stockData(d, date, warehouseId) : null), null as StockData | null, workspace.reportStorageError)
}

/**
 * {@link useStockData} for one product's page, read once and passed to its sections (position, ledger,
 * replenishment): only the movements that touch the product. Read without a simulated date too (the
 * physique then counts every movement). Null while it is read.
 */
export function useProductStockData(productId: () => string) {
  const { workspace, db, clock, defaultWarehouse } = stockContext()
  return useLiveQuery(() => [db.value, productId(), clock.date, defaultWarehouse.value] as const,
    ([d, id, date, warehouseId]) => (d ? productStockData(d, id, date ?? undefined, warehouseId) : null), null as StockData | null, workspace.reportStorageError)
}

function stockContext() {
  const workspace = useWorkspaceStore()
  const { db } = storeToRefs(workspace)
  const clock = useClockStore()
  const products = useProductsStore()
  const defaultWarehouse = computed(() => products.reference.warehouses[0]?.id ?? '')
  return { workspace, db, clock, defaultWarehouse }
}
