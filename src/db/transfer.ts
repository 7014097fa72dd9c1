import Dexie from 'dexie'
import { z } from 'zod'
import { LATEST_WORKSPACE_VERSION, tablesAtVersion } from './schema'
import { WorkspaceDb, workspaceDbName } from './workspace-db'
import { sha256Checksum } from './checksum'
import type { RegistryDb } from './registry-db'
import type { WorkspaceRecord } from './types'
import { checkWorkspaceName } from './workspaces'
import { isCalendarDate } from '@/domain/calendar'

export const EXPORT_FORMAT = 'comptoir-workspace'
export const EXPORT_FORMAT_VERSION = 1
/** An export larger than this is refused before parsing (a workspace with 100k lines is ~40 MB). */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024

/** The export file: the workspace's description, every table's rows, and a checksum over both. */
export interface WorkspaceExport {
  format: typeof EXPORT_FORMAT
  formatVersion: number
  schemaVersion: number
  exportedAt: string
  workspace: Pick<WorkspaceRecord, 'name' | 'kind' | 'startDate' | 'scenarioId'>
  tables: Record<string, Record<string, unknown>[]>
  checksum: string
}

function checksummedPart(file: Omit<WorkspaceExport, 'checksum'>): unknown {
  const { format, formatVersion, schemaVersion, workspace, tables } = file
  return { format, formatVersion, schemaVersion, workspace, tables }
}

export async function exportWorkspace(db: WorkspaceDb, record: WorkspaceRecord, now: Date): Promise<WorkspaceExport> {
  const tables: Record<string, Record<string, unknown>[]> = {}
  await db.transaction('r', db.tables, async () => {
    for (const name of tablesAtVersion()) tables[name] = await db.table(name).toArray()
  })
  const body = {
    format: EXPORT_FORMAT, formatVersion: EXPORT_FORMAT_VERSION, schemaVersion: LATEST_WORKSPACE_VERSION,
    exportedAt: now.toISOString(),
    workspace: { name: record.name, kind: record.kind, startDate: record.startDate, ...(record.scenarioId ? { scenarioId: record.scenarioId } : {}) },
    tables,
  } satisfies Omit<WorkspaceExport, 'checksum'>
  return { ...body, checksum: await sha256Checksum(checksummedPart(body)) }
}

/** Why an import was refused: an i18n key and its values, shown as is to the learner. */
export class ImportError extends Error {
  constructor(readonly key: string, readonly values: Record<string, string | number> = {}) {
    super(key)
    this.name = 'ImportError'
  }
}

const exportSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  formatVersion: z.number().int(),
  schemaVersion: z.number().int().min(1),
  exportedAt: z.string(),
  workspace: z.object({
    name: z.string(),
    kind: z.enum(['practice', 'scenario']),
    startDate: z.string().refine(isCalendarDate),
    scenarioId: z.string().optional(),
  }),
  tables: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))),
  checksum: z.string().regex(/^sha256-[0-9a-f]{64}$/),
})

/**
 * Checks an export file without touching any database: JSON syntax, shape, versions, checksum.
 * Any problem throws an ImportError that says what is wrong and where.
 */
export async function parseWorkspaceExport(text: string): Promise<WorkspaceExport> {
  if (text.length > MAX_IMPORT_BYTES) throw new ImportError('transfer.errors.tooLarge', { max: MAX_IMPORT_BYTES / 1024 / 1024 })
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    throw new ImportError('transfer.errors.notJson', { detail: error instanceof Error ? error.message : String(error) })
  }
  if (!json || typeof json !== 'object' || (json as { format?: unknown }).format !== EXPORT_FORMAT) {
    throw new ImportError('transfer.errors.notAnExport')
  }
  const parsed = exportSchema.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    throw new ImportError('transfer.errors.shape', { field: issue.path.join('.') || '—', detail: issue.message })
  }
  const file = parsed.data as WorkspaceExport
  if (file.formatVersion > EXPORT_FORMAT_VERSION || file.schemaVersion > LATEST_WORKSPACE_VERSION) {
    throw new ImportError('transfer.errors.newerVersion', { version: file.schemaVersion })
  }
  const expected = tablesAtVersion(file.schemaVersion)
  const unknown = Object.keys(file.tables).find((t) => !expected.includes(t))
  if (unknown) throw new ImportError('transfer.errors.unknownTable', { table: unknown })
  if (!file.tables.meta?.some((row) => row.key === 'clock')) throw new ImportError('transfer.errors.shape', { field: 'tables.meta', detail: 'clock' })
  if ((await sha256Checksum(checksummedPart(file))) !== file.checksum) throw new ImportError('transfer.errors.checksum')
  return file
}

/**
 * Imports a checked export as a new workspace. The rows are written at the file's schema version and
 * then upgraded by the normal migrations, so an export from an older Comptoir still opens. On any
 * failure the half-written database is deleted and the registry is left untouched.
 */
export async function importWorkspace(
  registry: RegistryDb, text: string, now: Date, nameSuffix: string,
): Promise<WorkspaceRecord> {
  const file = await parseWorkspaceExport(text)
  const name = checkWorkspaceName(`${file.workspace.name}${nameSuffix}`.slice(0, 80))
  const stamp = now.toISOString()
  const record: WorkspaceRecord = {
    id: crypto.randomUUID(), name: name.ok ? name.name : file.workspace.name, kind: file.workspace.kind,
    startDate: file.workspace.startDate, createdAt: stamp, lastOpenedAt: stamp,
    ...(file.workspace.scenarioId ? { scenarioId: file.workspace.scenarioId } : {}),
  }
  try {
    const old = new WorkspaceDb(record.id, file.schemaVersion)
    try {
      await old.transaction('rw', old.tables, async () => {
        for (const [table, rows] of Object.entries(file.tables)) await old.table(table).bulkAdd(rows)
      })
    } finally {
      old.close()
    }
    const upgraded = new WorkspaceDb(record.id)
    try {
      await upgraded.open()
    } finally {
      upgraded.close()
    }
    await registry.workspaces.add(record)
    return record
  } catch (error) {
    await Dexie.delete(workspaceDbName(record.id))
    if (error instanceof ImportError) throw error
    throw new ImportError('transfer.errors.write', { detail: error instanceof Error ? error.message : String(error) })
  }
}
