import { markRaw, ref, shallowRef, watch } from 'vue'
import { defineStore, storeToRefs } from 'pinia'
import { useWorkspaceStore } from './workspace'
import { useSalesDocsStore } from './sales-docs'
import { indexFacts } from '@/domain'
import type { Product, ProductFamily, Salesperson, Tier } from '@/domain/model'
import { loadCachedSalesData } from '@/db/stats-cache'
import { companyReference } from '@/db/queries/catalog'
import type { WorkspaceDb } from '@/db/workspace-db'
import type { StatsSource } from '@/components/statistics/stats-view'

/** Names the page shows in place of ids. */
export interface StatsNames {
  customers: ReadonlyMap<string, string>
  products: ReadonlyMap<string, { reference: string; designation: { fr: string; en: string } }>
  families: ReadonlyMap<string, ProductFamily['name']>
  salespeople: ReadonlyMap<string, string>
}

/** What the statistics page reads once per workspace load (and again after a sales document changes). */
export interface StatsData {
  source: StatsSource
  names: StatsNames
  /** Years with sales, newest first. */
  years: number[]
  regions: string[]
  channels: string[]
}

/**
 * Builds the sales facts, their index, and the quote and order summaries the conversion rate needs,
 * from the derived cache where its months are clean (see stats-cache.ts): a reload after one write
 * recomputes one month.
 */
export async function loadStatsData(db: WorkspaceDb, onProgress?: (done: number) => void): Promise<StatsData> {
  const [products, tiers, reference] = await Promise.all([db.products.toArray(), db.tiers.toArray(), companyReference(db)])
  const ctx = { products: new Map<string, Product>(products.map((p) => [p.id, p])), tiers: new Map<string, Tier>(tiers.map((t) => [t.id, t])) }
  const { facts, quoteDocs } = await loadCachedSalesData(db, ctx, onProgress)
  const index = indexFacts(facts)
  const years = [...new Set(index.values.month.map((m) => Number(m.slice(0, 4))))].sort((a, b) => b - a)
  return markRaw({
    source: markRaw({ index: markRaw(index), quoteDocs, salespeople: reference.salespeople as Salesperson[] }),
    names: {
      customers: new Map(tiers.map((t) => [t.id, t.name])),
      products: new Map(products.map((p) => [p.id, { reference: p.reference, designation: p.designation }])),
      families: new Map(reference.families.map((f) => [f.id, f.name])),
      salespeople: new Map(reference.salespeople.map((s) => [s.id, `${s.firstName} ${s.lastName}`])),
    },
    years,
    regions: [...index.values.region].filter((r) => r !== '').sort((a, b) => a.localeCompare(b, 'fr')),
    channels: [...index.values.channel].sort(),
  })
}

/**
 * The statistics' data: the sales facts computed once per workspace load, kept out of Vue's reactivity
 * (a shallow ref on a raw object), reloaded when a sales document is written.
 */
export const useStatisticsStore = defineStore('statistics', () => {
  const workspace = useWorkspaceStore()
  const { db } = storeToRefs(workspace)
  const salesDocs = useSalesDocsStore()
  const data = shallowRef<StatsData | null>(null)
  const progress = ref(0)
  const loading = ref(false)
  let loadedFor = ''
  let pending: Promise<void> | null = null

  /** Loads the data unless it is already there for this workspace and these documents. */
  async function ensureLoaded(): Promise<void> {
    const d = db.value
    // Wait for the documents' revision: loading before it would load twice on the first visit.
    if (!d || !salesDocs.revision) return
    const key = `${d.workspaceId}:${salesDocs.revision}`
    if (key === loadedFor && data.value) return
    if (pending) return pending.then(ensureLoaded)
    loading.value = true
    progress.value = 0
    pending = (async () => {
      try {
        performance.mark('stats:load-start')
        data.value = await loadStatsData(d, (done) => { progress.value = done })
        // Read by the benchmark (`npm run bench -- --app`): when the facts were ready in the real page.
        performance.mark('stats:loaded')
        loadedFor = key
      } catch (error) {
        workspace.reportStorageError(error)
      } finally {
        loading.value = false
        pending = null
      }
    })()
    return pending
  }

  // A workspace switch drops the data of the previous one.
  watch(() => db.value?.workspaceId, () => { data.value = null; loadedFor = '' })

  return { data, progress, loading, ensureLoaded, revision: storeToRefs(salesDocs).revision }
})
