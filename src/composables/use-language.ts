import { computed } from 'vue'
import { useTranslation } from 'i18next-vue'
import { usePrimeVue } from 'primevue/config'
import { isLanguage, saveLanguage, type Language } from '@/i18n'
import { primeVueLocale } from '@/i18n/primevue-locale'

/** The active language and the switch that changes it everywhere (texts, PrimeVue, <html lang>, saved). */
export function useLanguage() {
  const { i18next } = useTranslation()
  const primevue = usePrimeVue()
  const language = computed<Language>(() => (isLanguage(i18next.language) ? i18next.language : 'fr'))

  async function setLanguage(next: Language) {
    await i18next.changeLanguage(next)
    saveLanguage(next)
    document.documentElement.lang = next
    const texts = primeVueLocale(i18next)
    const locale = primevue.config.locale
    if (locale) Object.assign(locale, texts, { aria: { ...locale.aria, ...texts.aria } })
  }

  return { language, setLanguage }
}
