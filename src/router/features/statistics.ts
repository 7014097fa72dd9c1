import type { RouteRecordRaw } from 'vue-router'

/** Commercial statistics (REAC CP6): dashboards, gaps and rates, ABC, conversion, drill-down to the documents. */
export const routes: RouteRecordRaw[] = [
  { path: '/statistiques', name: 'statistics', component: () => import('@/pages/StatisticsPage.vue'), meta: { area: 'statistics' } },
]
