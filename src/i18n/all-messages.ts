import fr from './locales/fr.json'
import en from './locales/en.json'
import { featureFileOf, type Language, type Tree } from './index'

// Every text at once, for tests and checks only: the app loads feature texts lazily (index.ts).
const featureFiles = import.meta.glob<Tree>('./locales/*/*.json', { eager: true, import: 'default' })

function withFeatures(core: Tree, language: string): Tree {
  const merged: Tree = { ...core }
  for (const [path, texts] of Object.entries(featureFiles)) {
    const file = featureFileOf(path)
    if (!file || file.language !== language) continue
    if (file.namespace in merged) throw new Error(`Locale namespace "${file.namespace}" is defined twice (${path})`)
    merged[file.namespace] = texts
  }
  return merged
}

/** Every text of a language: the core file plus the feature files. */
export const messages = { fr: withFeatures(fr as Tree, 'fr'), en: withFeatures(en as Tree, 'en') } as const

/** Every text as i18next resources. */
export const allResources: Record<Language, { translation: Tree }> = { fr: { translation: messages.fr }, en: { translation: messages.en } }
