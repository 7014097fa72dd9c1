import type { Department, Language, Message, Tier } from '@/domain/model'

/** What the lists of the message centre filter on. */
export interface MessageFilter {
  tierId: string | null
  department: Department | null
  language: Language | null
}

export const NO_FILTER: MessageFilter = { tierId: null, department: null, language: null }

export function matchesFilter(message: Message, filter: MessageFilter): boolean {
  return (!filter.tierId || message.tierId === filter.tierId)
    && (!filter.department || message.department === filter.department)
    && (!filter.language || message.language === filter.language)
}

/** The four lists of the page: what came in, what went out, calls and meetings, and notes. */
export const isInboxMessage = (m: Message) => m.direction === 'in' && (m.channel === 'email' || m.channel === 'letter')
export const isSentMessage = (m: Message) => m.direction === 'out' && (m.channel === 'email' || m.channel === 'letter')
export const isActivity = (m: Message) => m.channel === 'phone' || m.channel === 'meeting' || m.channel === 'note'

/** Who a message is from or to: the tier (and its contact) or the department, as the lists show it. */
export function counterpart(message: Message, tiers: ReadonlyMap<string, Tier>, departmentLabel: (d: Department) => string): { name: string; contact?: string } {
  if (message.department) return { name: departmentLabel(message.department) }
  const tier = message.tierId ? tiers.get(message.tierId) : undefined
  if (!tier) return { name: message.tierId ?? '—' }
  const contact = message.contactId ? tier.contacts.find((c) => c.id === message.contactId) : undefined
  return contact ? { name: tier.name, contact: `${contact.firstName} ${contact.lastName}`.trim() } : { name: tier.name }
}

/** The i18n key naming an activity's kind: call made, call received, meeting, note. */
export function activityKindKey(message: Message): string {
  if (message.channel === 'phone') return `messages.activity.kind.${message.direction === 'in' ? 'callIn' : 'callOut'}`
  return `messages.activity.kind.${message.channel === 'meeting' ? 'meeting' : 'note'}`
}
