import { createApp } from 'vue'
import { createPinia } from 'pinia'
import I18NextVue from 'i18next-vue'
import PrimeVue from 'primevue/config'
import ToastService from 'primevue/toastservice'
import ConfirmationService from 'primevue/confirmationservice'
import App from './App.vue'
import { createAppRouter } from './router'
import { createI18n } from './i18n'
import { ComptoirPreset } from './styles/theme'
import { primeVueLocale } from './i18n/primevue-locale'
import './styles/base.css'

const i18next = await createI18n()
document.documentElement.lang = i18next.language

const app = createApp(App)
app.use(createPinia())
app.use(createAppRouter(i18next))
app.use(I18NextVue, { i18next })
app.use(PrimeVue, { theme: { preset: ComptoirPreset, options: { darkModeSelector: false } }, locale: primeVueLocale(i18next) })
app.use(ToastService)
app.use(ConfirmationService)
app.mount('#app')
