import type { RouteRecordRaw } from 'vue-router'

/** Shipping (area "Stock & achats"): the carriers' rate cards, and the stock published on the marketplace. */
export const routes: RouteRecordRaw[] = [
  { path: '/stock-achats/transporteurs', name: 'carriers', component: () => import('@/pages/CarriersPage.vue'), meta: { area: 'stock' } },
  { path: '/stock-achats/place-de-marche', name: 'marketplaceListing', component: () => import('@/pages/MarketplaceListingPage.vue'), meta: { area: 'stock' } },
]
