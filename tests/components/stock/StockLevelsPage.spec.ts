// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { RouterLinkStub } from '@vue/test-utils'
import StockLevelsPage from '@/pages/StockLevelsPage.vue'
import { useWorkspaceStore } from '@/stores/workspace'
import type { WorkspaceDb } from '@/db/workspace-db'
import { mountWithApp } from '../../factories/mount'
import { makeWorkspace } from '../../factories/workspace'
import { writeCompany } from '../../factories/company-records'

let db: WorkspaceDb | undefined
afterEach(() => db?.close())
const cells = (row: { findAll: (s: string) => { text: () => string }[] }) => row.findAll('td').map((c) => c.text().replace(/[\u202f\u00a0]/g, ' '))

describe('StockLevelsPage (DOMAIN-FR §8: physique, réservé, disponible, prévisionnel)', () => {
  it('defines the terms, lists products × warehouses with the four figures, and filters shortages and reorder points', async () => {
    db = (await makeWorkspace('2026-03-02')).db
    await writeCompany(db)
    await db.purchaseDocs.add({
      id: 'po-1', type: 'supplierOrder', number: 'CF-1', status: 'confirmed', supplierId: 'sup-1', date: '2026-02-25', warehouseId: 'wh-lyon',
      lines: [{ productId: 'p-desk', designation: 'Bureau', quantity: 10, unitPriceCents: 20_000, vatRatePercent: 20 }], sourceIds: [], totalExclVatCents: 200_000,
    })
    const wrapper = await mountWithApp(StockLevelsPage, { global: { stubs: { RouterLink: RouterLinkStub } } })
    useWorkspaceStore().db = db
    expect(wrapper.find('[data-testid="stock-terms"]').text()).toContain('Physique − réservé')
    await vi.waitFor(() => expect(wrapper.findAll('tbody tr')).toHaveLength(6))
    // Desks in Lyon: 10 − 3 = 7 on the shelf, 2 reserved by the confirmed order o-2, 10 on supplier order.
    const deskLyon = wrapper.findAll('tbody tr').find((row) => row.text().includes('BUR-010') && row.text().includes('Entrepôt de Lyon'))!
    expect(cells(deskLyon).slice(4, 9)).toEqual(['7', '2', '5', '10', '15'])
    expect(wrapper.find('[data-testid="stock-value"]').text().replace(/[\u202f\u00a0]/g, ' ')).toBe('6 655,00 €') // 55 × 87 + 7 × 220 + 30 × 11 at CUMP

    await wrapper.find('#stock-shortage').setValue(true)
    expect(wrapper.findAll('tbody tr').map((row) => row.text()).every((text) => text.includes('Dépôt de Paris'))).toBe(true)
    expect(wrapper.findAll('tbody tr')).toHaveLength(2)
    await wrapper.find('#stock-shortage').setValue(false)
    await wrapper.find('#stock-below').setValue(true)
    expect(wrapper.findAll('tbody tr').map((row) => row.find('td').text())).toEqual(['BUR-010', 'BUR-010'])
    await wrapper.find('#stock-below').setValue(false)
    await wrapper.find('#stock-search').setValue('cha-001')
    expect(wrapper.findAll('tbody tr')).toHaveLength(2)
  })
})
