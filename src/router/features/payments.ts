import type { RouteRecordRaw } from 'vue-router'

/** Payments received (règlements): list, record a payment with its lettrage, and a payment's detail with its actions. */
export const routes: RouteRecordRaw[] = [
  { path: '/ventes/reglements', name: 'payments', component: () => import('@/pages/PaymentsListPage.vue'), meta: { area: 'sales' } },
  { path: '/ventes/reglements/nouveau', name: 'paymentNew', component: () => import('@/pages/PaymentNewPage.vue'), meta: { area: 'sales' } },
  { path: '/ventes/reglements/:id', name: 'payment', component: () => import('@/pages/PaymentDetailPage.vue'), props: true, meta: { area: 'sales' } },
]
