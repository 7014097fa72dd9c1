import { describe, expect, it } from 'vitest'
import Dexie from 'dexie'
import { executeCommand } from '@/commands/command'
import { advanceClock } from '@/commands/clock'
import { readClock } from '@/commands/clock-state'
import { WorkspaceDb, workspaceDbName } from '@/db/workspace-db'
import { makeRegistry, makeWorkspace } from '../../factories/workspace'

describe('workspace registry', () => {
  it('creates a seeded workspace: clock on the start date and a first journal line', async () => {
    const { registry, record, db } = await makeWorkspace('2026-09-01', '  Séance du lundi  ')
    expect(record.name).toBe('Séance du lundi')
    expect((await registry.list()).map((w) => w.id)).toEqual([record.id])
    expect((await readClock(db)).date).toBe('2026-09-01')
    expect((await db.journal.toArray()).map((e) => e.command)).toEqual(['workspace.seed'])
  })

  it('refuses an empty or too long name and an impossible start date, creating nothing', async () => {
    const registry = makeRegistry()
    await expect(registry.create({ name: '   ', startDate: '2026-09-01' })).rejects.toThrow('workspaces.errors.nameRequired')
    await expect(registry.create({ name: 'x'.repeat(81), startDate: '2026-09-01' })).rejects.toThrow('workspaces.errors.nameTooLong')
    await expect(registry.create({ name: 'ok', startDate: '2026-13-01' })).rejects.toThrow('workspaces.errors.startDate')
    expect(await registry.list()).toEqual([])
  })

  it('renames', async () => {
    const { registry, record } = await makeWorkspace()
    expect((await registry.rename(record.id, 'Nouveau nom')).name).toBe('Nouveau nom')
    await expect(registry.rename(record.id, '')).rejects.toThrow('workspaces.errors.nameRequired')
    expect((await registry.get(record.id))?.name).toBe('Nouveau nom')
  })

  it('resets to the starting state, erasing what was done', async () => {
    const { registry, record, db } = await makeWorkspace('2026-03-02')
    await executeCommand(db, advanceClock, { days: 10 })
    db.close()
    await registry.reset(record.id)
    const fresh = new WorkspaceDb(record.id)
    expect((await readClock(fresh)).date).toBe('2026-03-02')
    expect(await fresh.journal.count()).toBe(1)
    fresh.close()
  })

  it('deletes the database and the registry entry', async () => {
    const { registry, record, db } = await makeWorkspace()
    db.close()
    await registry.remove(record.id)
    expect(await registry.get(record.id)).toBeUndefined()
    expect(await Dexie.getDatabaseNames()).not.toContain(workspaceDbName(record.id))
  })
})
