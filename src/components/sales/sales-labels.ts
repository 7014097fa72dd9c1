import type { InvoiceState } from '@/domain'
import type { SalesDocStatus, SalesDocType } from '@/domain/model'

export const SALES_DOC_TYPES: SalesDocType[] = ['quote', 'order', 'delivery', 'invoice', 'creditNote', 'downPayment']

/** Statuses each type of document can take (the status filter offers those of the chosen type). */
export const STATUSES_OF: Record<SalesDocType, SalesDocStatus[]> = {
  quote: ['draft', 'sent', 'accepted', 'refused', 'expired', 'revised'],
  order: ['draft', 'confirmed', 'partlyDelivered', 'delivered', 'invoiced', 'cancelled'],
  delivery: ['draft', 'shipped'],
  invoice: ['draft', 'validated'],
  creditNote: ['draft', 'validated'],
  downPayment: ['draft', 'validated'],
}

/** Tag colour of a payment state (PrimeVue severities, contrast checked by axe). */
export function stateSeverity(state: InvoiceState): 'success' | 'info' | 'warn' | 'danger' {
  return state === 'paid' ? 'success' : state === 'partlyPaid' ? 'info' : state === 'overdue' ? 'danger' : 'warn'
}
