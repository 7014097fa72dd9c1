// @vitest-environment happy-dom
/**
 * The scenario library store's URL loading: only http(s) addresses, the server's answer checked (error
 * status, size, network failure, CORS), the text through the same loader as a file; a failure keeps
 * the scenario chosen before.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { useScenarioLibraryStore } from '@/stores/scenario-library'
import { scenarioYaml } from '../../unit/scenario/helpers'

beforeEach(() => setActivePinia(createPinia()))

const answer = (body: string, init: ResponseInit = {}) => vi.fn(async () => new Response(body, init)) as unknown as typeof fetch

describe('loading a scenario from a URL', () => {
  it('loads a valid scenario and remembers its address', async () => {
    const library = useScenarioLibraryStore()
    const fetcher = answer(scenarioYaml())
    expect(await library.loadUrl(' https://formation.example/scenarios/releve.yaml ', fetcher)).toBe(true)
    expect(library.chosen).toMatchObject({ source: 'url:https://formation.example/scenarios/releve.yaml', scenario: { id: 'test-scenario' } })
    expect(fetcher).toHaveBeenCalledWith('https://formation.example/scenarios/releve.yaml', expect.objectContaining({ credentials: 'omit' }))
    expect(library.problem).toBeNull()
  })

  it('refuses what is not an http(s) address, without fetching', async () => {
    const library = useScenarioLibraryStore()
    const fetcher = answer('')
    for (const address of ['', 'releve.yaml', 'javascript:alert(1)', 'file:///etc/passwd', 'ftp://example.org/x.yaml']) {
      expect(await library.loadUrl(address, fetcher)).toBe(false)
      expect(library.problem).toMatchObject({ reason: { key: 'scenario-play.load.errors.badUrl' } })
    }
    expect(fetcher).not.toHaveBeenCalled()
  })

  it('names the server\'s error, a network failure and a file too large, and keeps the scenario chosen before', async () => {
    const library = useScenarioLibraryStore()
    await library.loadUrl('https://formation.example/bon.yaml', answer(scenarioYaml()))
    expect(await library.loadUrl('https://formation.example/absent.yaml', answer('Not found', { status: 404 }))).toBe(false)
    expect(library.problem).toEqual({ file: 'absent.yaml', reason: { key: 'scenario-play.load.errors.httpStatus', values: { status: 404, url: 'https://formation.example/absent.yaml' } } })
    const offline = vi.fn(async () => { throw new TypeError('Failed to fetch') }) as unknown as typeof fetch
    expect(await library.loadUrl('https://ailleurs.example/x.yaml', offline)).toBe(false)
    expect(library.problem).toMatchObject({ reason: { key: 'scenario-play.load.errors.network' } })
    expect(await library.loadUrl('https://formation.example/gros.yaml', answer('x', { headers: { 'content-length': String(400 * 1024) } }))).toBe(false)
    expect(library.problem).toMatchObject({ reason: { key: 'scenario-play.load.errors.tooLarge', values: { sizeKb: 400, maxKb: 256 } } })
    expect(library.chosen).toMatchObject({ source: 'url:https://formation.example/bon.yaml' })
  })

  it('lists a broken file\'s errors under its name in the address', async () => {
    const library = useScenarioLibraryStore()
    expect(await library.loadUrl('https://formation.example/dossier/casse.yaml?v=2', answer('id: [\n'))).toBe(false)
    expect(library.problem).toMatchObject({ file: 'casse.yaml', errors: [expect.objectContaining({ file: 'casse.yaml', key: 'scenario.errors.syntax' })] })
    expect(library.chosen).toBeNull()
  })

  it('chooses a scenario of the pack, and says when a file is not in it', async () => {
    const library = useScenarioLibraryStore()
    expect(await library.choosePack('exemple-crm-rgpd.yaml')).toBe(true)
    expect(library.chosen).toMatchObject({ source: 'pack:exemple-crm-rgpd.yaml', scenario: { id: 'exemple-crm-rgpd' } })
    expect(await library.choosePack('inconnu.yaml')).toBe(false)
    expect(library.problem).toMatchObject({ reason: { key: 'scenario-play.load.errors.notInPack' } })
    // Every file of the pack but the schema: the trainers' example and the CP1 scenarios.
    expect((await library.loadPack()).every((entry) => entry.file.endsWith('.yaml'))).toBe(true)
  })
})
