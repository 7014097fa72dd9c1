// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import ScenariosPage from '@/pages/ScenariosPage.vue'
import { useScenarioLibraryStore } from '@/stores/scenario-library'
import { scenarioYaml } from '../../unit/scenario/helpers'
import { cleanup, mountScenario } from './mount-scenario'

afterEach(cleanup)

const BROKEN = 'id: casse\nversion: 1\ntitle:\n  fr: Cassé\n  en: Broken\nlevel: expert\n'

async function pickFile(input: HTMLInputElement, file: File) {
  Object.defineProperty(input, 'files', { value: [file], configurable: true })
  input.dispatchEvent(new Event('change'))
  await flushPromises()
}

describe('ScenariosPage: the built-in pack and loading a scenario', () => {
  it('lists the pack with title, level, duration and criteria', async () => {
    const { wrapper } = await mountScenario(ScenariosPage)
    await vi.waitFor(() => expect(wrapper.find('[data-testid="pack-exemple-crm-rgpd.yaml"]').exists()).toBe(true))
    const row = wrapper.get('[data-testid="pack-exemple-crm-rgpd.yaml"]')
    expect(row.text()).toContain('Un prospect du salon devient client')
    expect(row.text()).toContain('Débutant')
    expect(row.text()).toContain('25 min')
    expect(row.text()).toContain('CP1.4, CP5.2, CP8.4, CP3.5')
    expect(row.findComponent({ name: 'RouterLinkStub' }).props('to')).toBe('/scenarios/pack/exemple-crm-rgpd.yaml')
  })

  it('lists a broken file\'s errors by file, line, column and field, in French, and changes nothing', async () => {
    const { wrapper, push } = await mountScenario(ScenariosPage)
    const library = useScenarioLibraryStore()
    await pickFile(wrapper.get<HTMLInputElement>('#scenario-file').element, new File([BROKEN], 'casse.yaml', { type: 'text/yaml' }))
    await vi.waitFor(() => expect(wrapper.find('[data-testid="scenario-load-errors"]').exists()).toBe(true))
    const errors = wrapper.get('[data-testid="scenario-load-errors"]')
    expect(errors.attributes('role')).toBe('alert')
    expect(errors.text()).toContain('Le scénario casse.yaml n\'a pas été chargé')
    expect(errors.text()).toContain('Rien n\'a été modifié.')
    const lines = errors.findAll('[data-testid="scenario-load-error"]').map((line) => line.text())
    expect(lines).toContainEqual(expect.stringContaining('casse.yaml, ligne 6, colonne 8 — champ level'))
    expect(lines).toContainEqual(expect.stringContaining('La valeur du champ « level » n\'est pas permise ; valeurs possibles : beginner, intermediate, advanced.'))
    expect(lines).toContainEqual(expect.stringContaining('Le champ obligatoire « brief » manque.'))
    expect(library.chosen).toBeNull()
    expect(push).not.toHaveBeenCalled()
  })

  it('keeps the scenario chosen before when the next file is broken', async () => {
    const { wrapper, push } = await mountScenario(ScenariosPage)
    const library = useScenarioLibraryStore()
    const input = wrapper.get<HTMLInputElement>('#scenario-file').element
    await pickFile(input, new File([scenarioYaml()], 'bon.yaml'))
    await vi.waitFor(() => expect(push).toHaveBeenCalledWith('/scenarios/apercu'))
    expect(library.chosen).toMatchObject({ source: 'file:bon.yaml', scenario: { id: 'test-scenario' } })
    await pickFile(input, new File([BROKEN], 'casse.yaml'))
    await vi.waitFor(() => expect(wrapper.find('[data-testid="scenario-load-errors"]').exists()).toBe(true))
    expect(library.chosen).toMatchObject({ source: 'file:bon.yaml' })
  })

  it('loads a dropped file too, and speaks English', async () => {
    const { wrapper } = await mountScenario(ScenariosPage, { language: 'en' })
    const data = { files: [new File(['id: glisse\ntitle: [non fermé\n'], 'glisse.yaml')] }
    await wrapper.get('[data-testid="scenario-drop-zone"]').trigger('drop', { dataTransfer: data })
    await vi.waitFor(() => expect(wrapper.find('[data-testid="scenario-load-errors"]').exists()).toBe(true))
    const errors = wrapper.get('[data-testid="scenario-load-errors"]')
    expect(errors.text()).toContain('The scenario glisse.yaml was not loaded')
    expect(errors.get('[data-testid="scenario-load-error"]').text()).toMatch(/^glisse\.yaml, line \d+, column \d+/)
  })

  it('refuses a file over the size limit without reading it', async () => {
    const { wrapper } = await mountScenario(ScenariosPage)
    const huge = new File(['x'], 'enorme.yaml')
    Object.defineProperty(huge, 'size', { value: 300 * 1024 })
    const text = vi.spyOn(huge, 'text')
    await pickFile(wrapper.get<HTMLInputElement>('#scenario-file').element, huge)
    await vi.waitFor(() => expect(wrapper.find('[data-testid="scenario-load-errors"]').exists()).toBe(true))
    expect(wrapper.get('[data-testid="scenario-load-errors"]').text()).toContain('Le fichier pèse 300 Ko : un scénario ne peut pas dépasser 256 Ko.')
    expect(text).not.toHaveBeenCalled()
  })
})
