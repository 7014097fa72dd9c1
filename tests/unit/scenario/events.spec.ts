import { describe, expect, it } from 'vitest'
import { scenarioScheduledEvents } from '@/scenario'
import { loadOrThrow } from './helpers'

describe('timeline → scheduled events of the simulated clock', () => {
  const scenario = loadOrThrow({
    timeline: [
      { id: 'ev-mail', at: 2, kind: 'message', from: { tierId: 'cust-12' }, language: 'en', subject: 'Late parcel', body: 'Where is our order?' },
      { id: 'ev-late', at: '2026-03-12', kind: 'supplierOrderDelayed', purchaseDocId: 'po-3', newExpectedDate: 10 },
      { id: 'ev-back', at: 4, kind: 'parcelReturned', deliveryId: 'bl-7', reason: { fr: 'Colis endommagé', en: 'Damaged parcel' }, lines: [{ productId: 'p-1', quantity: 2 }] },
      { id: 'ev-cheque', at: 5, kind: 'paymentRejected', paymentId: 'pay-4', reason: { fr: 'Chèque sans provision', en: 'Bounced cheque' } },
    ],
  })

  it('turns a message into a message.incoming event with the payload the inbox expects', () => {
    expect(scenarioScheduledEvents(scenario)[0]).toEqual({
      dueDate: '2026-03-11', kind: 'message.incoming',
      payload: { eventId: 'ev-mail', channel: 'email', tierId: 'cust-12', language: 'en', subject: 'Late parcel', body: 'Where is our order?' },
    })
  })

  it('gives a payload the messages.receive command accepts as it is (strict schema)', async () => {
    const { receiveMessageInput } = await import('@/commands/message-incoming')
    const fromDepartment = loadOrThrow({
      timeline: [{ id: 'ev-1', at: 0, kind: 'message', from: { department: 'accounting' }, channel: 'letter', language: 'fr', subject: 'Relance', body: 'Texte' }],
    })
    for (const event of [...scenarioScheduledEvents(scenario).slice(0, 1), ...scenarioScheduledEvents(fromDepartment)]) {
      expect(receiveMessageInput.safeParse(event.payload).success).toBe(true)
    }
    expect(scenarioScheduledEvents(fromDepartment)[0]!.payload).toMatchObject({ department: 'accounting', channel: 'letter' })
  })

  it('resolves day offsets and dates from the start date, for data changes too', () => {
    expect(scenarioScheduledEvents(scenario).slice(1)).toEqual([
      { dueDate: '2026-03-12', kind: 'purchase.delayed', payload: { eventId: 'ev-late', purchaseDocId: 'po-3', newExpectedDate: '2026-03-19' } },
      { dueDate: '2026-03-13', kind: 'delivery.returned', payload: { eventId: 'ev-back', deliveryId: 'bl-7', reason: { fr: 'Colis endommagé', en: 'Damaged parcel' }, lines: [{ productId: 'p-1', quantity: 2 }] } },
      { dueDate: '2026-03-14', kind: 'payment.rejected', payload: { eventId: 'ev-cheque', paymentId: 'pay-4', reason: { fr: 'Chèque sans provision', en: 'Bounced cheque' } } },
    ])
  })

  it('gives nothing for a scenario without a timeline', () => {
    expect(scenarioScheduledEvents(loadOrThrow())).toEqual([])
  })
})
