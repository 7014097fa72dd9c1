import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router'
import { AREAS } from './areas'

const ComingPage = () => import('@/pages/ComingPage.vue')

const READY_PAGES: Record<string, () => Promise<unknown>> = {
  home: () => import('@/pages/HomePage.vue'),
  activity: () => import('@/pages/ActivityPage.vue'),
  workspaces: () => import('@/pages/WorkspacesPage.vue'),
}

export const routes: RouteRecordRaw[] = [
  ...AREAS.map((area) => ({
    path: area.path,
    name: area.id,
    component: (area.ready ? READY_PAGES[area.id] : undefined) ?? ComingPage,
    meta: { area: area.id },
  }) as RouteRecordRaw),
  { path: '/:pathMatch(.*)*', name: 'notFound', component: () => import('@/pages/NotFoundPage.vue'), meta: { area: 'notFound' } },
]

/** Hash history: the app is static files, served from any folder or opened offline. */
export function createAppRouter() {
  return createRouter({ history: createWebHashHistory(), routes })
}
