/**
 * The recovery procedure (DOMAIN-FR §3 "Typical dunning plan"): a plan of levels dated from the due
 * date (J), the dunning run that proposes today's actions per invoice, suspensions (dispute, promise to
 * pay, payment plan), payment plans within delegation, the formal notice and the escalation beyond
 * amicable recovery (injonction de payer, CPC 1405 ff.; simplified procedure for claims ≤ 5 000 €).
 *
 * Rules the run applies:
 * - a level is proposed only once the previous one was done: never a skipped level (an optional level,
 *   the courtesy reminder, is dropped once the next level is due);
 * - level n is due at J + its offset and never sooner than the gap between the two levels after
 *   level n − 1 was done (a late first reminder does not bring the second one forward);
 * - a suspended invoice is not chased: an open dispute, a promise to pay or a payment plan whose
 *   date is not passed yet (a promise not kept resumes the procedure the day after its date);
 * - the 40 € indemnity (D441-5) counts once per late invoice between professionals, never per letter.
 */
import { addDays, daysBetween, parseCalendarDate } from './calendar'
import { DomainInputError } from './errors'
import { accountSign, countsOnAccount, settleInvoices } from './accounts'
import type { ExplanationStep } from './explanation'
import { latePaymentPenalty, LATE_PAYMENT_RATE_PARAMETERS, type LatePaymentPenalty, type LatePaymentRateTable } from './penalties'
import type { IsoDate, Language } from './model/common'
import type { Payment, SalesDoc } from './model/documents'
import type { DunningAction, DunningLevel, DunningPlan } from './model/recovery'

export type { DunningLevel, DunningPlan }

/** How a level reaches the customer. */
export type DunningChannel = DunningAction['channel']

/** The typical plan of DOMAIN-FR §3, the default when the company settings name none. */
export const DEFAULT_DUNNING_PLAN: DunningPlan = {
  levels: [
    { id: 'courtesy', offsetDays: -5, channels: ['email'], templateKey: 'dunning.courtesy', optional: true },
    { id: 'relance1', offsetDays: 5, channels: ['phone', 'email'], templateKey: 'dunning.relance1' },
    { id: 'relance2', offsetDays: 15, channels: ['letter'], templateKey: 'dunning.relance2', recallPenalties: true, deadlineDays: 8 },
    { id: 'formalNotice', offsetDays: 30, channels: ['registeredLetter'], templateKey: 'dunning.formalNotice', recallPenalties: true, deadlineDays: 8 },
    { id: 'litigation', offsetDays: 45, channels: ['registeredLetter'], templateKey: 'dunning.litigation', recallPenalties: true },
  ],
}

/** The plan to use: the company's own or {@link DEFAULT_DUNNING_PLAN}. */
export function effectiveDunningPlan(plan: DunningPlan | undefined): DunningPlan {
  return plan && plan.levels.length > 0 ? plan : DEFAULT_DUNNING_PLAN
}

/** A problem found in a plan, for the settings editor. */
export interface DunningPlanIssue {
  field: string
  code: 'empty' | 'duplicateId' | 'badId' | 'offsetOrder' | 'offsetRange' | 'noChannel' | 'deadlineRange'
}

/** Offsets stay within a year around the due date; deadlines 1–30 days. */
export const DUNNING_OFFSET_RANGE = { min: -30, max: 365 } as const

/** The plan's issues: at least one level, unique ids, strictly increasing integer offsets, channels, deadlines. */
export function checkDunningPlan(plan: DunningPlan): DunningPlanIssue[] {
  const issues: DunningPlanIssue[] = []
  if (plan.levels.length === 0) return [{ field: 'levels', code: 'empty' }]
  const seen = new Set<string>()
  plan.levels.forEach((level, i) => {
    const at = `levels[${i}]`
    if (!/^[A-Za-z][\w-]{0,39}$/.test(level.id)) issues.push({ field: `${at}.id`, code: 'badId' })
    else if (seen.has(level.id)) issues.push({ field: `${at}.id`, code: 'duplicateId' })
    seen.add(level.id)
    if (!Number.isInteger(level.offsetDays) || level.offsetDays < DUNNING_OFFSET_RANGE.min || level.offsetDays > DUNNING_OFFSET_RANGE.max) {
      issues.push({ field: `${at}.offsetDays`, code: 'offsetRange' })
    } else if (i > 0 && level.offsetDays <= plan.levels[i - 1]!.offsetDays) issues.push({ field: `${at}.offsetDays`, code: 'offsetOrder' })
    if (level.channels.length === 0) issues.push({ field: `${at}.channels`, code: 'noChannel' })
    if (level.deadlineDays !== undefined && (!Number.isInteger(level.deadlineDays) || level.deadlineDays < 1 || level.deadlineDays > 30)) {
      issues.push({ field: `${at}.deadlineDays`, code: 'deadlineRange' })
    }
  })
  return issues
}

/** Penalties owed on an invoice's remaining amount at a date (they carry no VAT). */
export interface InvoicePenalty {
  daysLate: number
  penaltyCents: number
  indemnityCents: number
  totalCents: number
}

/**
 * Penalties on what remains TTC of an overdue invoice at `asOf`: the agreed rate, else the default
 * rate of each half-year in `table` (L441-10 II; the company's merged table, `penaltyRateTableOf`), plus
 * the 40 € once for the invoice (D441-5) between professionals. `undefined` when the rate table has no
 * figure for a day of the lateness (never a guessed rate).
 */
export function invoicePenaltyAt(
  remainingCents: number, dueDate: IsoDate, asOf: IsoDate, agreedRatePercent: number | null, professional = true,
  table: LatePaymentRateTable = LATE_PAYMENT_RATE_PARAMETERS,
): InvoicePenalty | undefined {
  const p = penaltyDetailAt(remainingCents, dueDate, asOf, agreedRatePercent, professional, table)
  return p && { daysLate: p.daysLate, penaltyCents: p.penaltyCents, indemnityCents: p.indemnityCents, totalCents: p.totalCents }
}

/** {@link invoicePenaltyAt} with the periods and the explanation; `undefined` when no rate covers a day of the lateness. */
function penaltyDetailAt(
  remainingCents: number, dueDate: IsoDate, asOf: IsoDate, agreedRatePercent: number | null, professional: boolean, table: LatePaymentRateTable,
): LatePaymentPenalty | undefined {
  try {
    return latePaymentPenalty({
      amountInclVatCents: remainingCents, dueDate, paymentDate: asOf, businessCustomer: professional,
      ...(agreedRatePercent === null ? {} : { annualRatePercent: agreedRatePercent }),
    }, table)
  } catch (error) {
    if (error instanceof DomainInputError && error.code === 'noParameterForDate') return undefined
    throw error
  }
}

/** Why an invoice is not chased today. */
export type SuspensionKind = 'dispute' | 'promise' | 'paymentPlan'

/** An invoice the run leaves aside. */
export interface SuspendedInvoice {
  customerId: string
  invoiceId: string
  kind: SuspensionKind
  reason: string
  /** Until when (the promised date, the last instalment); open-ended for a dispute. */
  until?: IsoDate
}

/** The suspension in force for an invoice at `asOf`, if any (the latest one recorded wins). */
export function activeSuspension(invoiceId: string, actions: readonly DunningAction[], asOf: IsoDate): DunningAction | undefined {
  const suspensions = actions
    .filter((a) => a.status === 'suspended' && a.invoiceIds.includes(invoiceId) && a.dueOn <= asOf)
    .sort((a, b) => (a.dueOn === b.dueOn ? a.id.localeCompare(b.id) : a.dueOn.localeCompare(b.dueOn)))
  const latest = suspensions[suspensions.length - 1]
  if (!latest || latest.liftedOn !== undefined) return undefined
  if (latest.until !== undefined && latest.until < asOf) return undefined
  return latest
}

/** An action the run proposes for an invoice. */
export interface DunningProposal {
  customerId: string
  invoiceId: string
  invoiceNumber?: string
  level: DunningLevel
  /** When the level is due (J + offset, or later after a late previous level). */
  dueOn: IsoDate
  dueDate: IsoDate
  /** Days past the due date at the run's date (negative before it). */
  daysLate: number
  remainingCents: number
  /** Penalties at the run's date when the level recalls them (undefined: no rate for the period). */
  penalty?: InvoicePenalty
  /** True when penalties should be shown but the rate table has no figure for the period. */
  penaltyUnavailable: boolean
}

/** Today's dunning run. */
export interface DunningRun {
  asOf: IsoDate
  /** The actions due today, by customer then invoice. */
  due: DunningProposal[]
  /** Open invoices whose next level is not due yet. */
  upcoming: DunningProposal[]
  suspended: SuspendedInvoice[]
}

/** Options of the run: the agreed penalty rate (null: the legal default) and whether customers are professionals. */
export interface DunningRunOptions {
  agreedRatePercent?: number | null
  professional?: boolean
  /** Whether a customer is a professional (the 40 € is owed between professionals only); `professional` when omitted. */
  professionalOf?: (customerId: string) => boolean
  /** The penalty-rate table (the company's merged one); the built-in table when omitted. */
  rateTable?: LatePaymentRateTable
}

/**
 * The dunning run at `asOf` (the simulated date): for every validated invoice (or acompte invoice)
 * with something left to pay, the next level of the plan after the last one done, proposed when due,
 * never skipping a level, leaving aside suspended invoices. See the module's rules.
 */
export function dunningRun(
  invoices: readonly SalesDoc[],
  payments: readonly Payment[],
  actions: readonly DunningAction[],
  plan: DunningPlan,
  asOf: IsoDate,
  options: DunningRunOptions = {},
): DunningRun {
  const today = parseCalendarDate(asOf, 'asOf')
  const open = invoices.filter((doc) => countsOnAccount(doc, today) && accountSign(doc) > 0)
  const settlements = settleInvoices(open, payments, today)
  const run: DunningRun = { asOf: today, due: [], upcoming: [], suspended: [] }
  // Each invoice's actions, grouped once (an action may name several invoices).
  const actionsOf = new Map<string, DunningAction[]>()
  for (const action of actions) {
    for (const invoiceId of action.invoiceIds) {
      const list = actionsOf.get(invoiceId)
      if (list) list.push(action)
      else actionsOf.set(invoiceId, [action])
    }
  }
  for (const doc of open) {
    const settlement = settlements.get(doc.id)
    if (!settlement || settlement.remainingCents <= 0) continue
    const mine = actionsOf.get(doc.id) ?? []
    const suspension = activeSuspension(doc.id, mine, today)
    if (suspension) {
      run.suspended.push({
        customerId: doc.customerId, invoiceId: doc.id, kind: suspension.suspension ?? 'dispute', reason: suspension.reason ?? '',
        ...(suspension.until ? { until: suspension.until } : {}),
      })
      continue
    }
    const next = nextLevel(doc.id, settlement.dueDate, mine, plan, today)
    if (!next) continue
    const daysLate = daysBetween(settlement.dueDate, today)
    // The same penalties as the letter (claimLineAt): none once waived, the 40 € to professionals only.
    const charged = next.level.recallPenalties && daysLate > 0 && !penaltiesWaived(doc.id, mine)
    const professional = options.professionalOf?.(doc.customerId) ?? options.professional ?? true
    const penalty = charged ? invoicePenaltyAt(settlement.remainingCents, settlement.dueDate, today, options.agreedRatePercent ?? null, professional, options.rateTable) : undefined
    const proposal: DunningProposal = {
      customerId: doc.customerId, invoiceId: doc.id, ...(doc.number ? { invoiceNumber: doc.number } : {}),
      level: next.level, dueOn: next.dueOn, dueDate: settlement.dueDate, daysLate, remainingCents: settlement.remainingCents,
      ...(penalty ? { penalty } : {}), penaltyUnavailable: Boolean(charged && !penalty),
    }
    ;(next.dueOn <= today ? run.due : run.upcoming).push(proposal)
  }
  const order = (a: DunningProposal, b: DunningProposal) =>
    a.customerId.localeCompare(b.customerId) || a.dueDate.localeCompare(b.dueDate) || a.invoiceId.localeCompare(b.invoiceId)
  run.due.sort(order)
  run.upcoming.sort(order)
  return run
}

/** The levels already done for an invoice (ids), in plan order. */
export function levelsDone(invoiceId: string, actions: readonly DunningAction[], plan: DunningPlan): string[] {
  const done = new Set(actions.filter((a) => a.status === 'done' && a.invoiceIds.includes(invoiceId)).map((a) => a.level))
  return plan.levels.filter((l) => done.has(l.id)).map((l) => l.id)
}

/**
 * The next level of the plan for an invoice and the date it is due: the first level after the last one
 * done (an optional level is dropped once the following level is due), or `undefined` when every level is done.
 */
export function nextLevel(invoiceId: string, dueDate: IsoDate, actions: readonly DunningAction[], plan: DunningPlan, asOf: IsoDate): { level: DunningLevel; dueOn: IsoDate } | undefined {
  const doneActions = actions.filter((a) => a.status === 'done' && a.invoiceIds.includes(invoiceId))
  let lastIndex = -1
  plan.levels.forEach((level, i) => {
    if (doneActions.some((a) => a.level === level.id)) lastIndex = i
  })
  for (let i = lastIndex + 1; i < plan.levels.length; i++) {
    const level = plan.levels[i]!
    const following = plan.levels[i + 1]
    const previous = lastIndex >= 0 ? plan.levels[lastIndex] : undefined
    let dueOn = addDays(dueDate, level.offsetDays)
    if (previous) {
      const previousDone = doneActions.filter((a) => a.level === previous.id).map((a) => a.doneOn ?? a.dueOn).sort().pop()!
      const spaced = addDays(previousDone, level.offsetDays - previous.offsetDays)
      if (spaced > dueOn) dueOn = spaced
    }
    if (level.optional && following && addDays(dueDate, following.offsetDays) <= asOf) continue
    return { level, dueOn }
  }
  return undefined
}

/** Whether `levelId` may be done today for the invoice: it must be the next level (no skipped level). */
export function isNextLevel(invoiceId: string, dueDate: IsoDate, levelId: string, actions: readonly DunningAction[], plan: DunningPlan, asOf: IsoDate): boolean {
  return nextLevel(invoiceId, dueDate, actions, plan, asOf)?.level.id === levelId
}

/** What a reminder or a formal notice claims for a set of invoices. */
export interface ClaimLine {
  invoiceId: string
  invoiceNumber?: string
  dueDate: IsoDate
  daysLate: number
  remainingCents: number
  penaltyCents: number
  indemnityCents: number
}

/** The totals of a claim: principal TTC, penalties, indemnities (40 € × late invoices, whatever the number of letters). */
export interface ClaimTotals {
  principalCents: number
  penaltyCents: number
  indemnityCents: number
  totalCents: number
}

/**
 * The claim on one invoice at `asOf`: what remains TTC and, when the letter recalls them and they are not
 * waived, the penalties and the 40 € once for the invoice (between professionals), at the rates of
 * `options.rateTable` (the built-in table when omitted). `undefined` when the penalties are due but the
 * rate table has no figure for the period (no rate is ever guessed).
 */
export function claimLineAt(
  invoice: { id: string; number?: string },
  settlement: { remainingCents: number; dueDate: IsoDate; daysLate: number },
  asOf: IsoDate,
  options: ClaimOptions,
): ClaimLine | undefined {
  return claimDetailAt(invoice, settlement, asOf, options).line
}

/** How {@link claimLineAt} charges: with or without penalties, waived, the agreed rate, a professional customer, the rate table. */
export interface ClaimOptions {
  withPenalties: boolean
  waived: boolean
  agreedRatePercent: number | null
  professional: boolean
  /** The company's merged rate table; the built-in one when omitted. */
  rateTable?: LatePaymentRateTable
}

/** A claim line and its penalties worked out step by step (amount TTC × rate × days / 365, then the 40 €). */
export interface ClaimDetail {
  /** Undefined when the penalties are due but no rate covers a day of the lateness. */
  line: ClaimLine | undefined
  /** Empty when no penalty is charged. */
  explanation: readonly ExplanationStep[]
}

/** {@link claimLineAt} with the explanation of its penalties, computed once (the invoice's dunning page shows both). */
export function claimDetailAt(
  invoice: { id: string; number?: string },
  settlement: { remainingCents: number; dueDate: IsoDate; daysLate: number },
  asOf: IsoDate,
  options: ClaimOptions,
): ClaimDetail {
  const charged = options.withPenalties && !options.waived && settlement.daysLate > 0
  const penalty = charged
    ? penaltyDetailAt(settlement.remainingCents, settlement.dueDate, asOf, options.agreedRatePercent, options.professional, options.rateTable ?? LATE_PAYMENT_RATE_PARAMETERS)
    : undefined
  if (charged && !penalty) return { line: undefined, explanation: [] }
  return {
    line: {
      invoiceId: invoice.id, ...(invoice.number ? { invoiceNumber: invoice.number } : {}), dueDate: settlement.dueDate, daysLate: settlement.daysLate,
      remainingCents: settlement.remainingCents, penaltyCents: penalty?.penaltyCents ?? 0, indemnityCents: penalty?.indemnityCents ?? 0,
    },
    explanation: penalty?.explanation ?? [],
  }
}

/** Whether penalties were waived on an invoice (a `waiver` action within delegation). */
export function penaltiesWaived(invoiceId: string, actions: readonly DunningAction[]): boolean {
  return actions.some((a) => a.penaltiesWaived === true && a.invoiceIds.includes(invoiceId))
}

/** Sums a claim's lines (each late invoice carries its own 40 € once). */
export function claimTotals(lines: readonly ClaimLine[]): ClaimTotals {
  const principalCents = lines.reduce((s, l) => s + l.remainingCents, 0)
  const penaltyCents = lines.reduce((s, l) => s + l.penaltyCents, 0)
  const indemnityCents = lines.reduce((s, l) => s + l.indemnityCents, 0)
  return { principalCents, penaltyCents, indemnityCents, totalCents: principalCents + penaltyCents + indemnityCents }
}

/** An instalment of a payment plan (échéancier). */
export interface Instalment {
  date: IsoDate
  amountCents: number
}

/** Why a payment plan is refused. */
export type PaymentPlanIssue =
  | { code: 'noInstalment' }
  | { code: 'instalmentInPast'; index: number }
  | { code: 'instalmentOrder'; index: number }
  | { code: 'instalmentAmount'; index: number }
  | { code: 'sumMismatch'; sumCents: number; owedCents: number }
  | { code: 'beyondDelegation'; extensionDays: number; maxDays: number }

/**
 * Checks a payment plan: instalments dated from today in increasing order, positive whole amounts
 * summing to what is owed, and the last one within the delegation (days from today ≤ maxPaymentExtensionDays,
 * REAC CP4.3: beyond it a manager decides).
 */
export function checkPaymentPlan(instalments: readonly Instalment[], owedCents: number, asOf: IsoDate, maxExtensionDays: number): PaymentPlanIssue[] {
  if (instalments.length === 0) return [{ code: 'noInstalment' }]
  const issues: PaymentPlanIssue[] = []
  instalments.forEach((inst, index) => {
    const date = parseCalendarDate(inst.date, `instalments[${index}].date`)
    if (date < asOf) issues.push({ code: 'instalmentInPast', index })
    else if (index > 0 && date <= instalments[index - 1]!.date) issues.push({ code: 'instalmentOrder', index })
    if (!Number.isInteger(inst.amountCents) || inst.amountCents <= 0) issues.push({ code: 'instalmentAmount', index })
  })
  if (issues.length > 0) return issues
  const sumCents = instalments.reduce((s, i) => s + i.amountCents, 0)
  if (sumCents !== owedCents) issues.push({ code: 'sumMismatch', sumCents, owedCents })
  const extensionDays = daysBetween(asOf, instalments[instalments.length - 1]!.date)
  if (extensionDays > maxExtensionDays) issues.push({ code: 'beyondDelegation', extensionDays, maxDays: maxExtensionDays })
  return issues
}

/** The formal notice gives 8 to 15 days to pay (DOMAIN-FR §3). */
export const FORMAL_NOTICE_DEADLINE_DAYS = { min: 8, max: 15 } as const

/** True when a formal notice's deadline is within 8–15 days. */
export function isFormalNoticeDeadline(days: number): boolean {
  return Number.isInteger(days) && days >= FORMAL_NOTICE_DEADLINE_DAYS.min && days <= FORMAL_NOTICE_DEADLINE_DAYS.max
}

/** Ways beyond amicable recovery. */
export type EscalationRoute = 'injunction' | 'simplifiedProcedure' | 'agency' | 'insurer'

/** Claims up to 5 000 € may go through the simplified procedure (commissaire de justice, CPC L125-1). */
export const SIMPLIFIED_PROCEDURE_MAX_CENTS = 500_000

/** The documents of a recovery file (ids of the checklist items). */
export const ESCALATION_CHECKLIST = ['invoices', 'orderOrContract', 'deliveryProof', 'termsOfSale', 'reminders', 'formalNoticeReceipt', 'accountStatement', 'debtorIdentity'] as const
export type ChecklistItem = (typeof ESCALATION_CHECKLIST)[number]

/** What the claim must be for an injonction de payer (CPC 1405): certain, liquid and due. */
export interface ClaimConditions {
  certain: boolean
  liquid: boolean
  due: boolean
}

/** Why a route is not open, or `undefined` when it is. */
export type EscalationRefusal = 'claimNotCertainLiquidDue' | 'overSimplifiedMax' | 'noFormalNotice'

/**
 * Whether a route is open for a claim: the injonction de payer needs a certain, liquid and due claim;
 * the simplified procedure a claim ≤ 5 000 € (and the same conditions); every route follows a formal notice.
 */
export function escalationRefusal(route: EscalationRoute, claimCents: number, conditions: ClaimConditions, formalNoticeSent: boolean): EscalationRefusal | undefined {
  if (!formalNoticeSent) return 'noFormalNotice'
  if ((route === 'injunction' || route === 'simplifiedProcedure') && !(conditions.certain && conditions.liquid && conditions.due)) return 'claimNotCertainLiquidDue'
  if (route === 'simplifiedProcedure' && claimCents > SIMPLIFIED_PROCEDURE_MAX_CENTS) return 'overSimplifiedMax'
  return undefined
}

/** The language of a reminder: the contact's, else the customer's. */
export function reminderLanguage(contactLanguage: Language | undefined, tierLanguage: Language): Language {
  return contactLanguage ?? tierLanguage
}
