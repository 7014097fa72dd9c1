import type { IsoDate } from './common'

/** One line of an imported bank statement, to reconcile with a recorded payment (rapprochement). */
export interface BankLine {
  id: string
  /** The import it came with (one CSV file). */
  importId: string
  date: IsoDate
  label: string
  /** Signed: + credit (money in), − debit. */
  amountCents: number
  status: 'unmatched' | 'matched' | 'ignored'
  paymentId?: string
  /** Why an ignored line is no customer payment (bank fees, a supplier's direct debit…). */
  ignoredReason?: string
}
