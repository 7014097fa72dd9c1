import { describe, expect, it } from 'vitest'
import { WorkspaceDb } from '@/db/workspace-db'
import { LATEST_WORKSPACE_VERSION, tablesAtVersion } from '@/db/schema'

// A learner's attempt written by the first release must survive every later schema version.
describe('workspace schema migrations', () => {
  it('upgrades a filled v1 database to the latest version without losing anything', async () => {
    const id = `migration-${Math.random().toString(36).slice(2)}`
    const v1 = new WorkspaceDb(id, 1)
    await v1.open()
    expect(v1.verno).toBe(1)
    expect(v1.tables.map((t) => t.name).sort()).toEqual(['journal', 'meta'])
    await v1.table('meta').bulkAdd([{ key: 'clock', value: { date: '2026-04-01' } }, { key: 'other', value: 42 }])
    await v1.table('journal').bulkAdd([
      { command: 'workspace.seed', simDate: '2026-03-02', wallTime: '2026-11-01T08:00:00Z', actor: { kind: 'system' }, input: {}, ok: true },
      { command: 'clock.advance', simDate: '2026-03-02', wallTime: '2026-11-01T08:01:00Z', actor: { kind: 'learner' }, input: { days: 0 }, ok: false, reason: { key: 'command.invalidInput' } },
      { command: 'clock.advance', simDate: '2026-03-02', wallTime: '2026-11-01T08:02:00Z', actor: { kind: 'learner' }, input: { days: 30 }, ok: true },
    ])
    v1.close()

    const latest = new WorkspaceDb(id)
    await latest.open()
    expect(latest.verno).toBe(LATEST_WORKSPACE_VERSION)
    expect(latest.tables.map((t) => t.name).sort()).toEqual(tablesAtVersion().sort())
    expect(await latest.meta.toArray()).toEqual([
      { key: 'clock', value: { date: '2026-04-01' } },
      { key: 'other', value: 42 },
    ])
    const journal = await latest.journal.orderBy('seq').toArray()
    expect(journal.map((e) => [e.seq, e.command, e.outcome])).toEqual([
      [1, 'workspace.seed', 'done'],
      [2, 'clock.advance', 'refused'],
      [3, 'clock.advance', 'done'],
    ])
    expect(journal.every((e) => !('ok' in e))).toBe(true)
    expect(journal[1]?.reason).toEqual({ key: 'command.invalidInput' })
    // The v2 index on outcome works on migrated rows.
    expect(await latest.journal.where('outcome').equals('refused').count()).toBe(1)
    expect(await latest.scheduled.count()).toBe(0)
    latest.close()
  })
})
