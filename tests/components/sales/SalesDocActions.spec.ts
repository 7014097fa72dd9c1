// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import type { Router } from 'vue-router'
import { useWorkspaceStore } from '@/stores/workspace'
import type { WorkspaceDb } from '@/db/workspace-db'
import { createQuote, sendQuote } from '@/commands/sales/quotes'
import { mountSalesPage } from './mount-sales-page'
import { chair, desk, dubois, run, salesWorkspace } from '../../integration/commands/sales/sales-workspace'

// Issue 7: the document page's actions (only the allowed ones), their dialogs and refusals with the rule,
// the mentions checker before validation, and the page following the chain to each document created.
let db: WorkspaceDb | undefined
afterEach(() => db?.close())
const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ')

async function openQuote(language: 'fr' | 'en' = 'fr') {
  db = (await salesWorkspace()).db
  const quote = await run(db, createQuote, { customerId: dubois.id, lines: [{ productId: chair.id, quantity: 10 }, { productId: desk.id, quantity: 2 }], discountsPercent: [5, 2], earlyPaymentDiscountPercent: 1 })
  await run(db, sendQuote, { quoteId: quote.quoteId })
  const { wrapper, router } = await mountSalesPage(quote.quoteId, language)
  useWorkspaceStore().db = db
  await vi.waitFor(() => expect(wrapper.find('[data-action]').exists()).toBe(true))
  return { wrapper, router, quote }
}

const actions = (wrapper: VueWrapper) => wrapper.findAll('[data-testid="action-bar"] [data-action]').map((b) => b.attributes('data-action'))
async function act(wrapper: VueWrapper, action: string) {
  await wrapper.find(`[data-testid="action-bar"] [data-action="${action}"]`).trigger('click')
  await vi.waitFor(() => expect(wrapper.find('.sales-action-dialog form').exists()).toBe(true))
  return wrapper.find('.sales-action-dialog form')
}
async function submit(wrapper: VueWrapper) {
  await wrapper.find('.sales-action-dialog form').trigger('submit')
  await flushPromises()
}
/** Submits the open dialog and follows the router to the document created. */
async function submitAndFollow(wrapper: VueWrapper, router: Router, from: string) {
  await submit(wrapper)
  await vi.waitFor(() => expect(router.currentRoute.value.path).not.toBe(`/ventes/${from}`))
  const id = String(router.currentRoute.value.params.id)
  await wrapper.setProps({ id })
  return id
}

describe('SalesDocDetailPage actions', () => {
  it('runs the chain from a sent quote: accept, order with PO number, partial delivery, invoice, mentions checker, validation, credit note', async () => {
    const { wrapper, router, quote } = await openQuote()
    expect(actions(wrapper)).toEqual(['accept', 'refuse', 'expire', 'duplicate', 'revise'])
    expect(wrapper.find('[data-testid="pdf-slot"]').exists()).toBe(true)

    const accept = await act(wrapper, 'accept')
    expect(accept.text()).toContain('valable jusqu\'au 01/04/2026')
    await submit(wrapper)
    await vi.waitFor(() => expect(actions(wrapper)).toEqual(['order', 'duplicate']))
    expect(wrapper.find('[aria-current="step"]').text()).toBe('Accepté')

    // Order from the quote with the customer's purchase-order number.
    const orderForm = await act(wrapper, 'order')
    await orderForm.find('[data-testid="po-input"]').setValue('PO-4521')
    const orderId = await submitAndFollow(wrapper, router, quote.quoteId)
    await vi.waitFor(() => expect(plain(wrapper.find('h1').text())).toBe('Commande BC-2026-00001'))
    expect(wrapper.text()).toContain('PO-4521')
    expect(actions(wrapper)).toEqual(['deliver', 'downPayment', 'cancel'])

    // Partial delivery: 4 chairs of 10, no desk; the dialog shows what remains and the stock, and the backorder.
    const deliver = await act(wrapper, 'deliver')
    expect(deliver.findAll('[data-testid="line-remaining"]').map((c) => c.text())).toEqual(['10', '2'])
    expect(deliver.findAll('[data-testid="line-stock"]').map((c) => c.text())).toEqual(['60', '10'])
    const quantities = deliver.findAll('[data-testid="ship-quantity"]')
    await quantities[0]!.setValue('abc')
    await submit(wrapper)
    expect(wrapper.find('.sales-action-dialog').text()).toContain('Ligne 1 : quantité invalide')
    expect(await db!.salesDocs.where('type').equals('delivery').count()).toBe(0)
    await quantities[0]!.setValue('4')
    await quantities[1]!.setValue('0')
    expect(wrapper.find('[data-testid="backorder-after"]').text()).toContain(': 8')
    const deliveryId = await submitAndFollow(wrapper, router, orderId)
    await vi.waitFor(() => expect(plain(wrapper.find('h1').text())).toBe('Bon de livraison BL-2026-00001'))
    expect(actions(wrapper)).toEqual(['invoice'])

    // Invoice from the delivery note.
    const invoiceForm = await act(wrapper, 'invoice')
    expect(invoiceForm.findAll('[data-testid="invoice-delivery"]').map((l) => plain(l.text()))).toEqual(['BL-2026-00001 du 02/03/2026 — 4 unité(s) à facturer'])
    const invoiceId = await submitAndFollow(wrapper, router, deliveryId)
    await vi.waitFor(() => expect(plain(wrapper.find('h1').text())).toBe('Facture (brouillon)'))
    expect(actions(wrapper)).toEqual(['validate', 'update', 'discard'])
    await vi.waitFor(() => expect(wrapper.find('[data-testid="mentions-summary"]').text()).toContain('Toutes les mentions obligatoires sont présentes'))

    // Removing the PO number makes the checker flag it, with its article; validation is then refused with it.
    const update = await act(wrapper, 'update')
    expect((update.find('[data-testid="draft-po"]').element as HTMLInputElement).value).toBe('PO-4521')
    await update.find('[data-testid="draft-po"]').setValue('')
    await submit(wrapper)
    await vi.waitFor(() => expect(wrapper.findAll('[data-testid="mention-issue"]').map((i) => i.attributes('data-code'))).toEqual(['customerPoNumber']))
    const issue = wrapper.find('[data-testid="mention-issue"]').text()
    expect(issue).toContain('le numéro de bon de commande du client doit figurer sur la facture')
    expect(issue).toContain('C. com. L441-9')
    expect(issue).toContain('À corriger avec « Modifier »')
    await act(wrapper, 'validate')
    await submit(wrapper)
    await vi.waitFor(() => expect(wrapper.find('[data-testid="action-refused"]').exists()).toBe(true))
    expect(wrapper.find('[data-testid="action-refused"]').text()).toContain('Validation refusée : 1 mention(s) obligatoire(s) à corriger. D\'abord : le numéro de bon de commande du client doit figurer sur la facture')
    expect((await db!.salesDocs.get(invoiceId))!.status).toBe('draft')
    await wrapper.find('.sales-action-dialog button[type="button"]').trigger('click')
    await flushPromises()

    await act(wrapper, 'update')
    await wrapper.find('[data-testid="draft-po"]').setValue('PO-4521')
    await submit(wrapper)
    await vi.waitFor(() => expect(wrapper.find('[data-testid="mentions-summary"]').text()).toContain('Toutes les mentions obligatoires sont présentes'))
    await act(wrapper, 'validate')
    await submit(wrapper)
    await vi.waitFor(() => expect(plain(wrapper.find('h1').text())).toBe('Facture FA-2026-00001'))
    expect(wrapper.find('[data-testid="mentions-panel"]').exists()).toBe(false)
    expect(actions(wrapper)).toEqual(['credit'])

    // Credit note for a return of 1 chair; the reason is required.
    const credit = await act(wrapper, 'credit')
    expect(credit.find('[data-testid="credit-lines"]').exists()).toBe(false)
    await credit.find('[data-testid="credit-partial"]').setValue(true)
    expect(wrapper.findAll('[data-testid="line-creditable"]').map((c) => c.text())).toEqual(['4'])
    await wrapper.find('[data-testid="credit-quantity"]').setValue('1')
    await submit(wrapper)
    expect(wrapper.find('.sales-action-dialog').text()).toContain('Indiquez le motif de l\'avoir')
    await wrapper.find('[data-testid="credit-reason"]').setValue('Retour d\'une chaise abîmée')
    await submitAndFollow(wrapper, router, invoiceId)
    await vi.waitFor(() => expect(plain(wrapper.find('h1').text())).toBe('Avoir (brouillon)'))
    await vi.waitFor(() => expect(wrapper.find('[data-testid="mentions-summary"]').text()).toContain('Toutes les mentions obligatoires sont présentes'))
    expect(wrapper.text()).toContain('Retour d\'une chaise abîmée')
    await act(wrapper, 'validate')
    await submit(wrapper)
    await vi.waitFor(() => expect(plain(wrapper.find('h1').text())).toBe('Avoir AV-2026-00001'))
    expect(actions(wrapper)).toEqual(['receiveReturn'])

    // The chain view of the deal: every stage, each document a link with its number and state.
    const chain = wrapper.find('[data-testid="deal-chain"]')
    expect(chain.findAll('[data-stage]').map((s) => s.attributes('data-stage'))).toEqual(['quote', 'order', 'delivery', 'invoice', 'creditNote'])
    const docs = chain.findAll('[data-testid="chain-doc"]').map((d) => plain(d.text()))
    expect(docs).toHaveLength(5)
    expect(docs[0]).toContain('DE-2026-00001')
    expect(docs[0]).toContain('Accepté')
    expect(docs[2]).toContain('4 unité(s) livrée(s)')
    expect(docs[3]).toMatch(/FA-2026-00001.*Validé · Non payée/)
    expect(chain.find('[aria-current="page"]').text()).toContain('AV-2026-00001')
  }, 60_000)

  it('shows a refusal with the rule and its figures: delivering more than the backorder', async () => {
    const { wrapper, router, quote } = await openQuote()
    await act(wrapper, 'accept')
    await submit(wrapper)
    await vi.waitFor(() => expect(actions(wrapper)).toContain('order'))
    await act(wrapper, 'order')
    await submitAndFollow(wrapper, router, quote.quoteId)
    await vi.waitFor(() => expect(actions(wrapper)).toContain('deliver'))
    const deliver = await act(wrapper, 'deliver')
    await deliver.findAll('[data-testid="ship-quantity"]')[1]!.setValue('3')
    await submit(wrapper)
    await vi.waitFor(() => expect(wrapper.find('[data-testid="action-refused"]').exists()).toBe(true))
    expect(plain(wrapper.find('[data-testid="action-refused"]').text())).toContain('Ligne 2 (Bureau droit 160 cm) : 3 à livrer, mais il reste 2 sur 2 commandé(s) (0 déjà livré(s))')
    expect(await db!.salesDocs.where('type').equals('delivery').count()).toBe(0)
  }, 30_000)

  it('speaks English: refusing a quote with the customer\'s reason', async () => {
    const { wrapper, quote } = await openQuote('en')
    const form = await act(wrapper, 'refuse')
    expect(form.text()).toContain('Reason given by the customer (optional)')
    await form.find('[data-testid="reason-input"]').setValue('Too expensive')
    await submit(wrapper)
    await vi.waitFor(() => expect(actions(wrapper)).toEqual(['duplicate', 'revise']))
    expect(wrapper.find('[aria-current="step"]').text()).toBe('Refused')
    expect((await db!.salesDocs.get(quote.quoteId))).toMatchObject({ status: 'refused', reason: 'Too expensive' })
  }, 30_000)
})
