/** Read-only queries on the message centre, and the follow-ups still to do. */
import type { IsoDate, Message } from '@/domain/model'
import type { WorkspaceDb } from '../workspace-db'

/** Oldest first: by date, then by id (ids are numbered in the order messages were written). */
export function compareMessages(a: Message, b: Message): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.id.localeCompare(b.id, undefined, { numeric: true })
}

/** Every message and activity, newest first (a company keeps hundreds, not thousands). */
export async function listMessages(db: WorkspaceDb): Promise<Message[]> {
  const all = await db.messages.toArray()
  return all.sort((a, b) => compareMessages(b, a))
}

export function getMessage(db: WorkspaceDb, id: string): Promise<Message | undefined> {
  return db.messages.get(id)
}

/** A tier's messages, activities and notes, newest first (the `tierId` index). */
export async function tierMessages(db: WorkspaceDb, tierId: string): Promise<Message[]> {
  const found = await db.messages.where('tierId').equals(tierId).toArray()
  return found.sort((a, b) => compareMessages(b, a))
}

export type FollowUpState = 'overdue' | 'today' | 'upcoming'

export interface FollowUp {
  activity: Message
  dueOn: IsoDate
  state: FollowUpState
}

/**
 * Follow-ups still to do at `asOf`, soonest first. A follow-up is done once a later exchange with the
 * same tier is logged by the learner — a message sent, a call or a meeting (what an ERP calls "mark
 * done and schedule the next"): logging the call back closes it, and may set the next one.
 */
export function pendingFollowUps(messages: readonly Message[], asOf: IsoDate): FollowUp[] {
  const exchanges = messages.filter((m) => m.tierId && m.channel !== 'note' && (m.direction === 'out' || m.channel === 'phone' || m.channel === 'meeting'))
  return messages
    .filter((m) => m.followUpOn && !exchanges.some((later) => later.tierId === m.tierId && later.id !== m.id && compareMessages(later, m) > 0))
    .map((activity) => {
      const dueOn = activity.followUpOn!
      return { activity, dueOn, state: (dueOn < asOf ? 'overdue' : dueOn === asOf ? 'today' : 'upcoming') as FollowUpState }
    })
    .sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : compareMessages(a.activity, b.activity)))
}
