import i18next, { type i18n } from 'i18next'
import fr from './locales/fr.json'
import en from './locales/en.json'

/** Languages the app ships, French first. */
export const LANGUAGES = ['fr', 'en'] as const
export type Language = (typeof LANGUAGES)[number]

const STORAGE_KEY = 'comptoir.language'

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value)
}

/** The language saved by the switch, French when nothing (or something unknown) is saved. */
export function savedLanguage(storage: Pick<Storage, 'getItem'> | undefined = safeStorage()): Language {
  const value = storage?.getItem(STORAGE_KEY)
  return isLanguage(value) ? value : 'fr'
}

export function saveLanguage(language: Language, storage: Pick<Storage, 'setItem'> | undefined = safeStorage()): void {
  try {
    storage?.setItem(STORAGE_KEY, language)
  } catch {
    // Private mode or a full quota: the switch still works for this visit.
  }
}

function safeStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage
  } catch {
    return undefined
  }
}

export const resources = { fr: { translation: fr }, en: { translation: en } } as const

/** Creates and initialises an i18next instance on the app's resources (tests get their own instance). */
export async function createI18n(language: Language = savedLanguage()): Promise<i18n> {
  const instance = i18next.createInstance()
  await instance.init({
    lng: language,
    fallbackLng: false,
    supportedLngs: [...LANGUAGES],
    resources,
    interpolation: { escapeValue: false },
    returnNull: false,
  })
  return instance
}
