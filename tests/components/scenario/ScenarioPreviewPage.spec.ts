// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import ScenarioPreviewPage from '@/pages/ScenarioPreviewPage.vue'
import { useScenarioLibraryStore } from '@/stores/scenario-library'
import { WorkspaceDb } from '@/db/workspace-db'
import { readAttempt } from '@/commands/scenario-state'
import { cleanup, mountScenario, smallScenario } from './mount-scenario'

afterEach(cleanup)

async function preview(scenario = smallScenario()) {
  const mounted = await mountScenario(ScenarioPreviewPage, { path: '/scenarios/apercu' })
  useScenarioLibraryStore().chosen = { scenario, source: 'file:releve.yaml' }
  await vi.waitFor(() => expect(mounted.wrapper.find('h1').text()).not.toBe(''))
  return mounted
}

describe('ScenarioPreviewPage: the brief, then "start" with the learner\'s name', () => {
  it('shows the scenario\'s facts and its brief in the sanitised Markdown subset', async () => {
    const { wrapper } = await preview()
    expect(wrapper.get('h1').text()).toBe('Le relevé du client')
    expect(wrapper.text()).toContain('Scénario test-scenario, version 1')
    expect(wrapper.text()).toContain('CP1.1')
    const brief = wrapper.get('.scenario-markdown')
    expect(brief.html()).toContain('<strong>important</strong>')
    expect(brief.find('script').exists()).toBe(false)
    expect(brief.text()).toContain('<script>alert(1)</script>')
    expect(wrapper.findAll('ol li').map((li) => li.text())).toEqual(['Le montant dû', 'Le bon délai', 'La relance'])
  })

  it('asks for the name before starting, and starts an attempt that opens in its own workspace', async () => {
    const { wrapper, workspace, push } = await preview()
    await wrapper.get('form').trigger('submit')
    expect(wrapper.get('#learner-name-error').text()).toBe('Saisissez votre nom : il figure dans le journal et le fichier de résultats.')
    expect(wrapper.get('#learner-name').attributes('aria-describedby')).toBe('learner-name-error')
    expect(await workspace.registry.list()).toEqual([])

    await wrapper.get('#learner-name').setValue('Léa Petit')
    await wrapper.get('form').trigger('submit')
    await vi.waitFor(() => expect(push).toHaveBeenCalledWith('/scenarios'))
    const [record] = await workspace.registry.list()
    expect(record).toMatchObject({ kind: 'scenario', scenarioId: 'test-scenario', name: 'Le relevé du client — Léa Petit' })
    expect(workspace.currentId).toBe(record!.id)
    const db = new WorkspaceDb(record!.id)
    expect(await readAttempt(db)).toMatchObject({ learnerName: 'Léa Petit', source: 'file:releve.yaml' })
    db.close()
    workspace.db?.close()
  })

  it('says why a scenario whose company does not fit cannot start, with the field, and creates nothing', async () => {
    const { wrapper, workspace, push } = await preview(smallScenario({ company: { base: 'none', tierUpdates: [{ id: 'C999', name: 'Inconnu' }] } }))
    await wrapper.get('#learner-name').setValue('Léa Petit')
    await wrapper.get('form').trigger('submit')
    await vi.waitFor(() => expect(wrapper.find('[data-testid="start-error"]').exists()).toBe(true))
    expect(wrapper.get('[data-testid="start-error"]').text()).toBe(
      'L\'épreuve n\'a pas pu commencer, rien n\'a été créé : Le tiers « C999 » (company.tierUpdates[0].id) n\'existe pas dans l\'entreprise de départ.',
    )
    expect(await workspace.registry.list()).toEqual([])
    expect(push).not.toHaveBeenCalled()
  })

  it('says so when no scenario is chosen', async () => {
    const { wrapper } = await mountScenario(ScenarioPreviewPage, { path: '/scenarios/apercu' })
    await vi.waitFor(() => expect(wrapper.find('h1').exists()).toBe(true))
    expect(wrapper.get('h1').text()).toBe('Aucun scénario choisi')
  })
})
