import { defineStore, storeToRefs } from 'pinia'
import { useWorkspaceStore } from './workspace'
import { useLiveQuery } from '@/composables/use-live-query'
import type { JournalEntry } from '@/db/types'

/** The open workspace's journal, newest first (read-only: only commands append to it). */
export const useJournalStore = defineStore('journal', () => {
  const workspace = useWorkspaceStore()
  const { db } = storeToRefs(workspace)
  const entries = useLiveQuery(db, (d) => (d ? d.journal.orderBy('seq').reverse().toArray() : []), [] as JournalEntry[], workspace.reportStorageError)
  return { entries }
})
