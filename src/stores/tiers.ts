import { computed, ref, shallowRef, watch } from 'vue'
import { defineStore, storeToRefs } from 'pinia'
import { useWorkspaceStore } from './workspace'
import { useClockStore } from './clock'
import { useSalesDocsStore } from './sales-docs'
import { useLiveQuery } from '@/composables/use-live-query'
import { customerBalances, listTiers } from '@/db/queries/tiers'
import { createDuplicateIndex } from '@/domain'
import type { Tier } from '@/domain/model'
import type { ConvertToCustomerInput, CreateTierInput, UpdateTierInput } from '@/commands/tiers'

/**
 * The open workspace's tiers (live), every customer's balance at the simulated date, the index the
 * form's duplicate warning reads, and the CRM's commands (loaded with the first save, not the first page).
 */
export const useTiersStore = defineStore('tiers', () => {
  const workspace = useWorkspaceStore()
  const { db } = storeToRefs(workspace)
  const clock = useClockStore()
  const sales = useSalesDocsStore()
  const tiers = useLiveQuery(db, (d) => (d ? listTiers(d) : []), [] as Tier[], workspace.reportStorageError)
  const byId = computed(() => new Map(tiers.value.map((tier) => [tier.id, tier])))
  /** Share of the invoices read (0–1) while the balances are computed. */
  const balancesProgress = ref(0)
  // null while the invoices and payments are read: the list shows at once, the balances follow. A watch,
  // not a live query: the reading yields to the page between months. The revision follows every write.
  // Read only once a page asks (the tiers list), not by every page that needs a customer's name.
  const balances = shallowRef<Map<string, number> | null>(null)
  const wanted = ref(false)
  let token = 0
  watch(() => [db.value, clock.date, sales.revision, wanted.value] as const, async ([d, date, , want]) => {
    const mine = ++token
    balances.value = null
    if (!d || !date || !want) return
    balancesProgress.value = 0
    try {
      const result = await customerBalances(d, sales.cache, date, (done) => { if (mine === token) balancesProgress.value = done })
      if (mine === token) balances.value = result
    } catch (error) {
      workspace.reportStorageError(error)
    }
  }, { immediate: true })

  const nameOf = (id: string) => byId.value.get(id)?.name ?? id
  const requestBalances = () => { wanted.value = true }
  // Built once per change of the list (lazily: only the form reads it), then each keystroke costs a few map reads.
  const duplicateIndex = computed(() => createDuplicateIndex(tiers.value))

  async function create(input: CreateTierInput) {
    const { createTier } = await import('@/commands/tiers')
    return workspace.run(createTier, input)
  }
  async function update(input: UpdateTierInput) {
    const { updateTier } = await import('@/commands/tiers')
    return workspace.run(updateTier, input)
  }
  async function convertToCustomer(input: ConvertToCustomerInput) {
    const { convertToCustomer: command } = await import('@/commands/tiers')
    return workspace.run(command, input)
  }
  return { tiers, byId, balances, balancesProgress, nameOf, requestBalances, duplicateIndex, create, update, convertToCustomer }
})
