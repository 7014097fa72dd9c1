// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { RouterLinkStub } from '@vue/test-utils'
import TiersListPage from '@/pages/TiersListPage.vue'
import { useWorkspaceStore } from '@/stores/workspace'
import type { WorkspaceDb } from '@/db/workspace-db'
import { mountWithApp } from '../../factories/mount'
import { makeWorkspace } from '../../factories/workspace'
import { largeCompanyTiers } from './large-company'

let db: WorkspaceDb | undefined
afterEach(() => db?.close())

describe('tiers list on the large company', () => {
  it('searches as the learner types, accents and case ignored, combined with the kind filter', async () => {
    const tiers = largeCompanyTiers()
    db = (await makeWorkspace('2026-03-02')).db
    await db.tiers.bulkAdd(tiers)
    const wrapper = await mountWithApp(TiersListPage, { global: { stubs: { RouterLink: RouterLinkStub } } } as never)
    useWorkspaceStore().db = db
    await vi.waitFor(() => expect(wrapper.find('tfoot').text()).toContain(`Tiers affichés : ${tiers.length}`), { timeout: 10_000 })
    await vi.waitFor(() => expect(wrapper.find('tfoot').text()).toContain('Total de'))

    const input = wrapper.find('input[type="search"]')
    const times: number[] = []
    for (const text of ['g', 'gr', 'gre', 'gren', 'GRENOBLE ALPES INGENIERIE']) {
      const start = performance.now()
      await input.setValue(text)
      await nextTick()
      times.push(performance.now() - start)
    }
    // Rendering in happy-dom is far slower than in a browser: the figure is logged, the e2e measures Chromium.
    console.info(`tiers search in happy-dom, large company (${tiers.length} tiers): ${times.map((t) => t.toFixed(0)).join(' / ')} ms per keystroke`)
    const names = wrapper.findAll('[data-testid="tier-link"]').map((l) => l.text())
    expect(names[0]).toBe('Grenoble Alpes Ingénierie')
    // The branches of the large company are found by the same search: "Grenoble Alpes Ingénierie — Lyon"…
    expect(names.length).toBeGreaterThan(1)
    expect(names.every((n) => n.startsWith('Grenoble Alpes Ingénierie'))).toBe(true)

    await input.setValue('lyon')
    const lyon = Number(/Tiers affichés : (\d+)/.exec(wrapper.find('tfoot').text())![1])
    expect(lyon).toBeGreaterThan(1)
    await wrapper.findComponent({ name: 'BaseSelectFilter' }).vm.$emit('update:modelValue', 'supplier')
    await nextTick()
    const suppliersInLyon = Number(/Tiers affichés : (\d+)/.exec(wrapper.find('tfoot').text())![1])
    expect(suppliersInLyon).toBeLessThan(lyon)
    expect(wrapper.findAll('tbody tr').every((row) => row.text().includes('Fournisseur'))).toBe(true)
  }, 30_000)
})
