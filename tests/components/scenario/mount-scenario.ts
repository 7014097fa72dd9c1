/**
 * Mounting the scenario screens on a real attempt: a small scenario (an empty company, three tasks of
 * which one comes on day 2, two checks and a rubric item) started in a test registry, the workspace
 * store pointed at it, a memory router on the scenario routes (its `push` spied), RouterLink stubbed.
 */
import { flushPromises, RouterLinkStub } from '@vue/test-utils'
import { createMemoryHistory, createRouter, routeLocationKey, routerKey } from 'vue-router'
import { vi } from 'vitest'
import { computed, reactive, type Component } from 'vue'
import { routes } from '@/router/features/scenarios'
import { useWorkspaceStore } from '@/stores/workspace'
import { startScenarioAttempt } from '@/db/scenario-attempt'
import { WorkspaceDb } from '@/db/workspace-db'
import type { WorkspaceRegistry } from '@/db/workspaces'
import type { Scenario } from '@/scenario'
import { mountWithApp } from '../../factories/mount'
import { FIXED_NOW, makeRegistry } from '../../factories/workspace'
import { check, loadOrThrow } from '../../unit/scenario/helpers'

const option = (id: string, fr: string, en: string) => ({ id, label: { fr, en } })

/** The small scenario of these tests; `overrides` replace top-level fields. */
export function smallScenario(overrides: Record<string, unknown> = {}): Scenario {
  return loadOrThrow({
    title: { fr: 'Le relevé du client', en: 'The customer statement' },
    brief: { fr: 'Un client **important** attend.\n\n<script>alert(1)</script>', en: 'An **important** customer is waiting.\n\n<script>alert(1)</script>' },
    company: { base: 'none' },
    criteria: ['CP1.1', 'CP3.5'],
    tasks: [
      { id: 't-montant', title: { fr: 'Le montant dû', en: 'The amount due' }, instructions: { fr: 'Calculez le montant **dû**.', en: 'Work out the amount **due**.' }, question: { kind: 'amount' }, checks: ['montant-du'] },
      {
        id: 't-choix', title: { fr: 'Le bon délai', en: 'The right term' }, instructions: { fr: 'Choisissez.', en: 'Choose.' },
        question: { kind: 'choice', options: [option('a', '30 jours', '30 days'), option('b', '60 jours', '60 days')] },
      },
      { id: 't-plus-tard', title: { fr: 'La relance', en: 'The reminder' }, instructions: { fr: 'Relancez.', en: 'Send a reminder.' }, from: 2 },
    ],
    checks: [
      check('fiche', { kind: 'commandHappened', command: 'tiers.create' }),
      check('montant-du', { kind: 'answer', task: 't-montant', expected: { sum: [{ cents: 12_345 }] } }),
    ],
    rubric: [{ id: 'ton', criteria: ['CP3.5'], label: { fr: 'Ton de la relance', en: 'Tone of the reminder' }, points: 3, task: 't-plus-tard' }],
    ...overrides,
  })
}

const mounted: { unmount(): void }[] = []
const opened: WorkspaceDb[] = []
const navigations: { mock: { results: { value: unknown }[] } }[] = []

/**
 * Waits for the navigations the screens started (a route's page loads lazily: left running, it would
 * import after the test environment is gone), then unmounts what was mounted and closes the databases
 * (call in `afterEach`).
 */
export async function cleanup() {
  await Promise.allSettled(navigations.splice(0).flatMap((spy) => spy.mock.results.map((result) => result.value)))
  mounted.splice(0).forEach((wrapper) => wrapper.unmount())
  opened.splice(0).forEach((db) => db.close())
}

/** Starts an attempt of `scenario` in a fresh registry; returns the registry and the attempt's database. */
export async function startSmallAttempt(scenario: Scenario = smallScenario()) {
  const registry = makeRegistry()
  const record = await startScenarioAttempt(registry, scenario, { learnerName: 'Léa Petit', source: 'file:releve.yaml', now: FIXED_NOW })
  const db = new WorkspaceDb(record.id)
  opened.push(db)
  return { registry, record, db }
}

/**
 * Mounts `component` at `path`. With `attempt`, the workspace store holds that registry with the
 * attempt open; without, a fresh empty registry and no workspace.
 */
export async function mountScenario(component: Component, options: {
  path?: string; props?: Record<string, unknown>; language?: 'fr' | 'en'
  attempt?: { registry: WorkspaceRegistry; record: { id: string }; db: WorkspaceDb }
} = {}) {
  const router = createRouter({ history: createMemoryHistory(), routes: [...routes, { path: '/:rest(.*)*', component: { render: () => null } }] })
  await router.push(options.path ?? '/scenarios')
  const current = router.currentRoute
  const route = reactive(Object.fromEntries(Object.keys(current.value).map((key) => [key, computed(() => current.value[key as keyof typeof current.value])])))
  const push = vi.spyOn(router, 'push')
  navigations.push(push)
  const wrapper = await mountWithApp(component, {
    props: options.props ?? {}, attachTo: document.body,
    global: {
      stubs: { RouterLink: RouterLinkStub },
      components: { RouterLink: RouterLinkStub },
      provide: { [routerKey as symbol]: router, [routeLocationKey as symbol]: route },
    },
  } as never, options.language ?? 'fr')
  mounted.push(wrapper)
  const workspace = useWorkspaceStore()
  workspace.registry = options.attempt?.registry ?? makeRegistry()
  if (options.attempt) {
    workspace.currentId = options.attempt.record.id
    workspace.db = options.attempt.db
  }
  await flushPromises()
  return { wrapper, router, push, workspace }
}
