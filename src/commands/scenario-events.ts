/**
 * The data changes a scenario's timeline schedules (src/scenario/events.ts), applied when the
 * simulated clock reaches them, inside the clock command's transaction. Each one leaves a journal
 * line by the scenario (so the trainer sees what happened and when); a payload that names a record
 * that does not exist changes nothing and is journaled as refused, without stopping time.
 *
 * - `payment.rejected`: the payment is marked rejected (a bounced cheque, a refused direct debit);
 *   the domain's account balances no longer count it, so its invoices are open again.
 * - `purchase.delayed`: the supplier order's expected date moves to the new one.
 * - `delivery.returned`: journaled only. The models have no "returned" state for a delivery note, and
 *   goods coming back re-enter stock through the credit note (`sales.receiveReturn`): moving stock
 *   here would count them twice. A scenario pairs it with a message event that tells the learner.
 */
import type { ScheduledEvent, Reason } from '@/db/types'
import type { CommandContext } from './command'
import { registerScheduledHandler } from './scheduled-hooks'

export const SCENARIO_EVENT_COMMANDS = {
  'payment.rejected': 'scenario.paymentRejected',
  'purchase.delayed': 'scenario.supplierOrderDelayed',
  'delivery.returned': 'scenario.parcelReturned',
} as const

type Kind = keyof typeof SCENARIO_EVENT_COMMANDS

function journal(ctx: CommandContext, kind: Kind, event: ScheduledEvent, outcome: { result: Record<string, unknown> } | { reason: Reason }) {
  return ctx.db.journal.add({
    command: SCENARIO_EVENT_COMMANDS[kind], simDate: ctx.simDate, wallTime: new Date().toISOString(), actor: { kind: 'scenario' },
    input: { scheduledEventId: event.id, ...event.payload },
    ...('reason' in outcome ? { outcome: 'refused' as const, reason: outcome.reason } : { outcome: 'done' as const, result: outcome.result }),
  })
}

const missing = (id: string): { reason: Reason } => ({ reason: { key: 'command.scenarioRecordMissing', values: { id } } })

export async function rejectPayment(ctx: CommandContext, event: ScheduledEvent): Promise<void> {
  const id = String(event.payload.paymentId ?? '')
  const payment = await ctx.db.payments.get(id)
  if (!payment) return void await journal(ctx, 'payment.rejected', event, missing(id))
  await ctx.db.payments.update(id, { rejected: true })
  await journal(ctx, 'payment.rejected', event, { result: { paymentId: id, customerId: payment.customerId, amountCents: payment.amountCents } })
}

export async function delaySupplierOrder(ctx: CommandContext, event: ScheduledEvent): Promise<void> {
  const id = String(event.payload.purchaseDocId ?? '')
  const doc = await ctx.db.purchaseDocs.get(id)
  const newExpectedDate = String(event.payload.newExpectedDate ?? '')
  if (!doc) return void await journal(ctx, 'purchase.delayed', event, missing(id))
  await ctx.db.purchaseDocs.update(id, { expectedDate: newExpectedDate })
  await journal(ctx, 'purchase.delayed', event, { result: { purchaseDocId: id, number: doc.number, ...(doc.expectedDate ? { previousDate: doc.expectedDate } : {}), newExpectedDate } })
}

export async function noteParcelReturned(ctx: CommandContext, event: ScheduledEvent): Promise<void> {
  const id = String(event.payload.deliveryId ?? '')
  const delivery = await ctx.db.salesDocs.get(id)
  if (delivery?.type !== 'delivery') return void await journal(ctx, 'delivery.returned', event, missing(id))
  await journal(ctx, 'delivery.returned', event, { result: { deliveryId: id, ...(delivery.number ? { number: delivery.number } : {}), customerId: delivery.customerId } })
}

registerScheduledHandler('payment.rejected', rejectPayment)
registerScheduledHandler('purchase.delayed', delaySupplierOrder)
registerScheduledHandler('delivery.returned', noteParcelReturned)
