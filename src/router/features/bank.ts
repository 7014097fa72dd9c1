import type { RouteRecordRaw } from 'vue-router'

/** Bank reconciliation: statement import and matching (a static path, ranked above `/ventes/:id`-like routes). */
export const routes: RouteRecordRaw[] = [
  { path: '/ventes/banque', name: 'bank', component: () => import('@/pages/BankPage.vue'), meta: { area: 'sales' } },
]
