import { checkMessageText, findPlaceholders, isKnownPlaceholder, type MessageTextIssue } from '@/domain'
import type { Contact, Department, Language, Message, Tier } from '@/domain/model'
import type { SendMessageInput } from '@/commands/messages'

/** What the composer edits; `toSendInput` turns it into the `messages.send` input. */
export interface ComposeDraft {
  recipientKind: 'tier' | 'department'
  tierId: string | null
  contactId: string | null
  department: Department | null
  channel: 'email' | 'letter'
  language: Language
  subject: string
  body: string
  templateId: string | null
  attachmentIds: string[]
  /** A customer's account statement for this period goes with the message (from the customer's Relevé tab). */
  statement: { from: string; to: string } | null
  inReplyTo: string | null
}

export function blankDraft(): ComposeDraft {
  return {
    recipientKind: 'tier', tierId: null, contactId: null, department: null, channel: 'email', language: 'fr',
    subject: '', body: '', templateId: null, attachmentIds: [], statement: null, inReplyTo: null,
  }
}

/** A reply: to whoever wrote, in the language they wrote in, "Re: " before the subject. */
export function replyDraft(original: Message): ComposeDraft {
  const subject = /^re\s*:/i.test(original.subject) ? original.subject : `Re: ${original.subject}`
  return {
    ...blankDraft(),
    recipientKind: original.department ? 'department' : 'tier',
    tierId: original.tierId ?? null, contactId: original.contactId ?? null, department: original.department ?? null,
    channel: original.channel === 'letter' ? 'letter' : 'email', language: original.language, subject, inReplyTo: original.id,
  }
}

/** The language to write in: the contact's, else the tier's, else French. */
export function defaultLanguage(tier: Tier | undefined, contact: Contact | undefined): Language {
  return contact?.language ?? tier?.language ?? 'fr'
}

export function toSendInput(draft: ComposeDraft): SendMessageInput {
  const toTier = draft.recipientKind === 'tier'
  return {
    channel: draft.channel, language: draft.language, subject: draft.subject, body: draft.body,
    attachmentIds: toTier ? draft.attachmentIds : [],
    ...(toTier && draft.tierId ? { tierId: draft.tierId } : {}),
    ...(toTier && draft.contactId ? { contactId: draft.contactId } : {}),
    ...(toTier && draft.statement ? { statement: { ...draft.statement } } : {}),
    ...(!toTier && draft.department ? { department: draft.department } : {}),
    ...(draft.templateId ? { templateId: draft.templateId } : {}),
    ...(draft.inReplyTo ? { inReplyTo: draft.inReplyTo } : {}),
  }
}

/** A problem the composer shows under a field, as an i18n key with its values. */
export interface DraftIssue {
  field: 'recipient' | 'contactId' | 'subject' | 'body'
  key: string
  values?: Record<string, string>
}

/** The issues the composer shows live: the same rules as the command (recipient, email address, text). */
export function draftIssues(draft: ComposeDraft, tier: Tier | undefined, textKey: (issue: MessageTextIssue) => string): DraftIssue[] {
  const issues: DraftIssue[] = []
  if (draft.recipientKind === 'tier' && !tier) issues.push({ field: 'recipient', key: 'messages.compose.chooseTier' })
  if (draft.recipientKind === 'department' && !draft.department) issues.push({ field: 'recipient', key: 'messages.compose.chooseDepartment' })
  if (tier && draft.recipientKind === 'tier' && draft.channel === 'email') {
    const named = draft.contactId ? tier.contacts.find((c) => c.id === draft.contactId) : undefined
    const email = named ? named.email : tier.contacts.find((c) => c.email?.trim())?.email
    if (!email?.trim()) issues.push({ field: 'contactId', key: 'messages.errors.noEmail', values: { name: named ? `${named.firstName} ${named.lastName}` : tier.name } })
  }
  for (const issue of checkMessageText(draft)) issues.push({ field: issue.field, key: textKey(issue), values: issue.values })
  return issues
}

/** The placeholders left in the text, split into those outside the vocabulary and those to fill in. */
export function leftPlaceholders(draft: Pick<ComposeDraft, 'subject' | 'body'>): { unknown: string[]; toFill: string[] } {
  const left = findPlaceholders(`${draft.subject}\n${draft.body}`)
  return { unknown: left.filter((n) => !isKnownPlaceholder(n)), toFill: left.filter(isKnownPlaceholder) }
}
