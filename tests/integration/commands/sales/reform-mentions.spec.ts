import { describe, expect, it } from 'vitest'
import { createInvoice, validateInvoice } from '@/commands/sales/invoices'
import { createDelivery, createOrder } from '@/commands/sales/orders'
import { validationPreview } from '@/commands/sales/validation'
import { makeSettings } from '../../../factories/settings'
import { attempt, chair, doc, dubois, run, salesWorkspace, setup } from './sales-workspace'

const base = makeSettings()
/** A large company (issuing e-invoices from 1 Sept 2026) that opted for VAT on debits. */
const ge = { ...base, identity: { ...base.identity, size: 'GE' as const, vatOnDebits: true } }

async function draftAfterReform() {
  const { db } = await salesWorkspace(ge, '2026-09-15')
  const order = await run(db, createOrder, { customerId: dubois.id, lines: [{ productId: chair.id, quantity: 2 }, { productId: setup.id, quantity: 1 }] })
  const delivery = await run(db, createDelivery, { orderId: order.orderId })
  const invoice = await run(db, createInvoice, { deliveryIds: [delivery.deliveryId] })
  return { db, invoiceId: invoice.invoiceId }
}

// CGI ann. II art. 242 nonies A as amended by décret 2022-1299, in force from the seller's issuing date.
describe('the e-invoicing reform\'s mentions at validation', () => {
  it('a GE company after 1 Sept 2026 prints the customer SIREN, delivery address, nature and VAT-on-debits option', async () => {
    const { db, invoiceId } = await draftAfterReform()
    expect(await validationPreview(db, invoiceId, '2026-09-15')).toEqual([])
    await run(db, validateInvoice, { invoiceId })
    expect(await doc(db, invoiceId)).toMatchObject({
      operationNature: 'mixed', vatOnDebits: true, deliveryAddress: dubois.deliveryAddresses[0], customerSnapshot: { siren: dubois.siren },
    })
  })

  it('refuses validation while the customer record has no SIREN, and the preview lists it', async () => {
    const { db, invoiceId } = await draftAfterReform()
    await db.tiers.update(dubois.id, { siren: undefined })
    expect((await validationPreview(db, invoiceId, '2026-09-15')).map((i) => i.code)).toEqual(['customerSiren'])
    expect(await attempt(db, validateInvoice, { invoiceId })).toMatchObject({
      ok: false, reason: { key: 'sales.rules.mentionsMissing', values: { count: 1, firstMention: 'customerSiren', source: expect.stringContaining('242 nonies A, 1°') } },
    })
    expect((await doc(db, invoiceId)).status).toBe('draft')
  })
})
