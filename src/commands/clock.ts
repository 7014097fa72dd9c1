import { z } from 'zod'
import { addDays } from '@/domain'
import { MAX_CLOCK_ADVANCE_DAYS } from '@/domain'
import type { CommandDefinition } from './command'
import { writeClock } from './clock-state'
import { scheduledHandler } from './scheduled-hooks'
// Registers the scheduled-event handlers of the features, so every advance can deliver them.
import './message-incoming'
import './sales/quote-expiry'
import './scenario-events'

/**
 * `clock.advance`: moves the simulated date forward and fires, in date order, every scheduled event
 * now due. An event nobody handles is marked `orphaned` rather than blocking time.
 */
export const advanceClock: CommandDefinition<{ days: number }, { from: string; to: string; fired: number[] }> = {
  name: 'clock.advance',
  input: z.object({ days: z.number().int().min(1).max(MAX_CLOCK_ADVANCE_DAYS) }),
  async run(ctx, { days }) {
    const from = ctx.simDate
    const to = addDays(from, days)
    await writeClock(ctx.db, { date: to })
    const due = await ctx.db.scheduled.where('dueDate').belowOrEqual(to).and((e) => e.status === 'pending').sortBy('dueDate')
    const fired: number[] = []
    for (const event of due) {
      const handler = scheduledHandler(event.kind)
      if (handler) await handler({ ...ctx, simDate: event.dueDate }, event)
      await ctx.db.scheduled.update(event.id!, { status: handler ? 'fired' : 'orphaned', firedOn: to })
      if (handler) fired.push(event.id!)
    }
    return { from, to, fired }
  },
}
