import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router'
import type { i18n } from 'i18next'
import { AREAS } from './areas'
import { loadFeatureTexts } from '@/i18n'

const ComingPage = () => import('@/pages/ComingPage.vue')

const CORE_PAGES: Record<string, () => Promise<unknown>> = {
  home: () => import('@/pages/HomePage.vue'),
  activity: () => import('@/pages/ActivityPage.vue'),
  workspaces: () => import('@/pages/WorkspacesPage.vue'),
}

/**
 * Each feature declares its routes in `features/<feature>.ts` (`export const routes`), so features are
 * added without editing this file. A feature's main route takes its area's path and name.
 */
const featureModules = import.meta.glob<RouteRecordRaw[]>('./features/*.ts', { eager: true, import: 'routes' })
const featureRoutes = Object.values(featureModules).flat()
const featurePaths = new Set(featureRoutes.map((r) => r.path))

export const routes: RouteRecordRaw[] = [
  ...AREAS.filter((area) => !featurePaths.has(area.path)).map((area) => ({
    path: area.path,
    name: area.id,
    component: (area.ready ? CORE_PAGES[area.id] : undefined) ?? ComingPage,
    meta: { area: area.id },
  }) as RouteRecordRaw),
  ...featureRoutes,
  { path: '/:pathMatch(.*)*', name: 'notFound', component: () => import('@/pages/NotFoundPage.vue'), meta: { area: 'notFound' } },
]

/**
 * Hash history: the app is static files, served from any folder or opened offline. With `texts`, every
 * page but home waits for the feature texts (loaded once), so no page ever shows a raw key.
 */
export function createAppRouter(texts?: i18n) {
  const router = createRouter({ history: createWebHashHistory(), routes })
  if (texts) {
    router.beforeEach(async (to) => {
      if (to.meta.area === 'home') return
      try {
        await loadFeatureTexts(texts)
      } catch {
        // Offline with a missing chunk: show the page anyway (keys in place of texts) rather than a dead link.
      }
    })
  }
  return router
}
