import type { RouteRecordRaw } from 'vue-router'

/**
 * The order inbox (web shop and marketplace orders to check and record) and the direct and periodic
 * invoices. Static paths: vue-router ranks them above `/ventes/:id`.
 */
export const routes: RouteRecordRaw[] = [
  { path: '/ventes/commandes-entrantes', name: 'inboundOrders', component: () => import('@/pages/InboundOrdersPage.vue'), meta: { area: 'sales' } },
  { path: '/ventes/commandes-entrantes/:id', name: 'inboundOrder', component: () => import('@/pages/InboundOrderPage.vue'), props: true, meta: { area: 'sales' } },
  { path: '/ventes/factures-directes', name: 'directInvoices', component: () => import('@/pages/InboundInvoicesPage.vue'), meta: { area: 'sales' } },
]
