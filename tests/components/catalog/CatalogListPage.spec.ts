// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { RouterLinkStub } from '@vue/test-utils'
import CatalogListPage from '@/pages/CatalogListPage.vue'
import { useWorkspaceStore } from '@/stores/workspace'
import type { WorkspaceDb } from '@/db/workspace-db'
import { markRatePercent } from '@/components/catalog/product-rows'
import { mountWithApp } from '../../factories/mount'
import { makeWorkspace } from '../../factories/workspace'
import { writeCompany } from '../../factories/company-records'

let db: WorkspaceDb | undefined
afterEach(() => db?.close())
const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ')

describe('CatalogListPage', () => {
  it('shows each product with its physical stock per warehouse (Σ movements, DOMAIN-FR §8), its taux de marque and a reorder flag', async () => {
    db = (await makeWorkspace('2026-03-02')).db
    await writeCompany(db)
    const wrapper = await mountWithApp(CatalogListPage, { global: { stubs: { RouterLink: RouterLinkStub } } })
    useWorkspaceStore().db = db
    await vi.waitFor(() => expect(wrapper.findAll('tbody tr')).toHaveLength(3))
    await vi.waitFor(() => expect(wrapper.findAll('[data-testid="below-flag"]')).toHaveLength(1))
    const chair = wrapper.findAll('tbody tr').find((row) => row.text().includes('CHA-001'))!
    expect(chair.text()).toContain('40')
    expect(chair.text()).toContain('15')
    expect(chair.text()).toContain('55')
    expect(plain(chair.text())).toContain('40 %')
    expect(wrapper.find('thead').text()).toContain('Stock Lyon')
    const desk = wrapper.findAll('tbody tr').find((row) => row.text().includes('BUR-010'))!
    expect(desk.find('[data-testid="below-flag"]').exists()).toBe(true)

    await wrapper.find('#catalog-below').setValue(true)
    expect(wrapper.findAll('tbody tr')).toHaveLength(1)
    expect(wrapper.find('tbody').text()).toContain('BUR-010')
  })
})

describe('taux de marque = (PV − PA) / PV (DOMAIN-FR §1)', () => {
  it('PA 62,40, PV 109,20 → 42,86 %; no rate without a price', () => {
    expect(markRatePercent(10_920, 6_240)).toBe(42.86)
    expect(markRatePercent(0, 100)).toBeNull()
  })
})
