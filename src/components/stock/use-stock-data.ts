import { computed } from 'vue'
import { storeToRefs } from 'pinia'
import { useWorkspaceStore } from '@/stores/workspace'
import { useClockStore } from '@/stores/clock'
import { useProductsStore } from '@/stores/products'
import { useLiveQuery } from '@/composables/use-live-query'
import { stockData, type StockData } from '@/db/queries/stock'

/**
 * The stock positions' sources, live, at the simulated date: movements, open orders (réservé) and
 * supplier orders in progress. Null while they are read.
 */
export function useStockData() {
  const workspace = useWorkspaceStore()
  const { db } = storeToRefs(workspace)
  const clock = useClockStore()
  const products = useProductsStore()
  const defaultWarehouse = computed(() => products.reference.warehouses[0]?.id ?? '')
  return useLiveQuery(() => [db.value, clock.date, defaultWarehouse.value] as const,
    ([d, date, warehouseId]) => (d && date ? stockData(d, date, warehouseId) : null), null as StockData | null, workspace.reportStorageError)
}
