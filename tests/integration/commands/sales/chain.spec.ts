import { describe, expect, it } from 'vitest'
import { createCreditNote, receiveReturn, validateCreditNote } from '@/commands/sales/credit-notes'
import { createInvoice, validateInvoice } from '@/commands/sales/invoices'
import { createDelivery, createOrder } from '@/commands/sales/orders'
import { acceptQuote, createQuote, sendQuote } from '@/commands/sales/quotes'
import { chair, desk, doc, dubois, run, salesWorkspace, stockOf } from './sales-workspace'

// The whole chain of DOMAIN-FR §1–§2 on example A: quote with two cascade discounts, escompte and
// carriage → order → partial delivery → invoice → second delivery and invoice → credit note for a return.
describe('the sales chain: quote → order → partial delivery → invoice → credit note', () => {
  it('runs end to end with the figures of example A and C, numbers, stock and statuses', async () => {
    const { db } = await salesWorkspace()
    const quote = await run(db, createQuote, {
      customerId: dubois.id, lines: [{ productId: chair.id, quantity: 12 }, { productId: desk.id, quantity: 3 }],
      discountsPercent: [5, 2], earlyPaymentDiscountPercent: 1, shippingCents: 4_500,
    })
    expect(quote).toMatchObject({ number: 'DE-2026-00001', totalInclVatCents: 327_221 })
    const stored = await doc(db, quote.quoteId)
    expect(stored).toMatchObject({
      status: 'draft', date: '2026-03-02', validUntil: '2026-04-01', paymentTerms: { kind: 'net', days: 30 },
      deliveryAddress: dubois.deliveryAddresses[0],
    })
    expect(stored.lines[0]).toMatchObject({ designation: 'Chaise de bureau', unitPriceCents: 14_500, vatRatePercent: 20, unitCostCents: 8_700 })

    await run(db, sendQuote, { quoteId: quote.quoteId })
    await run(db, acceptQuote, { quoteId: quote.quoteId })
    const order = await run(db, createOrder, { quoteId: quote.quoteId, customerPoNumber: 'PO-7781' })
    expect(order).toMatchObject({ number: 'BC-2026-00001', totalInclVatCents: 327_221 })
    expect(await doc(db, order.orderId)).toMatchObject({ status: 'confirmed', sourceIds: [quote.quoteId], customerPoNumber: 'PO-7781', warehouseId: 'wh-lyon', operationNature: 'goods' })

    // Partial delivery: 8 chairs of 12 and the 3 desks; the 4 chairs left are a backorder.
    const first = await run(db, createDelivery, { orderId: order.orderId, lines: [{ line: 0, quantity: 8 }, { line: 1, quantity: 3 }] })
    expect(first).toMatchObject({ number: 'BL-2026-00001', orderStatus: 'partlyDelivered', backorder: 4 })
    expect(await stockOf(db, chair.id)).toBe(52)
    expect(await stockOf(db, desk.id)).toBe(7)
    expect((await db.stockMoves.where('id').notEqual('m-0').first())).toMatchObject({ kind: 'delivery', sourceId: first.deliveryId, date: '2026-03-02' })

    const draft = await run(db, createInvoice, { deliveryIds: [first.deliveryId] })
    const invoiceDraft = await doc(db, draft.invoiceId)
    expect(invoiceDraft).toMatchObject({ status: 'draft', shippingCents: 4_500, customerPoNumber: 'PO-7781', saleDate: '2026-03-02', discountsPercent: [5, 2], earlyPaymentDiscountPercent: 1 })
    expect(invoiceDraft.number).toBeUndefined()
    expect(invoiceDraft.lines.map((l) => l.quantity)).toEqual([8, 3])

    const invoice = await run(db, validateInvoice, { invoiceId: draft.invoiceId })
    expect(invoice).toMatchObject({ number: 'FA-2026-00001', date: '2026-03-02', dueDate: '2026-04-01' })
    const validated = await doc(db, draft.invoiceId)
    expect(validated).toMatchObject({
      status: 'validated', validatedOn: '2026-03-02',
      customerSnapshot: { name: 'Atelier Dubois', siren: dubois.siren, vatNumber: dubois.vatNumber, billingAddress: dubois.billingAddress },
      sellerSnapshot: { name: 'Atelier Test SAS', siren: '812456713' },
      paymentMentions: { latePenaltyRatePercent: null, recoveryIndemnityCents: 4_000, earlyPayment: { percent: 1, days: 0 } },
    })
    // 8 × 145 + 3 × 389.90 = 2 329.70; −5 % −2 % −1 %, + 45.00 carriage, VAT 20 %.
    expect(validated.totals).toMatchObject({ grossCents: 232_970, totalInclVatCents: expect.any(Number) })
    expect(validated.lines.reduce((s, l) => s + (l.netCents ?? 0), 0)).toBe(validated.totals!.netCommercialCents)
    expect((await doc(db, order.orderId)).status).toBe('partlyDelivered')

    // The backorder leaves a week later and is invoiced without carriage: the order is then invoiced.
    const second = await run(db, createDelivery, { orderId: order.orderId })
    expect(second).toMatchObject({ number: 'BL-2026-00002', orderStatus: 'delivered', backorder: 0 })
    const draft2 = await run(db, createInvoice, { deliveryIds: [second.deliveryId] })
    expect((await doc(db, draft2.invoiceId)).shippingCents).toBeUndefined()
    expect(await run(db, validateInvoice, { invoiceId: draft2.invoiceId })).toMatchObject({ number: 'FA-2026-00002' })
    expect((await doc(db, order.orderId)).status).toBe('invoiced')

    // Two chairs come back: credit note on the first invoice (example C's terms).
    const credit = await run(db, createCreditNote, { invoiceId: draft.invoiceId, mode: 'partial', lines: [{ line: 0, quantity: 2 }], reason: 'Retour de 2 chaises' })
    expect(credit.amountToDeductCents).toBe(32_075)
    const note = await run(db, validateCreditNote, { creditNoteId: credit.creditNoteId })
    expect(note).toMatchObject({ number: 'AV-2026-00001', amountToDeductCents: 32_075 })
    expect(await doc(db, credit.creditNoteId)).toMatchObject({
      status: 'validated', creditedInvoice: { id: draft.invoiceId, number: 'FA-2026-00001', date: '2026-03-02' }, reason: 'Retour de 2 chaises',
      discountsPercent: [5, 2], earlyPaymentDiscountPercent: 1,
    })
    await run(db, receiveReturn, { creditNoteId: credit.creditNoteId })
    expect(await stockOf(db, chair.id)).toBe(50)

    const names = (await db.journal.toArray()).filter((e) => e.command.startsWith('sales.')).map((e) => `${e.command}:${e.outcome}`)
    expect(names).toEqual([
      'sales.createQuote:done', 'sales.sendQuote:done', 'sales.acceptQuote:done', 'sales.createOrder:done', 'sales.createDelivery:done',
      'sales.createInvoice:done', 'sales.validateInvoice:done', 'sales.createDelivery:done', 'sales.createInvoice:done', 'sales.validateInvoice:done',
      'sales.createCreditNote:done', 'sales.validateCreditNote:done', 'sales.receiveReturn:done',
    ])
  })
})
