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
