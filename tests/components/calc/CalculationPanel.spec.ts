// @vitest-environment happy-dom
import { describe, it, expect } from 'vitest'
import { nextTick } from 'vue'
import { mount } from '@vue/test-utils'
import i18next from 'i18next'
import I18NextVue from 'i18next-vue'
import CalculationPanel from '@/components/calc/CalculationPanel.vue'
import { messages } from '@/i18n/all-messages'
import { latePaymentPenalty, priceDocument, type ExplanationStep, type PricedDocument } from '@/domain'

async function createI18n(lng: 'fr' | 'en') {
  const instance = i18next.createInstance()
  await instance.init({ lng, fallbackLng: false, resources: { fr: { translation: messages.fr }, en: { translation: messages.en } }, interpolation: { escapeValue: false } })
  return instance
}

async function mountPanel(props: { explanation: readonly ExplanationStep[]; result?: PricedDocument }, lng: 'fr' | 'en' = 'fr') {
  const instance = await createI18n(lng)
  const wrapper = mount(CalculationPanel, { props, global: { plugins: [[I18NextVue, { i18next: instance }]] } })
  return { wrapper, instance }
}

// Intl puts narrow and ordinary no-break spaces in "1 234,56 €"; compare with plain spaces.
const text = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ')

// DOMAIN-FR §1 example A.
const exampleA = priceDocument({
  lines: [
    { quantity: 12, unitPriceCents: 14500, vatRatePercent: 20 },
    { quantity: 3, unitPriceCents: 38990, vatRatePercent: 20 },
  ],
  discountsPercent: [5, 2],
  earlyPaymentDiscountPercent: 1,
  shippingCents: 4500,
})

describe('CalculationPanel', () => {
  it('renders every step of example A, in order, as an ordered list', async () => {
    const { wrapper } = await mountPanel({ explanation: exampleA.explanation })
    const items = wrapper.findAll('ol > li')
    expect(items).toHaveLength(exampleA.explanation.length)
    expect(items.map((item) => item.attributes('data-step'))).toEqual(exampleA.explanation.map((step) => step.key))
    expect(wrapper.find('section').attributes('aria-labelledby')).toBe(wrapper.find('h3').attributes('id'))
    expect(wrapper.find('h3').text()).toBe('Détail du calcul')
  })

  it('formats figures the French way, with the unrounded value before its rounding (course convention)', async () => {
    const { wrapper } = await mountPanel({ explanation: exampleA.explanation })
    const all = text(wrapper.text())
    expect(all).toContain('Ligne 1 : 12 × 145,00 € = 1 740,00 €, arrondi à 1 740,00 € HT')
    expect(all).toContain('Remise n° 1 de 5 % sur 2 909,70 € : 145,485 €, arrondi à 145,49 € ; reste 2 764,21 €')
    expect(all).toContain('équivalent à une remise unique de 6,9 %, et non de 7 %')
    expect(all).toContain('TVA à 20 % sur la base totale 2 726,84 € : 545,368 €, arrondie à 545,37 €')
    expect(all).toContain('Total TTC = HT + TVA = 2 726,84 € + 545,37 € = 3 272,21 €')
    expect(all).not.toMatch(/calc\.|\{\{/) // no raw key, no unfilled placeholder
  })

  it("shows each step's rule source (CGI art. 242 nonies A, EN 16931 BR-CO-17…)", async () => {
    const { wrapper } = await mountPanel({ explanation: exampleA.explanation })
    const sources = wrapper.findAll('li small').map((node) => text(node.text()))
    expect(sources).toHaveLength(exampleA.explanation.length)
    expect(sources[0]).toBe('Règle : CGI, ann. II, art. 242 nonies A (quantité, prix unitaire HT)')
    expect(sources).toContain('Règle : CGI, ann. II, art. 242 nonies A ; EN 16931 BR-CO-17')
    expect(sources).toContain("Règle : CGI art. 267 I-2° (l'accessoire suit le principal)")
  })

  it('renders the VAT summary as an accessible table when the result is given', async () => {
    const { wrapper } = await mountPanel({ explanation: exampleA.explanation, result: exampleA })
    const table = wrapper.find('table')
    expect(table.find('caption').text()).toBe('Récapitulatif de la TVA par taux')
    expect(table.findAll('thead th').every((th) => th.attributes('scope') === 'col')).toBe(true)
    const row = table.find('tbody tr')
    expect(row.find('th').attributes('scope')).toBe('row')
    expect(text(row.text())).toBe('20 %2 726,84 €545,37 €')
    expect(text(table.find('tfoot').text())).toContain('Net à payer3 272,21 €')
  })

  it('has no table without a result', async () => {
    const { wrapper } = await mountPanel({ explanation: exampleA.explanation })
    expect(wrapper.find('table').exists()).toBe(false)
  })

  it('renders in English with en-GB figures', async () => {
    const { wrapper } = await mountPanel({ explanation: exampleA.explanation, result: exampleA }, 'en')
    const all = text(wrapper.text())
    expect(all).toContain('Discount no. 1 of 5% on €2,909.70: €145.485, rounded to €145.49; leaves €2,764.21')
    expect(all).toContain('Rule: CGI, annex II, art. 242 nonies A; EN 16931 BR-CO-17')
    expect(all).toContain('Amount due€3,272.21')
  })

  it('follows a language switch', async () => {
    const { wrapper, instance } = await mountPanel({ explanation: exampleA.explanation })
    await instance.changeLanguage('en')
    await nextTick()
    expect(wrapper.find('h3').text()).toBe('Calculation details')
    expect(text(wrapper.text())).toContain('Total incl. VAT = excl. VAT + VAT = €2,726.84 + €545.37 = €3,272.21')
  })

  it('example B: carriage split pro rata and the two rates (CGI 267 I-2°)', async () => {
    const exampleB = priceDocument({
      lines: [
        { quantity: 3, unitPriceCents: 1870, vatRatePercent: 5.5 },
        { quantity: 1, unitPriceCents: 1810, vatRatePercent: 5.5 },
        { quantity: 5, unitPriceCents: 499, vatRatePercent: 20 },
        { quantity: 7, unitPriceCents: 235, vatRatePercent: 20 },
      ],
      shippingCents: 1500,
    })
    const { wrapper } = await mountPanel({ explanation: exampleB.explanation, result: exampleB })
    const all = text(wrapper.text())
    expect(all).toContain('Part du port au taux de 5,5 % : port × 74,20 € / 115,60 € = 9,62803 €, soit 9,63 €')
    expect(all).toContain('TVA à 5,5 % sur la base totale 83,83 € : 4,61065 €, arrondie à 4,61 €')
    expect(wrapper.findAll('tbody th').map((th) => text(th.text()))).toEqual(['5,5 %', '20 %'])
  })

  it('prints the mandatory wording of an exempt category and its label (CGI art. 262 I)', async () => {
    const exported = priceDocument({ lines: [{ quantity: 1, unitPriceCents: 10000, vatRatePercent: 0, vatCategory: 'exportExempt' }] })
    const { wrapper } = await mountPanel({ explanation: exported.explanation, result: exported })
    expect(wrapper.text()).toContain('« Exonération de TVA, art. 262 I du CGI »')
    expect(wrapper.find('tbody th').text()).toBe('Export hors UE (exonéré)')
  })

  it('a credit note says "net à déduire" (example C)', async () => {
    const exampleC = priceDocument({ documentType: 'creditNote', lines: [{ quantity: 2, unitPriceCents: 14500, vatRatePercent: 20 }], discountsPercent: [5, 2], earlyPaymentDiscountPercent: 1 })
    const { wrapper } = await mountPanel({ explanation: exampleC.explanation, result: exampleC })
    const all = text(wrapper.text())
    expect(all).toContain('Net à déduire : 320,75 €')
    expect(all).toContain('Net à déduire320,75 €')
  })

  it('renders a penalty explanation with long French dates (C. com. L441-10 II)', async () => {
    const penalty = latePaymentPenalty({ amountInclVatCents: 486000, dueDate: '2026-01-31', paymentDate: '2026-02-23' })
    const { wrapper } = await mountPanel({ explanation: penalty.explanation })
    const all = text(wrapper.text())
    expect(all).toContain('Échéance le 31 janvier 2026, paiement le 23 février 2026 : 23 jours de retard')
    expect(all).toContain('Pénalités : 4 860,00 € × 12,15 % × 23 jours / 365 = 37,20896 €, arrondies à 37,21 €')
    expect(all).toContain('Total dû pour le retard : 37,21 € + 40,00 € = 77,21 € (sans TVA)')
  })
})
