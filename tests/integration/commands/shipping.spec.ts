/**
 * Shipping commands against the database: the Incoterm on quote → order → delivery note → invoice,
 * the carrier chosen after a comparison on cost, date and CO₂e (C. transports L1431-3), the delivery
 * note's emissions and its AGEC packaging; refusals leave everything as it was.
 */
import { describe, expect, it } from 'vitest'
import { chooseCarrier, setIncoterm } from '@/commands/shipping'
import { createInvoice } from '@/commands/sales/invoices'
import { cancelOrder, createDelivery, createOrder } from '@/commands/sales/orders'
import { acceptQuote, createQuote, sendQuote } from '@/commands/sales/quotes'
import { CARRIERS } from '@/seed/company/carriers'
import { makeCustomer } from '../../factories/company-records'
import { attempt, chair, doc, lastEntry, run, salesWorkspace, snapshot } from './sales/sales-workspace'

const munich = { line1: 'Landsberger Straße 110', postalCode: '80339', city: 'München', country: 'DE' }
const hofmann = makeCustomer({
  id: 'cus-hofmann', name: 'Hofmann Büroeinrichtung GmbH', billingAddress: munich, deliveryAddresses: [munich], language: 'en', region: 'EU',
  customer: { channel: 'direct', salespersonId: 'sp-1', paymentTerms: { kind: 'net', days: 30 }, paymentMethod: 'transfer', discountPercent: 0, creditLimitCents: 5_000_000, vatRegime: 'intraEu' },
})

async function exportWorkspace() {
  const { db } = await salesWorkspace()
  await db.tiers.bulkAdd([hofmann, ...CARRIERS])
  return db
}

describe('shipping commands', () => {
  it('carries the Incoterm from the quote to the order, the delivery note and the invoice', async () => {
    const db = await exportWorkspace()
    const quote = await run(db, createQuote, { customerId: hofmann.id, lines: [{ productId: chair.id, quantity: 40 }], incoterm: { term: 'CPT', place: 'München', version: '2020' } })
    expect((await doc(db, quote.quoteId)).incoterm).toEqual({ term: 'CPT', place: 'München', version: '2020' })
    await run(db, sendQuote, { quoteId: quote.quoteId })
    await run(db, acceptQuote, { quoteId: quote.quoteId })
    const { orderId } = await run(db, createOrder, { quoteId: quote.quoteId })
    expect((await doc(db, orderId)).incoterm).toMatchObject({ term: 'CPT', place: 'München' })
    // The named place made more precise on the order.
    expect(await run(db, setIncoterm, { orderId, incoterm: { term: 'CPT', place: ' München,  Landsberger Straße 110 ', version: '2020' } })).toEqual({ orderId, mention: 'CPT München, Landsberger Straße 110, Incoterms® 2020' })
    const { deliveryId } = await run(db, createDelivery, { orderId })
    expect((await doc(db, deliveryId)).incoterm).toEqual({ term: 'CPT', place: 'München, Landsberger Straße 110', version: '2020' })
    const { invoiceId } = await run(db, createInvoice, { deliveryIds: [deliveryId] })
    expect((await doc(db, invoiceId)).incoterm?.term).toBe('CPT')
    expect((await lastEntry(db)).command).toBe('sales.createInvoice')
  })

  it('records the carrier offer chosen with the figures compared, and the delivery note shows its emissions', async () => {
    const db = await exportWorkspace()
    // 40 chairs of 9 kg = 360 kg, Lyon → Munich 720 km.
    const { orderId } = await run(db, createOrder, { customerId: hofmann.id, lines: [{ productId: chair.id, quantity: 40 }], incoterm: { term: 'CPT', place: 'München', version: '2020' } })
    const result = await run(db, chooseCarrier, { orderId, carrierId: 'T004', service: 'Transport combiné rail-route', neededBy: '2026-03-10' })
    expect(result).toEqual({
      orderId, carrierId: 'T004', service: 'Transport combiné rail-route', costCents: 36_000, deliveryDate: '2026-03-08', co2Grams: 5_184,
      late: false, carriagePaidBy: 'seller', recommended: { carrierId: 'T004', service: 'Transport combiné rail-route' },
    })
    const order = await doc(db, orderId)
    expect(order).toMatchObject({ carrierId: 'T004', co2Grams: 5_184, carrierChoice: { weightGrams: 360_000, distanceKm: 720, co2GramsPerTonneKm: 20, chosenOn: '2026-03-02' } })
    expect(order.carrierChoice!.compared.map((o) => o.service)).toEqual(['Palette 24/48 h', 'Transport combiné rail-route', 'Express aérien international', 'Lot complet semi-remorque'])
    expect((await lastEntry(db))).toMatchObject({ command: 'shipping.chooseCarrier', outcome: 'done', result: { co2Grams: 5_184 } })

    // A partial delivery of 10 chairs (90 kg) emits a quarter: 0.09 t × 720 km × 20 g = 1 296 g; packed in a reusable crate.
    const { deliveryId } = await run(db, createDelivery, { orderId, lines: [{ line: 0, quantity: 10 }], packaging: { kind: 'reusableCrate', packages: 2, grams: 16_000, filler: 'none' } })
    expect(await doc(db, deliveryId)).toMatchObject({ carrierId: 'T004', co2Grams: 1_296, packaging: { kind: 'reusableCrate', packages: 2, grams: 16_000, filler: 'none', warnings: [] } })
  })

  it('records the over-packaging warnings of a heavy single-use box (course threshold 15 % of the goods)', async () => {
    const db = await exportWorkspace()
    const { orderId } = await run(db, createOrder, { customerId: hofmann.id, lines: [{ productId: chair.id, quantity: 2 }] })
    const { deliveryId } = await run(db, createDelivery, { orderId, packaging: { kind: 'standardBox', packages: 2, grams: 3_000, filler: 'plastic' } })
    expect((await doc(db, deliveryId)).packaging?.warnings).toEqual(['excessiveTare', 'plasticFiller', 'standardBoxNotSized'])
    expect((await doc(db, deliveryId)).co2Grams).toBeUndefined()
  })

  it('refuses an offer that cannot carry the shipment, an unknown one, a closed order, and changes nothing', async () => {
    const db = await exportWorkspace()
    const { orderId } = await run(db, createOrder, { customerId: hofmann.id, lines: [{ productId: chair.id, quantity: 40 }] })
    const before = await snapshot(db)
    expect(await attempt(db, chooseCarrier, { orderId, carrierId: 'T003', service: 'Colis international Europe' }))
      .toMatchObject({ ok: false, reason: { key: 'shipping.rules.tooHeavy', values: { carrier: 'ColiVite', kg: 360 } } })
    expect(await attempt(db, chooseCarrier, { orderId, carrierId: 'T003', service: 'Colis en point relais' }))
      .toMatchObject({ ok: false, reason: { key: 'shipping.rules.zoneNotServed', values: { zone: 'eu' } } })
    expect(await attempt(db, chooseCarrier, { orderId, carrierId: 'T009', service: 'x' })).toMatchObject({ ok: false, reason: { key: 'shipping.errors.unknownOffer' } })
    expect(await attempt(db, setIncoterm, { orderId, incoterm: { term: 'DAT', place: 'München', version: '2020' } })).toMatchObject({ ok: false, reason: { key: 'command.invalid.invalid_value', values: { field: 'incoterm.term' } } })
    expect(await attempt(db, setIncoterm, { orderId, incoterm: { term: 'DAP', place: '   ', version: '2020' } })).toMatchObject({ ok: false, reason: { values: { field: 'incoterm.place' } } })
    expect(await snapshot(db)).toEqual(before)
    await run(db, cancelOrder, { orderId, reason: 'Annulée par le client' })
    expect(await attempt(db, chooseCarrier, { orderId, carrierId: 'T004', service: 'Transport combiné rail-route' })).toMatchObject({ ok: false, reason: { key: 'shipping.errors.orderClosed', values: { status: 'cancelled' } } })
  })

  it('tells under FCA that the buyer pays the main carriage', async () => {
    const db = await exportWorkspace()
    const { orderId } = await run(db, createOrder, { customerId: hofmann.id, lines: [{ productId: chair.id, quantity: 40 }], incoterm: { term: 'FCA', place: 'Lyon, entrepôt vendeur', version: '2020' } })
    expect(await run(db, chooseCarrier, { orderId, carrierId: 'T002', service: 'Palette 24/48 h' })).toMatchObject({ carriagePaidBy: 'buyer', costCents: 34_000 })
  })
})

describe('a carrier edited through the tier form', () => {
  it('keeps its rate card (the form does not show it)', async () => {
    const { updateTier } = await import('@/commands/tiers')
    const { draftFromTier } = await import('@/domain')
    const db = await exportWorkspace()
    const vial = (await db.tiers.get('T002'))!
    const { rates: _r, ...formCarrier } = vial.carrier!
    await run(db, updateTier, { id: 'T002', tier: { ...draftFromTier(vial), name: 'Transports Vial Palettes SAS', carrier: formCarrier } })
    expect((await db.tiers.get('T002'))!).toMatchObject({ name: 'Transports Vial Palettes SAS', carrier: { rates: vial.carrier!.rates } })
  })
})
