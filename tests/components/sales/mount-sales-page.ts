/**
 * Mounts the sales document page with the app's plugins (as tests/factories/mount.ts) plus a memory
 * router: the page opens each document an action creates. Dialogs render in place (no teleport).
 */
import { mount, type ComponentMountingOptions } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import I18NextVue from 'i18next-vue'
import PrimeVue from 'primevue/config'
import ToastService from 'primevue/toastservice'
import { createMemoryHistory, createRouter, type Router } from 'vue-router'
import SalesDocDetailPage from '@/pages/SalesDocDetailPage.vue'
import { createI18n, type Language } from '@/i18n'
import { allResources } from '@/i18n/all-messages'

export function makeSalesRouter(): Router {
  const page = { template: '<div />' }
  return createRouter({ history: createMemoryHistory(), routes: [{ path: '/', component: page }, { path: '/ventes/:id', component: page }, { path: '/:rest(.*)*', component: page }] })
}

export async function mountSalesPage(id: string, language: Language = 'fr', stubs: NonNullable<ComponentMountingOptions<typeof SalesDocDetailPage>['global']>['stubs'] = {}) {
  const router = makeSalesRouter()
  await router.push(`/ventes/${id}`)
  const i18next = await createI18n(language, allResources)
  const pinia = createPinia()
  setActivePinia(pinia)
  const wrapper = mount(SalesDocDetailPage, {
    props: { id },
    global: { plugins: [pinia, [I18NextVue, { i18next }], [PrimeVue, { theme: 'none' }], ToastService, router], stubs: { teleport: true, ...stubs } },
  })
  return { wrapper, router }
}
