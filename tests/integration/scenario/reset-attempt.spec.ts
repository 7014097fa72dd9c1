/**
 * Resetting a scenario workspace starts its attempt again from the scenario it keeps (same learner and
 * source, the start-day events delivered again, answers and submission erased); a workspace whose
 * scenario can no longer be read refuses the reset and keeps everything.
 */
import { describe, expect, it } from 'vitest'
import { advanceClock } from '@/commands/clock'
import { submitAttempt } from '@/commands/scenario'
import { ATTEMPT_META_KEYS, readAttempt, readScenarioDefinition } from '@/commands/scenario-state'
import { readClock } from '@/commands/clock-state'
import { WorkspaceDb } from '@/db/workspace-db'
import { loadFile, startAttempt } from './attempt-helpers'

const scenario = loadFile('scenarios/exemple-crm-rgpd.yaml')

describe('reset of a scenario workspace', () => {
  it('re-runs the attempt start from its scenario', async () => {
    const { registry, record, db, run } = await startAttempt(scenario, 'Léa Bernard')
    const firstJournal = (await db.journal.toArray()).map((entry) => entry.command)
    await run(advanceClock, { days: 2 })
    expect((await run(submitAttempt, {})).ok).toBe(true)
    db.close()

    await registry.reset(record.id)

    const fresh = new WorkspaceDb(record.id)
    const attempt = await readAttempt(fresh)
    expect(attempt?.learnerName).toBe('Léa Bernard')
    expect(attempt?.source).toBe(`pack:${scenario.id}.yaml`)
    expect(attempt?.submittedAt).toBeUndefined()
    expect((await readScenarioDefinition(fresh))?.id).toBe(scenario.id)
    expect((await readClock(fresh)).date).toBe(scenario.startDate)
    expect((await fresh.journal.toArray()).map((entry) => entry.command)).toEqual(firstJournal)
    expect(await fresh.scheduled.where('status').equals('pending').count()).toBeGreaterThan(0)
    fresh.close()
  })

  it('refuses when the scenario is no longer in the workspace, and erases nothing', async () => {
    const { registry, record, db, run } = await startAttempt(scenario)
    await run(advanceClock, { days: 1 })
    await db.meta.delete(ATTEMPT_META_KEYS.definition)
    const journal = await db.journal.count()
    db.close()

    await expect(registry.reset(record.id)).rejects.toThrow('workspaces.errors.scenarioUnavailable')

    const same = new WorkspaceDb(record.id)
    expect(await same.journal.count()).toBe(journal)
    expect(await readAttempt(same)).toBeDefined()
    same.close()
  })
})
