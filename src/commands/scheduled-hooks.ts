import type { CommandContext } from './command'
import type { ScheduledEvent } from '@/db/types'

/**
 * What to do when the simulated clock reaches a scheduled event, by kind. Features register their
 * handler (the messaging centre delivers an email, the stock area delays a supplier order…); it runs
 * inside the clock command's transaction, so an event and the advance commit together.
 */
export type ScheduledHandler = (ctx: CommandContext, event: ScheduledEvent) => Promise<void>

const handlers = new Map<string, ScheduledHandler>()

export function registerScheduledHandler(kind: string, handler: ScheduledHandler): () => void {
  handlers.set(kind, handler)
  return () => {
    if (handlers.get(kind) === handler) handlers.delete(kind)
  }
}

export function scheduledHandler(kind: string): ScheduledHandler | undefined {
  return handlers.get(kind)
}
