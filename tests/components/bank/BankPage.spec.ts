// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, RouterLinkStub } from '@vue/test-utils'
import BankPage from '@/pages/BankPage.vue'
import { useWorkspaceStore } from '@/stores/workspace'
import type { WorkspaceDb } from '@/db/workspace-db'
import { mountWithApp } from '../../factories/mount'
import { makeCustomer, makeSalesDoc } from '../../factories/company-records'
import { makeWorkspace } from '../../factories/workspace'

let db: WorkspaceDb | undefined
afterEach(() => {
  db?.close()
  document.body.innerHTML = ''
})

const totals = (cents: number) => ({ grossCents: cents, netCommercialCents: cents, totalExclVatCents: cents, totalVatCents: 0, totalInclVatCents: cents, amountDueCents: cents })

async function mountPage(language: 'fr' | 'en' = 'fr') {
  db = (await makeWorkspace('2026-03-02')).db
  await db.tiers.add(makeCustomer({ id: 'c-dubois', name: 'Atelier Dubois' }))
  await db.salesDocs.add(makeSalesDoc({ id: 'f12', type: 'invoice', number: 'FA-2026-00012', customerId: 'c-dubois', date: '2026-02-01', lines: [], totals: totals(150_000) }))
  const wrapper = await mountWithApp(BankPage, { attachTo: document.body, global: { stubs: { RouterLink: RouterLinkStub } } } as never, language)
  useWorkspaceStore().db = db
  await vi.waitFor(() => expect(wrapper.find('[data-testid="bank-status"]').exists()).toBe(true))
  return wrapper
}

async function pick(wrapper: Awaited<ReturnType<typeof mountPage>>, text: string, name = 'releve.csv') {
  const input = wrapper.find('[data-testid="bank-file"]')
  const file = new File([text], name, { type: 'text/csv' })
  Object.defineProperty(input.element, 'files', { value: [file], configurable: true })
  await input.trigger('change')
}

describe('BankPage', () => {
  it('lists a broken file’s problems by row and column, in French, and stores nothing', async () => {
    const wrapper = await mountPage()
    await pick(wrapper, 'Date;Libellé;Montant\n01/03/2026;VIR;abc\n32/01/2026;VIR;1,00\n')
    await vi.waitFor(() => expect(wrapper.find('[data-testid="bank-problems"]').exists()).toBe(true))
    const items = wrapper.findAll('[data-testid="bank-problems"] li').map((li) => li.text())
    expect(items).toEqual([
      'Ligne 2, colonne Montant : montant illisible « abc » (attendu par exemple 1 234,56 ou -89,90).',
      'Ligne 3, colonne Date : date illisible « 32/01/2026 » (attendu jj/mm/aaaa ou aaaa-mm-jj).',
    ])
    await vi.waitFor(async () => expect(await db!.journal.where('command').equals('bank.import').count()).toBe(1), { timeout: 8000 })
    expect(await db!.bankLines.count()).toBe(0)
  })

  it('says the problem in English too', async () => {
    const wrapper = await mountPage('en')
    await pick(wrapper, '01/03/2026;VIR;1,00;2,00;3,00\n')
    await vi.waitFor(() => expect(wrapper.find('[data-testid="bank-problems"]').text()).toContain('Row 1: columns not recognised (5 columns).'))
  })

  it('imports a good file, shows the suggestion with its reasons and the link to record the payment, then ignores the fees', async () => {
    const wrapper = await mountPage()
    await pick(wrapper, 'Date;Libellé;Montant\n25/02/2026;VIR ATELIER DUBOIS FA-2026-00012;1 500,00\n26/02/2026;FRAIS TENUE DE COMPTE;-12,00\n')
    await vi.waitFor(() => expect(wrapper.findAll('[data-testid="bank-suggestion"]')).toHaveLength(1), { timeout: 8000 })
    const suggestion = wrapper.find('[data-testid="bank-suggestion"]')
    expect(suggestion.text()).toContain('Atelier Dubois — FA-2026-00012')
    expect(suggestion.text()).toContain('le n° de facture FA-2026-00012 figure dans le libellé')
    expect(suggestion.text()).toContain('montant égal au reste dû de la facture FA-2026-00012')
    const line = (await db!.bankLines.filter((l) => l.amountCents > 0).first())!
    expect(suggestion.findComponent(RouterLinkStub).props('to')).toEqual({
      path: '/ventes/reglements/nouveau', query: { customerId: 'c-dubois', invoiceId: ['f12'], bankLineId: line.id },
    })

    const fees = (await db!.bankLines.filter((l) => l.amountCents < 0).first())!
    const row = wrapper.find(`[data-testid="bank-line-${fees.id}"]`)
    await row.findAll('button').find((b) => b.text() === 'Ignorer…')!.trigger('click')
    await flushPromises()
    await row.find(`#bank-ignore-reason-${fees.id}`).setValue('Frais bancaires')
    await row.find('form').trigger('submit')
    await vi.waitFor(async () => expect(await db!.bankLines.get(fees.id)).toMatchObject({ status: 'ignored', ignoredReason: 'Frais bancaires' }))
    await vi.waitFor(() => expect(wrapper.find(`[data-testid="bank-line-${fees.id}"]`).exists()).toBe(false))
    await wrapper.find('[data-testid="bank-status"]').setValue('ignored')
    await vi.waitFor(() => expect(wrapper.find(`[data-testid="bank-line-${fees.id}"]`).text()).toContain('Ignorée : Frais bancaires'))
  })
})
