import type { RouteRecordRaw } from 'vue-router'

/** The pricing calculator: practise the French calculation order on any document. */
export const routes: RouteRecordRaw[] = [
  { path: '/outils/calcul', name: 'calculator', component: () => import('@/pages/PricingCalculatorPage.vue'), meta: { area: 'calculator' } },
]
