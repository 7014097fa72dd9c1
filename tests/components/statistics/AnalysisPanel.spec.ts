// @vitest-environment happy-dom
/**
 * The learner's analysis panel (issue 12, REAC CP6): the figures offered are labelled and formatted
 * (French money and percent), the learner ticks what matters, picks a chart, writes the synthesis with
 * a counter and a reminder, and saves: the analysis keeps the unrounded figures ticked and the filters.
 * A missing title is refused with a message naming it, and nothing is stored.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { RouterLinkStub } from '@vue/test-utils'
import AnalysisPanel from '@/components/statistics/analysis/AnalysisPanel.vue'
import { useWorkspaceStore } from '@/stores/workspace'
import type { WorkspaceDb } from '@/db/workspace-db'
import { mountWithApp } from '../../factories/mount'
import { makeWorkspace } from '../../factories/workspace'

let db: WorkspaceDb | undefined
afterEach(() => {
  db?.close()
  document.body.innerHTML = ''
})

const FIGURES = { salesCents: 51_600_000, achievementPercent: 95.55555555555556, invoices: 42 }
const FILTERS = { year: 2026, fromMonth: 3, toMonth: 3, dimension: 'month', customerId: null }

async function mountPanel(language: 'fr' | 'en' = 'fr') {
  db = (await makeWorkspace('2026-04-01')).db
  const wrapper = await mountWithApp(AnalysisPanel, {
    attachTo: document.body, props: { filters: FILTERS, figures: FIGURES, chartType: 'line' }, global: { stubs: { RouterLink: RouterLinkStub } },
  } as never, language)
  useWorkspaceStore().db = db
  return wrapper
}

describe('AnalysisPanel', () => {
  it('offers the figures labelled and formatted, and saves the ticked ones unrounded with the filters and the synthesis', async () => {
    const wrapper = await mountPanel()
    const labels = wrapper.findAll('.analysis-figure-list label').map((label) => label.text().replace(/\s+/g, ' '))
    expect(labels).toEqual(['CA HT 516 000,00 €', "Taux de réalisation de l'objectif 95,56 %", 'Nombre de factures 42'])
    expect((wrapper.find('#analysis-chart').element as HTMLSelectElement).value).toBe('line')
    await wrapper.find('#analysis-title').setValue('Revue de mars')
    await wrapper.find('#analysis-objective').setValue('Mesurer la réalisation de l’objectif de mars')
    await wrapper.find('[data-figure="salesCents"]').setValue(true)
    await wrapper.find('[data-figure="achievementPercent"]').setValue(true)
    await wrapper.find('#analysis-chart').setValue('barLine')
    await wrapper.find('#analysis-synthesis').setValue('Objectif 540 000 € ; réalisé 516 000 € (95,56 %). Relancer les devis.')
    expect(wrapper.find('#analysis-counter').text()).toBe('69 / 2000 caractères')
    expect(wrapper.find('#analysis-synthesis').attributes('aria-describedby')).toBe('analysis-reminder analysis-counter')
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(() => expect(wrapper.find('[data-testid="analysis-saved"]').exists()).toBe(true))
    expect(await db!.analyses.toArray()).toEqual([{
      id: expect.any(String), date: '2026-04-01', title: 'Revue de mars', objective: 'Mesurer la réalisation de l’objectif de mars',
      query: FILTERS, chartType: 'barLine', figures: { salesCents: 51_600_000, achievementPercent: 95.55555555555556 },
      synthesis: 'Objectif 540 000 € ; réalisé 516 000 € (95,56 %). Relancer les devis.',
    }])
  })

  it('refuses an analysis without a title, says so in English, and stores nothing', async () => {
    const wrapper = await mountPanel('en')
    await wrapper.find('#analysis-objective').setValue('March review')
    await wrapper.find('[data-figure="invoices"]').setValue(true)
    await wrapper.find('#analysis-synthesis').setValue('Short synthesis.')
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(() => expect(wrapper.find('[data-testid="analysis-error"]').text()).toBe("The analysis's title is required."))
    expect(await db!.analyses.count()).toBe(0)
  })
})
