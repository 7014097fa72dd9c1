import { ref } from 'vue'
import { useTranslation } from 'i18next-vue'
import { useToast } from 'primevue/usetoast'
import { useProductsStore } from '@/stores/products'
import type { PriceAgreement } from '@/domain/model'
import { useCatalogText } from './use-catalog-text'

/** Removing a customer price from either list (customer page, product page): the command, its toast, and the row being removed. */
export function useRemoveAgreement() {
  const { t } = useTranslation()
  const toast = useToast()
  const text = useCatalogText()
  const products = useProductsStore()
  const removing = ref<string | null>(null)

  async function remove(agreement: PriceAgreement) {
    removing.value = agreement.id
    try {
      const result = await products.removePriceAgreement({ id: agreement.id })
      if (result.ok) toast.add({ severity: 'success', summary: t('catalog.prices.removed'), life: 4000 })
      else toast.add({ severity: 'error', summary: t('catalog.result.refused'), detail: text.reasonText(result.reason), life: 8000 })
    } finally {
      removing.value = null
    }
  }

  return { removing, remove }
}
