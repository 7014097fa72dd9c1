import type { RouteRecordRaw } from 'vue-router'

/** Catalogue and stock (area "Stock & achats"): products with physical stock, and each product's page; read-only for now. */
export const routes: RouteRecordRaw[] = [
  { path: '/stock-achats', name: 'stock', component: () => import('@/pages/CatalogListPage.vue'), meta: { area: 'stock' } },
  { path: '/stock-achats/produits/:id', name: 'product', component: () => import('@/pages/ProductDetailPage.vue'), props: true, meta: { area: 'stock' } },
]
