// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import LineAvailability from '@/components/stock/LineAvailability.vue'
import { provideLineAvailability } from '@/components/stock/line-availability'
import { useWorkspaceStore } from '@/stores/workspace'
import type { WorkspaceDb } from '@/db/workspace-db'
import { mountWithApp } from '../../factories/mount'
import { makeWorkspace } from '../../factories/workspace'
import { writeCompany } from '../../factories/company-records'

let db: WorkspaceDb | undefined
afterEach(() => db?.close())

const quantity = ref('3')
const Harness = defineComponent({
  setup() {
    provideLineAvailability(() => 'wh-lyon')
    return () => h(LineAvailability, { index: 0, productId: 'p-desk', quantity: quantity.value })
  },
})

describe('LineAvailability on a quote or order line (DOMAIN-FR §8)', () => {
  it('says in stock within the disponible; explains a shortage in figures with the proposals', async () => {
    db = (await makeWorkspace('2026-03-02')).db
    await writeCompany(db)
    const wrapper = await mountWithApp(Harness)
    useWorkspaceStore().db = db
    // Desks at Lyon: physical 7, reserved 2 by the confirmed order o-2 → 5 available.
    await vi.waitFor(() => expect(wrapper.find('[data-testid="line-0-availability"]').text()).toContain('en stock (5 disponible(s))'))
    quantity.value = '9'
    await vi.waitFor(() => expect(wrapper.find('[data-testid="line-0-availability"]').text()).toContain('il manque 4'))
    const button = wrapper.find('[data-testid="line-0-availability"]')
    expect(button.attributes('aria-expanded')).toBe('false')
    await button.trigger('click')
    expect(button.attributes('aria-expanded')).toBe('true')
    const text = wrapper.text()
    expect(text).toContain('9 demandé(s), 5 disponible(s) au dépôt Entrepôt de Lyon : il manque 4.')
    expect(text).toContain('Physique 7 − réservé 2')
    expect(text).toContain('Livraison partielle : livrer 5 maintenant et le reliquat de 4 plus tard.')
    expect(text).toContain('Tout livrer plus tard (9), en reliquat.')
    expect(text).toContain('Commander 10 au fournisseur Sièges du Nord (délai : 12 jours).')
  })
})
