import type { PurchaseDocStatus } from '@/domain/model'

/** The statuses of a supplier order, in the order of its life cycle. */
export const PURCHASE_STATUSES: readonly PurchaseDocStatus[] = ['draft', 'sent', 'confirmed', 'partlyReceived', 'received', 'cancelled']

/** The steps the status bar shows (cancelled is shown apart). */
export const PURCHASE_STEPS: readonly PurchaseDocStatus[] = ['draft', 'sent', 'confirmed', 'partlyReceived', 'received']

/** The colour of a status tag. */
export function statusSeverity(status: PurchaseDocStatus): 'secondary' | 'info' | 'warn' | 'success' | 'danger' {
  switch (status) {
    case 'draft': return 'secondary'
    case 'sent': case 'confirmed': return 'info'
    case 'partlyReceived': return 'warn'
    case 'received': return 'success'
    default: return 'danger'
  }
}
