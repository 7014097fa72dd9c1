import type { Department, MessageTextIssue } from '@/domain'

/**
 * Lists and keys the message commands and the message pages share. No zod here: pages import this
 * file statically, the commands (with their schemas) load on first use.
 */

/** The company's internal services, in the order the composer offers them. */
export const DEPARTMENTS = ['shipping', 'accounting', 'production', 'afterSales', 'management'] as const satisfies readonly Department[]

/** Activities a learner logs (phone calls and meetings); notes are logged on their own. */
export const ACTIVITY_CHANNELS = ['phone', 'meeting'] as const
export type ActivityChannel = (typeof ACTIVITY_CHANNELS)[number]

/** The i18n key of a text problem found by the domain's `checkMessageText` (`messages.rules.*`). */
export function textIssueKey(issue: MessageTextIssue): string {
  const field = issue.field === 'subject' ? 'Subject' : 'Body'
  return issue.code === 'empty' ? `messages.rules.empty${field}` : `messages.rules.placeholdersIn${field}`
}
