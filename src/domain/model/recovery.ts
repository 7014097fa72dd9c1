import type { IsoDate } from './common'

/**
 * What the learner found out about a customer's solvency before a first or unusual order (DOMAIN-FR §4):
 * Banque de France rating, an information provider's score, the credit insurer's cover, proceedings.
 */
export interface SolvencyCheck {
  id: string
  customerId: string
  date: IsoDate
  /** e.g. "C4" (activity letter + credit grade), when the customer shared it. */
  bdfRating?: string
  /** Provider score out of 20 or 100, as the provider states it. */
  score?: string
  /** Limit the credit insurer approves for this buyer, TTC cents (0: cover refused). */
  insurerCoverCents?: number
  legalProceedings: boolean
  /** The learner's conclusion. */
  decision: 'accept' | 'acompte' | 'refuse'
  note?: string
}

/** A step of the recovery procedure for a customer: a reminder, a call, a promise to pay, a payment plan. */
export interface DunningAction {
  id: string
  customerId: string
  invoiceIds: string[]
  /** Plan level id (e.g. 'relance1', 'relance2', 'formalNotice'), or the kind of follow-up. */
  level: string
  channel: 'phone' | 'email' | 'letter' | 'registeredLetter'
  dueOn: IsoDate
  status: 'proposed' | 'done' | 'suspended'
  doneOn?: IsoDate
  messageId?: string
  /** Why it was suspended (dispute, promise to pay…). */
  reason?: string
}

/** A file handed over beyond amicable recovery: formal notice, injonction de payer, agency, insurer. */
export interface RecoveryCase {
  id: string
  customerId: string
  invoiceIds: string[]
  openedOn: IsoDate
  stage: 'formalNotice' | 'injunction' | 'simplifiedProcedure' | 'agency' | 'insurer'
  status: 'open' | 'closed'
  /** Documents gathered for the file (ids of the checklist items ticked). */
  checklist: string[]
}
