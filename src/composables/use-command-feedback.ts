import { useToast } from 'primevue/usetoast'
import { useTranslation } from 'i18next-vue'
import type { CommandResult } from '@/commands/command'
import { useReason } from './use-reason'

/** Shows a command's outcome: a short success toast, or the refusal's reason in plain words. */
export function useCommandFeedback() {
  const toast = useToast()
  const { t } = useTranslation()
  const reasonText = useReason()
  return function report<R>(result: CommandResult<R>, successKey: string, values: Record<string, unknown> = {}): boolean {
    if (result.ok) {
      toast.add({ severity: 'success', summary: t(successKey, values), life: 3000 })
      return true
    }
    toast.add({ severity: 'error', summary: t('command.refused'), detail: reasonText(result.reason), life: 8000 })
    return false
  }
}
