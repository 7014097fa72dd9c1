import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import { loadScenario, type ScenarioLoadError, type ScenarioLoadResult } from '@/scenario/loader'
import { SCENARIO_LIMITS } from '@/scenario/limits'
import type { Scenario } from '@/scenario/schema'
import type { Reason } from '@/db/types'

/**
 * The scenarios a learner or a trainer can start: the built-in pack (every `scenarios/*.yaml`, each
 * file its own chunk, parsed when the list is first shown) and one scenario loaded from a file or a
 * URL. A file that does not load changes nothing: the scenario chosen before stays chosen, and the
 * problems are listed with their file, line, column and field.
 */
const PACK_FILES = import.meta.glob<string>('../../scenarios/*.yaml', { query: '?raw', import: 'default' })

/** One file of the built-in pack: its scenario, or what is wrong with it. */
export interface PackEntry {
  file: string
  scenario?: Scenario
  errors?: ScenarioLoadError[]
}

/** A scenario ready to start, and where it came from ('pack:<file>', 'file:<name>', 'url:<address>'). */
export interface ChosenScenario {
  scenario: Scenario
  source: string
}

/** Why a file or a URL did not load: the loader's positioned errors, or a reason (network, size…). */
export type LoadProblem = { file: string; errors: ScenarioLoadError[] } | { file: string; reason: Reason }

const fileNameOf = (path: string) => path.split('/').pop() ?? path

/** How long a URL may take to answer before the load is given up. */
const URL_TIMEOUT_MS = 15_000

export const useScenarioLibraryStore = defineStore('scenarioLibrary', () => {
  const pack = shallowRef<PackEntry[] | null>(null)
  const chosen = shallowRef<ChosenScenario | null>(null)
  const problem = shallowRef<LoadProblem | null>(null)
  const loading = ref(false)

  /** The built-in pack, parsed once, sorted by file name. */
  async function loadPack(): Promise<PackEntry[]> {
    if (pack.value) return pack.value
    const entries = await Promise.all(Object.entries(PACK_FILES).map(async ([path, read]) => {
      const file = fileNameOf(path)
      const result = loadScenario(await read(), file)
      return result.ok ? { file, scenario: result.scenario } : { file, errors: result.errors }
    }))
    pack.value = entries.sort((a, b) => a.file.localeCompare(b.file))
    return pack.value
  }

  function accept(result: ScenarioLoadResult, file: string, source: string): boolean {
    if (!result.ok) {
      problem.value = { file, errors: result.errors }
      return false
    }
    problem.value = null
    chosen.value = { scenario: result.scenario, source }
    return true
  }

  function refuse(file: string, key: string, values: Record<string, string | number> = {}): false {
    problem.value = { file, reason: { key: `scenario-play.load.errors.${key}`, values } }
    return false
  }

  /** Chooses a scenario of the pack; false when the file is not in the pack or does not load. */
  async function choosePack(file: string): Promise<boolean> {
    const entry = (await loadPack()).find((candidate) => candidate.file === file)
    if (!entry) return refuse(file, 'notInPack', { file })
    if (!entry.scenario) {
      problem.value = { file, errors: entry.errors ?? [] }
      return false
    }
    problem.value = null
    chosen.value = { scenario: entry.scenario, source: `pack:${file}` }
    return true
  }

  /** A file the learner picked or dropped. */
  async function loadFile(file: File): Promise<boolean> {
    if (file.size > SCENARIO_LIMITS.fileBytes) {
      return refuse(file.name, 'tooLarge', { sizeKb: Math.ceil(file.size / 1024), maxKb: SCENARIO_LIMITS.fileBytes / 1024 })
    }
    loading.value = true
    try {
      let text: string
      try {
        text = await file.text()
      } catch {
        return refuse(file.name, 'unreadable')
      }
      return accept(loadScenario(text, file.name), file.name, `file:${file.name}`)
    } finally {
      loading.value = false
    }
  }

  /** A scenario published at an http(s) address (the server must allow the app's origin: CORS). */
  async function loadUrl(address: string, fetcher: typeof fetch = fetch): Promise<boolean> {
    let url: URL
    try {
      url = new URL(address.trim())
    } catch {
      return refuse(address.trim() || '—', 'badUrl')
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return refuse(url.href, 'badUrl')
    const file = fileNameOf(url.pathname) || url.host
    loading.value = true
    const abort = new AbortController()
    const timer = setTimeout(() => abort.abort(), URL_TIMEOUT_MS)
    try {
      let response: Response
      try {
        response = await fetcher(url.href, { signal: abort.signal, credentials: 'omit', redirect: 'follow' })
      } catch {
        return refuse(file, abort.signal.aborted ? 'timeout' : 'network', { url: url.href })
      }
      if (!response.ok) return refuse(file, 'httpStatus', { status: response.status, url: url.href })
      const length = Number(response.headers.get('content-length') ?? 0)
      if (length > SCENARIO_LIMITS.fileBytes) return refuse(file, 'tooLarge', { sizeKb: Math.ceil(length / 1024), maxKb: SCENARIO_LIMITS.fileBytes / 1024 })
      let text: string
      try {
        text = await response.text()
      } catch {
        return refuse(file, abort.signal.aborted ? 'timeout' : 'network', { url: url.href })
      }
      return accept(loadScenario(text, file), file, `url:${url.href}`)
    } finally {
      clearTimeout(timer)
      loading.value = false
    }
  }

  function clearProblem() {
    problem.value = null
  }

  return { pack, chosen, problem, loading, loadPack, choosePack, loadFile, loadUrl, clearProblem }
})
