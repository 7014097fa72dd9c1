import { useTranslation } from 'i18next-vue'

const LINE_LABELS: Record<string, string> = { product: 'product', quantity: 'quantity', price: 'unitPrice', discounts: 'lineDiscounts' }
const DOC_LABELS: Record<string, string> = {
  'doc-customer': 'customer', 'doc-address': 'address', 'doc-discounts': 'discounts', 'doc-early-payment': 'earlyPayment', 'doc-shipping': 'shipping',
  'doc-valid-until': 'validUntil', 'doc-notes': 'notes', 'doc-po': 'customerPo', 'doc-warehouse': 'warehouse', 'doc-carrier': 'carrier', 'add-line': 'lines',
}

/** The label of an editor field by its input id ("line-1-price" → "Prix unitaire HT (€) (ligne 2)"), for the messages that name it. */
export function useFieldLabel() {
  const { t } = useTranslation()
  return (fieldId: string): string => {
    const line = /^line-(\d+)-(\w+)$/.exec(fieldId)
    if (line) return t('sales-editor.lines.fieldOfLine', { field: t(`sales-editor.fields.${LINE_LABELS[line[2]!] ?? 'product'}`), n: Number(line[1]) + 1 })
    return t(`sales-editor.fields.${DOC_LABELS[fieldId] ?? 'lines'}`)
  }
}
