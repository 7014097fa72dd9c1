import type { RouteRecordRaw } from 'vue-router'

/** Purchasing (area "Stock & achats"): the replenishment view, supplier orders and one order with its receptions and claims. */
export const routes: RouteRecordRaw[] = [
  { path: '/stock-achats/reapprovisionnement', name: 'replenishment', component: () => import('@/pages/ReplenishmentPage.vue'), meta: { area: 'stock' } },
  { path: '/stock-achats/commandes-fournisseurs', name: 'supplierOrders', component: () => import('@/pages/SupplierOrdersPage.vue'), meta: { area: 'stock' } },
  { path: '/stock-achats/commandes-fournisseurs/:id', name: 'supplierOrder', component: () => import('@/pages/SupplierOrderDetailPage.vue'), props: true, meta: { area: 'stock' } },
]
