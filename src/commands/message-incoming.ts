import { z } from 'zod'
import type { Message } from '@/domain'
import type { ScheduledEvent } from '@/db/types'
import { describeInputIssue, type CommandContext, type CommandDefinition } from './command'
import { CommandRefusal } from './refusal'
import { registerScheduledHandler } from './scheduled-hooks'
import { DEPARTMENTS } from './message-shapes'
import {
  nextMessageId, recordContactFromTier, requireAttachments, requireContact, requireFinishedText, requireTier,
} from './message-records'

/**
 * Incoming messages: what a customer, a supplier or an internal service writes to the learner. A
 * scenario delivers them on its simulated clock (a scheduled event of kind {@link INCOMING_MESSAGE_KIND}
 * whose payload is a {@link ReceiveMessageInput}) or at once through the `messages.receive` command.
 */
export const INCOMING_MESSAGE_KIND = 'message.incoming'

const id = z.string().min(1).max(80)
export const receiveMessageInput = z.object({
  /** The event's id in the scenario file, kept on the message so checks can find it. */
  eventId: z.string().min(1).max(120).optional(),
  channel: z.enum(['email', 'letter']).default('email'),
  tierId: id.optional(),
  contactId: id.optional(),
  department: z.enum(DEPARTMENTS).optional(),
  language: z.enum(['fr', 'en']),
  subject: z.string().max(300),
  body: z.string().max(20_000),
  attachmentIds: z.array(id).max(20).default([]),
}).strict()

export type ReceiveMessageInput = z.input<typeof receiveMessageInput>
type Parsed = z.output<typeof receiveMessageInput>

/** Files an incoming message dated today (the simulated date), unread; refuses a sender that does not exist. */
async function fileIncoming(ctx: CommandContext, input: Parsed): Promise<{ id: string }> {
  if (!input.tierId === !input.department) throw new CommandRefusal({ key: 'messages.errors.senderRequired', values: { field: 'tierId' } })
  const tier = input.tierId ? await requireTier(ctx.db, input.tierId) : undefined
  const contact = tier ? requireContact(tier, input.contactId) : undefined
  requireFinishedText(input)
  const attachmentIds = await requireAttachments(ctx.db, input.attachmentIds, tier)
  const message: Message = {
    id: await nextMessageId(ctx.db), direction: 'in', channel: input.channel, date: ctx.simDate, language: input.language,
    subject: input.subject, body: input.body, attachmentIds, read: false,
    ...(tier ? { tierId: tier.id } : {}), ...(contact ? { contactId: contact.id } : {}),
    ...(input.department ? { department: input.department } : {}), ...(input.eventId ? { scenarioEventId: input.eventId } : {}),
  }
  await ctx.db.messages.add(message)
  if (tier) await recordContactFromTier(ctx.db, tier, ctx.simDate)
  return { id: message.id }
}

/** `messages.receive`: a scenario (or the system) puts a message in the inbox now. */
export const receiveMessage: CommandDefinition<Parsed, { id: string }> = {
  name: 'messages.receive',
  input: receiveMessageInput,
  run: fileIncoming,
}

/**
 * Delivers a scheduled incoming message when the clock reaches it. A payload that does not fit (a
 * typo in the scenario file, a sender that does not exist) must not stop time: nothing is filed and
 * a refused `messages.receive` entry, with the reason and the event's id, goes to the journal for the
 * trainer. The clock still marks the event fired (it did fire), so it is not delivered twice.
 */
export async function deliverScheduledMessage(ctx: CommandContext, event: ScheduledEvent): Promise<void> {
  const raw = { ...event.payload }
  const input: Record<string, unknown> = { scheduledEventId: event.id, ...raw }
  const journal = (entry: { outcome: 'done'; result: Record<string, unknown> } | { outcome: 'refused'; reason: CommandRefusal['reason'] }) =>
    ctx.db.journal.add({ command: receiveMessage.name, simDate: ctx.simDate, wallTime: new Date().toISOString(), actor: { kind: 'scenario' }, input, ...entry })

  const parsed = receiveMessageInput.safeParse(raw)
  if (!parsed.success) {
    await journal({ outcome: 'refused', reason: describeInputIssue(parsed.error.issues[0]) })
    return
  }
  try {
    await journal({ outcome: 'done', result: await fileIncoming(ctx, parsed.data) })
  } catch (error) {
    if (!(error instanceof CommandRefusal)) throw error
    await journal({ outcome: 'refused', reason: error.reason })
  }
}

registerScheduledHandler(INCOMING_MESSAGE_KIND, deliverScheduledMessage)
