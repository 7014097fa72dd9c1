import type { Reason } from '@/db/types'

/**
 * Thrown inside a command when the trade rules refuse the action (wrong state, credit limit, stock…).
 * The executor rolls the transaction back, journals the refusal and hands `reason` to the UI.
 */
export class CommandRefusal extends Error {
  constructor(readonly reason: Reason) {
    super(reason.key)
    this.name = 'CommandRefusal'
  }
}

export function refuse(key: string, values?: Reason['values']): never {
  throw new CommandRefusal(values ? { key, values } : { key })
}
