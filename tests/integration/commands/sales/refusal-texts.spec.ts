import { describe, expect, it } from 'vitest'
import { createI18n, LANGUAGES, type Tree } from '@/i18n'
import { messages } from '@/i18n/all-messages'
import { MENTION_SOURCES, SALES_LIFECYCLE, type MentionCode } from '@/domain'

// Every refusal a sales command can give is read by the learner in French and English: each message
// must interpolate fully (nested status, action and mention names included), leaving no placeholder.
const sample = {
  action: 'accept', type: 'quote', status: 'draft', allowedFrom: 'sent', expected: 'invoice', number: 'DE-2026-00001', source: 'C. com. L441-9',
  line: 1, designation: 'Chaise de bureau', requested: 5, remaining: 4, ordered: 12, delivered: 8, invoiced: 8, returned: 0, creditable: 2,
  requestedEuros: 216, alreadyEuros: 576, orderEuros: 720, creditableEuros: 10, invoicedEuros: 20, correctionEuros: 3, unitPriceEuros: 145, shippingEuros: 45,
  invoice: 'FA-2026-00001', first: 'BC-2026-00001', order: 'BC-2026-00002', delivery: 'BL-2026-00001', downPayment: 'AC-2026-00001', deliveries: 'BL-2026-00001',
  name: 'Nova Conseil', reference: 'CHA-001', available: 3, warehouse: 'wh-lyon', validUntil: '2026-04-01', todayDate: '2026-04-02', receivedDate: '2026-03-02',
  count: 2, firstMention: 'sellerRcs', id: 'x', productId: 'p', index: 2,
}

describe('sales refusal texts', () => {
  it.each(LANGUAGES)('every sales.errors / sales.rules message and every mention renders completely in %s', async (language) => {
    const i18n = await createI18n(language, { fr: { translation: messages.fr as Tree }, en: { translation: messages.en as Tree } })
    const sales = (messages[language] as Tree).sales as Tree
    const keys = [
      ...Object.keys(sales.errors as Tree).map((k) => `sales.errors.${k}`),
      ...Object.keys(sales.rules as Tree).filter((k) => k !== 'mentions').map((k) => `sales.rules.${k}`),
      ...(Object.keys(MENTION_SOURCES) as MentionCode[]).map((code) => `sales.rules.mentions.${code}`),
    ]
    for (const key of keys) {
      const text = i18n.t(key, sample)
      expect(text, key).not.toMatch(/\{\{|\$t\(|sales\.|undefined/)
    }
    for (const type of Object.keys(SALES_LIFECYCLE)) {
      for (const action of Object.keys(SALES_LIFECYCLE[type as keyof typeof SALES_LIFECYCLE].actions)) {
        expect(i18n.t('sales.rules.actionNotAllowed', { ...sample, type, action }), `${type}.${action}`).not.toMatch(/\$t\(|sales\./)
      }
    }
    expect(i18n.t('sales.rules.mentionsMissing', { ...sample, firstMention: 'lineDesignation', line: 3 })).toContain('3')
  })
})
