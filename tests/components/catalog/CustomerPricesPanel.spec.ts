// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { RouterLinkStub } from '@vue/test-utils'
import CustomerPricesPanel from '@/components/catalog/CustomerPricesPanel.vue'
import { useWorkspaceStore } from '@/stores/workspace'
import type { WorkspaceDb } from '@/db/workspace-db'
import { mountWithApp } from '../../factories/mount'
import { makeWorkspace } from '../../factories/workspace'
import { writeCompany } from '../../factories/company-records'

let db: WorkspaceDb | undefined
afterEach(() => db?.close())
const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ')

/** Brasserie Lumière (general discount 5 %) with a net price on the chair and an expired discount on the desk. */
async function setUp(customerId = 'cus-lumiere', language: 'fr' | 'en' = 'fr') {
  db = (await makeWorkspace('2026-03-02')).db
  await writeCompany(db)
  await db.priceAgreements.bulkAdd([
    { id: 'pa-chair', customerId: 'cus-lumiere', productId: 'p-chair', priceCents: 12_900, validFrom: '2026-01-01', validUntil: '2026-12-31' },
    { id: 'pa-desk', customerId: 'cus-lumiere', productId: 'p-desk', discountPercent: 10, validFrom: '2025-01-01', validUntil: '2025-12-31' },
  ])
  const wrapper = await mountWithApp(CustomerPricesPanel, { props: { customerId }, global: { stubs: { RouterLink: RouterLinkStub } } }, language)
  useWorkspaceStore().db = db
  return wrapper
}

describe('CustomerPricesPanel', () => {
  it("lists the customer's agreements with the net unit price on the simulated date and explains it on demand", async () => {
    const wrapper = await setUp()
    await vi.waitFor(() => expect(wrapper.findAll('tbody tr')).toHaveLength(2))
    expect(plain(wrapper.find('[data-testid="general-discount"]').text())).toBe('Remise générale du client (fiche client) : 5 %')
    const chair = wrapper.find('[data-testid="agreement-pa-chair"]')
    expect(plain(chair.text())).toContain('Prix net 129,00 €')
    expect(plain(chair.text())).toContain('du 01/01/2026 au 31/12/2026')
    expect(chair.text()).toContain('En vigueur')
    expect(plain(chair.find('[data-testid="effective-price"]').text())).toBe('129,00 €')
    // The desk's agreement is over: today the general 5 % applies (389,90 − 19,50 = 370,40).
    const desk = wrapper.find('[data-testid="agreement-pa-desk"]')
    expect(desk.text()).toContain('Échu')
    expect(plain(desk.find('[data-testid="effective-price"]').text())).toBe('370,40 €')

    const explain = chair.findAll('button').find((b) => b.text() === 'Voir le calcul')!
    expect(explain.attributes('aria-expanded')).toBe('false')
    await explain.trigger('click')
    expect(explain.attributes('aria-expanded')).toBe('true')
    const steps = plain(wrapper.find('#explain-pa-chair').text())
    expect(steps).toContain('Prix catalogue HT : 145,00 €')
    expect(steps).toContain("C'est un prix net : la remise générale du client (5 %) ne s'y ajoute pas")
    expect(steps).toContain('Prix unitaire net HT pour ce client : 129,00 €')
  })

  it('adds a discount agreement through the command (inactive products are not offered), and refuses an overlapping one with the reason', async () => {
    const wrapper = await setUp()
    await vi.waitFor(() => expect(wrapper.findAll('tbody tr')).toHaveLength(2))
    const form = wrapper.find('form')
    const select = form.find('select')
    expect(select.findAll('option').map((o) => o.attributes('value'))).toEqual(['', 'p-desk', 'p-chair'])
    await select.setValue('p-desk')
    await form.find('input[value="discount"]').setValue(true)
    await form.find('input[inputmode="decimal"]').setValue('12,5')
    await form.trigger('submit')
    await vi.waitFor(() => expect(wrapper.findAll('tbody tr')).toHaveLength(3))
    expect((await db!.priceAgreements.where('productId').equals('p-desk').toArray()).find((a) => a.id !== 'pa-desk')).toEqual(
      expect.objectContaining({ customerId: 'cus-lumiere', discountPercent: 12.5, validFrom: '2026-03-02' }),
    )
    expect(plain(wrapper.text())).toContain('Remise de 12,5 %')

    await select.setValue('p-chair')
    await form.find('input[value="price"]').setValue(true)
    await form.find('input[inputmode="decimal"]').setValue('120')
    await form.trigger('submit')
    await vi.waitFor(() => expect(wrapper.find('[data-testid="agreement-refusal"]').exists()).toBe(true))
    expect(plain(wrapper.find('[data-testid="agreement-refusal"]').text())).toContain('Brasserie Lumière a déjà un prix convenu pour CHA-001 du 01/01/2026 au 31/12/2026')
    expect(await db!.priceAgreements.count()).toBe(3)
  })

  it('prices any product for this customer, with the rule that applied', async () => {
    const wrapper = await setUp()
    await vi.waitFor(() => expect(wrapper.findAll('tbody tr')).toHaveLength(2))
    const tryout = wrapper.find('.price-tryout select')
    await tryout.setValue('p-desk')
    await vi.waitFor(() => expect(wrapper.find('[data-testid="tried-price"]').exists()).toBe(true))
    expect(plain(wrapper.find('[data-testid="tried-price"]').text())).toContain('Prix net au 02/03/2026 : 370,40 € (Remise générale du client)')
    expect(plain(wrapper.find('[data-testid="tried-price"]').text())).toContain('Remise de 5 % sur 389,90 € : 19,495 €, arrondie à 19,50 €')
  })

  it('says a prospect has no particular prices (they come once it is a customer)', async () => {
    const wrapper = await setUp('pro-nova', 'en')
    await vi.waitFor(() => expect(wrapper.text()).toContain('Particular prices are agreed with a customer: this tier is not one.'))
    expect(wrapper.find('form').exists()).toBe(false)
  })
})
