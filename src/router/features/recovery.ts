import type { RouteRecordRaw } from 'vue-router'

/**
 * The recovery area (/recouvrement): today's dunning run, one invoice's dunning file, the recovery
 * cases, and the aged balance also reachable here (it stays at /ventes/balance-agee too). The credit
 * exposure page (/recouvrement/encours) is declared by the credit feature.
 */
export const routes: RouteRecordRaw[] = [
  { path: '/recouvrement', name: 'recovery', component: () => import('@/pages/RecoveryPage.vue'), meta: { area: 'recovery' } },
  { path: '/recouvrement/balance-agee', name: 'recoveryAgedBalance', component: () => import('@/pages/AgedBalancePage.vue'), meta: { area: 'recovery' } },
  { path: '/recouvrement/dossiers', name: 'recoveryCases', component: () => import('@/pages/RecoveryCasesPage.vue'), meta: { area: 'recovery' } },
  {
    path: '/recouvrement/relance/:invoiceId', name: 'dunningInvoice', component: () => import('@/pages/DunningInvoicePage.vue'),
    props: true, meta: { area: 'recovery' },
  },
]
