/**
 * The life of each sales document: its statuses and, in each, the actions allowed (the status bar and
 * the buttons an ERP shows). The UI reads {@link allowedActions} to show only what is allowed; every
 * command checks {@link checkAction} first, so a forbidden action is refused with the rule.
 *
 * - Quote: draft → sent → accepted / refused / expired; duplicate at any time; revise (a new version,
 *   the old one kept and marked `revised`); an accepted quote becomes an order.
 * - Order: confirmed → partly delivered → delivered → invoiced (moved by the deliveries and invoices),
 *   or cancelled while nothing has been delivered.
 * - Delivery note: shipped; invoiced from.
 * - Invoice, credit note, acompte invoice: draft → validated. A validated one is never edited or
 *   deleted: it is corrected by a credit note (C. com. L441-9; CGI ann. II art. 242 nonies A, 7°).
 */
import type { SalesDocStatus, SalesDocType } from '../model'

/** Everything a learner can do to a sales document: the actions of the life cycle. */
export type SalesAction =
  | 'update' | 'send' | 'accept' | 'refuse' | 'expire' | 'duplicate' | 'revise' | 'order'
  | 'deliver' | 'downPayment' | 'cancel'
  | 'invoice'
  | 'validate' | 'discard' | 'credit' | 'receiveReturn'

/** One action: the statuses it starts from and, when it changes the status, the one it leads to. */
export interface LifecycleAction {
  readonly from: readonly SalesDocStatus[]
  readonly to?: SalesDocStatus
}

/** A document type's statuses (in status-bar order), its first status and its actions. */
export interface Lifecycle {
  readonly statuses: readonly SalesDocStatus[]
  readonly initial: SalesDocStatus
  readonly actions: Readonly<Partial<Record<SalesAction, LifecycleAction>>>
}

const QUOTE_STATUSES: readonly SalesDocStatus[] = ['draft', 'sent', 'accepted', 'refused', 'expired', 'revised']

/** Invoices, credit notes and acomptes: a draft is edited or discarded, and numbered when validated (CGI ann. II art. 242 nonies A). */
const NUMBERED_AT_VALIDATION: Readonly<Partial<Record<SalesAction, LifecycleAction>>> = {
  update: { from: ['draft'] },
  validate: { from: ['draft'], to: 'validated' },
  discard: { from: ['draft'] },
}

/** The table of every document type's life. */
export const SALES_LIFECYCLE: Readonly<Record<SalesDocType, Lifecycle>> = {
  quote: {
    statuses: QUOTE_STATUSES,
    initial: 'draft',
    actions: {
      update: { from: ['draft'] },
      send: { from: ['draft'], to: 'sent' },
      accept: { from: ['sent'], to: 'accepted' },
      refuse: { from: ['sent'], to: 'refused' },
      expire: { from: ['sent'], to: 'expired' },
      duplicate: { from: QUOTE_STATUSES },
      revise: { from: ['sent', 'refused', 'expired'], to: 'revised' },
      order: { from: ['accepted'] },
    },
  },
  order: {
    statuses: ['confirmed', 'partlyDelivered', 'delivered', 'invoiced', 'cancelled'],
    initial: 'confirmed',
    actions: {
      deliver: { from: ['confirmed', 'partlyDelivered'] },
      downPayment: { from: ['confirmed', 'partlyDelivered'] },
      cancel: { from: ['confirmed'], to: 'cancelled' },
    },
  },
  delivery: {
    statuses: ['shipped'],
    initial: 'shipped',
    actions: { invoice: { from: ['shipped'] } },
  },
  invoice: {
    statuses: ['draft', 'validated'],
    initial: 'draft',
    actions: {
      ...NUMBERED_AT_VALIDATION,
      credit: { from: ['validated'] },
    },
  },
  creditNote: {
    statuses: ['draft', 'validated'],
    initial: 'draft',
    actions: {
      ...NUMBERED_AT_VALIDATION,
      receiveReturn: { from: ['validated'] },
    },
  },
  downPayment: {
    statuses: ['draft', 'validated'],
    initial: 'draft',
    actions: {
      ...NUMBERED_AT_VALIDATION,
      credit: { from: ['validated'] },
    },
  },
}

/** The rules a lifecycle refusal cites. */
export const LIFECYCLE_SOURCES = {
  immutable: 'C. com. L441-9 ; CGI ann. II art. 242 nonies A, 7° (une facture validée se corrige par un avoir)',
  lifecycle: 'Cycle de vente : devis → commande → livraison → facture → avoir',
} as const

/** The actions allowed on a document of `type` in `status`, in the table's order. */
export function allowedActions(type: SalesDocType, status: SalesDocStatus): SalesAction[] {
  const actions = SALES_LIFECYCLE[type].actions
  return (Object.keys(actions) as SalesAction[]).filter((action) => actions[action]!.from.includes(status))
}

/** Why an action is refused: an i18n code under `sales.rules.`, its figures and its source. */
export interface LifecycleRefusal {
  /** `actionNotAvailable`: the type has no such action at all (`allowedFrom` is then empty). */
  readonly code: 'actionNotAllowed' | 'actionNotAvailable' | 'validatedImmutable'
  readonly values: { action: SalesAction; type: SalesDocType; status: SalesDocStatus; allowedFrom: string }
  readonly source: string
}

/**
 * Null when `action` is allowed on a `type` document in `status`; otherwise the rule. A change to a
 * validated invoice, credit note or acompte cites the immutability of a validated invoice.
 */
export function checkAction(type: SalesDocType, status: SalesDocStatus, action: SalesAction): LifecycleRefusal | null {
  const entry = SALES_LIFECYCLE[type].actions[action]
  if (entry?.from.includes(status)) return null
  const values = { action, type, status, allowedFrom: entry?.from[0] ?? '' }
  if (!entry) return { code: 'actionNotAvailable', values, source: LIFECYCLE_SOURCES.lifecycle }
  const changesValidated = status === 'validated' && (action === 'update' || action === 'validate' || action === 'discard')
  return changesValidated
    ? { code: 'validatedImmutable', values, source: LIFECYCLE_SOURCES.immutable }
    : { code: 'actionNotAllowed', values, source: LIFECYCLE_SOURCES.lifecycle }
}

/** The status an action leads to (the current one when the action does not change it). */
export function statusAfter(type: SalesDocType, status: SalesDocStatus, action: SalesAction): SalesDocStatus {
  return SALES_LIFECYCLE[type].actions[action]?.to ?? status
}
