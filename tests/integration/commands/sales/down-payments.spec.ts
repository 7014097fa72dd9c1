import { describe, expect, it } from 'vitest'
import { createInvoice, validateInvoice } from '@/commands/sales/invoices'
import { createDelivery, createDownPayment, createOrder } from '@/commands/sales/orders'
import { chair, desk, doc, dubois, run, salesWorkspace } from './sales-workspace'

// DOMAIN-FR §1 "Acompte vs arrhes" and example A's variant: a 30 % acompte invoiced (type 386, VAT due
// on receipt, CGI 269-2 a), then deducted from the final invoice: reste à payer 2 313,30 €.
describe('acompte invoices on an order', () => {
  it('example A variant: 30 % acompte 991,42 € validated in its own series, deducted from the invoice', async () => {
    const { db } = await salesWorkspace()
    const order = await run(db, createOrder, {
      customerId: dubois.id, lines: [{ productId: chair.id, quantity: 12 }, { productId: desk.id, quantity: 3 }], discountsPercent: [5, 2], shippingCents: 4_500,
    })
    expect(order.totalInclVatCents).toBe(330_472)
    const acompte = await run(db, createDownPayment, { orderId: order.orderId, percent: 30 })
    expect(acompte.totalInclVatCents).toBe(99_142)
    expect((await doc(db, acompte.downPaymentId)).lines).toEqual([expect.objectContaining({ unitPriceCents: 82_618, vatRatePercent: 20, quantity: 1, designation: 'Acompte sur la commande BC-2026-00001' })])
    expect(await run(db, validateInvoice, { invoiceId: acompte.downPaymentId })).toMatchObject({ number: 'AC-2026-00001', dueDate: '2026-03-02', amountDueCents: 99_142 })

    const delivery = await run(db, createDelivery, { orderId: order.orderId })
    const invoice = await run(db, createInvoice, { deliveryIds: [delivery.deliveryId] })
    expect(invoice).toMatchObject({ totalInclVatCents: 330_472, amountDueCents: 231_330 })
    expect(await doc(db, invoice.invoiceId)).toMatchObject({ downPaymentCents: 99_142, downPaymentIds: [acompte.downPaymentId] })
    expect(await run(db, validateInvoice, { invoiceId: invoice.invoiceId })).toMatchObject({ number: 'FA-2026-00001', amountDueCents: 231_330 })
  })
})
