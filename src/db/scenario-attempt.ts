/**
 * Starting a scenario attempt: a new workspace of kind 'scenario' seeded with the built-in company
 * (or the size, or none, the scenario asks for), the scenario's own company records and settings,
 * its delegation levels (locked for the learner), the simulated clock on its start date, its
 * timeline as scheduled events, and the attempt's state in `meta` (learner's name, the scenario
 * itself, no answers yet). An event of the start day is delivered at once.
 *
 * All or nothing: if the scenario's company does not fit (an unknown id…), the half-made workspace is
 * deleted and a {@link ScenarioStartError} says which field of the file is wrong.
 */
import type { Scenario } from '@/scenario/schema'
import { scenarioScheduledEvents } from '@/scenario/events'
import { addDays } from '@/domain'
import { ATTEMPT_META_KEYS, type AttemptState } from '@/commands/scenario-state'
import { scheduledHandler } from '@/commands/scheduled-hooks'
// The handlers of the scheduled events a timeline may hold (an event of the start day fires here).
import '@/commands/message-incoming'
import '@/commands/scenario-events'
import type { ScheduledEvent, WorkspaceRecord } from './types'
import { WorkspaceDb } from './workspace-db'
import { WORKSPACE_NAME_MAX, type SeedProgressListener, type WorkspaceRegistry } from './workspaces'
import { applyScenarioCompany, referenceDataFor, ScenarioStartError } from './scenario-records'

export { ScenarioStartError } from './scenario-records'

/** Longest learner name kept (it goes into the journal and the result file). */
export const LEARNER_NAME_MAX = 80

/** Trims and checks a learner's name; an i18n key when it is not acceptable. */
export function checkLearnerName(name: string): { ok: true; name: string } | { ok: false; key: string } {
  const trimmed = name.replace(/\s+/g, ' ').trim()
  if (!trimmed) return { ok: false, key: 'scenario-play.start.errors.nameRequired' }
  if (trimmed.length > LEARNER_NAME_MAX) return { ok: false, key: 'scenario-play.start.errors.nameTooLong' }
  return { ok: true, name: trimmed }
}

export interface StartAttemptOptions {
  learnerName: string
  /** Where the scenario came from ('pack:<file>', 'file:<name>', 'url:<address>'). */
  source: string
  /** The workspace's name, in the learner's language (the scenario's title and the learner's name by default). */
  workspaceName?: string
  /** Wall clock, only to stamp the start (tests inject a fixed one). */
  now?: () => Date
  onProgress?: SeedProgressListener
}

function workspaceNameOf(scenario: Scenario, learnerName: string): string {
  const name = `${scenario.title.fr} — ${learnerName}`
  return name.length <= WORKSPACE_NAME_MAX ? name : `${name.slice(0, WORKSPACE_NAME_MAX - 1)}…`
}

/** Creates and seeds the attempt's workspace; returns its registry record (not opened). */
export async function startScenarioAttempt(registry: WorkspaceRegistry, scenario: Scenario, options: StartAttemptOptions): Promise<WorkspaceRecord> {
  const learner = checkLearnerName(options.learnerName)
  if (!learner.ok) throw new ScenarioStartError({ key: learner.key, values: { field: 'learnerName' } }, 'learnerName')
  const now = options.now ?? (() => new Date())
  const name = options.workspaceName?.trim() ? options.workspaceName.trim().slice(0, WORKSPACE_NAME_MAX) : workspaceNameOf(scenario, learner.name)
  const record = await registry.create({
    name, kind: 'scenario', scenarioId: scenario.id, startDate: scenario.startDate, companySize: scenario.company?.base ?? 'standard',
  }, options.onProgress)
  const db = new WorkspaceDb(record.id)
  try {
    await writeAttempt(db, scenario, learner.name, options.source, now().toISOString())
  } catch (error) {
    db.close()
    await registry.remove(record.id)
    throw error
  }
  db.close()
  return record
}

/**
 * Writes the attempt into a freshly seeded workspace: what {@link startScenarioAttempt} does after
 * seeding, and what a reset of a scenario workspace does again (with the learner and source it had).
 */
export async function writeAttempt(db: WorkspaceDb, scenario: Scenario, learnerName: string, source: string, wallTime: string): Promise<void> {
  const start = scenario.startDate
  const lastDay = scenario.clock?.lastDay
  const builtIn = await referenceDataFor(scenario)
  const attempt: AttemptState = {
    scenarioId: scenario.id, scenarioVersion: scenario.version, title: { ...scenario.title }, source, learnerName,
    startDate: start, ...(lastDay !== undefined ? { lastDate: addDays(start, lastDay) } : {}),
    canAdvance: scenario.clock?.canAdvance ?? true, startedAt: wallTime,
  }
  await db.transaction('rw', db.tables, async () => {
    const counts = await applyScenarioCompany(db, scenario, builtIn)
    await db.meta.bulkPut([
      { key: ATTEMPT_META_KEYS.attempt, value: attempt },
      // A deep copy: the workspace keeps the scenario as it was, whatever happens to the object later.
      { key: ATTEMPT_META_KEYS.definition, value: structuredClone(scenario) },
      { key: ATTEMPT_META_KEYS.answers, value: {} },
    ])
    const events: ScheduledEvent[] = scenarioScheduledEvents(scenario).map((event) => ({ ...event, status: 'pending' }))
    const ids = (await db.scheduled.bulkAdd(events, { allKeys: true })) as number[]
    await db.journal.add({
      command: 'scenario.start', simDate: start, wallTime, actor: { kind: 'scenario' },
      input: { scenarioId: scenario.id, version: scenario.version, learnerName, source, ...(Object.keys(counts).length ? { records: counts } : {}) },
      outcome: 'done', result: { tasks: scenario.tasks.length, checks: scenario.checks?.length ?? 0, events: events.length },
    })
    // Events of the start day (`at: 0`) are there when the learner arrives.
    for (const [index, event] of events.entries()) {
      if (event.dueDate > start) continue
      const stored = { ...event, id: ids[index]! }
      const handler = scheduledHandler(event.kind)
      if (handler) await handler({ db, simDate: start, actor: { kind: 'scenario' } }, stored)
      await db.scheduled.update(stored.id, { status: handler ? 'fired' : 'orphaned', firedOn: start })
    }
  })
}

