import type { RouteRecordRaw } from 'vue-router'

/**
 * The GDPR review of the tiers (files to review, open rights requests). A static path: vue-router
 * ranks `/tiers/rgpd` above `/tiers/:id`, whatever the order the feature files are read in.
 */
export const routes: RouteRecordRaw[] = [
  { path: '/tiers/rgpd', name: 'gdpr', component: () => import('@/pages/GdprPage.vue'), meta: { area: 'tiers' } },
]
