import type { RouteRecordRaw } from 'vue-router'

/** Sales documents (quotes, orders, delivery notes, invoices, credit notes, acomptes): list and detail, read-only for now. */
export const routes: RouteRecordRaw[] = [
  { path: '/ventes', name: 'sales', component: () => import('@/pages/SalesListPage.vue'), meta: { area: 'sales' } },
  { path: '/ventes/:id', name: 'salesDoc', component: () => import('@/pages/SalesDocDetailPage.vue'), props: true, meta: { area: 'sales' } },
]
