import { markRaw, ref, shallowRef, watch } from 'vue'
import { defineStore, storeToRefs } from 'pinia'
import Dexie from 'dexie'
import { useWorkspaceStore } from './workspace'
import { useSalesDocsStore } from './sales-docs'
import { indexFacts, monthsBetween, salesFacts, type SalesFact } from '@/domain'
import type { Product, ProductFamily, SalesDoc, Salesperson, Tier } from '@/domain/model'
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

const yieldToPage = () => new Promise((resolve) => setTimeout(resolve, 0))

/** Reads every document of `type`, month by month (yielding between months so the page stays responsive). */
async function readType(db: WorkspaceDb, type: SalesDoc['type'], visit: (docs: SalesDoc[]) => void): Promise<void> {
  const range = db.salesDocs.where('[type+date]').between([type, Dexie.minKey], [type, Dexie.maxKey])
  const [first, last] = await Promise.all([range.first(), range.last()])
  if (!first || !last) return
  for (const key of monthsBetween(first.date, last.date)) {
    visit(await db.salesDocs.where('[type+date]').between([type, `${key}-01`], [type, `${key}-31`], true, true).toArray())
    await yieldToPage()
  }
}

/** Builds the sales facts (once), their index, and the quotes and orders the conversion rate needs. */
export async function loadStatsData(db: WorkspaceDb, onProgress?: (done: number) => void): Promise<StatsData> {
  const [products, tiers, reference] = await Promise.all([db.products.toArray(), db.tiers.toArray(), companyReference(db)])
  const ctx = { products: new Map<string, Product>(products.map((p) => [p.id, p])), tiers: new Map<string, Tier>(tiers.map((t) => [t.id, t])) }
  const facts: SalesFact[] = []
  const quoteDocs: SalesDoc[] = []
  const steps = ['invoice', 'creditNote', 'quote', 'order'] as const
  for (const [i, type] of steps.entries()) {
    await readType(db, type, (docs) => {
      if (type === 'invoice' || type === 'creditNote') {
        for (const fact of salesFacts(docs, ctx)) facts.push(fact)
      } else {
        // The conversion rate needs the quotes' totals and the orders' sources, not their lines.
        for (const doc of docs) quoteDocs.push({ ...doc, lines: [] })
      }
    })
    onProgress?.((i + 1) / steps.length)
  }
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
        data.value = await loadStatsData(d, (done) => { progress.value = done })
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
