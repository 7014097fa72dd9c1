import type { InvoiceState } from '@/domain'
import type { PaymentMethod } from '@/domain/model'

/** Means of payment in the order the forms offer them. */
export const PAYMENT_METHODS: readonly PaymentMethod[] = ['transfer', 'cheque', 'card', 'lcr', 'directDebit']

/** Tag colour of an invoice state (paid green, overdue red). */
export function invoiceStateSeverity(state: InvoiceState): 'success' | 'info' | 'warn' | 'danger' {
  return state === 'paid' ? 'success' : state === 'overdue' ? 'danger' : state === 'partlyPaid' ? 'warn' : 'info'
}
