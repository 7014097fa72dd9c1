import { describe, expect, it } from 'vitest'
import Dexie from 'dexie'
import { describeStorageError, StorageError } from '@/db/storage-errors'

// Each storage failure a classroom PC can meet gets a message the learner can act on.
describe('describeStorageError', () => {
  it('recognises a full quota, including when Dexie wraps the DOMException', () => {
    expect(describeStorageError(new DOMException('full', 'QuotaExceededError'))).toBe('storage.quota')
    expect(describeStorageError(new Dexie.AbortError('aborted', new DOMException('full', 'QuotaExceededError')))).toBe('storage.quota')
  })

  it('recognises a browser without IndexedDB (private mode, storage disabled)', () => {
    expect(describeStorageError(new Dexie.MissingAPIError('indexedDB API missing'))).toBe('storage.unavailable')
    expect(describeStorageError(new DOMException('denied', 'SecurityError'))).toBe('storage.unavailable')
  })

  it('recognises another tab upgrading, resetting or deleting the workspace', () => {
    expect(describeStorageError(new Dexie.DatabaseClosedError('closed'))).toBe('storage.versionChanged')
    expect(describeStorageError(new Dexie.VersionError('newer'))).toBe('storage.versionChanged')
  })

  it('recognises corrupted or unreadable data', () => {
    expect(describeStorageError(new Dexie.DataError('bad key'))).toBe('storage.corrupt')
    expect(describeStorageError(new Dexie.ConstraintError('duplicate'))).toBe('storage.corrupt')
  })

  it('keeps the key of an already classified error and falls back to unknown', () => {
    expect(describeStorageError(new StorageError('storage.blocked'))).toBe('storage.blocked')
    expect(describeStorageError(new Error('storage.noClock'))).toBe('storage.noClock')
    expect(describeStorageError(new Error('something else'))).toBe('storage.unknown')
    expect(describeStorageError('not even an error')).toBe('storage.unknown')
  })
})
