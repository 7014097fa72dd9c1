import type { RouteRecordRaw } from 'vue-router'

/** Stock (area "Stock & achats"): stock levels per warehouse with their indicators, and the inventory count. */
export const routes: RouteRecordRaw[] = [
  { path: '/stock-achats/stock', name: 'stockLevels', component: () => import('@/pages/StockLevelsPage.vue'), meta: { area: 'stock' } },
  { path: '/stock-achats/inventaire', name: 'inventory', component: () => import('@/pages/InventoryCountPage.vue'), meta: { area: 'stock' } },
]
