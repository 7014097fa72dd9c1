// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { RouterLinkStub } from '@vue/test-utils'
import ProductForm from '@/components/catalog/ProductForm.vue'
import type { ProductDraft } from '@/domain'
import type { Reason } from '@/db/types'
import { mountWithApp } from '../../factories/mount'
import { makeProduct } from '../../factories/company-records'

const FAMILIES = [{ id: 'fam-chairs', name: { fr: 'Sièges', en: 'Seating' } }, { id: 'fam-services', name: { fr: 'Services', en: 'Services' } }]
const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ')

async function mountForm(options: { product?: ReturnType<typeof makeProduct> | null; save?: (draft: ProductDraft) => Promise<Reason | null>; language?: 'fr' | 'en' } = {}) {
  const save = vi.fn(options.save ?? (async () => null))
  const wrapper = await mountWithApp(ProductForm, {
    props: { product: options.product ?? null, families: FAMILIES, otherReferences: ['CHA-001'], simDate: '2026-03-02', save, cancelTo: '/stock-achats' },
    global: { stubs: { RouterLink: RouterLinkStub } },
    attachTo: document.body,
  }, options.language ?? 'fr')
  return { wrapper, save }
}

let unmount: (() => void) | undefined
afterEach(() => unmount?.())

describe('ProductForm', () => {
  it('creates a service: French amounts read exactly into cents, margins live, no stock nor weight sent', async () => {
    const { wrapper, save } = await mountForm()
    unmount = () => wrapper.unmount()
    await wrapper.find('#product-reference').setValue('SER-AUD-001')
    await wrapper.find('#product-family').setValue('fam-services')
    await wrapper.find('#product-designation-fr').setValue('Audit ergonomique')
    await wrapper.find('#product-designation-en').setValue('Ergonomic audit')
    await wrapper.find('#product-kind-service').setValue(true)
    await wrapper.find('#product-unit').setValue('h')
    await wrapper.find('#product-price').setValue('1 234,50')
    await wrapper.find('#product-cost').setValue('617,25')
    expect(wrapper.find('#product-weight').exists()).toBe(false)
    expect(wrapper.find('#product-safety-stock').exists()).toBe(false)
    // Marge 617,25; taux de marge 617,25 / 617,25 = 100 %; taux de marque 617,25 / 1 234,50 = 50 % (DOMAIN-FR §1).
    expect(plain(wrapper.find('[data-testid="margin"]').text())).toBe('617,25 €')
    expect(plain(wrapper.find('[data-testid="markup-rate"]').text())).toBe('100 %')
    expect(plain(wrapper.find('[data-testid="mark-rate"]').text())).toBe('50 %')
    expect(wrapper.find('[data-testid="coefficient"]').text()).toBe('2')

    await wrapper.find('form').trigger('submit')
    await vi.waitFor(() => expect(save).toHaveBeenCalledTimes(1))
    expect(save.mock.calls[0]![0]).toEqual({
      reference: 'SER-AUD-001', designation: { fr: 'Audit ergonomique', en: 'Ergonomic audit' }, familyId: 'fam-services', unit: 'h', kind: 'service',
      priceCents: 123_450, vatRatePercent: 20, costCents: 61_725, stockManaged: false, weightGrams: 0, safetyStock: 0, reorderPoint: 0, active: true,
    })
  })

  it('a price with 3 decimals is refused under the field, focused, and nothing is sent', async () => {
    const { wrapper, save } = await mountForm()
    unmount = () => wrapper.unmount()
    await wrapper.find('#product-price').setValue('12,345')
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(() => expect(wrapper.find('#product-price').attributes('aria-describedby')).toContain('issues-priceCents'))
    const describedBy = wrapper.find('#product-price').attributes('aria-describedby')!.split(' ')[0]!
    expect(wrapper.find(`[id="${describedBy}"]`).text()).toBe('« Prix HT » : 2 décimale(s) au plus.')
    expect(document.activeElement?.id).toBe('product-price')
    expect(wrapper.find('[data-testid="product-form-errors"]').exists()).toBe(true)
    expect(save).not.toHaveBeenCalled()
  })

  it('warns (without blocking) when the price is below the cost', async () => {
    const { wrapper } = await mountForm()
    unmount = () => wrapper.unmount()
    await wrapper.find('#product-price').setValue('39,90')
    await wrapper.find('#product-cost').setValue('41')
    expect(plain(wrapper.text())).toContain("Attention : le prix de vente (39,90 €) est inférieur au coût d'achat (41,00 €)")
    expect(wrapper.find('#product-price').attributes('aria-invalid')).toBeUndefined()
  })

  it('edits a stored product: its figures typed back the French way, rules live, a refusal shown with its reason', async () => {
    const chair = makeProduct({ id: 'p-chair', reference: 'CHA-002', priceCents: 14_550, vatRatePercent: 19.6, safetyStock: 2.5, reorderPoint: 20 })
    const { wrapper, save } = await mountForm({ product: chair, save: async () => ({ key: 'catalog.rules.referenceTaken', values: { fieldKey: 'reference', reference: 'CHA-001' } }) })
    unmount = () => wrapper.unmount()
    expect((wrapper.find('#product-price').element as HTMLInputElement).value).toBe('145,50')
    expect((wrapper.find('#product-safety-stock').element as HTMLInputElement).value).toBe('2,5')
    expect(plain(wrapper.text())).toContain("Le taux de TVA de 19,6 % n'est pas en vigueur au 02/03/2026 (CGI art. 278 et suivants).")
    await wrapper.find('#product-vat').setValue('rate:20')
    await wrapper.find('#product-reference').setValue('cha-001')
    expect(wrapper.text()).toContain("La référence « cha-001 » est déjà celle d'un autre article")
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(() => expect(wrapper.find('[data-testid="product-form-refusal"]').exists()).toBe(true))
    expect(save).toHaveBeenCalledTimes(1)
    expect(wrapper.find('[data-testid="product-form-refusal"]').text()).toContain('Enregistrement refusé')
  })

  it('reads English too (1,234.5 is not accepted as 1234.5 but 1234.5 is)', async () => {
    const { wrapper } = await mountForm({ language: 'en' })
    unmount = () => wrapper.unmount()
    await wrapper.find('#product-price').setValue('1234.5')
    await wrapper.find('#product-cost').setValue('617.25')
    expect(plain(wrapper.find('[data-testid="mark-rate"]').text())).toBe('50%')
    expect(wrapper.find('label[for="product-price"]').text()).toBe('Price excl. VAT')
  })
})
