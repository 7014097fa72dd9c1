// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, RouterLinkStub, type VueWrapper } from '@vue/test-utils'
import Select from 'primevue/select'
import SalesDocEditor from '@/components/sales/editor/SalesDocEditor.vue'
import type { EditorSave } from '@/components/sales/editor/editor-input'
import { priceDocument, type PriceAgreement, type SalesDoc } from '@/domain'
import { formatMoney } from '@/i18n/format'
import type { Reason } from '@/db/types'
import { mountWithApp } from '../../../factories/mount'
import { makeCarrier, makeCustomer, makeProduct } from '../../../factories/company-records'

const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ')
const chair = makeProduct({ id: 'p-chair', reference: 'CHA-001' })
const desk = makeProduct({ id: 'p-desk', reference: 'BUR-010', designation: { fr: 'Bureau droit 160 cm', en: 'Straight desk 160 cm' }, priceCents: 38_990 })
const old = makeProduct({ id: 'p-old', reference: 'OLD-001', active: false })
// A B2B customer with a 5 % general discount and a net price agreed on the desk.
const dubois = makeCustomer({ id: 'cus-dubois', name: 'Atelier Dubois', customer: { ...makeCustomer({ id: 'x', name: 'x' }).customer!, discountPercent: 5 } })
const nova = makeCustomer({ id: 'pro-nova', name: 'Nova Conseil', kind: 'prospect' })
const carrier = makeCarrier({ id: 'car-1', name: 'Transports Rapides' })
const deskPrice: PriceAgreement = { id: 'ag-1', customerId: dubois.id, productId: desk.id, priceCents: 35_000, validFrom: '2026-01-01' }

let wrapper: VueWrapper | undefined
afterEach(() => wrapper?.unmount())

async function mountEditor(options: { kind?: 'quote' | 'order'; doc?: SalesDoc | null; customerId?: string | null; save?: (r: EditorSave) => Promise<Reason | null>; language?: 'fr' | 'en' } = {}) {
  const save = vi.fn(options.save ?? (async () => null))
  wrapper = await mountWithApp(SalesDocEditor, {
    props: {
      kind: options.kind ?? 'quote', doc: options.doc ?? null, title: 'Éditeur', tiers: [dubois, nova, carrier], products: [chair, desk, old],
      simDate: '2026-03-02', validityDays: 30, warehouses: [{ id: 'wh-lyon', name: 'Entrepôt de Lyon', address: dubois.billingAddress }],
      initialCustomerId: options.customerId === undefined ? dubois.id : options.customerId,
      loadAgreements: async (id: string) => (id === dubois.id ? [deskPrice] : []), save, cancelTo: '/ventes',
    },
    global: { stubs: { RouterLink: RouterLinkStub } },
    attachTo: document.body,
  }, options.language ?? 'fr')
  await flushPromises()
  return { wrapper, save }
}

/** Chooses in the pick list of a field as the keyboard's Enter does: the Select emits the value. */
async function choose(w: VueWrapper, inputId: string, value: string) {
  const select = w.findAllComponents(Select).find((s) => s.props('inputId') === inputId)!
  select.vm.$emit('update:modelValue', value)
  await flushPromises()
}
const input = (w: VueWrapper, id: string) => w.find(`#${id}`).element as HTMLInputElement

describe('SalesDocEditor', () => {
  it('a quote for a B2B customer: prices prefilled from the customer (discount, agreed net price), cascade and escompte, totals = priceDocument, the command input sent', async () => {
    const { wrapper: w, save } = await mountEditor()
    await choose(w, 'line-0-product', chair.id)
    expect(input(w, 'line-0-price').value).toBe('145,00')
    expect(input(w, 'line-0-discounts').value).toBe('5')
    expect(plain(w.find('[data-testid="line-0-price-note"]').text())).toBe('Prix client : 137,75 € HT net (Remise générale du client)')
    await w.find('#line-0-quantity').setValue('12')

    await w.find('#add-line').trigger('click')
    await flushPromises()
    expect(document.activeElement?.id).toBe('line-1-product')
    await choose(w, 'line-1-product', desk.id)
    expect(input(w, 'line-1-price').value).toBe('350,00')
    expect(input(w, 'line-1-discounts').value).toBe('')
    await w.find('#line-1-quantity').setValue('3')
    await w.find('#doc-discounts').setValue('5 ; 2')
    await w.find('#doc-early-payment').setValue('2')

    const expected = priceDocument({
      lines: [{ quantity: 12, unitPriceCents: 14_500, vatRatePercent: 20, discountsPercent: [5] }, { quantity: 3, unitPriceCents: 35_000, vatRatePercent: 20 }],
      discountsPercent: [5, 2], earlyPaymentDiscountPercent: 2,
    })
    expect(plain(w.find('[data-testid="amount-due"]').text())).toBe(plain(formatMoney(expected.amountDueCents, 'fr')))
    expect(plain(w.find('[data-testid="line-0-net"]').text())).toBe(plain(formatMoney(expected.lines[0]!.netCents, 'fr')))
    expect(plain(w.text())).toContain(`Escompte− ${plain(formatMoney(expected.earlyPaymentDiscountCents, 'fr'))}`)

    await w.find('form').trigger('submit')
    await vi.waitFor(() => expect(save).toHaveBeenCalledTimes(1))
    expect(save.mock.calls[0]![0]).toEqual({
      command: 'createQuote',
      input: {
        customerId: dubois.id, validUntil: '2026-04-01', deliveryAddressIndex: 0, discountsPercent: [5, 2], earlyPaymentDiscountPercent: 2,
        lines: [
          { productId: chair.id, quantity: 12, unitPriceCents: 14_500, discountsPercent: [5] },
          { productId: desk.id, quantity: 3, unitPriceCents: 35_000, discountsPercent: [] },
        ],
      },
    })
  })

  it('a price typed by hand is kept and flagged; the customer price comes back on demand', async () => {
    const { wrapper: w } = await mountEditor()
    await choose(w, 'line-0-product', chair.id)
    await w.find('#line-0-price').setValue('130,00')
    expect(w.find('[data-testid="line-0-price-note"]').classes()).toContain('flag-warn')
    expect(plain(w.find('[data-testid="line-0-price-note"]').text())).toContain('Prix saisi à la main')
    const reset = w.findAll('button').find((b) => b.text() === 'Reprendre le prix client, ligne 1')!
    await reset.trigger('click')
    expect(input(w, 'line-0-price').value).toBe('145,00')
    expect(w.find('[data-testid="line-0-price-note"]').classes()).not.toContain('flag-warn')
  })

  it('explains the customer price step by step, with the rule of each step', async () => {
    const { wrapper: w } = await mountEditor()
    await choose(w, 'line-0-product', desk.id)
    const toggle = w.findAll('button').find((b) => b.text() === 'Détail du prix client, ligne 1')!
    expect(toggle.attributes('aria-expanded')).toBe('false')
    await toggle.trigger('click')
    expect(toggle.attributes('aria-expanded')).toBe('true')
    const steps = w.findAll('[data-step]').map((s) => s.attributes('data-step'))
    expect(steps).toEqual(['catalog.priceStep.listPrice', 'catalog.priceStep.agreementOpenPeriod', 'catalog.priceStep.agreementNetPrice', 'catalog.priceStep.netUnitPrice'])
    expect(plain(w.text())).toContain('Prix net convenu : 350,00 € HT')
  })

  it('bad figures are named under their field, the first one focused, and nothing is sent', async () => {
    const { wrapper: w, save } = await mountEditor()
    await choose(w, 'line-0-product', chair.id)
    await w.find('#line-0-price').setValue('12,345')
    await w.find('#doc-discounts').setValue('5 ; abc')
    expect(w.find('#line-0-price-help').text()).toBe('Prix unitaire HT (€) (ligne 1) : trop de décimales (2 pour un montant, 3 pour une quantité ou un taux)')
    expect(w.find('#line-0-price').attributes('aria-describedby')).toBe('line-0-price-help')
    expect(w.find('#doc-discounts-help').text()).toContain('Remises en cascade sur le document (%) : un nombre est attendu')
    expect(w.find('[data-testid="totals-pending"]').exists()).toBe(true)
    await w.find('#line-0-quantity').setValue('0')
    expect(w.find('#line-0-quantity-help').text()).toBe('Quantité (ligne 1) : la quantité doit être supérieure à 0')

    await w.find('form').trigger('submit')
    await flushPromises()
    expect(save).not.toHaveBeenCalled()
    expect(document.activeElement?.id).toBe('line-0-quantity')
    expect(w.find('[data-testid="editor-errors"]').text()).toBe('Enregistrement impossible : corrigez 3 champ(s) signalé(s).')
  })

  it('asks for the customer and an article on every line only at saving', async () => {
    const { wrapper: w, save } = await mountEditor({ customerId: null })
    expect(w.find('#doc-customer-help').classes()).toContain('muted')
    expect(w.find('#line-0-price-help').exists()).toBe(false)
    await w.find('form').trigger('submit')
    await flushPromises()
    expect(save).not.toHaveBeenCalled()
    expect(w.find('#doc-customer-help').text()).toBe('Client : choisissez le client du document')
    expect(w.find('#line-0-product-help').text()).toBe('Article (ligne 1) : choisissez un article (recherche par référence ou désignation)')
    expect(w.find('#line-0-price-help').text()).toBe('Prix unitaire HT (€) (ligne 1) : à renseigner')
    expect(document.activeElement?.id).toBe('doc-customer')
  })

  it("a refusal is shown under the field it concerns, or above the save button with the rule's words", async () => {
    const refusals: Reason[] = [
      { key: 'sales.errors.validUntilPast', values: { validUntil: '2026-02-01', todayDate: '2026-03-02' } },
      { key: 'command.invalid.too_big', values: { field: 'earlyPaymentDiscountPercent', maximum: 10 } },
      { key: 'sales.errors.noSettings' },
    ]
    const { wrapper: w } = await mountEditor({ save: async () => refusals.shift() ?? null })
    await choose(w, 'line-0-product', chair.id)
    await w.find('form').trigger('submit')
    await vi.waitFor(() => expect(w.find('#doc-valid-until-help').text()).toBe('Date de validité 2026-02-01 déjà passée (nous sommes le 2026-03-02) : choisissez une date à venir.'))
    expect(document.activeElement?.id).toBe('doc-valid-until')

    await w.find('form').trigger('submit')
    await vi.waitFor(() => expect(w.find('#doc-early-payment-help').text()).toBe('Saisie incorrecte : le champ « Escompte (%) » ne peut pas dépasser 10.'))
    // Typing again clears the refusal: the learner is fixing it.
    await w.find('#doc-early-payment').setValue('3')
    expect(w.find('#doc-early-payment-help').classes()).toContain('muted')

    await w.find('form').trigger('submit')
    await vi.waitFor(() => expect(w.find('[data-testid="editor-refusal"]').exists()).toBe(true))
    expect(w.find('[data-testid="editor-refusal"]').text()).toContain("Cet espace de travail n'a pas de paramètres d'entreprise")
  })

  it('removing a line from the keyboard puts the focus on the line that takes its place, then on "Add a line"', async () => {
    const { wrapper: w } = await mountEditor()
    await choose(w, 'line-0-product', chair.id)
    await w.find('#add-line').trigger('click')
    await choose(w, 'line-1-product', desk.id)
    await w.findAll('button').find((b) => b.text() === 'Supprimer la ligne 1')!.trigger('click')
    await flushPromises()
    expect(document.activeElement?.id).toBe('line-0-product')
    expect(input(w, 'line-0-price').value).toBe('350,00')
    expect(w.findAll('button').some((b) => b.text().startsWith('Supprimer la ligne'))).toBe(false)
    await w.find('#add-line').trigger('click')
    await w.findAll('button').find((b) => b.text() === 'Supprimer la ligne 2')!.trigger('click')
    await flushPromises()
    expect(document.activeElement?.id).toBe('add-line')
  })

  it('edits a draft quote: customer fixed, stored prices kept (not re-prefilled), address and validity read back, updateQuote sent', async () => {
    const quote: SalesDoc = {
      id: 'q-1', type: 'quote', number: 'DE-2026-00007', status: 'draft', customerId: dubois.id, date: '2026-02-20', validUntil: '2026-03-22',
      lines: [{ productId: chair.id, designation: 'Chaise', quantity: 2.5, unitPriceCents: 12_000, vatRatePercent: 20, discountsPercent: [10, 2.5], unitCostCents: 0 }],
      discountsPercent: [3], shippingCents: 4_500, notes: 'Livraison le matin', deliveryAddress: dubois.deliveryAddresses[0],
      salespersonId: 'sp-1', channel: 'direct', sourceIds: [],
    }
    const { wrapper: w, save } = await mountEditor({ doc: quote, customerId: null })
    expect(w.findAllComponents(Select).find((s) => s.props('inputId') === 'doc-customer')!.props('disabled')).toBe(true)
    expect(input(w, 'line-0-quantity').value).toBe('2,5')
    expect(input(w, 'line-0-price').value).toBe('120,00')
    expect(input(w, 'line-0-discounts').value).toBe('10 ; 2,5')
    expect(input(w, 'doc-discounts').value).toBe('3')
    expect(input(w, 'doc-shipping').value).toBe('45,00')
    expect(input(w, 'doc-valid-until').value).toBe('2026-03-22')
    expect(w.find('[data-testid="line-0-price-note"]').classes()).toContain('flag-warn')
    await w.find('#line-0-quantity').setValue('4')
    await w.find('form').trigger('submit')
    await vi.waitFor(() => expect(save).toHaveBeenCalledTimes(1))
    expect(save.mock.calls[0]![0]).toEqual({
      command: 'updateQuote',
      input: {
        quoteId: 'q-1', validUntil: '2026-03-22', deliveryAddressIndex: 0, discountsPercent: [3], shippingCents: 4_500, notes: 'Livraison le matin',
        lines: [{ productId: chair.id, quantity: 4, unitPriceCents: 12_000, discountsPercent: [10, 2.5] }],
      },
    })
  })

  it('a direct order: customers only (no prospect), purchase-order number, warehouse and carrier sent', async () => {
    const { wrapper: w, save } = await mountEditor({ kind: 'order' })
    const customerSelect = w.findAllComponents(Select).find((s) => s.props('inputId') === 'doc-customer')!
    expect((customerSelect.props('options') as { label: string }[]).map((o) => o.label)).toEqual(['Atelier Dubois'])
    expect(w.find('#doc-valid-until').exists()).toBe(false)
    await choose(w, 'line-0-product', chair.id)
    await w.find('#doc-po').setValue(' PO-7781 ')
    await w.find('#doc-warehouse').setValue('wh-lyon')
    await w.find('#doc-carrier').setValue('car-1')
    await w.find('form').trigger('submit')
    await vi.waitFor(() => expect(save).toHaveBeenCalledTimes(1))
    expect(save.mock.calls[0]![0]).toEqual({
      command: 'createOrder',
      input: {
        customerId: dubois.id, deliveryAddressIndex: 0, customerPoNumber: 'PO-7781', warehouseId: 'wh-lyon', carrierId: 'car-1',
        lines: [{ productId: chair.id, quantity: 1, unitPriceCents: 14_500, discountsPercent: [5] }],
      },
    })
  })

  it('in English: English labels, prices typed back the English way, the prospect marked in the list', async () => {
    const { wrapper: w } = await mountEditor({ language: 'en' })
    await choose(w, 'line-0-product', chair.id)
    expect(input(w, 'line-0-price').value).toBe('145.00')
    expect(w.find('label[for="line-0-price"]').text()).toBe('Unit price excl. VAT (€) (line 1)')
    const options = w.findAllComponents(Select).find((s) => s.props('inputId') === 'doc-customer')!.props('options') as { label: string }[]
    expect(options.map((o) => o.label)).toEqual(['Atelier Dubois', 'Nova Conseil (prospect)'])
    expect(w.find('button[type="submit"]').text()).toBe('Create the quote')
  })
})
