import Dexie from 'dexie'
import { RegistryDb } from './registry-db'
import { WorkspaceDb, workspaceDbName } from './workspace-db'
import type { WorkspaceKind, WorkspaceRecord } from './types'
import { writeClock } from '@/commands/clock-state'
import { isCalendarDate } from '@/domain'

export interface NewWorkspace {
  name: string
  kind?: WorkspaceKind
  scenarioId?: string
  startDate: string
}

export const WORKSPACE_NAME_MAX = 80

/** Trims and checks a workspace name; returns an i18n key when it is not acceptable. */
export function checkWorkspaceName(name: string): { ok: true; name: string } | { ok: false; key: string } {
  const trimmed = name.trim()
  if (!trimmed) return { ok: false, key: 'workspaces.errors.nameRequired' }
  if (trimmed.length > WORKSPACE_NAME_MAX) return { ok: false, key: 'workspaces.errors.nameTooLong' }
  return { ok: true, name: trimmed }
}

/**
 * Puts a fresh workspace database in its starting state: the simulated clock on the start date and a
 * first journal line. Later features (the built-in company, a scenario's data) seed from here.
 */
export async function seedWorkspace(db: WorkspaceDb, record: WorkspaceRecord, wallTime: string): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    await writeClock(db, { date: record.startDate })
    await db.journal.add({
      command: 'workspace.seed', simDate: record.startDate, wallTime, actor: { kind: 'system' },
      input: { name: record.name, kind: record.kind }, outcome: 'done',
    })
  })
}

/** Creating, renaming, resetting and deleting workspaces, i.e. the registry and the databases it lists. */
export class WorkspaceRegistry {
  constructor(readonly registry: RegistryDb = new RegistryDb(), private readonly now: () => Date = () => new Date()) {}

  list(): Promise<WorkspaceRecord[]> {
    return this.registry.workspaces.orderBy('lastOpenedAt').reverse().toArray()
  }

  get(id: string): Promise<WorkspaceRecord | undefined> {
    return this.registry.workspaces.get(id)
  }

  async create(input: NewWorkspace): Promise<WorkspaceRecord> {
    const name = checkWorkspaceName(input.name)
    if (!name.ok) throw new Error(name.key)
    if (!isCalendarDate(input.startDate)) throw new Error('workspaces.errors.startDate')
    const stamp = this.now().toISOString()
    const record: WorkspaceRecord = {
      id: crypto.randomUUID(), name: name.name, kind: input.kind ?? 'practice', startDate: input.startDate,
      createdAt: stamp, lastOpenedAt: stamp, ...(input.scenarioId ? { scenarioId: input.scenarioId } : {}),
    }
    const db = new WorkspaceDb(record.id)
    try {
      await seedWorkspace(db, record, stamp)
      await this.registry.workspaces.add(record)
    } catch (error) {
      db.close()
      await Dexie.delete(workspaceDbName(record.id))
      throw error
    }
    db.close()
    return record
  }

  async rename(id: string, newName: string): Promise<WorkspaceRecord> {
    const name = checkWorkspaceName(newName)
    if (!name.ok) throw new Error(name.key)
    const updated = await this.registry.workspaces.update(id, { name: name.name })
    if (!updated) throw new Error('workspaces.errors.notFound')
    return (await this.get(id))!
  }

  async touch(id: string): Promise<void> {
    await this.registry.workspaces.update(id, { lastOpenedAt: this.now().toISOString() })
  }

  /** Back to the starting state: everything the learner did in this workspace is erased. */
  async reset(id: string): Promise<void> {
    const record = await this.get(id)
    if (!record) throw new Error('workspaces.errors.notFound')
    await Dexie.delete(workspaceDbName(id))
    const db = new WorkspaceDb(id)
    try {
      await seedWorkspace(db, record, this.now().toISOString())
    } finally {
      db.close()
    }
  }

  async remove(id: string): Promise<void> {
    await Dexie.delete(workspaceDbName(id))
    await this.registry.workspaces.delete(id)
  }
}
