// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { RouterLinkStub } from '@vue/test-utils'
import { useWorkspaceStore } from '@/stores/workspace'
import type { WorkspaceDb } from '@/db/workspace-db'
import { makeWorkspace } from '../../factories/workspace'
import { writeCompany } from '../../factories/company-records'
import { mountSalesPage } from './mount-sales-page'

let db: WorkspaceDb | undefined
/** French formats use narrow no-break spaces (1 234,56 €): compare with plain spaces. */
const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ')
afterEach(() => db?.close())

async function openDoc(id: string, language: 'fr' | 'en' = 'fr') {
  db = (await makeWorkspace('2026-03-02')).db
  await writeCompany(db)
  const { wrapper } = await mountSalesPage(id, language, { RouterLink: RouterLinkStub })
  useWorkspaceStore().db = db
  return wrapper
}

describe('SalesDocDetailPage', () => {
  it('shows an invoice: header, status bar, lines, totals recomputed (DOMAIN-FR example A) and what remains due at the simulated date', async () => {
    const wrapper = await openDoc('i-1')
    await vi.waitFor(() => expect(plain(wrapper.find('h1').text())).toBe('Facture FA-2026-0001'))
    await vi.waitFor(() => expect(wrapper.find('[data-testid="remaining-due"]').exists()).toBe(true))
    expect(plain(wrapper.find('[data-testid="amount-due"]').text())).toBe('3 272,21 €')
    expect(plain(wrapper.find('[data-testid="remaining-due"]').text())).toBe('951,46 €')
    expect(plain(wrapper.find('[data-testid="payment-state"]').text())).toBe('En retard')
    expect(plain(wrapper.text())).toContain('19 jour(s) de retard au 02/03/2026')
    expect(plain(wrapper.find('[aria-current="step"]').text())).toBe('Payé en partie')
    const lines = wrapper.find('[data-testid="sales-lines"]')
    expect(lines.findAll('tbody tr')).toHaveLength(2)
    expect(lines.text()).toContain('CHA-001')
    expect(plain(lines.text())).toContain('1 740,00 €')
    expect(wrapper.text()).toContain('PO-7781')
    // Smart buttons: the delivery note before it, the credit note after it.
    const links = wrapper.findAllComponents(RouterLinkStub).map((l) => String(l.props('to')))
    expect(links).toEqual(expect.arrayContaining(['/ventes/d-1', '/ventes/a-1', '/tiers/cus-dubois']))
  })

  it('opens "show the calculation" with the steps of the French calculation order', async () => {
    const wrapper = await openDoc('i-1')
    await vi.waitFor(() => expect(wrapper.find('.calc-toggle').exists()).toBe(true))
    const toggle = wrapper.find('.calc-toggle')
    expect(toggle.attributes('aria-expanded')).toBe('false')
    await toggle.trigger('click')
    expect(toggle.attributes('aria-expanded')).toBe('true')
    const steps = wrapper.findAll('.calc-steps li')
    expect(steps.length).toBeGreaterThan(5)
    expect(wrapper.find('[data-step="calc.step.earlyPaymentDiscount"]').exists()).toBe(true)
    expect(plain(wrapper.find('.calc-summary').text())).toContain('3 272,21 €')
  })

  it('speaks English, and a credit note shows the amount to deduct with no payment block', async () => {
    const wrapper = await openDoc('a-1', 'en')
    await vi.waitFor(() => expect(plain(wrapper.find('h1').text())).toBe('Credit note AV-2026-0001'))
    await vi.waitFor(() => expect(wrapper.find('[data-testid="amount-due"]').exists()).toBe(true))
    expect(plain(wrapper.find('[data-testid="amount-due"]').text())).toBe('€320.75')
    expect(wrapper.text()).toContain('Amount to deduct')
    expect(wrapper.find('[data-testid="remaining-due"]').exists()).toBe(false)
  })

  it('shows only the actions the document allows and the whole deal, stage by stage, each document a link', async () => {
    const wrapper = await openDoc('i-1')
    await vi.waitFor(() => expect(wrapper.find('[data-testid="deal-chain"] [data-testid="chain-doc"]').exists()).toBe(true))
    // A validated invoice is never edited nor validated again: it is corrected by a credit note.
    expect(wrapper.findAll('[data-testid="action-bar"] [data-action]').map((b) => b.attributes('data-action'))).toEqual(['credit'])
    const chain = wrapper.find('[data-testid="deal-chain"]')
    expect(chain.findAll('[data-stage]').map((s) => s.attributes('data-stage'))).toEqual(['quote', 'order', 'delivery', 'invoice', 'creditNote'])
    const links = wrapper.findAllComponents(RouterLinkStub).filter((l) => chain.element.contains(l.element))
    expect(links.map((l) => String(l.props('to')))).toEqual(['/ventes/q-1', '/ventes/o-1', '/ventes/d-1', '/ventes/i-1', '/ventes/a-1'])
    const texts = links.map((l) => plain(l.text()))
    expect(texts[0]).toContain('DE-2026-0001')
    expect(texts[0]).toContain('Accepté')
    expect(texts[3]).toBe('FA-2026-000112/01/2026 · 3 272,21 €Validé · En retard')
    expect(texts[4]).toContain('320,75 €')
    expect(links[3]!.attributes('aria-current')).toBe('page')
    // Brasserie Lumière's documents are another deal.
    expect(chain.text()).not.toContain('FA-2025-00412')
  })

  it('says so when the document does not exist', async () => {
    const wrapper = await openDoc('nope')
    await vi.waitFor(() => expect(plain(wrapper.find('h1').text())).toBe('Document introuvable'))
  })
})
