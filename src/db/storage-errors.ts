/**
 * Turns what IndexedDB/Dexie throws into an i18n key the learner can act on. Names follow the DOM and
 * Dexie error names (Dexie wraps DOMExceptions, keeping the original under `inner`).
 */
export type StorageErrorKey =
  | 'storage.quota'
  | 'storage.unavailable'
  | 'storage.blocked'
  | 'storage.versionChanged'
  | 'storage.corrupt'
  | 'storage.noClock'
  | 'storage.unknown'

export class StorageError extends Error {
  constructor(readonly key: StorageErrorKey, override readonly cause?: unknown) {
    super(key)
    this.name = 'StorageError'
  }
}

function errorNames(error: unknown): string[] {
  const names: string[] = []
  let current: unknown = error
  for (let depth = 0; current && typeof current === 'object' && depth < 4; depth++) {
    const { name, message, inner } = current as { name?: unknown; message?: unknown; inner?: unknown }
    if (typeof name === 'string') names.push(name)
    if (typeof message === 'string') names.push(message)
    current = inner
  }
  return names
}

export function describeStorageError(error: unknown): StorageErrorKey {
  if (error instanceof StorageError) return error.key
  const names = errorNames(error)
  const has = (...candidates: string[]) => names.some((n) => candidates.some((c) => n.includes(c)))
  if (has('storage.noClock')) return 'storage.noClock'
  if (has('QuotaExceededError', 'QuotaExceeded')) return 'storage.quota'
  if (has('MissingAPIError', 'SecurityError', 'InvalidStateError', 'indexedDB API missing')) return 'storage.unavailable'
  if (has('VersionError', 'DatabaseClosedError', 'VersionChangeError')) return 'storage.versionChanged'
  if (has('BlockedError', 'blocked')) return 'storage.blocked'
  if (has('DataError', 'DataCloneError', 'ConstraintError', 'UnknownError', 'SchemaError', 'UpgradeError')) return 'storage.corrupt'
  return 'storage.unknown'
}
