import { useTranslation } from 'i18next-vue'
import { isCalendarDate } from '@/domain'
import type { Reason } from '@/db/types'
import { useFormat } from '@/composables/use-format'
import { useReason } from '@/composables/use-reason'

/** A rule's issue as the domain gives it: a code under `catalog.rules.` and its figures. */
export interface RuleIssue {
  readonly code: string
  readonly values: Readonly<Record<string, string | number>>
  /** The rule's source, cited in the message (`{{source}}`). */
  readonly source?: string
}

/**
 * The catalogue's messages in the active language: the domain's rule issues and the commands'
 * refusals, with their calendar dates (`…Date` values) written the local way first.
 */
export function useCatalogText() {
  const { t } = useTranslation()
  const format = useFormat()
  const reasonText = useReason()

  const withDates = (values: Readonly<Record<string, string | number>> = {}) => Object.fromEntries(Object.entries(values).map(([name, value]) => [
    name, name.endsWith('Date') && isCalendarDate(value) ? format.date(value) : value,
  ]))

  return {
    issueText: (issue: RuleIssue) => t(`catalog.rules.${issue.code}`, withDates({ ...issue.values, ...(issue.source ? { source: issue.source } : {}) })),
    reasonText: (reason: Reason) => reasonText({ ...reason, values: withDates(reason.values) }),
    /** A percent number (5.5 → "5,5 %"). */
    percent: (value: number) => format.number(value / 100, { style: 'percent', maximumFractionDigits: 3 }),
    money: format.money,
    date: format.date,
  }
}
