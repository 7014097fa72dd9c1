import type { IsoDate } from './common'

/** Why a received line differs from the supplier order (a claim is opened for each). */
export type ReceptionDiscrepancy = 'short' | 'damaged' | 'wrongItem'

/**
 * A claim to a supplier after a reception with discrepancies (missing, damaged or wrong goods): what is
 * claimed, and how it ended (replacement, credit note from the supplier, refusal).
 */
export interface SupplierClaim {
  id: string
  supplierId: string
  /** The supplier order concerned. */
  purchaseDocId: string
  /** The reception that found the discrepancies. */
  receptionId: string
  openedOn: IsoDate
  status: 'open' | 'resolved'
  lines: { productId: string; quantity: number; reason: ReceptionDiscrepancy; note?: string }[]
  resolution?: { on: IsoDate; outcome: 'replacement' | 'supplierCredit' | 'rejected'; note?: string }
}
