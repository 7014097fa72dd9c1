import i18next, { type i18n } from 'i18next'
import fr from './locales/fr.json'
import en from './locales/en.json'

type Tree = { [key: string]: string | Tree }

// Each feature keeps its texts in locales/<lang>/<namespace>.json (one top-level key per file, so
// features are written in parallel without touching each other's files); the core texts are in
// locales/<lang>.json.
const featureFiles = import.meta.glob<Tree>('./locales/*/*.json', { eager: true, import: 'default' })

function withFeatures(core: Tree, language: string): Tree {
  const merged: Tree = { ...core }
  for (const [path, texts] of Object.entries(featureFiles)) {
    const match = /\.\/locales\/(\w+)\/([\w-]+)\.json$/.exec(path)
    if (!match || match[1] !== language) continue
    if (match[2]! in merged) throw new Error(`Locale namespace "${match[2]}" is defined twice (${path})`)
    merged[match[2]!] = texts
  }
  return merged
}

/** Every text of a language: the core file plus the feature files. */
export const messages = { fr: withFeatures(fr as Tree, 'fr'), en: withFeatures(en as Tree, 'en') } as const

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

export const resources = { fr: { translation: messages.fr }, en: { translation: messages.en } } as const

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
