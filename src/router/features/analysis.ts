import type { RouteRecordRaw } from 'vue-router'

/**
 * The learner's saved commercial analyses (REAC CP6): objective, data extracted, key figures and the
 * written synthesis. A static path: vue-router ranks it above any `/statistiques/:param`.
 */
export const routes: RouteRecordRaw[] = [
  { path: '/statistiques/analyses', name: 'analyses', component: () => import('@/pages/AnalysesPage.vue'), meta: { area: 'statistics' } },
]
