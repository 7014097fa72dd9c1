import { ref, watch, type Ref } from 'vue'
import type { Reason } from '@/db/types'
import type { SalesAction } from '@/domain'
import { useSalesCommands, type SalesCommandName } from './use-sales-commands'

/** What an action did, for the page: the success message and, when it created a document, where to go. */
export interface ActionDone {
  readonly action: SalesAction
  /** i18n values of `sales.done.<action>`. */
  readonly values: Record<string, string | number>
  /** The page to open next (the document created), if any. */
  readonly goTo?: string
}

/**
 * The state of one action dialog: busy while its command runs, the refusal of the last try (cleared
 * when the dialog opens again). `attempt` runs the command and, when it succeeds, closes the dialog and
 * reports what was done.
 */
export function useActionRun(visible: Ref<boolean>, onDone: (done: ActionDone) => void) {
  const run = useSalesCommands()
  const busy = ref(false)
  const refusal = ref<Reason | null>(null)
  watch(visible, (open) => { if (open) refusal.value = null })

  async function attempt(name: SalesCommandName, input: unknown, done: (value: Record<string, unknown>) => ActionDone): Promise<boolean> {
    if (busy.value) return false
    busy.value = true
    try {
      const result = await run(name, input)
      if (!result.ok) {
        refusal.value = result.reason
        return false
      }
      refusal.value = null
      visible.value = false
      onDone(done(result.value))
      return true
    } finally {
      busy.value = false
    }
  }

  return { busy, refusal, attempt }
}

/** A document's page. */
export const docPath = (id: unknown): string => `/ventes/${String(id)}`
