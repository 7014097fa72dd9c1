import { describe, expect, it } from 'vitest'
import {
  cancelSupplierOrder, chaseSupplier, confirmSupplierOrder, createSupplierOrder, receiveSupplierOrder, resolveSupplierClaim, sendSupplierOrder,
  updateSupplierOrder,
} from '@/commands/purchasing'
import { advanceClock } from '@/commands/clock'
import { attempt, lastEntry, run, stockOf } from '../sales/sales-workspace'
import { purchasingWorkspace } from './purchasing-workspace'

describe('supplier orders: draft → sent → confirmed → received (REAC CP2, DOMAIN-FR §8)', () => {
  it('creates a draft from the catalogue at the supplier price, numbers it at sending and mails the supplier in French', async () => {
    const { db } = await purchasingWorkspace()
    const created = await run(db, createSupplierOrder, { supplierId: 'sup-1', lines: [{ productId: 'p-chair', quantity: 40 }] })
    expect(created).toMatchObject({ totalExclVatCents: 340_000, expectedDate: '2026-03-14' })
    const draft = (await db.purchaseDocs.get(created.orderId))!
    expect(draft).toMatchObject({ status: 'draft', number: '', warehouseId: 'wh-lyon', lines: [{ productId: 'p-chair', quantity: 40, unitPriceCents: 8_500 }] })

    await run(db, updateSupplierOrder, { orderId: created.orderId, lines: [{ productId: 'p-chair', quantity: 30 }] })
    expect((await db.purchaseDocs.get(created.orderId))!.totalExclVatCents).toBe(255_000)

    const sent = await run(db, sendSupplierOrder, { orderId: created.orderId })
    expect(sent).toMatchObject({ number: 'CF-2026-00001', expectedDate: '2026-03-14', language: 'fr' })
    const message = (await db.messages.get(sent.messageId))!
    expect(message).toMatchObject({ tierId: 'sup-1', language: 'fr', channel: 'email', subject: 'Notre commande CF-2026-00001', templateId: 'supplierOrderSending' })
    expect(message.body).toContain('– 30 × Chaise de bureau (CHA-001) à 85,00')
    expect(message.body).toContain('14 mars 2026')
    expect((await lastEntry(db))).toMatchObject({ command: 'purchasing.sendSupplierOrder', outcome: 'done' })

    // A sent order is no longer edited.
    const refused = await attempt(db, updateSupplierOrder, { orderId: created.orderId, lines: [{ productId: 'p-chair', quantity: 50 }] })
    expect(refused).toMatchObject({ ok: false, reason: { key: 'purchasing.rules.notAllowed.update', values: { number: 'CF-2026-00001', status: 'sent' } } })
    expect((await lastEntry(db))).toMatchObject({ command: 'purchasing.updateSupplierOrder', outcome: 'refused' })
  })

  it('refuses a quantity below the supplier minimum with the figures, a product it does not supply, and writes nothing', async () => {
    const { db } = await purchasingWorkspace()
    const below = await attempt(db, createSupplierOrder, { supplierId: 'sup-en', lines: [{ productId: 'p-chair', quantity: 20 }] })
    expect(below).toMatchObject({ ok: false, reason: { key: 'purchasing.rules.belowMinimum', values: { field: 'lines.0.quantity', reference: 'CHA-001', quantity: 20, minimum: 50, supplier: 'Brightline Seating Ltd' } } })
    const notSupplied = await attempt(db, createSupplierOrder, { supplierId: 'sup-en', lines: [{ productId: 'p-desk', quantity: 50 }] })
    expect(notSupplied).toMatchObject({ ok: false, reason: { key: 'purchasing.rules.notSuppliedBy' } })
    const notSupplier = await attempt(db, createSupplierOrder, { supplierId: 'cus-dubois', lines: [{ productId: 'p-chair', quantity: 50 }] })
    expect(notSupplier).toMatchObject({ ok: false, reason: { key: 'purchasing.errors.notASupplier' } })
    expect(await db.purchaseDocs.count()).toBe(0)
    expect(await db.journal.where('outcome').equals('refused').count()).toBe(3)
  })

  it('flags a promise beyond the lead time, detects the delay on the simulated clock and chases in the supplier\'s language (en)', async () => {
    const { db } = await purchasingWorkspace()
    const { orderId } = await run(db, createSupplierOrder, { supplierId: 'sup-en', lines: [{ productId: 'p-chair', quantity: 60 }] })
    await run(db, sendSupplierOrder, { orderId })
    expect((await attempt(db, confirmSupplierOrder, { orderId, promisedDate: '2026-02-20' }))).toMatchObject({ ok: false, reason: { key: 'purchasing.rules.promiseInPast' } })
    const confirmed = await run(db, confirmSupplierOrder, { orderId, promisedDate: '2026-03-25' })
    // Sent 2 March + 20 days = 22 March: the promise is 3 days beyond.
    expect(confirmed).toEqual({ promisedDate: '2026-03-25', beyondLeadTime: true, daysBeyond: 3, leadTimeDays: 20 })

    expect(await attempt(db, chaseSupplier, { orderId })).toMatchObject({ ok: false, reason: { key: 'purchasing.rules.notLate', values: { date: '2026-03-25' } } })
    await run(db, advanceClock, { days: 30 })
    const chase = await run(db, chaseSupplier, { orderId })
    expect(chase).toMatchObject({ daysLate: 7, language: 'en', to: 'emma.clarke@brightline.example' })
    const message = (await db.messages.get(chase.messageId))!
    expect(message.subject).toBe('Reminder — our order CF-2026-00001')
    expect(message.body).toContain('due for delivery on 25 March 2026')
    expect(message.body).toContain('7 day(s) late')
    expect(message.body.startsWith('Dear Ms Clarke,')).toBe(true)
    expect((await db.purchaseDocs.get(orderId))!.chasedOn).toEqual(['2026-04-01'])
    expect(await lastEntry(db)).toMatchObject({ command: 'purchasing.chaseSupplier', outcome: 'done', input: { orderId } })
  })

  it('receives partly with a damaged line: good units into stock at the order cost, CUMP recomputed, a claim opened', async () => {
    const { db } = await purchasingWorkspace()
    const { orderId } = await run(db, createSupplierOrder, { supplierId: 'sup-1', lines: [{ productId: 'p-chair', quantity: 40 }] })
    await run(db, sendSupplierOrder, { orderId })
    expect(await attempt(db, receiveSupplierOrder, { orderId, lines: [{ line: 0, good: 41 }] })).toMatchObject({ ok: false, reason: { key: 'purchasing.rules.aboveRemaining', values: { counted: 41, remaining: 40 } } })
    await run(db, confirmSupplierOrder, { orderId, promisedDate: '2026-03-10' })

    const first = await run(db, receiveSupplierOrder, { orderId, lines: [{ line: 0, good: 30, damaged: 4 }] })
    expect(first).toMatchObject({ number: 'BR-2026-00001', status: 'partlyReceived' })
    // Stock 60 at 87,00 + 30 at 85,00 → (5 220 + 2 550) / 90 = 86,33 (PCG 213-34, DOMAIN-FR §8).
    expect(first.costs).toEqual([{ productId: 'p-chair', beforeCents: 8_700, afterCents: 8_633 }])
    expect((await db.products.get('p-chair'))!.costCents).toBe(8_633)
    expect(await stockOf(db, 'p-chair')).toBe(90)
    const move = (await db.stockMoves.where('sourceId').equals(first.receptionId).first())!
    expect(move).toMatchObject({ kind: 'reception', lines: [{ productId: 'p-chair', quantity: 30, unitCostCents: 8_500 }] })
    expect(await db.purchaseDocs.get(first.receptionId)).toMatchObject({ type: 'reception', status: 'received', sourceIds: [orderId], lines: [{ quantity: 30 }] })
    const claim = (await db.supplierClaims.get(first.claimId!))!
    expect(claim).toMatchObject({ supplierId: 'sup-1', purchaseDocId: orderId, receptionId: first.receptionId, status: 'open', lines: [{ productId: 'p-chair', quantity: 4, reason: 'damaged' }] })
    expect((await db.purchaseDocs.get(orderId))!.lines[0]).toMatchObject({ receivedQuantity: 30 })

    // The rest arrives: 6 good; the 4 damaged are still expected (a replacement) until the claim is settled.
    const second = await run(db, receiveSupplierOrder, { orderId, lines: [{ line: 0, good: 6 }] })
    expect(second).toMatchObject({ status: 'partlyReceived', claimId: null, number: 'BR-2026-00002' })
    expect(await run(db, resolveSupplierClaim, { claimId: first.claimId!, outcome: 'supplierCredit', note: 'Avoir fournisseur AV-112' })).toEqual({ claimId: first.claimId, orderStatus: 'received' })
    expect(await db.supplierClaims.get(first.claimId!)).toMatchObject({ status: 'resolved', resolution: { on: '2026-03-02', outcome: 'supplierCredit' } })
    expect(await attempt(db, resolveSupplierClaim, { claimId: first.claimId!, outcome: 'rejected' })).toMatchObject({ ok: false, reason: { key: 'purchasing.rules.claimClosed' } })
    expect(await attempt(db, cancelSupplierOrder, { orderId, reason: 'Trop tard' })).toMatchObject({ ok: false, reason: { key: 'purchasing.rules.notAllowed.cancel' } })
  })

  it('cancels a sent order with a reason; a reception on a cancelled order is refused', async () => {
    const { db } = await purchasingWorkspace()
    const { orderId } = await run(db, createSupplierOrder, { supplierId: 'sup-1', lines: [{ productId: 'p-chair', quantity: 10 }] })
    await run(db, sendSupplierOrder, { orderId })
    expect(await attempt(db, cancelSupplierOrder, { orderId, reason: ' ' })).toMatchObject({ ok: false, reason: { key: 'purchasing.errors.reasonRequired', values: { field: 'reason' } } })
    await run(db, cancelSupplierOrder, { orderId, reason: 'Commande client annulée' })
    expect(await db.purchaseDocs.get(orderId)).toMatchObject({ status: 'cancelled', cancelledOn: '2026-03-02', notes: 'Commande client annulée' })
    expect(await attempt(db, receiveSupplierOrder, { orderId, lines: [{ line: 0, good: 10 }] })).toMatchObject({ ok: false, reason: { key: 'purchasing.rules.notAllowed.receive' } })
  })
})
