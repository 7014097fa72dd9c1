import type { RouteRecordRaw } from 'vue-router'

/**
 * Customer accounts seen from sales: the aged balance of all customers, and the filing of their
 * documents with the archives. Static paths rank above `/ventes/:id` whatever the order the feature
 * files are read in.
 */
export const routes: RouteRecordRaw[] = [
  { path: '/ventes/balance-agee', name: 'agedBalance', component: () => import('@/pages/AgedBalancePage.vue'), meta: { area: 'sales' } },
  { path: '/ventes/classement', name: 'filing', component: () => import('@/pages/FilingPage.vue'), meta: { area: 'sales' } },
]
