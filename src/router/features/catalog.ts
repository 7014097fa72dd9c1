import type { RouteRecordRaw } from 'vue-router'

/**
 * Catalogue and stock (area "Stock & achats"): products with physical stock, each product's page with
 * its customer prices, and the product form (create, edit).
 */
export const routes: RouteRecordRaw[] = [
  { path: '/stock-achats', name: 'stock', component: () => import('@/pages/CatalogListPage.vue'), meta: { area: 'stock' } },
  { path: '/stock-achats/produits/nouveau', name: 'productNew', component: () => import('@/pages/ProductFormPage.vue'), meta: { area: 'stock' } },
  { path: '/stock-achats/produits/:id', name: 'product', component: () => import('@/pages/ProductDetailPage.vue'), props: true, meta: { area: 'stock' } },
  { path: '/stock-achats/produits/:id/modifier', name: 'productEdit', component: () => import('@/pages/ProductFormPage.vue'), props: true, meta: { area: 'stock' } },
]
