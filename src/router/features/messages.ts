import type { RouteRecordRaw } from 'vue-router'

/** The message centre: inbox and lists, the composer, the activity log and one message's page. */
export const routes: RouteRecordRaw[] = [
  { path: '/messagerie', name: 'messages', component: () => import('@/pages/MessagesPage.vue'), meta: { area: 'messages' } },
  { path: '/messagerie/nouveau', name: 'messageCompose', component: () => import('@/pages/MessageComposePage.vue'), meta: { area: 'messages' } },
  { path: '/messagerie/activite', name: 'messageActivity', component: () => import('@/pages/MessageActivityPage.vue'), meta: { area: 'messages' } },
  { path: '/messagerie/:id', name: 'message', component: () => import('@/pages/MessageReadPage.vue'), props: true, meta: { area: 'messages' } },
]
