// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import I18NextVue from 'i18next-vue'
import PrimeVue from 'primevue/config'
import ToastService from 'primevue/toastservice'
import InboundInvoicesPage from '@/pages/InboundInvoicesPage.vue'
import { createI18n } from '@/i18n'
import { allResources } from '@/i18n/all-messages'
import { useWorkspaceStore } from '@/stores/workspace'
import type { WorkspaceDb } from '@/db/workspace-db'
import { makeSalesRouter } from '../mount-sales-page'
import { dubois, salesWorkspace, setup } from '../../../integration/commands/sales/sales-workspace'

// Issue 7: the direct service invoice opens its draft; the periodic invoice of a month with no delivery
// note is refused with the rule's words, and nothing is written.
let db: WorkspaceDb | undefined
afterEach(() => db?.close())

async function mountPage() {
  db = (await salesWorkspace()).db
  const router = makeSalesRouter()
  await router.push('/ventes/factures-directes')
  const i18next = await createI18n('fr', allResources)
  setActivePinia(createPinia())
  const wrapper = mount(InboundInvoicesPage, { global: { plugins: [[I18NextVue, { i18next }], [PrimeVue, { theme: 'none' }], ToastService, router] } })
  useWorkspaceStore().db = db
  await vi.waitFor(() => expect(wrapper.find('#service-customer option').exists()).toBe(true), { timeout: 3000 })
  return { wrapper, router }
}

describe('InboundInvoicesPage', () => {
  it('creates a draft service invoice and opens it', async () => {
    const { wrapper, router } = await mountPage()
    expect(wrapper.findAll('#service-product option').map((o) => o.text())).toEqual(['SRV-001 — Installation sur site'])
    await wrapper.find('#service-customer').setValue(dubois.id)
    await wrapper.find('#service-product').setValue(setup.id)
    await wrapper.find('#service-quantity').setValue('2,5')
    await wrapper.find('[data-testid="service-invoice"]').trigger('submit')
    await vi.waitFor(() => expect(router.currentRoute.value.path).toMatch(/^\/ventes\/[0-9a-f-]{36}$/))
    const [invoice] = await db!.salesDocs.toArray()
    expect(invoice).toMatchObject({ type: 'invoice', status: 'draft', customerId: dubois.id })
    expect(invoice!.lines[0]!.quantity).toBe(2.5)
  })

  it('refuses a periodic invoice for a month with nothing delivered, in words', async () => {
    const { wrapper } = await mountPage()
    await wrapper.find('#periodic-customer').setValue(dubois.id)
    await wrapper.find('#periodic-month').setValue('2026-02')
    await wrapper.find('[data-testid="periodic-invoice"]').trigger('submit')
    await vi.waitFor(() => expect(wrapper.find('[data-testid="direct-refusal"]').exists()).toBe(true))
    expect(wrapper.find('[data-testid="direct-refusal"]').text()).toBe('Aucun bon de livraison de Atelier Dubois en 2026-02 ne reste à facturer.')
    expect(await db!.salesDocs.count()).toBe(0)
  })
})
