import type { RouteRecordRaw } from 'vue-router'

/** Tiers (customers, prospects, suppliers, carriers): the list and each tier's page, read-only for now. */
export const routes: RouteRecordRaw[] = [
  { path: '/tiers', name: 'tiers', component: () => import('@/pages/TiersListPage.vue'), meta: { area: 'tiers' } },
  { path: '/tiers/:id', name: 'tier', component: () => import('@/pages/TierDetailPage.vue'), props: true, meta: { area: 'tiers' } },
]
