// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, RouterLinkStub, type VueWrapper } from '@vue/test-utils'
import Select from 'primevue/select'
import { createMemoryHistory, createRouter, routeLocationKey, routerKey } from 'vue-router'
import SalesDocEditorPage from '@/pages/SalesDocEditorPage.vue'
import { createQuote, sendQuote } from '@/commands/sales/quotes'
import { useWorkspaceStore } from '@/stores/workspace'
import { routes } from '@/router/features/sales'
import { formatMoney } from '@/i18n/format'
import type { WorkspaceDb } from '@/db/workspace-db'
import { mountWithApp } from '../../../factories/mount'
import { chair, desk, doc, dubois, nova, run, salesWorkspace } from '../../../integration/commands/sales/sales-workspace'

const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ')
let db: WorkspaceDb | undefined
let wrapper: VueWrapper | undefined
afterEach(() => {
  wrapper?.unmount()
  db?.close()
})

/**
 * The page against a real workspace (the sales commands' factory company, 2026-03-02); `prepare` writes
 * what the test needs first and says which route to open.
 */
async function openPage(prepare: (db: WorkspaceDb) => Promise<{ path: string; props: Record<string, unknown> }>) {
  db = (await salesWorkspace()).db
  // Particular conditions: a net price agreed on the desk for Atelier Dubois.
  await db.priceAgreements.add({ id: 'ag-desk', customerId: dubois.id, productId: desk.id, priceCents: 35_000, validFrom: '2026-01-01' })
  const { path, props } = await prepare(db)
  const router = createRouter({ history: createMemoryHistory(), routes })
  await router.push(path)
  const push = vi.spyOn(router, 'push').mockResolvedValue(undefined)
  wrapper = await mountWithApp(SalesDocEditorPage, {
    props, attachTo: document.body,
    global: { stubs: { RouterLink: RouterLinkStub }, provide: { [routerKey as symbol]: router, [routeLocationKey as symbol]: router.currentRoute.value } },
  } as never)
  useWorkspaceStore().db = db
  await vi.waitFor(() => expect(wrapper!.find('form').exists() || wrapper!.find('[data-testid="not-editable"]').exists()).toBe(true))
  await flushPromises()
  return { wrapper, push }
}
const draftQuote = async (d: WorkspaceDb) => (await run(d, createQuote, { customerId: dubois.id, lines: [{ productId: chair.id, quantity: 2 }] })).quoteId

async function choose(w: VueWrapper, inputId: string, value: string) {
  const select = w.findAllComponents(Select).find((s) => s.props('inputId') === inputId)!
  select.vm.$emit('update:modelValue', value)
  await flushPromises()
}

describe('SalesDocEditorPage', () => {
  it('creates a quote through sales.createQuote: the document stored holds the totals shown before saving, then its page opens', async () => {
    const { wrapper: w, push } = await openPage(async () => ({ path: '/ventes/devis/nouveau', props: { kind: 'quote' } }))
    expect(w.find('h1').text()).toBe('Nouveau devis')
    await choose(w, 'doc-customer', dubois.id)
    await choose(w, 'line-0-product', chair.id)
    await w.find('#line-0-quantity').setValue('12')
    await w.find('#add-line').trigger('click')
    await choose(w, 'line-1-product', desk.id)
    await vi.waitFor(() => expect((w.find('#line-1-price').element as HTMLInputElement).value).toBe('350,00'))
    await w.find('#line-1-quantity').setValue('3')
    await w.find('#doc-discounts').setValue('5 ; 2')
    await w.find('#doc-early-payment').setValue('2')
    await w.find('#doc-shipping').setValue('45')
    const shown = plain(w.find('[data-testid="amount-due"]').text())

    await w.find('form').trigger('submit')
    await vi.waitFor(() => expect(push).toHaveBeenCalledTimes(1))
    const id = String(push.mock.calls[0]![0]).replace('/ventes/', '')
    const stored = await doc(db!, id)
    expect(plain(formatMoney(stored.totals!.amountDueCents, 'fr'))).toBe(shown)
    expect(stored).toMatchObject({
      type: 'quote', status: 'draft', number: 'DE-2026-00001', validUntil: '2026-04-01', discountsPercent: [5, 2], earlyPaymentDiscountPercent: 2, shippingCents: 4_500,
    })
    expect(stored.lines.map((l) => [l.productId, l.quantity, l.unitPriceCents, l.discountsPercent])).toEqual([[chair.id, 12, 14_500, undefined], [desk.id, 3, 35_000, undefined]])
    const entry = (await db!.journal.orderBy('seq').last())!
    expect(entry).toMatchObject({ command: 'sales.createQuote', outcome: 'done' })
  })

  it('an order for a prospect is refused by sales.createOrder (journaled), the rule shown under the customer field', async () => {
    const { wrapper: w, push } = await openPage(async () => ({ path: '/ventes/commandes/nouvelle?client=pro-nova', props: { kind: 'order' } }))
    expect(w.find('h1').text()).toBe('Nouvelle commande directe')
    // Prospects are not offered for an order; one chosen by a link from its page stays named, and the command refuses.
    const options = w.findAllComponents(Select).find((s) => s.props('inputId') === 'doc-customer')!.props('options') as { value: string; label: string }[]
    expect(options.map((o) => o.label)).toEqual(['Atelier Dubois', 'Nova Conseil (prospect)'])
    await choose(w, 'line-0-product', chair.id)
    await w.find('form').trigger('submit')
    await vi.waitFor(() => expect(w.find('#doc-customer-help').classes()).toContain('field-error'))
    expect(w.find('#doc-customer-help').text()).toBe(`« ${nova.name} » est encore un prospect : passez-le en client avant d'enregistrer sa commande.`)
    expect(push).not.toHaveBeenCalled()
    expect(await db!.salesDocs.count()).toBe(0)
    expect((await db!.journal.orderBy('seq').last())!).toMatchObject({ command: 'sales.createOrder', outcome: 'refused' })
  })

  it('edits a draft quote through sales.updateQuote, its stored prices kept', async () => {
    let quoteId = ''
    const { wrapper: w, push } = await openPage(async (d) => {
      quoteId = await draftQuote(d)
      return { path: `/ventes/${quoteId}/modifier`, props: { id: quoteId } }
    })
    expect(w.find('h1').text()).toBe('Modifier le devis DE-2026-00001')
    expect((w.find('#line-0-price').element as HTMLInputElement).value).toBe('145,00')
    await w.find('#line-0-quantity').setValue('5')
    await w.find('form').trigger('submit')
    await vi.waitFor(() => expect(push).toHaveBeenCalledWith(`/ventes/${quoteId}`))
    expect((await doc(db!, quoteId)).lines[0]).toMatchObject({ quantity: 5, unitPriceCents: 14_500 })
    expect((await db!.journal.orderBy('seq').last())!).toMatchObject({ command: 'sales.updateQuote', outcome: 'done' })
  })

  it('a sent quote is not edited here: the page says which rule forbids it', async () => {
    const { wrapper: w } = await openPage(async (d) => {
      const quoteId = await draftQuote(d)
      await run(d, sendQuote, { quoteId })
      return { path: `/ventes/${quoteId}/modifier`, props: { id: quoteId } }
    })
    expect(w.find('form').exists()).toBe(false)
    expect(w.find('[data-testid="not-editable"]').text()).toContain('« Modifier » impossible : DE-2026-00001 est au statut « Envoyé »')
  })
})
