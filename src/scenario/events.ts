/**
 * The scenario's timeline as scheduled events of the simulated clock (`ScheduledEvent` without its
 * storage fields): the workspace seeding stores them, and the clock fires each one when the simulated
 * date reaches it. A message becomes `message.incoming` (delivered by `messages.receive`); the data
 * changes keep a small closed set, whose handlers the stock and payment features register.
 */
import { resolveWhen } from './validate'
import type { Scenario, TimelineEvent } from './schema'

/** Kinds of scheduled events a scenario produces. */
export const SCENARIO_EVENT_KINDS = {
  message: 'message.incoming',
  supplierOrderDelayed: 'purchase.delayed',
  parcelReturned: 'delivery.returned',
  paymentRejected: 'payment.rejected',
} as const satisfies Record<TimelineEvent['kind'], string>

/**
 * Payload of a `message.incoming` event: the input of `messages.receive` (src/commands/message-incoming.ts,
 * a strict schema), so the sender is flattened from the file's `from` to `tierId` or `department`.
 */
export interface IncomingMessagePayload {
  [key: string]: unknown
  eventId: string
  channel: 'email' | 'letter'
  tierId?: string
  department?: string
  language: 'fr' | 'en'
  subject: string
  body: string
}

export interface ScenarioScheduledEvent {
  dueDate: string
  kind: (typeof SCENARIO_EVENT_KINDS)[keyof typeof SCENARIO_EVENT_KINDS]
  payload: Record<string, unknown> & { eventId: string }
}

/** One scheduled event per timeline entry, in timeline order, dates resolved from the start date. */
export function scenarioScheduledEvents(scenario: Scenario): ScenarioScheduledEvent[] {
  return (scenario.timeline ?? []).map((event) => {
    const dueDate = resolveWhen(event.at, scenario.startDate)
    const kind = SCENARIO_EVENT_KINDS[event.kind]
    switch (event.kind) {
      case 'message': {
        const payload: IncomingMessagePayload = {
          eventId: event.id, channel: event.channel ?? 'email', ...('tierId' in event.from ? { tierId: event.from.tierId } : { department: event.from.department }),
          language: event.language, subject: event.subject, body: event.body,
        }
        return { dueDate, kind, payload }
      }
      case 'supplierOrderDelayed':
        return { dueDate, kind, payload: { eventId: event.id, purchaseDocId: event.purchaseDocId, newExpectedDate: resolveWhen(event.newExpectedDate, scenario.startDate) } }
      case 'parcelReturned':
        return { dueDate, kind, payload: { eventId: event.id, deliveryId: event.deliveryId, reason: { ...event.reason }, ...(event.lines ? { lines: event.lines.map((line) => ({ ...line })) } : {}) } }
      case 'paymentRejected':
        return { dueDate, kind, payload: { eventId: event.id, paymentId: event.paymentId, reason: { ...event.reason } } }
    }
  })
}
