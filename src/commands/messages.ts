import { z } from 'zod'
import { isCalendarDate, type Message, type Tier } from '@/domain'
import { findMessageTemplate } from '@/seed/message-templates'
import type { CommandDefinition } from './command'
import { refuse } from './refusal'
import { ACTIVITY_CHANNELS, DEPARTMENTS } from './message-shapes'
import {
  contactName, nextMessageId, optionalDate, recipientOf, recordContactFromTier, requireAttachments, requireContact, requireFinishedText,
  requireMessage, requireTier,
} from './message-records'

export { receiveMessage, type ReceiveMessageInput } from './message-incoming'

/**
 * The message centre's commands: send an email or a letter, log a call or a meeting, add a note to a
 * tier's file, mark a message read. The journal keeps the input whole (recipient, language, subject
 * and the full text), so a scenario checks what was really written and to whom.
 */

const id = z.string().min(1).max(80)
const language = z.enum(['fr', 'en'])

export const sendMessageInput = z.object({
  channel: z.enum(['email', 'letter']),
  tierId: id.optional(),
  contactId: id.optional(),
  department: z.enum(DEPARTMENTS).optional(),
  language,
  subject: z.string().max(300),
  body: z.string().max(20_000),
  templateId: id.optional(),
  attachmentIds: z.array(id).max(20).default([]),
  /** A customer's account statement for this period goes with the message (its PDF, printed from the records). */
  statement: z.object({ from: z.string().max(10), to: z.string().max(10) }).strict().optional(),
  inReplyTo: id.optional(),
}).strict()

export type SendMessageInput = z.input<typeof sendMessageInput>
export interface SendMessageResult extends Record<string, unknown> {
  id: string
  /** Where it went: the email address, the tier's postal address, or the department. */
  to: string
  tierName?: string
  contactName?: string
}

/**
 * `messages.send`: an email or a letter to a tier (its contact) or to an internal department.
 * Refused: no recipient or two; a tier or contact that does not exist; an email to a tier with no
 * email address (the contact's, or any contact's when none is named); an empty subject or body, or a
 * placeholder left in them; an attachment that is not a sales document of that tier; a statement for
 * another recipient than a customer, or for a period that is not calendar dates from ≤ to ≤ today; an unknown
 * template or message answered. Answering a message marks it read.
 */
export const sendMessage: CommandDefinition<z.output<typeof sendMessageInput>, SendMessageResult> = {
  name: 'messages.send',
  input: sendMessageInput,
  async run(ctx, input) {
    if (!input.tierId === !input.department) refuse(input.tierId ? 'messages.errors.twoRecipients' : 'messages.errors.recipientRequired', { field: 'tierId' })
    const tier = input.tierId ? await requireTier(ctx.db, input.tierId) : undefined
    const named = tier ? requireContact(tier, input.contactId) : undefined
    if (!tier && input.contactId) refuse('messages.errors.contactWithoutTier', { field: 'contactId' })

    const { contact, to } = tier
      ? recipientOf(tier, named, input.channel, { noEmailKey: 'messages.errors.noEmail' })
      : { contact: undefined, to: input.department ?? '' }

    requireFinishedText(input)
    if (input.templateId && !findMessageTemplate(input.templateId)) refuse('messages.errors.unknownTemplate', { field: 'templateId', id: input.templateId })
    const attachmentIds = await requireAttachments(ctx.db, input.attachmentIds, tier)
    const statement = input.statement ? requireStatementPeriod(input.statement, tier, ctx.simDate) : undefined
    if (input.inReplyTo) {
      await requireMessage(ctx.db, input.inReplyTo, 'inReplyTo')
      await ctx.db.messages.update(input.inReplyTo, { read: true })
    }

    const message: Message = {
      id: await nextMessageId(ctx.db), direction: 'out', channel: input.channel, date: ctx.simDate, language: input.language,
      subject: input.subject, body: input.body, attachmentIds, read: true, ...(statement ? { statement } : {}),
      ...(tier ? { tierId: tier.id } : {}), ...(contact ? { contactId: contact.id } : {}),
      ...(input.department ? { department: input.department } : {}), ...(input.templateId ? { templateId: input.templateId } : {}),
      ...(input.inReplyTo ? { inReplyTo: input.inReplyTo } : {}),
    }
    await ctx.db.messages.add(message)
    return { id: message.id, to, ...(tier ? { tierName: tier.name } : {}), ...(contact ? { contactName: contactName(contact) } : {}) }
  },
}

/** A statement goes to a customer only, for a period of calendar dates with from ≤ to ≤ today (the simulated date). */
function requireStatementPeriod(period: { from: string; to: string }, tier: Tier | undefined, today: string): { from: string; to: string } {
  if (tier?.kind !== 'customer') refuse('messages.errors.statementNotCustomer', { field: 'statement' })
  if (!isCalendarDate(period.from)) refuse('messages.errors.statementFromInvalid', { field: 'statement.from', value: period.from })
  if (!isCalendarDate(period.to)) refuse('messages.errors.statementToInvalid', { field: 'statement.to', value: period.to })
  if (period.from > period.to) refuse('messages.errors.statementToBeforeFrom', { field: 'statement.to' })
  if (period.to > today) refuse('messages.errors.statementInFuture', { field: 'statement.to', date: period.to, today })
  return { from: period.from, to: period.to }
}

export const logActivityInput = z.object({
  channel: z.enum(ACTIVITY_CHANNELS),
  /** 'in': the tier called or asked for the meeting; 'out': the learner did. */
  direction: z.enum(['in', 'out']).default('out'),
  tierId: id,
  contactId: id.optional(),
  /** When it happened; today's simulated date when left out. */
  date: z.string().max(10).optional(),
  subject: z.string().max(300),
  outcome: z.string().max(4_000),
  body: z.string().max(20_000).default(''),
  followUpOn: z.string().max(10).optional(),
  /** The language spoken; the contact's (or the tier's) when left out. */
  language: language.optional(),
}).strict()

export type LogActivityInput = z.input<typeof logActivityInput>

/**
 * `messages.logActivity`: a phone call or a meeting with a tier, its outcome and, if any, when to get
 * back to them. Refused: an unknown tier or contact; a date that is not a calendar date or lies after
 * today (the simulated date); an empty subject or outcome; a follow-up before today. A call the tier
 * made or a meeting it asked for is a contact from the person (GDPR last-contact date).
 */
export const logActivity: CommandDefinition<z.output<typeof logActivityInput>, { id: string; followUpOn: string | null }> = {
  name: 'messages.logActivity',
  input: logActivityInput,
  async run(ctx, input) {
    const tier = await requireTier(ctx.db, input.tierId)
    const contact = requireContact(tier, input.contactId)
    const date = optionalDate(input.date, 'date') ?? ctx.simDate
    if (date > ctx.simDate) refuse('messages.errors.activityInFuture', { field: 'date', date, today: ctx.simDate })
    if (!input.subject.trim()) refuse('messages.rules.emptySubject', { field: 'subject' })
    if (!input.outcome.trim()) refuse('messages.errors.emptyOutcome', { field: 'outcome' })
    const followUpOn = optionalDate(input.followUpOn, 'followUpOn')
    if (followUpOn && followUpOn < ctx.simDate) refuse('messages.errors.followUpInPast', { field: 'followUpOn', date: followUpOn, today: ctx.simDate })

    const message: Message = {
      id: await nextMessageId(ctx.db), direction: input.direction, channel: input.channel, date, tierId: tier.id,
      language: input.language ?? contact?.language ?? tier.language, subject: input.subject, body: input.body,
      outcome: input.outcome, attachmentIds: [], read: true,
      ...(contact ? { contactId: contact.id } : {}), ...(followUpOn ? { followUpOn } : {}),
    }
    await ctx.db.messages.add(message)
    if (input.direction === 'in') await recordContactFromTier(ctx.db, tier, date)
    return { id: message.id, followUpOn: followUpOn ?? null }
  },
}

export const addNoteInput = z.object({
  tierId: id,
  subject: z.string().max(300).default(''),
  body: z.string().max(20_000),
  language: language.default('fr'),
}).strict()

export type AddNoteInput = z.input<typeof addNoteInput>

/** `messages.addNote`: an internal remark on a tier's file (never sent). Refused: an unknown tier, an empty note. */
export const addNote: CommandDefinition<z.output<typeof addNoteInput>, { id: string }> = {
  name: 'messages.addNote',
  input: addNoteInput,
  async run(ctx, input) {
    const tier = await requireTier(ctx.db, input.tierId)
    if (!input.body.trim()) refuse('messages.rules.emptyBody', { field: 'body' })
    const message: Message = {
      id: await nextMessageId(ctx.db), direction: 'out', channel: 'note', date: ctx.simDate, tierId: tier.id, language: input.language,
      subject: input.subject.trim(), body: input.body, attachmentIds: [], read: true,
    }
    await ctx.db.messages.add(message)
    return { id: message.id }
  },
}

export const markReadInput = z.object({ id, read: z.boolean().default(true) }).strict()

/** `messages.markRead`: marks a message read (or unread again). Refused: a message that does not exist. */
export const markRead: CommandDefinition<z.output<typeof markReadInput>, { id: string; read: boolean; changed: boolean }> = {
  name: 'messages.markRead',
  input: markReadInput,
  async run(ctx, input) {
    const message = await requireMessage(ctx.db, input.id)
    const changed = message.read !== input.read
    if (changed) await ctx.db.messages.update(message.id, { read: input.read })
    return { id: message.id, read: input.read, changed }
  },
}
