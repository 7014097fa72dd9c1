// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { RouterLinkStub } from '@vue/test-utils'
import ProductCustomerPrices from '@/components/catalog/ProductCustomerPrices.vue'
import { useWorkspaceStore } from '@/stores/workspace'
import type { WorkspaceDb } from '@/db/workspace-db'
import { mountWithApp } from '../../factories/mount'
import { makeWorkspace } from '../../factories/workspace'
import { writeCompany } from '../../factories/company-records'

let db: WorkspaceDb | undefined
afterEach(() => db?.close())
const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ')

describe('ProductCustomerPrices', () => {
  it("lists each customer's price for the product, offers only customers, and removes a price through the command", async () => {
    db = (await makeWorkspace('2026-03-02')).db
    const company = await writeCompany(db)
    await db.priceAgreements.bulkAdd([
      { id: 'pa-1', customerId: 'cus-dubois', productId: 'p-chair', discountPercent: 8, validFrom: '2026-01-01' },
      { id: 'pa-2', customerId: 'cus-lumiere', productId: 'p-chair', priceCents: 12_900, validFrom: '2026-06-01' },
    ])
    const wrapper = await mountWithApp(ProductCustomerPrices, { props: { product: company.products.chair }, global: { stubs: { RouterLink: RouterLinkStub } } })
    useWorkspaceStore().db = db
    await vi.waitFor(() => expect(wrapper.findAll('tbody tr')).toHaveLength(2))
    const dubois = wrapper.find('[data-testid="agreement-pa-1"]')
    // 145,00 − 8 % (11,60) = 133,40: the agreed discount replaces Dubois's general 0 %.
    expect(plain(dubois.text())).toContain('Atelier Dubois')
    expect(plain(dubois.find('[data-testid="effective-price"]').text())).toBe('133,40 €')
    // Lumière's net price starts in June: today their general 5 % applies (145,00 − 7,25).
    const lumiere = wrapper.find('[data-testid="agreement-pa-2"]')
    expect(lumiere.text()).toContain('À venir')
    expect(plain(lumiere.find('[data-testid="effective-price"]').text())).toBe('137,75 €')
    await vi.waitFor(() => expect(wrapper.find('form select').findAll('option').map((o) => o.text())).toEqual(['Choisir un client', 'Atelier Dubois', 'Brasserie Lumière']))

    const remove = dubois.findAll('button').find((b) => b.attributes('aria-label') === 'Supprimer le prix de CHA-001 pour Atelier Dubois')!
    await remove.trigger('click')
    await vi.waitFor(() => expect(wrapper.findAll('tbody tr')).toHaveLength(1))
    expect((await db.priceAgreements.toArray()).map((a) => a.id)).toEqual(['pa-2'])
    expect(await db.journal.orderBy('seq').last()).toMatchObject({ command: 'catalog.removePriceAgreement', outcome: 'done' })
  })
})
