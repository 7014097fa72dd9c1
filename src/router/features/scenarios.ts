import type { RouteRecordRaw } from 'vue-router'

/**
 * Scenarios: the built-in pack and the loading of a trainer's file or URL, a scenario's brief and the
 * start of an attempt, and the report of the open attempt once submitted.
 */
export const routes: RouteRecordRaw[] = [
  { path: '/scenarios', name: 'scenarios', component: () => import('@/pages/ScenariosPage.vue'), meta: { area: 'scenarios' } },
  { path: '/scenarios/progression', name: 'scenarioProgress', component: () => import('@/pages/ScenarioProgressPage.vue'), meta: { area: 'scenarios' } },
  { path: '/scenarios/classe', name: 'scenarioClass', component: () => import('@/pages/ScenarioClassPage.vue'), meta: { area: 'scenarios' } },
  { path: '/scenarios/pack/:file', name: 'scenarioPack', component: () => import('@/pages/ScenarioPreviewPage.vue'), props: true, meta: { area: 'scenarios' } },
  { path: '/scenarios/apercu', name: 'scenarioPreview', component: () => import('@/pages/ScenarioPreviewPage.vue'), meta: { area: 'scenarios' } },
  { path: '/scenarios/rapport', name: 'scenarioReport', component: () => import('@/pages/ScenarioReportPage.vue'), meta: { area: 'scenarios' } },
]
