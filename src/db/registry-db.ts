import Dexie, { type Table } from 'dexie'
import type { WorkspaceRecord } from './types'

/** The list of workspaces on this browser profile (the workspaces' data lives in their own databases). */
export class RegistryDb extends Dexie {
  workspaces!: Table<WorkspaceRecord, string>

  constructor(name = 'comptoir-registry') {
    super(name)
    this.version(1).stores({ workspaces: '&id, name, lastOpenedAt' })
  }
}
