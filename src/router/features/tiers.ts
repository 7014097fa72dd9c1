import type { RouteRecordRaw } from 'vue-router'

/**
 * Tiers (customers, prospects, suppliers, carriers): the list, the form to create or edit one, and each
 * tier's page. Static paths come before the `:id` ones.
 */
export const routes: RouteRecordRaw[] = [
  { path: '/tiers', name: 'tiers', component: () => import('@/pages/TiersListPage.vue'), meta: { area: 'tiers' } },
  { path: '/tiers/nouveau', name: 'tierNew', component: () => import('@/pages/TierFormPage.vue'), meta: { area: 'tiers' } },
  { path: '/tiers/:id/modifier', name: 'tierEdit', component: () => import('@/pages/TierFormPage.vue'), props: true, meta: { area: 'tiers' } },
  { path: '/tiers/:id', name: 'tier', component: () => import('@/pages/TierDetailPage.vue'), props: true, meta: { area: 'tiers' } },
]
