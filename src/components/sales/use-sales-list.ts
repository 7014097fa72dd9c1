import { computed, reactive, ref, shallowRef, watch } from 'vue'
import { storeToRefs } from 'pinia'
import { useSalesDocsStore } from '@/stores/sales-docs'
import { useWorkspaceStore } from '@/stores/workspace'
import { ALL_SALES_TYPES, querySales, type SalesResult, type SalesSort, type SalesSortField } from '@/db/queries/sales-index'
import type { SalesDoc, SalesDocStatus, SalesDocType } from '@/domain/model'

export interface SalesListFilter {
  type: SalesDocType | null
  status: SalesDocStatus | null
  customerId: string | null
  from: string
  to: string
  number: string
}

export const PAGE_SIZE = 25

/**
 * The sales documents list. Type, customer, dates and number are answered by the indexes and only the
 * page shown is read (instant on 100k documents). A status filter and the totals at the foot need the
 * documents themselves: their type is read once (with a progress figure) and kept by the store.
 */
export function useSalesList(initial: Partial<SalesListFilter> = {}) {
  const store = useSalesDocsStore()
  const { revision, cache, version } = storeToRefs(store)
  const workspace = useWorkspaceStore()

  const filter = reactive<SalesListFilter>({ type: null, status: null, customerId: null, from: '', to: '', number: '', ...initial })
  const sort = ref<SalesSort>({ field: 'date', order: -1 })
  const first = ref(0)
  /** Share of the documents read (0–1) while reading them for a status filter or the totals, null otherwise. */
  const progress = ref<number | null>(null)
  const result = shallowRef<SalesResult | null>(null)

  // 1. The indexes answer the query.
  let queryToken = 0
  watch(() => [workspace.db, revision.value, filter.type, filter.customerId, filter.from, filter.to, filter.number, sort.value] as const, async ([db]) => {
    const mine = ++queryToken
    if (!db) return
    try {
      const next = await querySales(db, { type: filter.type, customerId: filter.customerId, from: filter.from, to: filter.to, number: filter.number }, sort.value)
      if (mine === queryToken) result.value = next
    } catch (error) {
      workspace.reportStorageError(error)
    }
  }, { immediate: true })

  // 2. Statuses and amounts, read by type only when a status filter or the totals need them.
  const neededTypes = computed<SalesDocType[]>(() => (filter.status ? (filter.type ? [filter.type] : [...ALL_SALES_TYPES]) : filter.type ? [filter.type] : []))
  let loadToken = 0
  watch(() => [neededTypes.value.join(), revision.value] as const, async () => {
    const mine = ++loadToken
    if (!neededTypes.value.length) return
    progress.value = 0
    await store.ensureTypes(neededTypes.value, (done) => { if (mine === loadToken) progress.value = done })
    if (mine === loadToken) progress.value = null
  }, { immediate: true })
  const summariesReady = computed(() => {
    void version.value
    return neededTypes.value.every((type) => cache.value.types.has(type))
  })

  /** The ids shown, in order, when a status filter applies (null: the query's own order and pages). */
  const statusIds = computed<string[] | null>(() => {
    void version.value
    if (!filter.status || !result.value || !summariesReady.value) return null
    const byId = cache.value.byId
    const ids = result.value.ids().filter((id) => byId.get(id)?.status === filter.status)
    // Several types merged by date: the summaries know every date, so sort here.
    if (sort.value.field === 'date' && !filter.type) {
      const order = sort.value.order
      ids.sort((a, b) => { const da = byId.get(a)!.date; const db = byId.get(b)!.date; return da < db ? -order : da > db ? order : 0 })
    }
    return ids
  })

  const count = computed(() => (filter.status ? statusIds.value?.length ?? 0 : result.value?.count ?? 0))

  /** Σ HT and TTC of the filtered rows, for one type of document (adding quotes to invoices means nothing). */
  const totals = computed(() => {
    void version.value
    if (!filter.type || !summariesReady.value || !result.value) return null
    let exclVat = 0
    let inclVat = 0
    for (const id of statusIds.value ?? result.value.ids()) {
      const summary = cache.value.byId.get(id)
      exclVat += summary?.totalExclVatCents ?? 0
      inclVat += summary?.totalInclVatCents ?? 0
    }
    return { exclVatCents: exclVat, inclVatCents: inclVat }
  })

  watch(() => [filter.type, filter.status, filter.customerId, filter.from, filter.to, filter.number], () => { first.value = 0 })
  watch(() => filter.type, () => { filter.status = null })

  // 3. The page shown, read in full.
  const pageDocs = shallowRef<SalesDoc[]>([])
  const pageLoading = ref(true)
  let pageToken = 0
  watch([result, statusIds, first], async () => {
    const mine = ++pageToken
    const db = workspace.db
    if (!db || !result.value) return
    if (filter.status && !statusIds.value) return
    pageLoading.value = true
    try {
      const docs = statusIds.value
        ? (await db.salesDocs.bulkGet(statusIds.value.slice(first.value, first.value + PAGE_SIZE))).filter((d): d is SalesDoc => d !== undefined)
        : await result.value.page(first.value, PAGE_SIZE)
      if (mine === pageToken) pageDocs.value = docs
    } catch (error) {
      workspace.reportStorageError(error)
    } finally {
      if (mine === pageToken) pageLoading.value = false
    }
  }, { immediate: true })

  function setSort(field: string | undefined, order: number | undefined) {
    const known: SalesSortField[] = ['date', 'number']
    sort.value = { field: known.includes(field as SalesSortField) ? (field as SalesSortField) : 'date', order: order === 1 ? 1 : -1 }
    first.value = 0
  }

  return { filter, sort, first, count, pageDocs, totals, progress, summariesReady, loading: pageLoading, setSort }
}
