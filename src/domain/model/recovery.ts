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
  /** Suspended: what suspends the procedure. */
  suspension?: 'dispute' | 'promise' | 'paymentPlan'
  /** Suspended: until when (the promised date, the last instalment); open-ended for a dispute. */
  until?: IsoDate
  /** Suspended: the day the suspension was lifted. */
  liftedOn?: IsoDate
  /** A promise to pay: the amount promised, TTC cents. */
  promisedCents?: number
  /** A payment plan (échéancier) agreed within delegation. */
  instalments?: { date: IsoDate; amountCents: number }[]
  /** Reminders and formal notices: what was claimed (principal TTC, penalties, 40 € per late invoice). */
  claim?: { principalCents: number; penaltyCents: number; indemnityCents: number; totalCents: number }
  /** Formal notice: days given to pay. */
  deadlineDays?: number
  /** Penalties waived on these invoices (within delegation). */
  penaltiesWaived?: boolean
  /** Phone calls: what came of it. */
  outcome?: string
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
  /** The amount claimed (principal TTC + penalties + indemnities), cents. */
  claimCents?: number
  /** Why the learner escalates. */
  note?: string
}

/** One step of a dunning plan (DOMAIN-FR §3 "Typical dunning plan"). */
export interface DunningLevel {
  /** Stable id recorded on the actions ('courtesy', 'relance1', 'relance2', 'formalNotice', 'litigation'). */
  id: string
  /** Days from the due date J (negative: before it). */
  offsetDays: number
  /** Channels of the step, the first one being the main one. */
  channels: DunningAction['channel'][]
  /** Key of the letter/email template of the step (fr and en texts). */
  templateKey: string
  /** An optional level may be left out (the courtesy reminder). */
  optional?: boolean
  /** The letter recalls the penalties and the 40 € indemnity. */
  recallPenalties?: boolean
  /** Days given to pay in the letter. */
  deadlineDays?: number
}

/** A company's dunning plan, levels ordered by offset. */
export interface DunningPlan {
  levels: DunningLevel[]
}
