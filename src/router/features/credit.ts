import type { RouteRecordRaw } from 'vue-router'

/** Credit risk (CP4): the customers' exposure against their limits, under the recovery area. */
export const routes: RouteRecordRaw[] = [
  { path: '/recouvrement/encours', name: 'creditExposure', component: () => import('@/pages/CreditExposurePage.vue'), meta: { area: 'recovery' } },
]
