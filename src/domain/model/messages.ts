import type { IsoDate, Language } from './common'

/**
 * How an exchange happened. Emails and letters carry a text; phone calls and meetings are activities
 * the learner logs with an outcome and a follow-up date; a note is an internal remark on a tier's file.
 */
export type MessageChannel = 'email' | 'phone' | 'letter' | 'meeting' | 'note'

/** The company's internal services a message can come from or go to. */
export type Department = 'shipping' | 'accounting' | 'production' | 'afterSales' | 'management'

/**
 * A message or an activity, incoming or outgoing, with a tier (customer, prospect, supplier, carrier)
 * or an internal department. What a scenario checks (recipient, language, text) is kept as written.
 */
export interface Message {
  id: string
  direction: 'in' | 'out'
  channel: MessageChannel
  date: IsoDate
  tierId?: string
  /** The tier's contact person written to or spoken with, when known. */
  contactId?: string
  /** An internal department when not a tier. */
  department?: Department
  language: Language
  subject: string
  body: string
  /** Sales documents attached (their PDF once documents print). */
  attachmentIds: string[]
  /** A customer's account statement (relevé de compte) sent with the message: its period, printed again on demand. */
  statement?: { from: IsoDate; to: IsoDate }
  read: boolean
  /** The template the learner started from, if any. */
  templateId?: string
  /** Phone calls and meetings: what came of it. */
  outcome?: string
  /** Phone calls and meetings: when to get back to the tier. */
  followUpOn?: IsoDate
  /** The message this one answers. */
  inReplyTo?: string
  /** Incoming messages delivered by a scenario event: the event's id in the scenario file. */
  scenarioEventId?: string
}
