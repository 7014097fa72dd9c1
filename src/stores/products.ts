import { computed } from 'vue'
import { defineStore, storeToRefs } from 'pinia'
import { useWorkspaceStore } from './workspace'
import { useClockStore } from './clock'
import { useLiveQuery } from '@/composables/use-live-query'
import { companyReference, listProducts, stockLevels, type CompanyReference } from '@/db/queries/catalog'
import type { Product } from '@/domain/model'
import type { StockLevels } from '@/domain'
import type { CreateProductInput, RemovePriceAgreementInput, SetPriceAgreementInput, UpdateProductInput } from '@/commands/catalog'

/**
 * The catalogue, the company's reference lists (families, warehouses, salespeople) and physical stock;
 * the catalogue commands (loaded on first use: they carry their zod schemas).
 */
export const useProductsStore = defineStore('products', () => {
  const workspace = useWorkspaceStore()
  const { db } = storeToRefs(workspace)
  const clock = useClockStore()
  const products = useLiveQuery(db, (d) => (d ? listProducts(d) : []), [] as Product[], workspace.reportStorageError)
  const reference = useLiveQuery(db, (d) => (d ? companyReference(d) : { families: [], warehouses: [], salespeople: [] }),
    { families: [], warehouses: [], salespeople: [] } as CompanyReference, workspace.reportStorageError)
  // Σ movements at the simulated date; null while the movements are read.
  const levels = useLiveQuery(() => [db.value, clock.date] as const, ([d, date]) => (d && date ? stockLevels(d, date) : null),
    null as StockLevels | null, workspace.reportStorageError)

  const byId = computed(() => new Map(products.value.map((p) => [p.id, p])))
  const familyName = computed(() => new Map(reference.value.families.map((f) => [f.id, f.name])))
  const warehouseName = computed(() => new Map(reference.value.warehouses.map((w) => [w.id, w.name])))
  const salespersonName = computed(() => new Map(reference.value.salespeople.map((s) => [s.id, `${s.firstName} ${s.lastName}`])))

  async function createProduct(input: CreateProductInput) {
    const commands = await import('@/commands/catalog')
    return workspace.run(commands.createProduct, input)
  }
  async function updateProduct(input: UpdateProductInput) {
    const commands = await import('@/commands/catalog')
    return workspace.run(commands.updateProduct, input)
  }
  async function setPriceAgreement(input: SetPriceAgreementInput) {
    const commands = await import('@/commands/catalog')
    return workspace.run(commands.setPriceAgreement, input)
  }
  async function removePriceAgreement(input: RemovePriceAgreementInput) {
    const commands = await import('@/commands/catalog')
    return workspace.run(commands.removePriceAgreement, input)
  }

  return {
    products, reference, levels, byId, familyName, warehouseName, salespersonName,
    createProduct, updateProduct, setPriceAgreement, removePriceAgreement,
  }
})
