// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { RouterLinkStub } from '@vue/test-utils'
import StatisticsPage from '@/pages/StatisticsPage.vue'
import StatsFilters from '@/components/statistics/StatsFilters.vue'
import DimensionSection from '@/components/statistics/DimensionSection.vue'
import { useWorkspaceStore } from '@/stores/workspace'
import type { WorkspaceDb } from '@/db/workspace-db'
import { META_KEYS } from '@/seed/catalog'
import { mountWithApp } from '../../factories/mount'
import { makeWorkspace } from '../../factories/workspace'
import { line, makeCustomer, makeProduct, makeSalesDoc } from '../../factories/company-records'

let db: WorkspaceDb | undefined
afterEach(() => {
  db?.close()
  document.body.innerHTML = ''
})

const chair = makeProduct({ id: 'p-chair', reference: 'CH-1', familyId: 'fam-chairs', priceCents: 100_000, costCents: 60_000 })
const desk = makeProduct({ id: 'p-desk', reference: 'DK-1', familyId: 'fam-desks', designation: { fr: 'Bureau', en: 'Desk' }, priceCents: 50_000, costCents: 20_000 })

/**
 * DOMAIN-FR §9's example at a small scale: CA January–March 2025 4 800 €, 2026 5 160 € (+7,50 %) against
 * an objective of 5 400 € (95,56 %, gap −240 €, −4,44 %). Invoices carry escompte and carriage, which
 * are not CA; a credit note is deducted in March 2026; an acompte invoice and a draft are left out.
 */
async function seed() {
  db = (await makeWorkspace('2026-03-20')).db
  await db.meta.bulkPut([
    { key: META_KEYS.families, value: [{ id: 'fam-chairs', name: { fr: 'Sièges', en: 'Seating' } }, { id: 'fam-desks', name: { fr: 'Bureaux', en: 'Desks' } }] },
    { key: META_KEYS.salespeople, value: [{ id: 'sp-1', firstName: 'Julie', lastName: 'Martin', email: 'j@example.fr', regions: [], objectives: [
      { month: '2026-01', targetCents: 200_000 }, { month: '2026-02', targetCents: 200_000 }, { month: '2026-03', targetCents: 140_000 },
    ] }] },
  ] as never)
  await db.products.bulkAdd([chair, desk])
  await db.tiers.bulkAdd([makeCustomer({ id: 'C1', name: 'Atelier Dubois', region: 'Bretagne' }), makeCustomer({ id: 'C2', name: 'Brasserie Lumière', region: 'Normandie' })])
  await db.salesDocs.bulkAdd([
    makeSalesDoc({ id: 'f0', type: 'invoice', number: 'FA-2025-1', customerId: 'C1', date: '2025-02-10', lines: [line(chair, 3), line(desk, 3)] }), // 4 500
    makeSalesDoc({ id: 'f00', type: 'invoice', number: 'FA-2025-2', customerId: 'C2', date: '2025-03-10', lines: [line(desk, 0.6)] }), // 300
    makeSalesDoc({ id: 'f1', type: 'invoice', number: 'FA-2026-1', customerId: 'C1', date: '2026-01-15', lines: [line(chair, 3)], earlyPaymentDiscountPercent: 2, shippingCents: 5_000 }), // 3 000
    makeSalesDoc({ id: 'f2', type: 'invoice', number: 'FA-2026-2', customerId: 'C2', date: '2026-02-03', lines: [line(desk, 5)] }), // 2 500
    makeSalesDoc({ id: 'a1', type: 'creditNote', number: 'AV-2026-1', customerId: 'C2', date: '2026-03-02', lines: [line(desk, 0.68)] }), // −340
    makeSalesDoc({ id: 'dp', type: 'downPayment', number: 'FA-2026-3', customerId: 'C1', date: '2026-03-05', lines: [line(chair, 9)] }),
    makeSalesDoc({ id: 'dr', type: 'invoice', status: 'draft', customerId: 'C1', date: '2026-03-06', lines: [line(chair, 9)] }),
    makeSalesDoc({ id: 'q1', type: 'quote', number: 'DE-1', customerId: 'C1', date: '2026-01-05', lines: [line(chair, 3)] }),
    makeSalesDoc({ id: 'q2', type: 'quote', number: 'DE-2', customerId: 'C2', date: '2026-01-06', lines: [line(chair, 1)] }),
    makeSalesDoc({ id: 'o1', type: 'order', number: 'BC-1', customerId: 'C1', date: '2026-01-08', lines: [line(chair, 3)], sourceIds: ['q1'] }),
  ])
  return db
}

async function mountPage(language: 'fr' | 'en' = 'fr') {
  const d = await seed()
  const wrapper = await mountWithApp(StatisticsPage, { attachTo: document.body, global: { stubs: { RouterLink: RouterLinkStub, ChartCanvas: true } } }, language)
  useWorkspaceStore().db = d
  await vi.waitFor(() => expect(wrapper.find('[data-testid="stats-figures"]').exists()).toBe(true), { timeout: 5_000 })
  return wrapper
}

const text = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, ' ').trim()
const figure = (wrapper: Awaited<ReturnType<typeof mountPage>>, id: string) => text(wrapper.find(`[data-testid="figure-${id}"]`).text())

describe('StatisticsPage', () => {
  it('opens on the year to date of the simulated date with the key figures of DOMAIN-FR §9, in French', async () => {
    const wrapper = await mountPage()
    expect(text(wrapper.find('[data-testid="stats-period"]').text())).toBe('Période : janvier – mars 2026, comparée à janvier – mars 2025.')
    expect(figure(wrapper, 'sales')).toContain('5 160,00 €')
    expect(figure(wrapper, 'previous')).toContain('4 800,00 €')
    expect(figure(wrapper, 'evolution')).toContain('+7,50 %')
    expect(figure(wrapper, 'objective')).toContain('5 400,00 €')
    expect(figure(wrapper, 'achievement')).toContain('95,56 %')
    expect(figure(wrapper, 'objectiveGap')).toContain('-240,00 €')
    expect(figure(wrapper, 'objectiveGap')).toContain('-4,44 %')
    expect(figure(wrapper, 'basket')).toContain('2 580,00 €') // 5 160 / 2 invoices
    expect(figure(wrapper, 'conversion')).toContain('50,00 %') // 1 quote of 2
    const months = text(wrapper.find('[data-testid="table-months"]').text())
    expect(months).toContain('mars 2026')
    expect(months).toContain('-340,00 €')
  })

  it('groups by customer, and a row opens the documents behind it with links', async () => {
    const wrapper = await mountPage()
    const filters = wrapper.findComponent(StatsFilters)
    filters.vm.$emit('update:modelValue', { ...filters.props('modelValue'), dimension: 'customer' })
    await vi.waitFor(() => expect(text(wrapper.find('[data-testid="table-dimension"] caption').text())).toContain('CA HT par client'))
    const rows = wrapper.findAll('[data-testid="table-dimension"] tbody tr').map((r) => text(r.text()))
    expect(rows[0]).toContain('Atelier Dubois')
    expect(rows[0]).toContain('3 000,00 €')
    expect(rows[1]).toContain('Brasserie Lumière')
    expect(rows[1]).toContain('2 160,00 €')
    expect(rows[1]).toContain('+620,00 %') // 300 → 2 160
    await wrapper.findAll('[data-testid="table-dimension"] tbody tr')[1]!.find('button').trigger('click')
    await vi.waitFor(() => expect(wrapper.find('[data-testid="drill-panel"]').exists()).toBe(true))
    const drill = text(wrapper.find('[data-testid="table-drill"]').text())
    expect(drill).toContain('FA-2026-2')
    expect(drill).toContain('AV-2026-1')
    expect(drill).not.toContain('FA-2026-1')
    expect(wrapper.findAllComponents(RouterLinkStub).map((l) => l.props('to'))).toEqual(expect.arrayContaining(['/ventes/f2', '/ventes/a1']))
    expect(document.activeElement?.id).toBe('stats-drill-title')
  })

  it('narrows by region: the objective no longer applies and reads n.s.', async () => {
    const wrapper = await mountPage()
    const filters = wrapper.findComponent(StatsFilters)
    filters.vm.$emit('update:modelValue', { ...filters.props('modelValue'), region: 'Normandie' })
    await vi.waitFor(() => expect(figure(wrapper, 'sales')).toContain('2 160,00 €'))
    expect(figure(wrapper, 'objective')).toContain('n.s.')
    expect(figure(wrapper, 'achievement')).toContain('n.s.')
  })

  it('refuses a last month before the first one with a message naming the field, and keeps the figures', async () => {
    const wrapper = await mountPage()
    const filters = wrapper.findComponent(StatsFilters)
    filters.vm.$emit('update:modelValue', { ...filters.props('modelValue'), fromMonth: 3, toMonth: 1 })
    await vi.waitFor(() => expect(wrapper.find('[data-testid="stats-period-error"]').exists()).toBe(true))
    expect(text(wrapper.find('[data-testid="stats-period-error"]').text())).toContain('Au mois : janvier est avant mars')
    expect(figure(wrapper, 'sales')).toContain('5 160,00 €')
  })

  it('speaks English, with n.s. when the previous year has no sales', async () => {
    const wrapper = await mountPage('en')
    const filters = wrapper.findComponent(StatsFilters)
    filters.vm.$emit('update:modelValue', { ...filters.props('modelValue'), year: 2025 })
    await vi.waitFor(() => expect(figure(wrapper, 'sales')).toContain('€4,800.00'))
    expect(figure(wrapper, 'evolution')).toContain('n.s.')
    expect(wrapper.findComponent(DimensionSection).find('caption').text()).toContain('Sales excl. VAT by month')
  })
})
