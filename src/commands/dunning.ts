import { z } from 'zod'
import {
  accountSign, countsOnAccount,
  activeSuspension, checkPaymentPlan, claimLineAt, claimTotals, penaltiesWaived, penaltyRateTableOf, effectiveDunningPlan, escalationRefusal, isCalendarDate,
  isFormalNoticeDeadline, nextLevel, dunningLetterContext, renderDunningLetter, renderManagementAlert, reminderLanguage, settleInvoices, addDays,
  ESCALATION_CHECKLIST, FORMAL_NOTICE_DEADLINE_DAYS,
  type ClaimLine, type ClaimTotals, type CompanySettings, type DunningAction, type DunningLevel, type DunningPlan, type Language,
  type Message, type PaymentPlanIssue, type RecoveryCase, type SalesDoc, type Tier,
} from '@/domain'
import { formatDate, formatMoney } from '@/i18n/format'
import type { WorkspaceDb } from '@/db/workspace-db'
import type { CommandDefinition } from './command'
import { refuse } from './refusal'
import { readSettings } from './company-state'
import { nextMessageId, nextSequentialId, recipientOf, requireContact, requireFinishedText } from './message-records'

/**
 * The recovery procedure's commands (REAC CP4.2, CP4.3; DOMAIN-FR §3): send a reminder of the plan's
 * next level, log a call (and a promise to pay), suspend (dispute, promise), agree a payment plan or waive
 * penalties within delegation, send the formal notice, escalate beyond amicable recovery, alert management.
 * Figures (penalties, 40 € per late invoice, totals) are computed by the domain at the simulated date.
 * Every refusal names the field; a refused command changes nothing.
 */

const id = z.string().min(1).max(80)
const invoiceIds = z.array(id).min(1).max(50)
const language = z.enum(['fr', 'en'])
const FORMATTERS = { money: formatMoney, date: (d: string, l: Language) => formatDate(d, l) }

/** Mandatory documents of a recovery file (the rest of the checklist is recommended). */
export const REQUIRED_CHECKLIST = ['invoices', 'deliveryProof', 'formalNoticeReceipt'] as const

interface Account {
  tier: Tier
  settings: CompanySettings | null
  plan: DunningPlan
  invoices: SalesDoc[]
  actions: DunningAction[]
  settlements: ReturnType<typeof settleInvoices>
}

async function loadAccount(ctx: { db: WorkspaceDb; simDate: string }, customerId: string): Promise<Account> {
  const tier = await ctx.db.tiers.get(customerId)
  if (!tier || tier.kind !== 'customer') refuse('dunning.errors.unknownCustomer', { field: 'customerId', id: customerId })
  const [docs, payments, actions, settings] = await Promise.all([
    ctx.db.salesDocs.where('customerId').equals(customerId).toArray(),
    ctx.db.payments.where('customerId').equals(customerId).toArray(),
    ctx.db.dunningActions.where('customerId').equals(customerId).toArray(),
    readSettings(ctx.db),
  ])
  const invoices = docs.filter((d) => countsOnAccount(d) && accountSign(d) > 0)
  return { tier, settings, plan: effectiveDunningPlan(settings?.dunningPlan), invoices, actions, settlements: settleInvoices(invoices, payments, ctx.simDate) }
}

/** The invoices named, each the customer's, validated and with something left to pay. */
function requireOpenInvoices(account: Account, ids: readonly string[]): SalesDoc[] {
  const unique = [...new Set(ids)]
  return unique.map((invoiceId) => {
    const doc = account.invoices.find((d) => d.id === invoiceId)
    if (!doc) refuse('dunning.errors.unknownInvoice', { field: 'invoiceIds', id: invoiceId, customer: account.tier.name })
    if ((account.settlements.get(doc.id)?.remainingCents ?? 0) <= 0) refuse('dunning.errors.invoicePaid', { field: 'invoiceIds', number: doc.number ?? doc.id })
    return doc
  })
}

function requireNotSuspended(account: Account, docs: readonly SalesDoc[], today: string): void {
  for (const doc of docs) {
    const suspension = activeSuspension(doc.id, account.actions, today)
    if (suspension) refuse('dunning.errors.suspended', { field: 'invoiceIds', number: doc.number ?? doc.id, reason: suspension.reason ?? '' })
  }
}

/** The level must be the next one of the plan for every invoice (never a skipped level, never twice). */
function requireNextLevel(account: Account, docs: readonly SalesDoc[], levelId: string, today: string): DunningLevel {
  const level = account.plan.levels.find((l) => l.id === levelId) ?? refuse('dunning.errors.unknownLevel', { field: 'level', level: levelId })
  for (const doc of docs) {
    const next = nextLevel(doc.id, account.settlements.get(doc.id)!.dueDate, account.actions, account.plan, today)
    if (next?.level.id !== level.id) {
      refuse('dunning.errors.levelSkipped', { field: 'level', number: doc.number ?? doc.id, level: level.id, expected: next?.level.id ?? '—' })
    }
  }
  return level
}

/**
 * The claim on each invoice at today's date: what remains TTC, penalties (at the rates of the company's
 * merged table: built-in and recorded half-years) and the 40 € once per late invoice between
 * professionals (none when waived).
 */
function claimLines(account: Account, docs: readonly SalesDoc[], today: string, withPenalties: boolean): ClaimLine[] {
  const rateTable = penaltyRateTableOf(account.settings)
  return docs.map((doc) => claimLineAt(doc, account.settlements.get(doc.id)!, today, {
    withPenalties, waived: penaltiesWaived(doc.id, account.actions),
    agreedRatePercent: account.settings?.latePenaltyRatePercent ?? null, professional: account.tier.legal === 'company', rateTable,
  }) ?? refuse('dunning.errors.noPenaltyRate', { field: 'invoiceIds', date: today }))
}

interface Letter {
  account: Account
  docs: SalesDoc[]
  level: DunningLevel
  channel: 'email' | 'letter' | 'registeredLetter'
  contactId?: string | undefined
  language?: Language | undefined
  subject?: string | undefined
  body?: string | undefined
  payBy?: string | undefined
  deadlineDays?: number | undefined
}

/** Writes the letter (the learner's text, or the level's template) as a message and records the level done. */
async function sendLetter(ctx: { db: WorkspaceDb; simDate: string }, l: Letter): Promise<{ actionId: string; messageId: string; language: Language; claim: ClaimTotals; to: string }> {
  const { tier } = l.account
  // An email to the named contact or the first with an address; a letter to the billing address, for the named contact or the first one.
  const { contact, to } = recipientOf(tier, requireContact(tier, l.contactId), l.channel === 'email' ? 'email' : 'letter', {
    noEmailKey: 'dunning.errors.noEmail', letterContact: tier.contacts[0],
  })
  const lang = l.language ?? reminderLanguage(contact?.language, tier.language)
  const letter = dunningLetterContext({
    language: lang, date: ctx.simDate, settings: l.account.settings, customerName: tier.name, contact,
    lines: claimLines(l.account, l.docs, ctx.simDate, Boolean(l.level.recallPenalties)), level: l.level, payBy: l.payBy,
  })
  const claim = letter.totals
  const rendered = renderDunningLetter(l.level.templateKey, letter, FORMATTERS)
  const text = { subject: l.subject ?? rendered.subject, body: l.body ?? rendered.body }
  requireFinishedText(text)
  const message: Message = {
    id: await nextMessageId(ctx.db), direction: 'out', channel: l.channel === 'email' ? 'email' : 'letter', date: ctx.simDate, language: lang,
    subject: text.subject, body: text.body, attachmentIds: l.docs.map((d) => d.id), read: true, tierId: tier.id, templateId: l.level.templateKey,
    ...(contact ? { contactId: contact.id } : {}),
    ...(l.level.recallPenalties ? { statement: { from: l.docs.map((d) => d.date).sort()[0]!, to: ctx.simDate } } : {}),
  }
  await ctx.db.messages.add(message)
  const action: DunningAction = {
    id: await nextSequentialId(ctx.db, 'dunningActions', 'dun'), customerId: tier.id, invoiceIds: l.docs.map((d) => d.id), level: l.level.id,
    channel: l.channel, dueOn: ctx.simDate, doneOn: ctx.simDate, status: 'done', messageId: message.id, claim,
    ...(l.deadlineDays !== undefined ? { deadlineDays: l.deadlineDays } : {}),
  }
  await ctx.db.dunningActions.add(action)
  return { actionId: action.id, messageId: message.id, language: lang, claim, to }
}

/** The learner's choices of a letter (contact, language, own text). */
function letterOf(input: { contactId?: string | undefined; language?: Language | undefined; subject?: string | undefined; body?: string | undefined }) {
  return { contactId: input.contactId, language: input.language, subject: input.subject, body: input.body }
}

const letterText = {
  contactId: id.optional(),
  /** The language of the letter; the contact's (or the customer's) when left out. */
  language: language.optional(),
  /** The learner's own text; the level's template with the domain's figures when left out. */
  subject: z.string().max(300).optional(),
  body: z.string().max(20_000).optional(),
}

export const sendReminderInput = z.object({
  customerId: id,
  invoiceIds,
  level: id,
  channel: z.enum(['email', 'letter']),
  ...letterText,
}).strict()
export type SendReminderInput = z.input<typeof sendReminderInput>
export interface SendReminderResult extends Record<string, unknown> {
  actionId: string
  messageId: string
  language: Language
  to: string
  claim: ClaimTotals
}

/**
 * `dunning.sendReminder`: the email or letter of the plan's next level for invoices of one customer,
 * in the contact's language, listing the invoices and (from relance 2) the penalties and the 40 € per
 * late invoice computed at the simulated date; the level is recorded done. Refused: an unknown customer or
 * invoice, a paid one, a suspended one (dispute, promise, payment plan), a level that is not the next one
 * (a skipped level or one done already), a channel the level does not use, a registered-letter level
 * (that is `dunning.sendFormalNotice`), no email address, no published penalty rate for the date.
 */
export const sendReminder: CommandDefinition<z.output<typeof sendReminderInput>, SendReminderResult> = {
  name: 'dunning.sendReminder',
  input: sendReminderInput,
  async run(ctx, input) {
    const account = await loadAccount(ctx, input.customerId)
    const docs = requireOpenInvoices(account, input.invoiceIds)
    requireNotSuspended(account, docs, ctx.simDate)
    const level = requireNextLevel(account, docs, input.level, ctx.simDate)
    if (level.channels.includes('registeredLetter')) refuse('dunning.errors.useFormalNotice', { field: 'level', level: level.id })
    if (!level.channels.includes(input.channel)) refuse('dunning.errors.wrongChannel', { field: 'channel', level: level.id, channel: input.channel })
    const payBy = level.deadlineDays ? addDays(ctx.simDate, level.deadlineDays) : undefined
    return sendLetter(ctx, { ...letterOf(input), account, docs, level, channel: input.channel, payBy, deadlineDays: level.deadlineDays })
  },
}

export const sendFormalNoticeInput = z.object({
  customerId: id,
  invoiceIds,
  /** Days given to pay: 8 to 15. */
  deadlineDays: z.number(),
  ...letterText,
}).strict()
export type SendFormalNoticeInput = z.input<typeof sendFormalNoticeInput>

/**
 * `dunning.sendFormalNotice`: the mise en demeure by registered letter with acknowledgement of receipt,
 * claiming principal TTC + penalties + 40 € per late invoice, with a deadline of 8 to 15 days. It is the
 * plan's registered-letter level, due after the previous levels. Refused as `dunning.sendReminder`, and
 * for a deadline outside 8–15 days.
 */
export const sendFormalNotice: CommandDefinition<z.output<typeof sendFormalNoticeInput>, SendReminderResult & { payBy: string }> = {
  name: 'dunning.sendFormalNotice',
  input: sendFormalNoticeInput,
  async run(ctx, input) {
    const account = await loadAccount(ctx, input.customerId)
    const docs = requireOpenInvoices(account, input.invoiceIds)
    requireNotSuspended(account, docs, ctx.simDate)
    if (!isFormalNoticeDeadline(input.deadlineDays)) refuse('dunning.errors.deadlineRange', { field: 'deadlineDays', min: FORMAL_NOTICE_DEADLINE_DAYS.min, max: FORMAL_NOTICE_DEADLINE_DAYS.max })
    const levelId = account.plan.levels.find((l) => l.channels.includes('registeredLetter'))?.id ?? 'formalNotice'
    const level = requireNextLevel(account, docs, levelId, ctx.simDate)
    const payBy = addDays(ctx.simDate, input.deadlineDays)
    const sent = await sendLetter(ctx, { ...letterOf(input), account, docs, level, channel: 'registeredLetter', payBy, deadlineDays: input.deadlineDays })
    return { ...sent, payBy }
  },
}

export const logCallInput = z.object({
  customerId: id,
  invoiceIds,
  contactId: id.optional(),
  /** The plan's phone level this call completes (relance 1), if any. */
  level: id.optional(),
  outcome: z.string().max(4_000),
  /** A promise to pay: the procedure waits until that date, then follows it up. */
  promise: z.object({ date: z.string().max(10), amountCents: z.number() }).strict().optional(),
}).strict()
export type LogCallInput = z.input<typeof logCallInput>

/**
 * `dunning.logCall`: a phone call about overdue invoices with its outcome; it completes the plan's
 * phone level when named (relance 1). A promise to pay (date, amount) suspends the procedure until that
 * date and sets the follow-up on the simulated clock. Refused: empty outcome, a level that is not the next
 * one or has no phone, a promise dated before today or beyond the delegation's extra days, or of an amount
 * ≤ 0 or above what is owed.
 */
export const logCall: CommandDefinition<z.output<typeof logCallInput>, { actionId: string; messageId: string; followUpOn: string | null }> = {
  name: 'dunning.logCall',
  input: logCallInput,
  async run(ctx, input) {
    const account = await loadAccount(ctx, input.customerId)
    const docs = requireOpenInvoices(account, input.invoiceIds)
    if (!input.outcome.trim()) refuse('dunning.errors.emptyOutcome', { field: 'outcome' })
    const contact = requireContact(account.tier, input.contactId)
    let level: DunningLevel | undefined
    if (input.level) {
      level = requireNextLevel(account, docs, input.level, ctx.simDate)
      if (!level.channels.includes('phone')) refuse('dunning.errors.wrongChannel', { field: 'level', level: level.id, channel: 'phone' })
    }
    const owed = docs.reduce((s, d) => s + account.settlements.get(d.id)!.remainingCents, 0)
    const promise = input.promise
    if (promise) {
      if (!isCalendarDate(promise.date)) refuse('dunning.errors.invalidDate', { field: 'promise.date', value: promise.date })
      if (promise.date < ctx.simDate) refuse('dunning.errors.promiseInPast', { field: 'promise.date', date: promise.date, today: ctx.simDate })
      const max = account.settings?.delegation.maxPaymentExtensionDays ?? 0
      if (promise.date > addDays(ctx.simDate, max)) refuse('dunning.errors.beyondDelegation', { field: 'promise.date', days: max })
      if (!Number.isInteger(promise.amountCents) || promise.amountCents <= 0 || promise.amountCents > owed) {
        refuse('dunning.errors.promiseAmount', { field: 'promise.amountCents', owedEuros: owed / 100 })
      }
    }
    const followUpOn = promise ? addDays(promise.date, 1) : null
    const message: Message = {
      id: await nextMessageId(ctx.db), direction: 'out', channel: 'phone', date: ctx.simDate, tierId: account.tier.id,
      language: contact?.language ?? account.tier.language, subject: docs.map((d) => d.number ?? d.id).join(', '), body: '',
      outcome: input.outcome, attachmentIds: [], read: true, ...(contact ? { contactId: contact.id } : {}), ...(followUpOn ? { followUpOn } : {}),
    }
    await ctx.db.messages.add(message)
    const action: DunningAction = {
      id: await nextSequentialId(ctx.db, 'dunningActions', 'dun'), customerId: account.tier.id, invoiceIds: docs.map((d) => d.id),
      level: level?.id ?? 'call', channel: 'phone', dueOn: ctx.simDate, doneOn: ctx.simDate, status: 'done', messageId: message.id, outcome: input.outcome,
    }
    await ctx.db.dunningActions.add(action)
    if (promise) {
      await ctx.db.dunningActions.add({
        id: await nextSequentialId(ctx.db, 'dunningActions', 'dun'), customerId: account.tier.id, invoiceIds: docs.map((d) => d.id), level: 'suspension',
        channel: 'phone', dueOn: ctx.simDate, status: 'suspended', suspension: 'promise', until: promise.date, promisedCents: promise.amountCents,
        reason: input.outcome,
      })
    }
    return { actionId: action.id, messageId: message.id, followUpOn }
  },
}

export const suspendInput = z.object({
  customerId: id,
  invoiceIds,
  kind: z.enum(['dispute', 'promise']),
  reason: z.string().max(2_000),
  /** A promise's date (required for a promise; a dispute lasts until it is lifted). */
  until: z.string().max(10).optional(),
}).strict()

/**
 * `dunning.suspend`: stop chasing invoices for a dispute (until it is settled) or a promise to pay
 * (until its date). Refused: an empty reason, a promise with no date or one before today.
 */
export const suspend: CommandDefinition<z.output<typeof suspendInput>, { actionId: string }> = {
  name: 'dunning.suspend',
  input: suspendInput,
  async run(ctx, input) {
    const account = await loadAccount(ctx, input.customerId)
    const docs = requireOpenInvoices(account, input.invoiceIds)
    if (!input.reason.trim()) refuse('dunning.errors.emptyReason', { field: 'reason' })
    if (input.kind === 'promise' && !input.until) refuse('dunning.errors.untilRequired', { field: 'until' })
    if (input.until !== undefined) {
      if (!isCalendarDate(input.until)) refuse('dunning.errors.invalidDate', { field: 'until', value: input.until })
      if (input.until < ctx.simDate) refuse('dunning.errors.promiseInPast', { field: 'until', date: input.until, today: ctx.simDate })
    }
    const action: DunningAction = {
      id: await nextSequentialId(ctx.db, 'dunningActions', 'dun'), customerId: account.tier.id, invoiceIds: docs.map((d) => d.id), level: 'suspension',
      channel: 'phone', dueOn: ctx.simDate, status: 'suspended', suspension: input.kind, reason: input.reason.trim(),
      ...(input.until ? { until: input.until } : {}),
    }
    await ctx.db.dunningActions.add(action)
    return { actionId: action.id }
  },
}

export const resumeInput = z.object({ customerId: id, invoiceIds }).strict()

/** `dunning.resume`: lift the suspension of invoices (the dispute is settled). Refused when none is in force. */
export const resume: CommandDefinition<z.output<typeof resumeInput>, { lifted: string[] }> = {
  name: 'dunning.resume',
  input: resumeInput,
  async run(ctx, input) {
    const account = await loadAccount(ctx, input.customerId)
    const docs = requireOpenInvoices(account, input.invoiceIds)
    const lifted = new Set<string>()
    for (const doc of docs) {
      const suspension = activeSuspension(doc.id, account.actions, ctx.simDate)
      if (!suspension) refuse('dunning.errors.notSuspended', { field: 'invoiceIds', number: doc.number ?? doc.id })
      lifted.add(suspension.id)
    }
    for (const actionId of lifted) await ctx.db.dunningActions.update(actionId, { liftedOn: ctx.simDate })
    return { lifted: [...lifted] }
  },
}

export const agreePaymentPlanInput = z.object({
  customerId: id,
  invoiceIds,
  instalments: z.array(z.object({ date: z.string().max(10), amountCents: z.number() }).strict()).max(24),
  note: z.string().max(2_000).optional(),
}).strict()

/**
 * `dunning.agreePaymentPlan`: an échéancier for invoices: instalments from today, in date order,
 * summing to what is owed, the last one within the delegation (`maxPaymentExtensionDays`, REAC CP4.3).
 * The procedure waits until the last instalment. Refused otherwise, naming the instalment.
 */
export const agreePaymentPlan: CommandDefinition<z.output<typeof agreePaymentPlanInput>, { actionId: string; until: string }> = {
  name: 'dunning.agreePaymentPlan',
  input: agreePaymentPlanInput,
  async run(ctx, input) {
    const account = await loadAccount(ctx, input.customerId)
    const docs = requireOpenInvoices(account, input.invoiceIds)
    input.instalments.forEach((inst, i) => {
      if (!isCalendarDate(inst.date)) refuse('dunning.errors.invalidDate', { field: `instalments[${i}].date`, value: inst.date })
    })
    const owed = docs.reduce((s, d) => s + account.settlements.get(d.id)!.remainingCents, 0)
    const max = account.settings?.delegation.maxPaymentExtensionDays ?? 0
    const [issue] = checkPaymentPlan(input.instalments, owed, ctx.simDate, max)
    if (issue) refusePlanIssue(issue)
    const until = input.instalments[input.instalments.length - 1]!.date
    const action: DunningAction = {
      id: await nextSequentialId(ctx.db, 'dunningActions', 'dun'), customerId: account.tier.id, invoiceIds: docs.map((d) => d.id), level: 'suspension',
      channel: 'phone', dueOn: ctx.simDate, status: 'suspended', suspension: 'paymentPlan', until, instalments: input.instalments,
      reason: (input.note ?? '').trim(),
    }
    await ctx.db.dunningActions.add(action)
    return { actionId: action.id, until }
  },
}

/** The refusal of a payment plan's first issue, naming the instalment. */
function refusePlanIssue(issue: PaymentPlanIssue): never {
  switch (issue.code) {
    case 'noInstalment': return refuse('dunning.errors.noInstalment', { field: 'instalments' })
    case 'instalmentInPast': return refuse('dunning.errors.instalmentInPast', { field: `instalments[${issue.index}].date` })
    case 'instalmentOrder': return refuse('dunning.errors.instalmentOrder', { field: `instalments[${issue.index}].date` })
    case 'instalmentAmount': return refuse('dunning.errors.instalmentAmount', { field: `instalments[${issue.index}].amountCents` })
    case 'sumMismatch': return refuse('dunning.errors.sumMismatch', { field: 'instalments', sumEuros: issue.sumCents / 100, owedEuros: issue.owedCents / 100 })
    case 'beyondDelegation': return refuse('dunning.errors.beyondDelegation', { field: 'instalments', days: issue.maxDays })
  }
}

export const waivePenaltiesInput = z.object({ customerId: id, invoiceIds, reason: z.string().max(2_000) }).strict()

/**
 * `dunning.waivePenalties`: no penalties nor 40 € claimed on these invoices any more. Only with the
 * delegation `mayWaivePenalties` (REAC CP4.3); refused otherwise, and without a reason.
 */
export const waivePenalties: CommandDefinition<z.output<typeof waivePenaltiesInput>, { actionId: string }> = {
  name: 'dunning.waivePenalties',
  input: waivePenaltiesInput,
  async run(ctx, input) {
    const account = await loadAccount(ctx, input.customerId)
    const docs = requireOpenInvoices(account, input.invoiceIds)
    if (!account.settings?.delegation.mayWaivePenalties) refuse('dunning.errors.waiveNotDelegated', { field: 'invoiceIds' })
    if (!input.reason.trim()) refuse('dunning.errors.emptyReason', { field: 'reason' })
    const action: DunningAction = {
      id: await nextSequentialId(ctx.db, 'dunningActions', 'dun'), customerId: account.tier.id, invoiceIds: docs.map((d) => d.id), level: 'waiver',
      channel: 'letter', dueOn: ctx.simDate, doneOn: ctx.simDate, status: 'done', penaltiesWaived: true, reason: input.reason.trim(),
    }
    await ctx.db.dunningActions.add(action)
    return { actionId: action.id }
  },
}

export const escalateInput = z.object({
  customerId: id,
  invoiceIds,
  route: z.enum(['injunction', 'simplifiedProcedure', 'agency', 'insurer']),
  conditions: z.object({ certain: z.boolean(), liquid: z.boolean(), due: z.boolean() }).strict(),
  checklist: z.array(z.enum(ESCALATION_CHECKLIST)).max(ESCALATION_CHECKLIST.length),
  note: z.string().max(2_000).optional(),
}).strict()

/**
 * `dunning.escalate`: opens a recovery file beyond amicable recovery: injonction de payer (a certain,
 * liquid and due claim, CPC 1405), simplified procedure (claims ≤ 5 000 €), recovery agency or credit
 * insurer, with the documents checklist. Refused: no formal notice sent for an invoice, a route the claim
 * does not allow, a mandatory document missing, a file already open for an invoice.
 */
export const escalate: CommandDefinition<z.output<typeof escalateInput>, { caseId: string; claimCents: number }> = {
  name: 'dunning.escalate',
  input: escalateInput,
  async run(ctx, input) {
    const account = await loadAccount(ctx, input.customerId)
    const docs = requireOpenInvoices(account, input.invoiceIds)
    const open = await ctx.db.recoveryCases.where('customerId').equals(account.tier.id).filter((c) => c.status === 'open').toArray()
    for (const doc of docs) {
      if (open.some((c) => c.invoiceIds.includes(doc.id))) refuse('dunning.errors.caseOpen', { field: 'invoiceIds', number: doc.number ?? doc.id })
    }
    const noticed = docs.every((doc) => account.actions.some((a) => a.status === 'done' && a.channel === 'registeredLetter' && a.invoiceIds.includes(doc.id)))
    const claim = claimTotals(claimLines(account, docs, ctx.simDate, true))
    const why = escalationRefusal(input.route, claim.totalCents, input.conditions, noticed)
    if (why === 'noFormalNotice') refuse('dunning.errors.noFormalNotice', { field: 'invoiceIds' })
    if (why === 'claimNotCertainLiquidDue') refuse('dunning.errors.claimNotCertainLiquidDue', { field: 'conditions' })
    if (why === 'overSimplifiedMax') refuse('dunning.errors.overSimplifiedMax', { field: 'route', claimEuros: claim.totalCents / 100 })
    const missing = REQUIRED_CHECKLIST.filter((item) => !input.checklist.includes(item))
    if (missing.length > 0) refuse('dunning.errors.checklistIncomplete', { field: 'checklist', items: missing.join(', ') })
    const file: RecoveryCase = {
      id: await nextSequentialId(ctx.db, 'recoveryCases', 'rec'), customerId: account.tier.id, invoiceIds: docs.map((d) => d.id), openedOn: ctx.simDate,
      stage: input.route, status: 'open', checklist: [...new Set(input.checklist)], claimCents: claim.totalCents,
      ...(input.note?.trim() ? { note: input.note.trim() } : {}),
    }
    await ctx.db.recoveryCases.add(file)
    // The plan's last level (contentieux) is done for these invoices: the run stops proposing.
    const last = account.plan.levels[account.plan.levels.length - 1]!
    await ctx.db.dunningActions.add({
      id: await nextSequentialId(ctx.db, 'dunningActions', 'dun'), customerId: account.tier.id, invoiceIds: file.invoiceIds, level: last.id,
      channel: 'registeredLetter', dueOn: ctx.simDate, doneOn: ctx.simDate, status: 'done', reason: input.route,
    })
    return { caseId: file.id, claimCents: claim.totalCents }
  },
}

export const alertManagementInput = z.object({
  customerId: id,
  invoiceIds,
  language: language.optional(),
  note: z.string().max(4_000),
}).strict()

/**
 * `dunning.alertManagement`: an internal message to management about a customer's unpaid invoices (the
 * sums at stake computed by the domain, and the learner's note: what was done, what is asked). Refused
 * with an empty note.
 */
export const alertManagement: CommandDefinition<z.output<typeof alertManagementInput>, { messageId: string; claim: ClaimTotals }> = {
  name: 'dunning.alertManagement',
  input: alertManagementInput,
  async run(ctx, input) {
    const account = await loadAccount(ctx, input.customerId)
    const docs = requireOpenInvoices(account, input.invoiceIds)
    if (!input.note.trim()) refuse('dunning.errors.emptyNote', { field: 'note' })
    const claim = claimTotals(claimLines(account, docs, ctx.simDate, true))
    const lang = input.language ?? 'fr'
    const text = renderManagementAlert({
      language: lang, customerName: account.tier.name, totals: claim, invoiceNumbers: docs.map((d) => d.number ?? d.id), note: input.note.trim(),
    }, FORMATTERS)
    const message: Message = {
      id: await nextMessageId(ctx.db), direction: 'out', channel: 'email', date: ctx.simDate, department: 'management', language: lang,
      subject: text.subject, body: text.body, attachmentIds: docs.map((d) => d.id), read: true,
    }
    await ctx.db.messages.add(message)
    return { messageId: message.id, claim }
  },
}
