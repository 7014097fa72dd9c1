// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { RouterLinkStub } from '@vue/test-utils'
import InventoryCountPage from '@/pages/InventoryCountPage.vue'
import { useWorkspaceStore } from '@/stores/workspace'
import type { WorkspaceDb } from '@/db/workspace-db'
import { mountWithApp } from '../../factories/mount'
import { makeWorkspace } from '../../factories/workspace'
import { writeCompany } from '../../factories/company-records'

let db: WorkspaceDb | undefined
afterEach(() => db?.close())
const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ')

describe('InventoryCountPage (variance = counted − book, valued at CUMP)', () => {
  it('shows the variance as the learner types, refuses a bad figure under its field, records the count and shows the report', async () => {
    db = (await makeWorkspace('2026-03-02')).db
    await writeCompany(db)
    const wrapper = await mountWithApp(InventoryCountPage, { global: { stubs: { RouterLink: RouterLinkStub } } })
    useWorkspaceStore().db = db
    await vi.waitFor(() => expect(wrapper.find('[data-testid="count-row-CHA-001"]').text()).toContain('40'))

    await wrapper.find('#count-p-chair').setValue('abc')
    await wrapper.find('form').trigger('submit')
    expect(wrapper.text()).toContain('Quantité comptée de CHA-001 : saisissez un nombre')
    expect(await db.stockMoves.count()).toBe(5)

    await wrapper.find('#count-p-chair').setValue('37')
    expect(plain(wrapper.find('[data-testid="variance-CHA-001"]').text())).toMatch(/^[−-]3$/)
    expect(plain(wrapper.find('[data-testid="inventory-summary"]').text())).toContain('-261,00 €')
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(() => expect(wrapper.find('[data-testid="inventory-report"]').exists()).toBe(true))
    expect(plain(wrapper.find('[data-testid="inventory-report"]').text())).toContain('-261,00 €')
    const moves = await db.stockMoves.where('kind').equals('inventory').toArray()
    expect(moves).toMatchObject([{ warehouseId: 'wh-lyon', lines: [{ productId: 'p-chair', quantity: -3, unitCostCents: 8_700 }] }])

    // Nothing typed any more: the command refuses an empty count and says why.
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(() => expect(wrapper.find('[data-testid="inventory-refusal"]').text()).toContain("L'inventaire est vide"))
  })
})
