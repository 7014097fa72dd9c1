// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { RouterLinkStub } from '@vue/test-utils'
import TiersListPage from '@/pages/TiersListPage.vue'
import TierDetailPage from '@/pages/TierDetailPage.vue'
import { useWorkspaceStore } from '@/stores/workspace'
import type { WorkspaceDb } from '@/db/workspace-db'
import { mountWithApp } from '../../factories/mount'
import { makeWorkspace } from '../../factories/workspace'
import { writeCompany } from '../../factories/company-records'

let db: WorkspaceDb | undefined
afterEach(() => db?.close())
const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ')

async function mountPage<C extends typeof TiersListPage | typeof TierDetailPage>(page: C, props: Record<string, unknown> = {}, language: 'fr' | 'en' = 'fr') {
  db = (await makeWorkspace('2026-03-02')).db
  await writeCompany(db)
  const wrapper = await mountWithApp(page, { props, global: { stubs: { RouterLink: RouterLinkStub } } } as never, language)
  useWorkspaceStore().db = db
  return wrapper
}

describe('TiersListPage', () => {
  it('lists every tier with its kind, city and each customer\'s balance, and totals the balances at the foot (DOMAIN-FR §4)', async () => {
    const wrapper = await mountPage(TiersListPage)
    await vi.waitFor(() => expect(wrapper.findAll('tbody tr')).toHaveLength(5))
    await vi.waitFor(() => expect(plain(wrapper.find('tfoot').text())).toContain('Total de 2 clients : 3 677,89 €'))
    const dubois = wrapper.findAll('tbody tr').find((row) => row.text().includes('Atelier Dubois'))!
    expect(plain(dubois.text())).toContain('951,46 €')
    expect(dubois.text()).toContain('Lyon')
    expect(wrapper.find('tfoot').text()).toContain('Tiers affichés : 5')
    // Every name is a link: reachable with Tab and opened with Enter.
    expect(wrapper.findAllComponents(RouterLinkStub).map((l) => l.props('to'))).toContain('/tiers/cus-dubois')
  })

  it('searches by name, SIREN, city or contact', async () => {
    const wrapper = await mountPage(TiersListPage)
    await vi.waitFor(() => expect(wrapper.findAll('tbody tr')).toHaveLength(5))
    await wrapper.find('input[type="search"]').setValue('nantes')
    expect(wrapper.findAll('tbody tr')).toHaveLength(1)
    expect(wrapper.find('tbody').text()).toContain('Brasserie Lumière')
    await wrapper.find('input[type="search"]').setValue('443061841')
    expect(wrapper.find('tbody').text()).toContain('Brasserie Lumière')
  })
})

describe('TierDetailPage', () => {
  it('shows a customer\'s identity, terms in words, balance with its rule, encours gauge and documents newest first', async () => {
    const wrapper = await mountPage(TierDetailPage, { id: 'cus-lumiere' })
    await vi.waitFor(() => expect(wrapper.find('h1').text()).toBe('Brasserie Lumière'))
    await vi.waitFor(() => expect(wrapper.find('[data-testid="tier-balance"]').exists()).toBe(true))
    expect(wrapper.find('[data-testid="tier-siren"]').text()).toBe('443061841')
    expect(wrapper.text()).toContain('45 jours fin de mois (date + 45 jours, puis fin de mois)')
    expect(plain(wrapper.find('[data-testid="tier-balance"]').text())).toBe('2 726,43 €')
    expect(wrapper.find('meter').attributes('value')).toBe('100')
    expect(plain(wrapper.text())).toContain('plafond dépassé')
    expect(wrapper.text()).toContain('C. com. L441-10 II')
    const docs = wrapper.findAll('[data-testid="doc-link"]')
    expect(docs.map((d) => d.text())).toEqual(['(brouillon)', 'FA-2025-00412'])
    expect(wrapper.text()).toContain('En retard')
  })

  it('shows a supplier\'s purchasing terms and the products it supplies, in English', async () => {
    const wrapper = await mountPage(TierDetailPage, { id: 'sup-1' }, 'en')
    await vi.waitFor(() => expect(wrapper.find('h1').text()).toBe('Sièges du Nord'))
    await vi.waitFor(() => expect(wrapper.text()).toContain('Products supplied (3)'))
    expect(wrapper.text()).toContain('45 days net')
    expect(wrapper.text()).toContain('Lead time')
    expect(wrapper.text()).not.toContain('Customer account')
  })

  it('shows a carrier\'s services and CO₂ factor (C. transports L1431-3)', async () => {
    const wrapper = await mountPage(TierDetailPage, { id: 'car-1' })
    await vi.waitFor(() => expect(wrapper.text()).toContain('80 g CO₂e par tonne-kilomètre'))
    expect(wrapper.text()).toContain('messagerie, express')
  })
})

describe('TierDetailPage: tabs and actions', () => {
  it('opens on the "Fiche" tab; the "Contacts" tab lists the contacts; "Modifier" leads to the form', async () => {
    const wrapper = await mountPage(TierDetailPage, { id: 'cus-dubois' })
    await vi.waitFor(() => expect(wrapper.find('h1').text()).toBe('Atelier Dubois'))
    const tabs = wrapper.findAll('[role="tab"]')
    expect(tabs.map((tab) => tab.text())).toEqual(['Fiche', 'Contacts (1)', 'Historique', 'Prix clients', 'Relevé', 'Relances', 'Risque client', 'RGPD'])
    expect(tabs[0]!.attributes('aria-selected')).toBe('true')
    expect(wrapper.find('#tier-contacts').exists()).toBe(false)
    await tabs[1]!.trigger('click')
    await vi.waitFor(() => expect(wrapper.find('#tier-contacts').exists()).toBe(true))
    expect(wrapper.find('table').text()).toContain('Claire Martin')
    const edit = wrapper.findAllComponents(RouterLinkStub).find((l) => l.text() === 'Modifier')!
    expect(edit.props('to')).toBe('/tiers/cus-dubois/modifier')
    // Only a prospect can be converted.
    expect(wrapper.find('[data-testid="convert-tier"]').exists()).toBe(false)
  })

  it('"Passer en client": confirms the prospect\'s terms, converts it and shows the date (tiers.convertToCustomer)', async () => {
    const wrapper = await mountPage(TierDetailPage, { id: 'pro-nova' })
    await vi.waitFor(() => expect(wrapper.find('[data-testid="convert-tier"]').exists()).toBe(true))
    await wrapper.find('[data-testid="convert-tier"]').trigger('click')
    await vi.waitFor(() => expect(document.body.querySelector('[data-testid="confirm-conversion"]')).not.toBeNull())
    const dialog = document.body.querySelector('[role="dialog"]')!
    expect(dialog.textContent).toContain('Passer « Nova Conseil » en client')
    ;(document.body.querySelector('[data-testid="confirm-conversion"]') as HTMLButtonElement).click()
    await vi.waitFor(async () => expect((await db!.tiers.get('pro-nova'))!.kind).toBe('customer'))
    expect((await db!.tiers.get('pro-nova'))!.convertedOn).toBe('2026-03-02')
    await vi.waitFor(() => expect(wrapper.find('[data-testid="tier-kind"]').text()).toBe('Client'))
    expect(wrapper.find('[data-testid="tier-converted-on"]').text()).toBe('02/03/2026')
    expect(wrapper.find('[data-testid="convert-tier"]').exists()).toBe(false)
  })
})
