import { describe, expect, it } from 'vitest'
import { advanceClock } from '@/commands/clock'
import { createOrder } from '@/commands/sales/orders'
import { acceptQuote, createQuote, duplicateQuote, refuseQuote, reviseQuote, sendQuote, updateQuote } from '@/commands/sales/quotes'
import { attempt, chair, desk, doc, dubois, nova, run, salesWorkspace } from './sales-workspace'

describe('quotes: draft, send, accept/refuse/expire, duplicate, revise', () => {
  it('a quote to a prospect takes the validity days and the prospect\'s terms; a draft is edited', async () => {
    const { db } = await salesWorkspace()
    const quote = await run(db, createQuote, { customerId: nova.id, lines: [{ productId: chair.id, quantity: 2 }], validUntil: '2026-03-20', notes: 'Livraison au 2e étage' })
    expect(await doc(db, quote.quoteId)).toMatchObject({ status: 'draft', validUntil: '2026-03-20', notes: 'Livraison au 2e étage', customerId: nova.id })
    const updated = await run(db, updateQuote, { quoteId: quote.quoteId, lines: [{ productId: desk.id, quantity: 1, discountsPercent: [10] }] })
    expect(updated).toMatchObject({ number: quote.number, totalInclVatCents: 42_109 })
    const stored = await doc(db, quote.quoteId)
    expect(stored).toMatchObject({ validUntil: '2026-03-20', lines: [{ productId: desk.id, discountsPercent: [10] }] })
    expect(stored.notes).toBeUndefined()
  })

  it('expires on the simulated clock the day after its validity date, unless accepted before', async () => {
    const { db } = await salesWorkspace()
    const kept = await run(db, createQuote, { customerId: dubois.id, lines: [{ productId: chair.id, quantity: 1 }] })
    const lapsing = await run(db, createQuote, { customerId: dubois.id, lines: [{ productId: chair.id, quantity: 2 }] })
    expect(await run(db, sendQuote, { quoteId: kept.quoteId })).toMatchObject({ expiresOn: '2026-04-02' })
    await run(db, sendQuote, { quoteId: lapsing.quoteId })
    await run(db, advanceClock, { days: 30 })
    await run(db, acceptQuote, { quoteId: kept.quoteId })
    expect((await doc(db, lapsing.quoteId)).status).toBe('sent')
    await run(db, advanceClock, { days: 1 })
    expect((await doc(db, lapsing.quoteId)).status).toBe('expired')
    expect((await doc(db, kept.quoteId)).status).toBe('accepted')
    expect((await db.scheduled.toArray()).map((e) => `${e.kind}:${e.status}`)).toEqual(['sales.quoteExpiry:fired', 'sales.quoteExpiry:fired'])
  })

  it('refuses acceptance after the validity date (the clock moved without the expiry)', async () => {
    const { db } = await salesWorkspace()
    const quote = await run(db, createQuote, { customerId: dubois.id, lines: [{ productId: chair.id, quantity: 1 }], validUntil: '2026-03-03' })
    await run(db, sendQuote, { quoteId: quote.quoteId })
    await db.meta.put({ key: 'clock', value: { date: '2026-03-04' } })
    expect(await attempt(db, acceptQuote, { quoteId: quote.quoteId })).toMatchObject({
      ok: false, reason: { key: 'sales.rules.quoteValidityPassed', values: { validUntil: '2026-03-03', todayDate: '2026-03-04' } },
    })
  })

  it('duplicates into a new numbered draft; revises into version 2 that replaces version 1', async () => {
    const { db } = await salesWorkspace()
    const quote = await run(db, createQuote, { customerId: dubois.id, lines: [{ productId: chair.id, quantity: 4 }], discountsPercent: [3] })
    await run(db, sendQuote, { quoteId: quote.quoteId })
    const copy = await run(db, duplicateQuote, { quoteId: quote.quoteId })
    expect(copy.number).toBe('DE-2026-00002')
    expect(await doc(db, copy.quoteId)).toMatchObject({ status: 'draft', discountsPercent: [3], sourceIds: [] })

    await run(db, refuseQuote, { quoteId: quote.quoteId, reason: 'Trop cher' })
    const v2 = await run(db, reviseQuote, { quoteId: quote.quoteId })
    expect(v2).toMatchObject({ number: 'DE-2026-00001-V2', version: 2 })
    expect(await doc(db, quote.quoteId)).toMatchObject({ status: 'revised', reason: 'Trop cher' })
    expect(await doc(db, v2.quoteId)).toMatchObject({ status: 'draft', version: 2, revisionOf: quote.quoteId, sourceIds: [quote.quoteId] })
    expect(await attempt(db, acceptQuote, { quoteId: quote.quoteId })).toMatchObject({ ok: false, reason: { key: 'sales.rules.actionNotAllowed', values: { status: 'revised' } } })
    await run(db, sendQuote, { quoteId: v2.quoteId })
    const v3 = await run(db, reviseQuote, { quoteId: v2.quoteId })
    expect(v3.number).toBe('DE-2026-00001-V3')
  })

  it('an accepted quote gives one order, at its quoted prices', async () => {
    const { db } = await salesWorkspace()
    const quote = await run(db, createQuote, { customerId: dubois.id, lines: [{ productId: chair.id, quantity: 4, unitPriceCents: 13_000 }] })
    await run(db, sendQuote, { quoteId: quote.quoteId })
    await run(db, acceptQuote, { quoteId: quote.quoteId })
    await db.products.update(chair.id, { priceCents: 20_000 })
    const order = await run(db, createOrder, { quoteId: quote.quoteId })
    expect((await doc(db, order.orderId)).lines[0]).toMatchObject({ unitPriceCents: 13_000 })
    expect(await attempt(db, createOrder, { quoteId: quote.quoteId })).toMatchObject({ ok: false, reason: { key: 'sales.rules.quoteAlreadyOrdered', values: { order: order.number } } })
  })
})
