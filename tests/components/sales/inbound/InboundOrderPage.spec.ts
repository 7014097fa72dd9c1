// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import I18NextVue from 'i18next-vue'
import PrimeVue from 'primevue/config'
import ToastService from 'primevue/toastservice'
import InboundOrderPage from '@/pages/InboundOrderPage.vue'
import { createOrder } from '@/commands/sales/orders'
import { createI18n, type Language } from '@/i18n'
import { allResources } from '@/i18n/all-messages'
import { useWorkspaceStore } from '@/stores/workspace'
import type { WorkspaceDb } from '@/db/workspace-db'
import type { InboundOrder } from '@/domain'
import { makeSalesRouter, mountSalesPage } from '../mount-sales-page'
import { chair, dubois, run, salesWorkspace } from '../../../integration/commands/sales/sales-workspace'

// Issue 7, the order inbox: the checks with their figures, the refusal while a price gap remains, the
// correction, and the order opened once recorded; "Envoyer par e-mail" on the document page.
let db: WorkspaceDb | undefined
afterEach(() => db?.close())
const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ')

const wrongPrice: InboundOrder = {
  id: 'inb-1', channel: 'marketplace', externalRef: 'MKP-1', receivedOn: '2026-03-01', status: 'pending',
  customer: { name: 'Atelier Dubois', siren: dubois.siren!, address: { line1: '8 rue Garibaldi', postalCode: '69006', city: 'Lyon', country: 'FR' } },
  lines: [{ reference: 'CHA-001', designation: 'Chaise', quantity: 2, unitPriceCents: 13_000, vatRatePercent: 20 }], shippingCents: 0,
}

async function mountInbound(language: Language = 'fr') {
  db = (await salesWorkspace()).db
  await db.inboundOrders.add(wrongPrice)
  const router = makeSalesRouter()
  await router.push('/ventes/commandes-entrantes/inb-1')
  const i18next = await createI18n(language, allResources)
  setActivePinia(createPinia())
  const wrapper = mount(InboundOrderPage, { props: { id: 'inb-1' }, global: { plugins: [[I18NextVue, { i18next }], [PrimeVue, { theme: 'none' }], ToastService, router] } })
  useWorkspaceStore().db = db
  await vi.waitFor(() => expect(wrapper.find('[data-testid="inbound-findings"]').exists()).toBe(true), { timeout: 3000 })
  return { wrapper, router }
}

describe('InboundOrderPage', () => {
  it('shows the price gap with its figures, refuses the recording, then records at the customer price', async () => {
    const { wrapper, router } = await mountInbound()
    expect(plain(wrapper.find('[data-code="priceGap"]').text())).toBe('Prix de CHA-001 : reçu 130,00 €, prix client 145,00 €, écart -15,00 € par unité (-30,00 € pour 2) (C. com. L441-1).')
    expect(wrapper.find('[data-testid="inbound-blocking"]').text()).toContain('1 point(s) bloquant(s)')
    await wrapper.find('[data-testid="inbound-record"]').trigger('click')
    await vi.waitFor(() => expect(wrapper.find('[data-testid="inbound-refusal"]').exists()).toBe(true))
    expect(await db!.salesDocs.count()).toBe(0)
    await wrapper.find('#inbound-prices').setValue(true)
    await vi.waitFor(() => expect(wrapper.find('[data-testid="inbound-blocking"]').exists()).toBe(false))
    await wrapper.find('[data-testid="inbound-record"]').trigger('click')
    await vi.waitFor(() => expect(router.currentRoute.value.path).toMatch(/^\/ventes\/[0-9a-f-]{36}$/))
    const order = (await db!.salesDocs.toArray())[0]!
    expect(order.lines[0]!.unitPriceCents).toBe(14_500)
    expect((await db!.inboundOrders.get('inb-1'))?.status).toBe('recorded')
  })

  it('speaks English', async () => {
    const { wrapper } = await mountInbound('en')
    expect(plain(wrapper.find('[data-code="priceGap"]').text())).toContain('received 130.00 €, customer price 145.00 €, gap -15.00 €')
    expect(wrapper.find('[data-testid="inbound-record"]').text()).toBe('Record the order')
  })
})

describe('"Envoyer par e-mail" on the document page', () => {
  it('links an order to the composer with its customer and the document', async () => {
    db = (await salesWorkspace()).db
    const order = await run(db, createOrder, { customerId: dubois.id, lines: [{ productId: chair.id, quantity: 1 }] })
    const { wrapper } = await mountSalesPage(order.orderId)
    useWorkspaceStore().db = db
    await vi.waitFor(() => expect(wrapper.find('[data-testid="email-action"]').exists()).toBe(true), { timeout: 3000 })
    await flushPromises()
    const link = wrapper.find('[data-testid="email-action"]')
    expect(link.text()).toBe('Envoyer par e-mail')
    expect(link.attributes('href')).toBe(`/messagerie/nouveau?tierId=${dubois.id}&documentId=${order.orderId}`)
  })
})
