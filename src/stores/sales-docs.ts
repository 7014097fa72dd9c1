import { ref, shallowRef, watch } from 'vue'
import { defineStore, storeToRefs } from 'pinia'
import { useWorkspaceStore } from './workspace'
import { useLiveQuery } from '@/composables/use-live-query'
import { emptySummaryCache, loadTypeSummaries, type SummaryCache } from '@/db/queries/sales-docs'
import type { SalesDocType } from '@/domain/model'

/**
 * Statuses and amounts of sales documents, read a whole type at a time when a list needs them (a status
 * filter, the totals at the foot, the customers' balances) and kept until a document changes, so going
 * back to a list or changing a filter does not read them again.
 */
export const useSalesDocsStore = defineStore('salesDocs', () => {
  const workspace = useWorkspaceStore()
  const { db } = storeToRefs(workspace)
  // Any write to the sales documents (this tab or another) changes the revision: counting is cheap and
  // a live count re-runs on every change of the table.
  const revision = useLiveQuery(db, async (d) => (d ? `${d.workspaceId}:${await d.salesDocs.count()}:${Math.random()}` : ''), '', workspace.reportStorageError)
  const cache = shallowRef<SummaryCache>(emptySummaryCache())
  /** Bumped when summaries are added, so computed totals re-run. */
  const version = ref(0)

  watch(revision, () => {
    cache.value = emptySummaryCache()
    version.value += 1
  })

  async function ensureTypes(types: readonly SalesDocType[], onProgress?: (done: number) => void) {
    const current = cache.value
    const missing = types.filter((type) => !current.types.has(type))
    if (!db.value || !missing.length) return
    try {
      for (const [i, type] of missing.entries()) {
        await loadTypeSummaries(db.value, type, current, (done) => onProgress?.((i + done) / missing.length))
      }
    } catch (error) {
      workspace.reportStorageError(error)
    }
    version.value += 1
  }

  return { revision, cache, version, ensureTypes }
})
