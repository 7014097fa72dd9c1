import { describe, expect, it } from 'vitest'
import Dexie from 'dexie'
import { executeCommand } from '@/commands/command'
import { advanceClock } from '@/commands/clock'
import { exportWorkspace, importWorkspace, ImportError, parseWorkspaceExport } from '@/db/transfer'
import { WorkspaceDb } from '@/db/workspace-db'
import { sha256Checksum } from '@/db/checksum'
import { FIXED_NOW, makeWorkspace } from '../../factories/workspace'

async function exportedText() {
  const ws = await makeWorkspace('2026-03-02', 'Devis Durand')
  await executeCommand(ws.db, advanceClock, { days: 4 })
  const file = await exportWorkspace(ws.db, ws.record, FIXED_NOW())
  return { ...ws, file, text: JSON.stringify(file) }
}

async function importError(registry: Parameters<typeof importWorkspace>[0], text: string): Promise<ImportError> {
  const before = (await Dexie.getDatabaseNames()).length
  const count = await registry.workspaces.count()
  const error = await importWorkspace(registry, text, FIXED_NOW(), ' (importé)').then(() => null, (e: unknown) => e)
  expect(error).toBeInstanceOf(ImportError)
  // "Changes nothing": no workspace registered, no database left behind.
  expect(await registry.workspaces.count()).toBe(count)
  expect((await Dexie.getDatabaseNames()).length).toBe(before)
  return error as ImportError
}

describe('workspace export and import', () => {
  it('round-trips every table and registers the copy under a new id', async () => {
    const { registry, db, record, file, text } = await exportedText()
    expect(file.checksum).toMatch(/^sha256-[0-9a-f]{64}$/)
    const copy = await importWorkspace(registry.registry, text, FIXED_NOW(), ' (importé)')
    expect(copy.id).not.toBe(record.id)
    expect(copy.name).toBe('Devis Durand (importé)')
    const imported = new WorkspaceDb(copy.id)
    expect(await imported.journal.toArray()).toEqual(await db.journal.toArray())
    expect(await imported.meta.get('clock')).toEqual({ key: 'clock', value: { date: '2026-03-06' } })
    imported.close()
  })

  it('refuses a file whose content was altered (checksum) and touches nothing', async () => {
    const { registry, file } = await exportedText()
    const clock = file.tables.meta!.find((row) => row.key === 'clock')!
    clock.value = { date: '2027-01-01' }
    const error = await importError(registry.registry, JSON.stringify(file))
    expect(error.key).toBe('transfer.errors.checksum')
  })

  it('refuses a truncated file as not JSON', async () => {
    const { registry, text } = await exportedText()
    const error = await importError(registry.registry, text.slice(0, text.length / 2))
    expect(error.key).toBe('transfer.errors.notJson')
  })

  it('refuses another kind of JSON file', async () => {
    const { registry } = await exportedText()
    expect((await importError(registry.registry, '{"hello":"world"}')).key).toBe('transfer.errors.notAnExport')
  })

  it('names the field when the shape is wrong', async () => {
    const { registry, file } = await exportedText()
    const broken = { ...file, workspace: { ...file.workspace, startDate: '2026-02-30' } }
    const error = await importError(registry.registry, JSON.stringify(broken))
    expect(error.key).toBe('transfer.errors.shape')
    expect(error.values.field).toBe('workspace.startDate')
  })

  it('refuses an export from a newer version of Comptoir', async () => {
    const { registry, file } = await exportedText()
    const newer = { ...file, schemaVersion: 99 }
    newer.checksum = await sha256Checksum({ format: newer.format, formatVersion: newer.formatVersion, schemaVersion: 99, workspace: newer.workspace, tables: newer.tables })
    expect((await importError(registry.registry, JSON.stringify(newer))).key).toBe('transfer.errors.newerVersion')
  })

  it('imports a v1 export through the migrations', async () => {
    const { registry } = await exportedText()
    const tables = {
      meta: [{ key: 'clock', value: { date: '2026-05-01' } }],
      journal: [{ seq: 1, command: 'clock.advance', simDate: '2026-04-30', wallTime: 'x', actor: { kind: 'learner' }, input: { days: 1 }, ok: true }],
    }
    const body = { format: 'comptoir-workspace', formatVersion: 1, schemaVersion: 1, workspace: { name: 'Ancien', kind: 'practice', startDate: '2026-04-30' }, tables }
    const text = JSON.stringify({ ...body, exportedAt: '2026-05-01T00:00:00Z', checksum: await sha256Checksum(body) })
    expect((await parseWorkspaceExport(text)).schemaVersion).toBe(1)
    const copy = await importWorkspace(registry.registry, text, FIXED_NOW(), '')
    const db = new WorkspaceDb(copy.id)
    expect((await db.journal.toArray())[0]).toMatchObject({ command: 'clock.advance', outcome: 'done' })
    db.close()
  })
})
