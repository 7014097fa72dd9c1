import type { CommandDefinition, CommandResult } from '@/commands/command'
import { useCommandFeedback } from '@/composables/use-command-feedback'
import { useWorkspaceStore } from '@/stores/workspace'

type GdprCommands = typeof import('@/commands/gdpr')
type GdprCommandName = 'recordConsent' | 'recordObjection' | 'openRequest' | 'extendRequest' | 'answerRequest' | 'erase'

/**
 * Runs a `gdpr.*` command and shows its outcome (a success toast, or the refusal in plain words). The
 * commands carry their zod schema: loaded on first use, not with the page.
 */
export function useGdprCommand() {
  const workspace = useWorkspaceStore()
  const report = useCommandFeedback()
  return async function run(name: GdprCommandName, input: unknown, successKey: string, values: Record<string, unknown> = {}): Promise<CommandResult<Record<string, unknown>>> {
    const commands: GdprCommands = await import('@/commands/gdpr')
    const result = await workspace.run(commands[name] as CommandDefinition<unknown, Record<string, unknown>>, input)
    report(result, successKey, values)
    return result
  }
}
