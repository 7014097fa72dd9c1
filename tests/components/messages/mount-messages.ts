import { flushPromises, RouterLinkStub } from '@vue/test-utils'
import { createMemoryHistory, createRouter, routeLocationKey, routerKey } from 'vue-router'
import { vi } from 'vitest'
import { computed, reactive, type Component } from 'vue'
import { routes } from '@/router/features/messages'
import { useWorkspaceStore } from '@/stores/workspace'
import type { WorkspaceDb } from '@/db/workspace-db'
import type { Message, Tier } from '@/domain/model'
import { META_KEYS } from '@/seed/catalog'
import { mountWithApp } from '../../factories/mount'
import { makeSettings } from '../../factories/settings'
import { makeWorkspace } from '../../factories/workspace'
import { makeCustomer, writeCompany } from '../../factories/company-records'

/** An English-speaking customer whose first contact has an email address and whose second has none. */
export const THAMES: Tier = makeCustomer({
  id: 'cus-thames', name: 'Thames Office Interiors Ltd', language: 'en', vatNumber: 'GB318462957',
  contacts: [
    { id: 'th-1', civility: 'M.', firstName: 'Oliver', lastName: 'Bennett', role: 'Procurement Manager', email: 'o.bennett@thames.example', language: 'en' },
    { id: 'th-2', civility: 'Mme', firstName: 'Charlotte', lastName: 'Hughes', role: 'Accounts Payable', language: 'en' },
  ],
})

export function message(id: string, overrides: Partial<Message>): Message {
  return { id, direction: 'in', channel: 'email', date: '2026-03-01', language: 'fr', subject: 'Objet', body: 'Texte', attachmentIds: [], read: false, ...overrides }
}

const mounted: { unmount(): void }[] = []
const opened: WorkspaceDb[] = []

/** Unmounts what `mountMessages` mounted and closes its databases (call in `afterEach`). */
export function cleanup() {
  mounted.splice(0).forEach((wrapper) => wrapper.unmount())
  opened.splice(0).forEach((db) => db.close())
}

/**
 * Mounts a message-centre page or component on the small company (plus Thames) at `path`, with a real
 * router on the feature's routes (its `push` spied) and RouterLink stubbed.
 */
export async function mountMessages(component: Component, options: { path?: string; props?: Record<string, unknown>; messages?: Message[]; language?: 'fr' | 'en' } = {}) {
  const db: WorkspaceDb = (await makeWorkspace('2026-03-02')).db
  await writeCompany(db)
  await db.tiers.add(THAMES)
  if (options.messages) await db.messages.bulkAdd(options.messages)
  await db.meta.put({ key: META_KEYS.settings, value: makeSettings() })
  const router = createRouter({ history: createMemoryHistory(), routes: [...routes, { path: '/:rest(.*)*', component: { render: () => null } }] })
  await router.push(options.path ?? '/messagerie')
  // As vue-router provides it: the current route, reactive, so pages see `?tab=` change.
  const current = router.currentRoute
  const route = reactive(Object.fromEntries(Object.keys(current.value).map((key) => [key, computed(() => current.value[key as keyof typeof current.value])])))
  const push = vi.spyOn(router, 'push')
  const replace = vi.spyOn(router, 'replace')
  const wrapper = await mountWithApp(component, {
    props: options.props ?? {}, attachTo: document.body,
    global: {
      stubs: { RouterLink: RouterLinkStub },
      components: { RouterLink: RouterLinkStub },
      provide: { [routerKey as symbol]: router, [routeLocationKey as symbol]: route },
    },
  } as never, options.language ?? 'fr')
  mounted.push(wrapper)
  opened.push(db)
  useWorkspaceStore().db = db
  await flushPromises()
  return { wrapper, db, router, push, replace }
}
