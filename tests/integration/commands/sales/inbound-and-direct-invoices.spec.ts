import { describe, expect, it } from 'vitest'
import { recordInboundOrder, rejectInboundOrder } from '@/commands/sales/inbound'
import { createPeriodicInvoice } from '@/commands/sales/periodic-invoice'
import { createServiceInvoice } from '@/commands/sales/service-invoice'
import { validateInvoice } from '@/commands/sales/invoices'
import { createDelivery, createOrder } from '@/commands/sales/orders'
import { executeCommand } from '@/commands/command'
import type { InboundOrder } from '@/domain'
import type { WorkspaceDb } from '@/db/workspace-db'
import { FIXED_NOW } from '../../../factories/workspace'
import { attempt, chair, desk, doc, dubois, lastEntry, run, salesWorkspace, setup, snapshot } from './sales-workspace'

const address = { line1: '8 rue Garibaldi', postalCode: '69006', city: 'Lyon', country: 'FR' }
const inbound = (id: string, overrides: Partial<InboundOrder> = {}): InboundOrder => ({
  id, channel: 'webshop', externalRef: `WEB-${id}`, receivedOn: '2026-03-01', status: 'pending',
  customer: { name: 'Atelier Dubois', siren: dubois.siren!, address },
  lines: [{ reference: 'CHA-001', designation: 'Chaise', quantity: 2, unitPriceCents: 14_500, vatRatePercent: 20 }],
  shippingCents: 990, ...overrides,
})
async function withInbox(...orders: InboundOrder[]) {
  const { db } = await salesWorkspace()
  await db.inboundOrders.bulkAdd(orders)
  return db
}
const inboxState = async (db: WorkspaceDb) => ({ ...(await snapshot(db)), inbound: await db.inboundOrders.toArray() })

describe('sales.recordInboundOrder / sales.rejectInboundOrder', () => {
  it('records a fine web-shop order as a confirmed order on its channel, with its address and reference, journaled', async () => {
    const db = await withInbox(inbound('a'))
    const result = await run(db, recordInboundOrder, { inboundId: 'a' })
    expect(result.number).toBe('BC-2026-00001')
    expect(await doc(db, result.orderId)).toMatchObject({
      type: 'order', status: 'confirmed', customerId: dubois.id, channel: 'webshop', customerPoNumber: 'WEB-a', shippingCents: 990, deliveryAddress: address,
    })
    expect(await db.inboundOrders.get('a')).toMatchObject({ status: 'recorded', orderId: result.orderId })
    expect(await lastEntry(db)).toMatchObject({ command: 'sales.recordInboundOrder', outcome: 'done' })
  })

  it('refuses a wrong price with the figures and changes nothing; recorded at the customer price once corrected', async () => {
    const db = await withInbox(inbound('b', { channel: 'marketplace', lines: [{ reference: 'CHA-001', designation: 'Chaise', quantity: 2, unitPriceCents: 13_000, vatRatePercent: 20 }] }))
    const before = await inboxState(db)
    const refused = await attempt(db, recordInboundOrder, { inboundId: 'b' })
    expect(refused).toMatchObject({ ok: false, reason: { key: 'sales-inbox.findings.priceGap', values: { reference: 'CHA-001', receivedEuros: 130, expectedEuros: 145, gapEuros: -15, source: 'C. com. L441-1' } } })
    expect(await inboxState(db)).toEqual(before)
    expect(await lastEntry(db)).toMatchObject({ command: 'sales.recordInboundOrder', outcome: 'refused' })
    const done = await run(db, recordInboundOrder, { inboundId: 'b', customerPrices: true })
    const order = await doc(db, done.orderId)
    expect(order.channel).toBe('marketplace')
    expect(order.lines[0]).toMatchObject({ unitPriceCents: 14_500, quantity: 2 })
  })

  it('refuses an unknown customer until one is chosen; rejects with a reason; a handled order cannot be handled again', async () => {
    const db = await withInbox(inbound('c', { customer: { name: 'Boulangerie Les Tilleuls', email: 'x@tilleuls.example', address } }), inbound('d'))
    expect(await attempt(db, recordInboundOrder, { inboundId: 'c' })).toMatchObject({ ok: false, reason: { key: 'sales-inbox.findings.customerUnknown' } })
    expect(await attempt(db, rejectInboundOrder, { inboundId: 'c', reason: '  ' })).toMatchObject({ ok: false })
    await run(db, rejectInboundOrder, { inboundId: 'c', reason: 'Client inconnu, SIREN demandé' })
    expect(await db.inboundOrders.get('c')).toMatchObject({ status: 'rejected', rejectionReason: 'Client inconnu, SIREN demandé' })
    expect(await lastEntry(db)).toMatchObject({ command: 'sales.rejectInboundOrder', outcome: 'done', input: { inboundId: 'c' } })
    expect(await attempt(db, recordInboundOrder, { inboundId: 'c', customerId: dubois.id })).toMatchObject({ ok: false, reason: { key: 'sales-inbox.errors.notPending' } })
    expect(await db.salesDocs.count()).toBe(0)
  })
})

describe('sales.createServiceInvoice', () => {
  it('makes a draft invoice of services, validated by sales.validateInvoice with its number and due date', async () => {
    const { db } = await salesWorkspace()
    const draft = await run(db, createServiceInvoice, { customerId: dubois.id, lines: [{ productId: setup.id, quantity: 3 }] })
    expect(draft.totalInclVatCents).toBe(21_600)
    expect(await doc(db, draft.invoiceId)).toMatchObject({ status: 'draft', sourceIds: [], operationNature: 'services', saleDate: '2026-03-02' })
    const validated = await run(db, validateInvoice, { invoiceId: draft.invoiceId })
    expect(validated).toMatchObject({ number: 'FA-2026-00001', dueDate: '2026-04-01' })
  })

  it('refuses a line of goods and writes nothing', async () => {
    const { db } = await salesWorkspace()
    const before = await snapshot(db)
    expect(await attempt(db, createServiceInvoice, { customerId: dubois.id, lines: [{ productId: setup.id, quantity: 1 }, { productId: chair.id, quantity: 1 }] }))
      .toMatchObject({ ok: false, reason: { key: 'sales-inbox.errors.notAService', values: { reference: 'CHA-001' } } })
    expect(await snapshot(db)).toEqual(before)
  })
})

describe('sales.createPeriodicInvoice', () => {
  it('groups the month\'s delivery notes not invoiced yet, due 45 days from its date at most', async () => {
    const { db } = await salesWorkspace()
    await db.tiers.update(dubois.id, { 'customer.paymentTerms': { kind: 'net', days: 60 } })
    const o1 = await run(db, createOrder, { customerId: dubois.id, lines: [{ productId: chair.id, quantity: 2 }] })
    const o2 = await run(db, createOrder, { customerId: dubois.id, lines: [{ productId: desk.id, quantity: 1 }] })
    const d1 = await run(db, createDelivery, { orderId: o1.orderId })
    const d2 = await run(db, createDelivery, { orderId: o2.orderId })
    const result = await run(db, createPeriodicInvoice, { customerId: dubois.id, month: '2026-03' })
    expect(result).toMatchObject({ deliveries: 2, dueInDays: 45 })
    const draft = await doc(db, result.invoiceId)
    expect(draft.sourceIds.sort()).toEqual([d1.deliveryId, d2.deliveryId].sort())
    expect(draft.paymentTerms).toEqual({ kind: 'net', days: 45 })
    expect(await run(db, validateInvoice, { invoiceId: result.invoiceId })).toMatchObject({ dueDate: '2026-04-16' })
    // Everything of March is invoiced now: a second one is refused.
    expect(await executeCommand(db, createPeriodicInvoice, { customerId: dubois.id, month: '2026-03' }, { now: FIXED_NOW }))
      .toMatchObject({ ok: false, reason: { key: 'sales-inbox.errors.nothingInMonth' } })
    expect(await attempt(db, createPeriodicInvoice, { customerId: dubois.id, month: '2026-13' })).toMatchObject({ ok: false })
  })
})
