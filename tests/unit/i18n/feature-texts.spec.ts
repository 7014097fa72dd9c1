import { describe, expect, it } from 'vitest'
import { createI18n, loadFeatureTexts } from '@/i18n'
import { messages } from '@/i18n/all-messages'

// The home page ships the core texts only (first-load budget on weak classroom networks); the feature
// texts come with the first visit to any other page.
describe('feature texts load on demand', () => {
  it('starts with the core texts and gets every feature namespace, in both languages, once loaded', async () => {
    const i18n = await createI18n('fr')
    const featureKey = 'calculator.title'
    expect(messages.fr.calculator).toBeDefined()
    expect(i18n.exists(featureKey)).toBe(false)
    expect(i18n.t('header.language')).toBe('Langue')

    await Promise.all([loadFeatureTexts(i18n), loadFeatureTexts(i18n)])
    expect(i18n.getResourceBundle('en', 'translation')).toEqual(messages.en)
    expect(i18n.getResourceBundle('fr', 'translation')).toEqual(messages.fr)
    await i18n.changeLanguage('en')
    expect(i18n.exists(featureKey)).toBe(true)
  })
})
