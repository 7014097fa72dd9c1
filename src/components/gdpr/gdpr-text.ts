import type { TFunction } from 'i18next'
import type { ProspectingVerdict, RetentionEnd, ReviewReason } from '@/domain'

type Translate = TFunction
type FormatDate = (iso: string) => string

/** The retention rule in words: whose data, from what, until when (CNIL, DOMAIN-FR §5). */
export function retentionText(t: Translate, date: FormatDate, retention: RetentionEnd): string {
  return t(`gdpr.retention.${retention.rule}.${retention.startedBy}`, { years: retention.years, start: date(retention.startOn), end: date(retention.endOn) })
}

/** Why a file is to review, in words with its date. */
export function reviewReasonText(t: Translate, date: FormatDate, reason: ReviewReason): string {
  if (reason.code === 'retentionPassed') return t(`gdpr.review.reasons.retentionPassed.${reason.rule}`, { end: date(reason.endOn) })
  if (reason.code === 'objectionWithConsent') return t('gdpr.review.reasons.objectionWithConsent', { purposes: reason.purposes.map((p) => t(`gdpr.purpose.${p}`)).join(', ') })
  return t('gdpr.review.reasons.consentMissing')
}

/** Whether the company may prospect by a channel, and the rule that says so. */
export function verdictText(t: Translate, verdict: ProspectingVerdict): string {
  return t(`gdpr.prospecting.rules.${verdict.rule}`)
}

/** A request's state in words: days left, days late, or answered/refused on a date (late or not). */
export function requestStateText(
  t: Translate, date: FormatDate, request: { answeredOn?: string }, status: { state: string; daysLeft?: number; late?: boolean },
): string {
  if (status.state === 'open') return t('gdpr.requests.state.open', { days: status.daysLeft ?? 0 })
  if (status.state === 'overdue') return t('gdpr.requests.state.overdue', { days: -(status.daysLeft ?? 0) })
  const on = request.answeredOn ? date(request.answeredOn) : '—'
  return t(`gdpr.requests.state.${status.state}${status.late ? 'Late' : ''}`, { date: on })
}
