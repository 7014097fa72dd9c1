import { inject, provide, type InjectionKey } from 'vue'
import type { TierIssue } from '@/domain'

/**
 * What every field of a tier form needs from the page: the domain's problems of its path (shown once
 * the field was left or the form submitted, so a blank form does not open covered in errors), and a
 * way to say it was left.
 */
export interface TierFormContext {
  issuesOf(field: string): TierIssue[]
  touch(field: string): void
}

const KEY: InjectionKey<TierFormContext> = Symbol('tier-form')

export function provideTierForm(context: TierFormContext): void {
  provide(KEY, context)
}

export function useTierForm(): TierFormContext {
  const context = inject(KEY, null)
  if (!context) throw new Error('useTierForm: no tier form above this field')
  return context
}

/** The element id of a field path: `contacts.1.email` → `tier-contacts-1-email`. */
export const fieldId = (field: string) => `tier-${field.replace(/\./g, '-')}`

/** The id of the messages under a field, which its input points to with aria-describedby. */
export const errorId = (field: string) => `err-${fieldId(field)}`

/**
 * The visible problems of a form: every problem once submitted, otherwise those of the fields left.
 */
export function visibleIssues(all: readonly TierIssue[], touched: ReadonlySet<string>, submitted: boolean): TierIssue[] {
  return submitted ? [...all] : all.filter((issue) => touched.has(issue.field))
}

/**
 * Whether a field is left for a button, a checkbox, a radio or a link. Its message then waits (the
 * submit shows it anyway): inserted at once, it would push that control down between the press and
 * the release of the mouse button, and the click would be lost.
 */
export function leftForAClick(next: EventTarget | null): boolean {
  if (typeof HTMLElement === 'undefined' || !(next instanceof HTMLElement)) return false
  return next instanceof HTMLButtonElement || next instanceof HTMLAnchorElement
    || (next instanceof HTMLInputElement && (next.type === 'checkbox' || next.type === 'radio'))
}
