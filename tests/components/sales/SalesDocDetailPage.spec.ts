// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { RouterLinkStub } from '@vue/test-utils'
import SalesDocDetailPage from '@/pages/SalesDocDetailPage.vue'
import { useWorkspaceStore } from '@/stores/workspace'
import type { WorkspaceDb } from '@/db/workspace-db'
import { mountWithApp } from '../../factories/mount'
import { makeWorkspace } from '../../factories/workspace'
import { writeCompany } from '../../factories/company-records'

let db: WorkspaceDb | undefined
/** French formats use narrow no-break spaces (1 234,56 €): compare with plain spaces. */
const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ')
afterEach(() => db?.close())

async function openDoc(id: string, language: 'fr' | 'en' = 'fr') {
  db = (await makeWorkspace('2026-03-02')).db
  await writeCompany(db)
  const wrapper = await mountWithApp(SalesDocDetailPage, { props: { id }, global: { stubs: { RouterLink: RouterLinkStub } } }, language)
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

  it('says so when the document does not exist', async () => {
    const wrapper = await openDoc('nope')
    await vi.waitFor(() => expect(plain(wrapper.find('h1').text())).toBe('Document introuvable'))
  })
})
