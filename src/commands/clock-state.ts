import type { WorkspaceDb } from '@/db/workspace-db'
import type { ClockState, MetaRecord } from '@/db/types'

export const CLOCK_KEY = 'clock'

/** Reads the simulated clock of a workspace; a workspace without one is corrupted. */
export async function readClock(db: WorkspaceDb): Promise<ClockState> {
  const record = (await db.meta.get(CLOCK_KEY)) as MetaRecord<ClockState> | undefined
  if (!record) throw new Error('storage.noClock')
  return record.value
}

export async function writeClock(db: WorkspaceDb, clock: ClockState): Promise<void> {
  await db.meta.put({ key: CLOCK_KEY, value: clock })
}
