import { defineStore } from 'pinia'
import { storeToRefs } from 'pinia'
import { useWorkspaceStore } from './workspace'
import { useLiveQuery } from '@/composables/use-live-query'
import { CLOCK_KEY } from '@/commands/clock-state'
import type { ClockState, MetaRecord } from '@/db/types'

/** The open workspace's simulated date, live (another tab advancing it shows here too). */
export const useClockStore = defineStore('clock', () => {
  const workspace = useWorkspaceStore()
  const { db } = storeToRefs(workspace)
  const date = useLiveQuery(db, async (d) => {
    if (!d) return null
    const record = (await d.meta.get(CLOCK_KEY)) as MetaRecord<ClockState> | undefined
    return record?.value.date ?? null
  }, null as string | null, workspace.reportStorageError)

  async function advance(days: unknown) {
    // Commands carry their zod schema: load them on first use, not with the first page.
    const { advanceClock } = await import('@/commands/clock')
    return workspace.run(advanceClock, { days })
  }

  return { date, advance }
})
