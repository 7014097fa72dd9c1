import type { IsoDate } from './common'

/** GDPR art. 6: why the company may process a tier's personal data. */
export type LegalBasis = 'consent' | 'contract' | 'legitimateInterest' | 'legalObligation'

/** What a consent covers: marketing emails, calls, sharing with partners (DOMAIN-FR §5). */
export type ConsentPurpose = 'emailMarketing' | 'phoneMarketing' | 'partnerSharing'

/** Proof of a consent given or withdrawn: what, when, where it was collected and through which channel. */
export interface ConsentRecord {
  id: string
  purpose: ConsentPurpose
  given: boolean
  date: IsoDate
  /** Where it was collected: web form, trade show, phone call, signed order… */
  source: string
  channel: 'email' | 'phone' | 'paper' | 'web' | 'inPerson'
}

/** A tier's GDPR file: legal basis, consents, objection to prospecting and the last contact date. */
export interface TierGdpr {
  legalBasis: LegalBasis
  consents: ConsentRecord[]
  /** Art. 21: objection to prospecting, absolute and free. */
  objectsToProspecting: boolean
  objectionOn?: IsoDate
  /** Last contact initiated by the person (a click counts, opening an email does not): starts the 3-year retention of a prospect. */
  lastContactOn: IsoDate
  /** Set when the person's data was erased (anonymised) at their request. */
  erasedOn?: IsoDate
}

/** The rights of GDPR art. 15–21. */
export type GdprRight = 'access' | 'rectification' | 'erasure' | 'restriction' | 'portability' | 'objection'

/** A rights request and its answer; the deadline is one month, extendable by two (art. 12 §3). */
export interface GdprRequest {
  id: string
  tierId: string
  right: GdprRight
  receivedOn: IsoDate
  /** One month after receipt, or three when extended. */
  dueOn: IsoDate
  extended: boolean
  /** Why the answer needs two more months, as told to the person (art. 12 §3). */
  extensionReason?: string
  status: 'open' | 'answered' | 'refused'
  answeredOn?: IsoDate
  /** What was done, or the legal ground for refusing (e.g. invoices kept 10 years, C. com. L123-22). */
  answer?: string
  details?: string
}
