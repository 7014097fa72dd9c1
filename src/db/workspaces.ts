import Dexie from 'dexie'
import { RegistryDb } from './registry-db'
import { WorkspaceDb, workspaceDbName } from './workspace-db'
import type { MetaRecord, WorkspaceKind, WorkspaceRecord } from './types'
import type { AttemptState } from '@/commands/scenario-state'
import type { Scenario } from '@/scenario/schema'
import { CLOCK_KEY, writeClock } from '@/commands/clock-state'
import { isCalendarDate } from '@/domain/calendar'

export interface NewWorkspace {
  name: string
  kind?: WorkspaceKind
  scenarioId?: string
  startDate: string
  /** The built-in company's size (`standard` when omitted; `none` for an empty company). */
  companySize?: CompanySizeChoice
}

/** How big a company a workspace is seeded with. */
export type CompanySizeChoice = NonNullable<WorkspaceRecord['companySize']>

/** The company size of a workspace created without one: the built-in company. */
export const DEFAULT_COMPANY_SIZE: CompanySizeChoice = 'standard'

/** How far seeding has gone, for a progress bar: `done` of `total` records written. */
export type SeedProgressListener = (progress: { phase: 'generate' | 'write' | 'done'; done: number; total: number }) => void

export const WORKSPACE_NAME_MAX = 80

/** Trims and checks a workspace name; returns an i18n key when it is not acceptable. */
export function checkWorkspaceName(name: string): { ok: true; name: string } | { ok: false; key: string } {
  const trimmed = name.trim()
  if (!trimmed) return { ok: false, key: 'workspaces.errors.nameRequired' }
  if (trimmed.length > WORKSPACE_NAME_MAX) return { ok: false, key: 'workspaces.errors.nameTooLong' }
  return { ok: true, name: trimmed }
}

/**
 * Puts a fresh workspace database in its starting state: the simulated clock on the start date, the
 * built-in company with three years of history ending the day before (unless `companySize` is
 * 'none'), and a first journal line saying which company was seeded. The company code loads on
 * demand (it is not part of the app's first load); a large company is generated and written in a Web
 * Worker when the browser has one, so the page keeps responding.
 */
export async function seedWorkspace(db: WorkspaceDb, record: WorkspaceRecord, wallTime: string, onProgress?: SeedProgressListener): Promise<void> {
  const size = record.companySize ?? DEFAULT_COMPANY_SIZE
  let company: { name: string; records: number } | null = null
  if (size === 'large' && typeof Worker !== 'undefined') {
    const { seedCompanyInWorker } = await import('@/workers/seed-in-worker')
    company = await seedCompanyInWorker(db.workspaceId, record.startDate, size, onProgress)
  }
  const seeding = size !== 'none' && company === null ? await import('./seed-company') : null
  const generated = seeding && size !== 'none' ? seeding.generateBuiltInCompany(record.startDate, size) : null
  await db.transaction('rw', db.tables, async () => {
    await writeClock(db, { date: record.startDate })
    if (seeding && generated) {
      await seeding.writeCompany(db, generated, onProgress)
      company = { name: generated.meta.settings.identity.name, records: seeding.companyRecordCount(generated) }
    }
    await db.journal.add({
      command: 'workspace.seed', simDate: record.startDate, wallTime, actor: { kind: 'system' },
      input: { name: record.name, kind: record.kind, ...(company ? { company: company.name, size, records: company.records } : {}) },
      outcome: 'done',
    })
  })
}

/** Creating, renaming, resetting and deleting workspaces, i.e. the registry and the databases it lists. */
export class WorkspaceRegistry {
  /**
   * @param defaultCompanySize what `create` seeds when not told: tests of commands and queries bring
   * their own small fixtures and pass 'none'.
   */
  constructor(
    readonly registry: RegistryDb = new RegistryDb(),
    private readonly now: () => Date = () => new Date(),
    private readonly defaultCompanySize: CompanySizeChoice = DEFAULT_COMPANY_SIZE,
  ) {}

  list(): Promise<WorkspaceRecord[]> {
    return this.registry.workspaces.orderBy('lastOpenedAt').reverse().toArray()
  }

  get(id: string): Promise<WorkspaceRecord | undefined> {
    return this.registry.workspaces.get(id)
  }

  async create(input: NewWorkspace, onProgress?: SeedProgressListener): Promise<WorkspaceRecord> {
    const name = checkWorkspaceName(input.name)
    if (!name.ok) throw new Error(name.key)
    if (!isCalendarDate(input.startDate)) throw new Error('workspaces.errors.startDate')
    const stamp = this.now().toISOString()
    const record: WorkspaceRecord = {
      id: crypto.randomUUID(), name: name.name, kind: input.kind ?? 'practice', startDate: input.startDate,
      createdAt: stamp, lastOpenedAt: stamp, ...(input.scenarioId ? { scenarioId: input.scenarioId } : {}),
      companySize: input.companySize ?? this.defaultCompanySize,
    }
    const db = new WorkspaceDb(record.id)
    try {
      await seedWorkspace(db, record, stamp, onProgress)
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

  /**
   * Back to the starting state: everything the learner did in this workspace is erased. A scenario
   * workspace starts its attempt again from the scenario it keeps (same learner, same source, answers
   * and submission erased); when that scenario cannot be read any more, the reset is refused
   * (`workspaces.errors.scenarioUnavailable`) and nothing is erased.
   */
  async reset(id: string, onProgress?: SeedProgressListener): Promise<void> {
    const record = await this.get(id)
    if (!record) throw new Error('workspaces.errors.notFound')
    const restart = record.kind === 'scenario' ? await readAttemptStart(id) : undefined
    if (record.kind === 'scenario' && !restart) throw new Error('workspaces.errors.scenarioUnavailable')
    const wallTime = this.now().toISOString()
    await Dexie.delete(workspaceDbName(id))
    const db = new WorkspaceDb(id)
    try {
      await seedWorkspace(db, record, wallTime, onProgress)
      if (restart) {
        const { writeAttempt } = await import('./scenario-attempt')
        await writeAttempt(db, restart.scenario, restart.learnerName, restart.source, wallTime)
      }
    } finally {
      db.close()
    }
  }

  async remove(id: string): Promise<void> {
    await Dexie.delete(workspaceDbName(id))
    await this.registry.workspaces.delete(id)
  }
}

/** What restarting a scenario attempt needs, read from its workspace before it is erased; undefined when missing. */
async function readAttemptStart(id: string): Promise<{ scenario: Scenario; learnerName: string; source: string } | undefined> {
  const db = new WorkspaceDb(id)
  try {
    const { ATTEMPT_META_KEYS } = await import('@/commands/scenario-state')
    const [attempt, definition] = (await db.meta.bulkGet([ATTEMPT_META_KEYS.attempt, ATTEMPT_META_KEYS.definition])) as
      [MetaRecord<AttemptState> | undefined, MetaRecord<Scenario> | undefined]
    if (!attempt?.value?.learnerName || !definition?.value?.id) return undefined
    return { scenario: definition.value, learnerName: attempt.value.learnerName, source: attempt.value.source }
  } finally {
    db.close()
  }
}

/**
 * A workspace created before the company existed (schema v2, an empty free practice) gets the
 * built-in company the first time it is opened, so an app update brings it what a new workspace has.
 * Nothing happens when the workspace already holds company data or is a scenario attempt.
 * (A Dexie upgrade cannot do this: it may not await the lazily loaded generator.)
 */
export async function addCompanyIfMissing(db: WorkspaceDb, record: WorkspaceRecord, wallTime: string): Promise<boolean> {
  if (record.kind !== 'practice' || record.companySize === 'none') return false
  const { META_KEYS } = await import('@/seed/catalog')
  if (await db.meta.get(META_KEYS.settings) || await db.tiers.count() || await db.salesDocs.count()) return false
  const seeding = await import('./seed-company')
  const company = seeding.generateBuiltInCompany(record.startDate, 'standard')
  await db.transaction('rw', db.tables, async () => {
    // Another tab may have added it meanwhile: check again inside the transaction.
    if (await db.meta.get(META_KEYS.settings)) return
    await seeding.writeCompany(db, company)
    const simDate = ((await db.meta.get(CLOCK_KEY))?.value as { date: string } | undefined)?.date ?? record.startDate
    await db.journal.add({
      command: 'workspace.addCompany', simDate, wallTime, actor: { kind: 'system' },
      input: { company: company.meta.settings.identity.name, records: seeding.companyRecordCount(company) }, outcome: 'done',
    })
  })
  return true
}
