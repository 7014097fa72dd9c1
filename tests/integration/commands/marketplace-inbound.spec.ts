/**
 * Marketplace orders in the inbox (issue 10): the platform's commission and delivery promise travel
 * with the order; recording is refused while the available stock (physique − réservé) cannot serve
 * it, until the learner chooses a partial delivery or a backorder and says what the buyer is told.
 */
import { describe, expect, it } from 'vitest'
import { recordInboundOrder } from '@/commands/sales/inbound'
import { createOrder } from '@/commands/sales/orders'
import type { InboundOrder } from '@/domain'
import { attempt, chair, doc, dubois, run, salesWorkspace, snapshot } from './sales/sales-workspace'

const inbound = (quantity: number): InboundOrder => ({
  id: 'inb-mkt-x', channel: 'marketplace', externalRef: 'MKP-5001', receivedOn: '2026-03-01', status: 'pending',
  customer: { name: dubois.name, siren: dubois.siren!, address: { ...dubois.deliveryAddresses[0]! } },
  lines: [{ reference: chair.reference, designation: chair.designation.fr, quantity, unitPriceCents: chair.priceCents, vatRatePercent: 20 }],
  shippingCents: 0,
  marketplace: { commissionPercent: 12, commissionCents: 12 * quantity * chair.priceCents / 100, promisedOn: '2026-03-05' },
})

describe('marketplace orders in the inbox', () => {
  it('refuses an order the available stock cannot serve (60 on the shelf, 15 reserved), then records it with a backorder note', async () => {
    const { db } = await salesWorkspace()
    // 15 chairs reserved by a confirmed order: 45 available of the 60 on the shelf.
    await run(db, createOrder, { customerId: dubois.id, lines: [{ productId: chair.id, quantity: 15 }] })
    await db.inboundOrders.add(inbound(50))
    const before = await snapshot(db)
    expect(await attempt(db, recordInboundOrder, { inboundId: 'inb-mkt-x' })).toMatchObject({
      ok: false, reason: { key: 'shipping.rules.promiseShort', values: { ref: 'MKP-5001', reference: 'CHA-001', requested: 50, available: 45, promisedOn: '2026-03-05' } },
    })
    expect(await snapshot(db)).toEqual(before)
    expect((await db.inboundOrders.get('inb-mkt-x'))!.status).toBe('pending')
    const note = 'Livraison partielle de 45 chaises avant le 5 mars, les 5 restantes en reliquat sous 10 jours ; acheteur prévenu via la plateforme.'
    const { orderId } = await run(db, recordInboundOrder, { inboundId: 'inb-mkt-x', shortage: { handling: 'partial', note } })
    expect(await doc(db, orderId)).toMatchObject({ channel: 'marketplace', notes: note, customerPoNumber: 'MKP-5001' })
    expect((await db.inboundOrders.get('inb-mkt-x'))!).toMatchObject({ status: 'recorded', orderId, marketplace: { commissionCents: 87_000 } })
  })

  it('records without a note when the available stock covers the order', async () => {
    const { db } = await salesWorkspace()
    await db.inboundOrders.add(inbound(10))
    expect(await run(db, recordInboundOrder, { inboundId: 'inb-mkt-x' })).toMatchObject({ number: expect.stringMatching(/^BC-/) })
  })
})
