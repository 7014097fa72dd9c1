import { mount, type ComponentMountingOptions } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import I18NextVue from 'i18next-vue'
import PrimeVue from 'primevue/config'
import ToastService from 'primevue/toastservice'
import type { Component } from 'vue'
import { createI18n, type Language } from '@/i18n'
import { allResources } from '@/i18n/all-messages'

/** Mounts a component with the app's real plugins (i18next on the real locale files, Pinia, PrimeVue). */
export async function mountWithApp<C extends Component>(component: C, options: ComponentMountingOptions<C> = {}, language: Language = 'fr') {
  const i18next = await createI18n(language, allResources)
  const pinia = createPinia()
  setActivePinia(pinia)
  return mount(component, {
    ...options,
    global: { plugins: [pinia, [I18NextVue, { i18next }], [PrimeVue, { theme: 'none' }], ToastService], ...options.global },
  } as ComponentMountingOptions<C>)
}
