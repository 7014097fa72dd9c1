/**
 * Credit risk at order time (DOMAIN-FR §4, AFDCC definition of the encours; REAC CP4.1, CP4.3).
 *
 * - Encours (exposure), TTC = overdue invoices + invoices not yet due + goods delivered not invoiced
 *   + confirmed orders not delivered − credit notes not applied and acomptes received.
 * - Available credit = plafond (limit) − encours; beyond it, the excess.
 * - Before an order is accepted: encours + the order TTC ≤ plafond; no invoice overdue beyond a
 *   threshold; a new customer or an unusual order needs a solvency check first. Otherwise the order
 *   is blocked, with the figures, and the ways out: an acompte ≥ the excess, an order reduced by at
 *   least the excess, an override within the delegation (maxCreditOverrunCents), else the manager.
 * - Risk sheet: average days late on paid invoices, incidents (rejected payments, disputes), DSO.
 */
import { daysBetween, addDays } from './calendar'
import { cents, nonNegativeCents } from './money'
import type { IsoDate } from './model'
import type { SolvencyCheck } from './model/recovery'

/** Where the credit rules come from, shown with a block. */
export const CREDIT_RULE_SOURCE = 'DOMAIN-FR §4 (AFDCC) · REAC CP4.1, CP4.3'

/**
 * Defaults of the company's credit settings (each may be overridden in the company settings):
 * an invoice overdue more than 30 days blocks new orders (the J+30 formal-notice step of the
 * dunning plan, DOMAIN-FR §3); an order of 10 000 € TTC or more is unusual; a customer created
 * less than 90 days ago with no validated invoice is new; a solvency check is valid for a year.
 */
export const CREDIT_DEFAULTS = {
  overdueThresholdDays: 30,
  unusualOrderThresholdCents: 1_000_000,
  newCustomerDays: 90,
  solvencyValidityDays: 365,
} as const

/** The parts of the encours, TTC cents, all ≥ 0. */
export interface CreditExposureParts {
  overdueCents: number
  notDueCents: number
  deliveredNotInvoicedCents: number
  openOrdersCents: number
  /** Credit notes not applied, acomptes and payments received not matched to an invoice. */
  unappliedCreditsCents: number
}

/** {@link CreditExposureParts} and the plafond d'encours. */
export interface CreditExposureInput extends CreditExposureParts {
  limitCents: number
}

export interface CreditExposureResult {
  /** The encours, TTC cents (may be negative when the company owes the customer). */
  exposureCents: number
  /** plafond − encours, never below 0. */
  availableCents: number
  /** encours − plafond, never below 0. */
  overLimitCents: number
}

/**
 * Encours = overdue + not due + delivered not invoiced + open orders − unapplied credits (TTC);
 * available = plafond − encours; over the limit = encours − plafond (DOMAIN-FR §4). Every amount is
 * whole cents ≥ 0, else a {@link DomainInputError} naming the field.
 *
 * @example creditExposure({ overdueCents: 230_000, notDueCents: 745_000, deliveredNotInvoicedCents: 120_000,
 *   openOrdersCents: 200_000, unappliedCreditsCents: 0, limitCents: 1_500_000 })
 *   // → { exposureCents: 1_295_000, availableCents: 205_000, overLimitCents: 0 }
 */
export function creditExposure({ overdueCents, notDueCents, deliveredNotInvoicedCents, openOrdersCents, unappliedCreditsCents, limitCents }: {
  overdueCents: number; notDueCents: number; deliveredNotInvoicedCents: number; openOrdersCents: number; unappliedCreditsCents: number; limitCents: number
}): { exposureCents: number; availableCents: number; overLimitCents: number } {
  const exposureCents = nonNegativeCents(overdueCents, 'overdueCents') + nonNegativeCents(notDueCents, 'notDueCents')
    + nonNegativeCents(deliveredNotInvoicedCents, 'deliveredNotInvoicedCents') + nonNegativeCents(openOrdersCents, 'openOrdersCents')
    - nonNegativeCents(unappliedCreditsCents, 'unappliedCreditsCents')
  const limit = nonNegativeCents(limitCents, 'limitCents')
  return { exposureCents, availableCents: Math.max(0, limit - exposureCents), overLimitCents: Math.max(0, exposureCents - limit) }
}

/**
 * How much of the plafond the encours uses, in percent with 1 decimal, for a gauge (display only);
 * 0 without a plafond. 12 950 of 15 000 → 86.3.
 */
export function creditUsedPercent(exposureCents: number, limitCents: number): number {
  return limitCents > 0 ? Math.round((exposureCents * 1000) / limitCents) / 10 : 0
}

/** The solvency information the check needs: the customer's latest solvency check, if any. */
export type SolvencyInfo = Pick<SolvencyCheck, 'date' | 'decision' | 'legalProceedings'> & Partial<Pick<SolvencyCheck, 'insurerCoverCents'>>

export interface OrderCreditInput {
  /** The customer's encours before the order. */
  exposure: CreditExposureParts
  /** The new order, TTC cents. */
  orderInclVatCents: number
  limitCents: number
  /** Days late of the customer's oldest overdue invoice (0: none overdue). */
  oldestOverdueDays: number
  overdueThresholdDays: number
  /** The latest solvency check still valid, if any. */
  solvency?: SolvencyInfo
  newCustomer: boolean
  unusualOrderThresholdCents: number
  /** The learner's delegation: the largest overrun they may accept (DelegationLevels). */
  maxCreditOverrunCents?: number
}

/** Why an order is blocked; `values` holds the figures (cents, days). */
export type CreditBlockReason =
  | { code: 'overLimit'; values: { exposureCents: number; orderCents: number; limitCents: number; excessCents: number } }
  | { code: 'overdueBeyondThreshold'; values: { oldestOverdueDays: number; thresholdDays: number; overdueCents: number } }
  | { code: 'solvencyMissing'; values: { why: 'newCustomer' | 'unusualOrder'; orderCents: number; thresholdCents: number } }
  | { code: 'solvencyAdverse'; values: { decision: SolvencyCheck['decision']; legalProceedings: number } }

/** A way out of a block. */
export type CreditOption =
  | { kind: 'acompte'; minAmountCents: number }
  | { kind: 'reduce'; byCents: number; maxOrderCents: number }
  | { kind: 'override'; excessCents: number; maxCreditOverrunCents: number }
  | { kind: 'recordSolvency' }
  | { kind: 'managerApproval' }

export interface OrderCreditCheck {
  status: 'ok' | 'blocked'
  parts: CreditExposureParts
  exposureCents: number
  orderCents: number
  /** Encours once the order is recorded. */
  exposureAfterCents: number
  limitCents: number
  /** Available before the order. */
  availableCents: number
  /** How far the order takes the encours beyond the plafond (0 when within). */
  excessCents: number
  reasons: CreditBlockReason[]
  options: CreditOption[]
  source: string
}

/**
 * The credit check of an order (DOMAIN-FR §4 "checks before accepting an order"): encours + order ≤
 * plafond; no invoice overdue beyond the threshold; for a new customer or an order at or above the
 * unusual-order threshold, a solvency check on file that does not advise against (no proceedings,
 * decision not "refuse"). Blocked, it lists the reasons in figures and the options: an acompte of
 * at least the excess, the order reduced by at least the excess, an override when the excess is
 * within `maxCreditOverrunCents` (CP4.3), recording the solvency check, or the manager's approval.
 */
export function checkOrderCredit(input: OrderCreditInput): OrderCreditCheck {
  const orderCents = nonNegativeCents(input.orderInclVatCents, 'orderInclVatCents')
  const before = creditExposure({ ...input.exposure, limitCents: input.limitCents })
  const after = creditExposure({ ...input.exposure, openOrdersCents: input.exposure.openOrdersCents + orderCents, limitCents: input.limitCents })
  const excessCents = after.overLimitCents
  const maxOverrun = nonNegativeCents(input.maxCreditOverrunCents ?? 0, 'maxCreditOverrunCents')
  const reasons: CreditBlockReason[] = []
  if (excessCents > 0) {
    reasons.push({ code: 'overLimit', values: { exposureCents: before.exposureCents, orderCents, limitCents: input.limitCents, excessCents } })
  }
  if (input.oldestOverdueDays > input.overdueThresholdDays) {
    reasons.push({ code: 'overdueBeyondThreshold', values: { oldestOverdueDays: input.oldestOverdueDays, thresholdDays: input.overdueThresholdDays, overdueCents: input.exposure.overdueCents } })
  }
  const unusual = orderCents >= input.unusualOrderThresholdCents
  if (!input.solvency && (input.newCustomer || unusual)) {
    reasons.push({ code: 'solvencyMissing', values: { why: input.newCustomer ? 'newCustomer' : 'unusualOrder', orderCents, thresholdCents: input.unusualOrderThresholdCents } })
  } else if (input.solvency && (input.solvency.decision === 'refuse' || input.solvency.legalProceedings)) {
    reasons.push({ code: 'solvencyAdverse', values: { decision: input.solvency.decision, legalProceedings: input.solvency.legalProceedings ? 1 : 0 } })
  }
  const options: CreditOption[] = []
  const onlyOverLimit = reasons.length > 0 && reasons.every((r) => r.code === 'overLimit')
  if (onlyOverLimit) {
    options.push({ kind: 'acompte', minAmountCents: excessCents })
    if (excessCents < orderCents) options.push({ kind: 'reduce', byCents: excessCents, maxOrderCents: orderCents - excessCents })
    if (excessCents <= maxOverrun) options.push({ kind: 'override', excessCents, maxCreditOverrunCents: maxOverrun })
  }
  if (reasons.some((r) => r.code === 'solvencyMissing')) options.push({ kind: 'recordSolvency' })
  if (reasons.length > 0) options.push({ kind: 'managerApproval' })
  return {
    status: reasons.length > 0 ? 'blocked' : 'ok',
    parts: { ...input.exposure }, exposureCents: before.exposureCents, orderCents, exposureAfterCents: after.exposureCents,
    limitCents: input.limitCents, availableCents: before.availableCents, excessCents, reasons, options, source: CREDIT_RULE_SOURCE,
  }
}

/** How the learner answers a block. */
export type CreditResolution =
  | { kind: 'override' }
  | { kind: 'acompte'; amountCents: number }
  | { kind: 'managerApproval'; reference: string }

/** Why a resolution does not lift the block (message keys `credit.rules.<code>`). */
export type CreditResolutionIssue =
  | { code: 'beyondDelegation'; values: { excessCents: number; maxCreditOverrunCents: number } }
  | { code: 'acompteTooSmall'; values: { amountCents: number; excessCents: number } }
  | { code: 'acompteAboveOrder'; values: { amountCents: number; orderCents: number } }
  | { code: 'onlyManagerCanLift'; values: { reason: CreditBlockReason['code'] } }

/**
 * Whether a resolution lifts a block: an override only for an excess within the delegation's
 * `maxCreditOverrunCents` (beyond: ask the manager, REAC CP4.3); an acompte of at least the excess
 * and at most the order; the manager's approval lifts any block. An override or an acompte answers
 * only the limit: an invoice overdue beyond the threshold or a missing/adverse solvency check needs
 * the manager (or the check recorded first). Null when the resolution lifts the block.
 */
export function resolveCreditBlock(check: OrderCreditCheck, resolution: CreditResolution, maxCreditOverrunCents: number): CreditResolutionIssue | null {
  if (check.status === 'ok' || resolution.kind === 'managerApproval') return null
  const other = check.reasons.find((r) => r.code !== 'overLimit')
  if (other) return { code: 'onlyManagerCanLift', values: { reason: other.code } }
  if (resolution.kind === 'override') {
    return check.excessCents <= maxCreditOverrunCents ? null : { code: 'beyondDelegation', values: { excessCents: check.excessCents, maxCreditOverrunCents } }
  }
  const amountCents = nonNegativeCents(resolution.amountCents, 'creditResolution.amountCents')
  if (amountCents > check.orderCents) return { code: 'acompteAboveOrder', values: { amountCents, orderCents: check.orderCents } }
  if (amountCents < check.excessCents) return { code: 'acompteTooSmall', values: { amountCents, excessCents: check.excessCents } }
  return null
}

/**
 * A new customer (DOMAIN-FR §4: a solvency check first): created less than `newCustomerDays` before
 * `asOf` and never invoiced yet.
 */
export function isNewCustomer(createdOn: IsoDate | undefined, asOf: IsoDate, hasInvoice: boolean, newCustomerDays: number = CREDIT_DEFAULTS.newCustomerDays): boolean {
  if (hasInvoice) return false
  return createdOn === undefined || daysBetween(createdOn, asOf) < newCustomerDays
}

/** The latest solvency check dated within `validityDays` before `asOf` (or on it), if any. */
export function currentSolvency<T extends Pick<SolvencyCheck, 'date'>>(checks: readonly T[], asOf: IsoDate, validityDays: number = CREDIT_DEFAULTS.solvencyValidityDays): T | undefined {
  const from = addDays(asOf, -validityDays)
  return [...checks].filter((c) => c.date <= asOf && c.date >= from).sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))[0]
}

/** What the risk sheet shows of a customer (figures only; the solvency records are listed as they are). */
export interface RiskSheet {
  /** Invoices (and acompte invoices) fully paid, and their average days late (1 decimal; null without any). */
  paidInvoices: number
  averageDaysLate: number | null
  /** Payments returned unpaid (cheque, direct debit). */
  rejectedPayments: number
  /** Disputes raised (dunning suspended for a dispute), counted by the caller. */
  disputes: number
  incidents: number
  /** Receivables TTC at the date (what the customer owes, ≥ 0). */
  receivablesCents: number
  /** Sales TTC invoiced over the period (invoices − credit notes). */
  salesInclVatCents: number
  periodDays: number
  /** DSO in whole days (half-up), null without sales over the period. */
  dsoDays: number | null
}

/** One invoice as the risk sheet needs it: due date, amount and when it was fully paid (if it was). */
export interface PaidInvoice {
  dueDate: IsoDate
  paidOn?: IsoDate
}

/**
 * The risk sheet's figures (DOMAIN-FR §4; REAC CP4):
 * - average days late = mean over the invoices fully paid by `asOf` of max(0, day of full payment −
 *   due date), 1 decimal half-up (an invoice paid on or before its due date counts 0);
 * - incidents = rejected payments + disputes;
 * - DSO, accounting method over a rolling period (365 days by default): receivables TTC at `asOf` ÷
 *   sales TTC invoiced over the period × the period's days, rounded half-up to whole days.
 */
export function riskSheet(input: {
  invoices: readonly PaidInvoice[]
  rejectedPayments: number
  disputes: number
  receivablesCents: number
  salesInclVatCents: number
  periodDays?: number
}): RiskSheet {
  const periodDays = input.periodDays ?? 365
  const paid = input.invoices.filter((i): i is Required<PaidInvoice> => i.paidOn !== undefined)
  const lateDays = paid.reduce((sum, i) => sum + Math.max(0, daysBetween(i.dueDate, i.paidOn)), 0)
  const averageDaysLate = paid.length > 0 ? Math.round((lateDays * 10) / paid.length) / 10 : null
  const receivablesCents = Math.max(0, cents(input.receivablesCents, 'receivablesCents'))
  const sales = cents(input.salesInclVatCents, 'salesInclVatCents')
  const dsoDays = sales > 0 ? Math.round((receivablesCents * periodDays) / sales) : null
  return {
    paidInvoices: paid.length, averageDaysLate, rejectedPayments: input.rejectedPayments, disputes: input.disputes,
    incidents: input.rejectedPayments + input.disputes, receivablesCents, salesInclVatCents: sales, periodDays, dsoDays,
  }
}
