import { useTranslation } from 'i18next-vue'
import type { Reason } from '@/db/types'

/** Renders a refusal reason in the active language; a `field` value is shown by its translated label. */
export function useReason() {
  const { t } = useTranslation()
  return (reason: Reason): string => {
    const values = { ...(reason.values ?? {}) }
    if (typeof values.field === 'string') values.field = t(`fields.${values.field}`, { defaultValue: values.field })
    return t(reason.key, values)
  }
}
