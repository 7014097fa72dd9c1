import { afterContactFromPerson, checkMessageText, isCalendarDate, type Contact, type Message, type Tier } from '@/domain'
import type { WorkspaceDb } from '@/db/workspace-db'
import { refuse } from './refusal'
import { textIssueKey } from './message-shapes'

/**
 * What the message commands share: reading the tier and contact written to, checking attachments and
 * dates, numbering messages, and the GDPR last-contact date. Each check refuses with a key of
 * `messages.errors.*` (or `messages.rules.*` for the text) naming the field.
 */

/**
 * The next free id `<prefix>-NNNN` of a table, after the highest one: messages (`msg-`), and the
 * recovery records written with a letter (`dun-` dunning actions, `rec-` recovery cases).
 */
export async function nextSequentialId(db: WorkspaceDb, table: 'messages' | 'dunningActions' | 'recoveryCases', prefix: string): Promise<string> {
  const pattern = new RegExp(`^${prefix}-(\\d+)$`)
  let highest = 0
  for (const key of await db[table].toCollection().primaryKeys()) {
    const match = pattern.exec(String(key))
    if (match) highest = Math.max(highest, Number(match[1]))
  }
  return `${prefix}-${String(highest + 1).padStart(4, '0')}`
}

/** The next free id `msg-NNNN`, after the highest one (the seed's inbox starts at msg-0001). */
export function nextMessageId(db: WorkspaceDb): Promise<string> {
  return nextSequentialId(db, 'messages', 'msg')
}

export async function requireTier(db: WorkspaceDb, tierId: string): Promise<Tier> {
  return (await db.tiers.get(tierId)) ?? refuse('messages.errors.unknownTier', { field: 'tierId', id: tierId })
}

/** The tier's contact named by `contactId` (undefined when none is named). */
export function requireContact(tier: Tier, contactId: string | undefined): Contact | undefined {
  if (contactId === undefined) return undefined
  return tier.contacts.find((c) => c.id === contactId) ?? refuse('messages.errors.unknownContact', { field: 'contactId', tier: tier.name })
}

export const contactName = (contact: Contact) => `${contact.firstName} ${contact.lastName}`.trim()

/**
 * Where an email or a letter to a tier goes. An email: to the named contact, else the first contact with
 * an address; refused with `noEmailKey` (field `contactId`) when there is none. A letter: to the tier's
 * billing address, for the named contact (else `letterContact`).
 */
export function recipientOf(
  tier: Tier, named: Contact | undefined, channel: 'email' | 'letter', options: { noEmailKey: string; letterContact?: Contact | undefined },
): { contact: Contact | undefined; to: string } {
  if (channel === 'email') {
    const contact = named ?? tier.contacts.find((c) => c.email?.trim())
    const email = contact?.email?.trim()
    if (!email) refuse(options.noEmailKey, { field: 'contactId', name: named ? contactName(named) : tier.name })
    return { contact, to: email }
  }
  const a = tier.billingAddress
  return { contact: named ?? options.letterContact, to: [a.line1, a.line2, `${a.postalCode} ${a.city}`, a.country].filter(Boolean).join(', ') }
}

/** Refuses the first problem of a message's text (empty, or a placeholder left in it). */
export function requireFinishedText(message: { subject: string; body: string }): void {
  const [issue] = checkMessageText(message)
  if (issue) refuse(textIssueKey(issue), { field: issue.field, ...issue.values })
}

/** Attachments must be sales documents that exist and, written to a tier, belong to that tier (no one else's invoice). */
export async function requireAttachments(db: WorkspaceDb, ids: readonly string[], tier: Tier | undefined): Promise<string[]> {
  const unique = [...new Set(ids)]
  const docs = await db.salesDocs.bulkGet(unique)
  docs.forEach((doc, i) => {
    if (!doc) refuse('messages.errors.unknownAttachment', { field: 'attachmentIds', id: unique[i]! })
    if (tier && doc.customerId !== tier.id) refuse('messages.errors.attachmentOfAnotherTier', { field: 'attachmentIds', number: doc.number ?? doc.id, tier: tier.name })
  })
  return unique
}

/** A calendar date typed by the learner ('' or undefined: none). */
export function optionalDate(value: string | undefined, field: string): string | undefined {
  if (value === undefined || value === '') return undefined
  if (!isCalendarDate(value)) refuse('messages.errors.invalidDate', { field, value })
  return value
}

export async function requireMessage(db: WorkspaceDb, id: string, field = 'id'): Promise<Message> {
  return (await db.messages.get(id)) ?? refuse('messages.errors.unknownMessage', { field, id })
}

/**
 * A contact initiated by the person (a message received, a call they made, a meeting they asked for)
 * restarts the 3-year retention of a prospect's data (CNIL; DOMAIN-FR §5): the GDPR file's last
 * contact moves forward, never back (the domain's `afterContactFromPerson`).
 */
export async function recordContactFromTier(db: WorkspaceDb, tier: Tier, date: string): Promise<void> {
  if (!tier.gdpr) return
  const gdpr = afterContactFromPerson(tier.gdpr, date)
  if (gdpr !== tier.gdpr) await db.tiers.update(tier.id, { gdpr })
}
