import i18next, { type i18n } from 'i18next'
import fr from './locales/fr.json'
import en from './locales/en.json'

export type Tree = { [key: string]: string | Tree }

/**
 * Each feature keeps its texts in locales/<lang>/<namespace>.json (one top-level key per file, so
 * features are written in parallel without touching each other's files); the core texts (shell, home,
 * journal, command names) are in locales/<lang>.json. Feature texts load on the first visit to a page
 * other than home, so the home page of a classroom PC on a weak network downloads the core texts only.
 */
const featureLoaders = import.meta.glob<Tree>('./locales/*/*.json', { import: 'default' })

/** Namespace and language of a feature locale file, from its path. */
export function featureFileOf(path: string): { language: string; namespace: string } | undefined {
  const match = /\.\/locales\/(\w+)\/([\w-]+)\.json$/.exec(path)
  return match ? { language: match[1]!, namespace: match[2]! } : undefined
}

const loadedFeatureTexts = new WeakMap<i18n, Promise<void>>()

/** Loads every feature's texts in both languages into `instance` (once; later calls share the load). */
export function loadFeatureTexts(instance: i18n): Promise<void> {
  let loading = loadedFeatureTexts.get(instance)
  if (!loading) {
    loading = Promise.all(Object.entries(featureLoaders).map(async ([path, load]) => {
      const file = featureFileOf(path)
      if (!file) return
      instance.addResourceBundle(file.language, 'translation', { [file.namespace]: await load() }, true, true)
    })).then(() => undefined)
    loading.catch(() => loadedFeatureTexts.delete(instance)) // a failed download is retried on the next navigation
    loadedFeatureTexts.set(instance, loading)
  }
  return loading
}

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

/** The core texts of both languages, as i18next resources. */
export const coreResources = { fr: { translation: fr as Tree }, en: { translation: en as Tree } }

/**
 * Creates and initialises an i18next instance on the core texts (the app adds the feature texts with
 * `loadFeatureTexts`; tests pass every text at once, see all-messages.ts).
 */
export async function createI18n(language: Language = savedLanguage(), resources: Record<Language, { translation: Tree }> = coreResources): Promise<i18n> {
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
