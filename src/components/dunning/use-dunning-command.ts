import { ref } from 'vue'
import type { CommandDefinition } from '@/commands/command'
import type { Reason } from '@/db/types'
import { useCommandFeedback } from '@/composables/use-command-feedback'
import { useReason } from '@/composables/use-reason'
import { useWorkspaceStore } from '@/stores/workspace'

/** The dunning commands, by the name of their export (loaded with the page that uses them, never on first load). */
export type DunningCommandName =
  | 'sendReminder' | 'sendFormalNotice' | 'logCall' | 'suspend' | 'resume' | 'agreePaymentPlan' | 'waivePenalties' | 'escalate' | 'alertManagement'

/**
 * Runs one dunning command from a form: a success toast, or the refusal kept to show under the form
 * (and under the field it names). Returns the command's result when it was done.
 */
export function useDunningCommand() {
  const workspace = useWorkspaceStore()
  const report = useCommandFeedback()
  const reasonText = useReason()
  const refusal = ref<Reason | null>(null)
  const busy = ref(false)

  async function submit(name: DunningCommandName, input: Record<string, unknown>, successKey: string, values: Record<string, unknown> = {}): Promise<Record<string, unknown> | undefined> {
    if (busy.value) return undefined
    busy.value = true
    refusal.value = null
    try {
      const commands = await import('@/commands/dunning')
      const result = await workspace.run(commands[name] as unknown as CommandDefinition<unknown, Record<string, unknown>>, input)
      if (!result.ok) refusal.value = result.reason
      return report(result, successKey, values) && result.ok ? (result.value as Record<string, unknown>) : undefined
    } finally {
      busy.value = false
    }
  }
  /** The refusal's text when it names `field` (or any field when `field` is omitted). */
  const errorOf = (field?: string) => (refusal.value && (field === undefined || refusal.value.values?.field === field) ? reasonText(refusal.value) : undefined)
  return { submit, refusal, busy, errorOf }
}
