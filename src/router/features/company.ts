import type { RouteRecordRaw } from 'vue-router'

/** The company settings page a trainer edits (area "Entreprise"). */
export const routes: RouteRecordRaw[] = [
  { path: '/entreprise', name: 'company', component: () => import('@/pages/CompanySettingsPage.vue'), meta: { area: 'company' } },
]
