import type { RouteRecordRaw } from 'vue-router'

/** Sales documents (quotes, orders, delivery notes, invoices, credit notes, acomptes): list, detail, and the editor of draft quotes and direct orders. Static paths come before the `:id` ones. */
export const routes: RouteRecordRaw[] = [
  { path: '/ventes', name: 'sales', component: () => import('@/pages/SalesListPage.vue'), meta: { area: 'sales' } },
  { path: '/ventes/devis/nouveau', name: 'quoteNew', component: () => import('@/pages/SalesDocEditorPage.vue'), props: { kind: 'quote' }, meta: { area: 'sales' } },
  { path: '/ventes/commandes/nouvelle', name: 'orderNew', component: () => import('@/pages/SalesDocEditorPage.vue'), props: { kind: 'order' }, meta: { area: 'sales' } },
  { path: '/ventes/:id/modifier', name: 'salesDocEdit', component: () => import('@/pages/SalesDocEditorPage.vue'), props: true, meta: { area: 'sales' } },
  { path: '/ventes/:id', name: 'salesDoc', component: () => import('@/pages/SalesDocDetailPage.vue'), props: true, meta: { area: 'sales' } },
]
