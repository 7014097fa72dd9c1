import type { SalesDoc } from '@/domain'
import { registerScheduledHandler } from '../scheduled-hooks'

/** Kind of the scheduled event that expires a sent quote the day after its validity date. */
export const QUOTE_EXPIRY_EVENT = 'sales.quoteExpiry'

/**
 * The simulated clock expires a sent quote once its validity date has passed: `sales.sendQuote`
 * schedules this event for the day after `validUntil`, and `clock.advance` (which imports this module)
 * runs it inside the advance's own transaction. A quote accepted, refused or revised meanwhile is left alone.
 */
registerScheduledHandler(QUOTE_EXPIRY_EVENT, async (ctx, event) => {
  const quoteId = String(event.payload.quoteId ?? '')
  const quote: SalesDoc | undefined = await ctx.db.salesDocs.get(quoteId)
  if (quote?.type === 'quote' && quote.status === 'sent' && quote.validUntil !== undefined && quote.validUntil < ctx.simDate) {
    await ctx.db.salesDocs.update(quote.id, { status: 'expired' })
  }
})
