import type { IsoDate } from './common'

/**
 * A validated document filed unchangeably: its PDF as printed on the day it was archived and the
 * SHA-256 of those bytes (C. com. L123-22: accounting documents are kept 10 years).
 */
export interface ArchivedDocument {
  id: string
  docId: string
  docType: string
  number: string
  customerId: string
  archivedOn: IsoDate
  /** End of the legal retention period. */
  retainUntil: IsoDate
  sha256: string
  pdf: Uint8Array
}
