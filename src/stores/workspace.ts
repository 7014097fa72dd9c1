import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { addCompanyIfMissing, WorkspaceRegistry } from '@/db/workspaces'
import { WorkspaceDb } from '@/db/workspace-db'
import { executeCommand, type CommandDefinition, type CommandResult } from '@/commands/command'
import { describeStorageError, type StorageErrorKey } from '@/db/storage-errors'
import type { WorkspaceRecord } from '@/db/types'
import { useLiveQuery } from '@/composables/use-live-query'

const LAST_OPENED_KEY = 'comptoir.lastWorkspace'

/** Today's local calendar date: a new free-practice workspace starts on it (the only wall-clock read). */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/** The workspaces of this browser and the one open now; every learner action runs through `run`. */
export const useWorkspaceStore = defineStore('workspace', () => {
  const registry = shallowRef(new WorkspaceRegistry())
  const currentId = ref<string | null>(null)
  const db = shallowRef<WorkspaceDb | null>(null)
  const storageError = ref<StorageErrorKey | null>(null)
  const ready = ref(false)

  const reportStorageError = (error: unknown) => { storageError.value = describeStorageError(error) }
  const workspaces = useLiveQuery(registry, (r) => r.list(), [] as WorkspaceRecord[], reportStorageError)
  const current = computed(() => workspaces.value.find((w) => w.id === currentId.value) ?? null)

  function attach(id: string) {
    db.value?.close()
    const opened = new WorkspaceDb(id)
    // Another tab deleted, reset or upgraded this workspace: let go of it so that tab is not blocked.
    opened.on('versionchange', () => {
      opened.close({ disableAutoOpen: false })
      storageError.value = 'storage.versionChanged'
      return false
    })
    // This tab brings a newer schema but an older tab still holds the database open.
    opened.on('blocked', () => { storageError.value = 'storage.blocked' })
    db.value = opened
    currentId.value = id
    try { localStorage.setItem(LAST_OPENED_KEY, id) } catch { /* private mode: not remembered */ }
  }

  /** Opens the last workspace, or creates a first free-practice one on a first start. */
  async function init(defaultName: string) {
    // Ask the browser not to evict a learner's work under storage pressure (shared classroom PCs).
    void navigator.storage?.persist?.().catch(() => false)
    try {
      const list = await registry.value.list()
      let lastId: string | null = null
      try { lastId = localStorage.getItem(LAST_OPENED_KEY) } catch { /* ignore */ }
      const target = list.find((w) => w.id === lastId) ?? list[0]
        ?? await registry.value.create({ name: defaultName, startDate: localToday() })
      attach(target.id)
      await addCompanyIfMissing(db.value!, target, new Date().toISOString())
    } catch (error) {
      reportStorageError(error)
    } finally {
      ready.value = true
    }
  }

  async function open(id: string) {
    attach(id)
    await registry.value.touch(id)
    const record = await registry.value.get(id)
    if (record && db.value) await addCompanyIfMissing(db.value, record, new Date().toISOString())
  }

  async function create(name: string, startDate: string) {
    const record = await registry.value.create({ name, startDate })
    await open(record.id)
    return record
  }

  const rename = (id: string, name: string) => registry.value.rename(id, name)

  async function reset(id: string) {
    const wasOpen = currentId.value === id
    if (wasOpen) db.value?.close()
    await registry.value.reset(id)
    if (wasOpen) attach(id)
  }

  async function remove(id: string) {
    if (currentId.value === id) {
      db.value?.close()
      db.value = null
      currentId.value = null
    }
    await registry.value.remove(id)
    const next = (await registry.value.list())[0]
    if (next && !currentId.value) attach(next.id)
  }

  /** The export file of any workspace of the list (the open one or another, opened just for this). */
  async function exportById(id: string): Promise<{ fileName: string; text: string }> {
    const record = await registry.value.get(id)
    if (!record) throw new Error('workspaces.errors.notFound')
    const source = id === currentId.value && db.value ? db.value : new WorkspaceDb(id)
    // The transfer code (and its zod schema) loads only when a file is exported or imported.
    const { exportWorkspace } = await import('@/db/transfer')
    const file = await exportWorkspace(source, record, new Date())
    if (source !== db.value) source.close()
    const slug = record.name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^\w-]+/g, '-').replace(/^-+|-+$/g, '').toLowerCase() || 'espace'
    return { fileName: `comptoir-${slug}-${file.exportedAt.slice(0, 10)}.json`, text: JSON.stringify(file) }
  }

  async function importText(text: string, suffix: string): Promise<WorkspaceRecord> {
    const { importWorkspace, ImportError } = await import('@/db/transfer')
    try {
      return await importWorkspace(registry.value.registry, text, new Date(), suffix)
    } catch (error) {
      if (error instanceof ImportError) throw error
      throw new ImportError('transfer.errors.write', { detail: describeStorageError(error) })
    }
  }

  async function run<I, R extends Record<string, unknown>>(command: CommandDefinition<I, R>, input: unknown): Promise<CommandResult<R>> {
    if (!db.value) return { ok: false, reason: { key: 'workspaces.errors.noneOpen' } }
    try {
      const result = await executeCommand(db.value, command, input)
      if (!result.ok && result.reason.key.startsWith('storage.')) storageError.value = result.reason.key as StorageErrorKey
      return result
    } catch (error) {
      reportStorageError(error)
      return { ok: false, reason: { key: describeStorageError(error) } }
    }
  }

  return {
    registry, workspaces, current, currentId, db, storageError, ready,
    init, open, create, rename, reset, remove, exportById, importText, run, reportStorageError,
  }
})
