import { describe, expect, it } from 'vitest'
import { createCreditNote, receiveReturn, validateCreditNote } from '@/commands/sales/credit-notes'
import { createInvoice, discardDraft, updateInvoiceDraft, validateInvoice } from '@/commands/sales/invoices'
import { cancelOrder, createDelivery, createDownPayment, createOrder } from '@/commands/sales/orders'
import { acceptQuote, createQuote, expireQuote, sendQuote, updateQuote } from '@/commands/sales/quotes'
import type { WorkspaceDb } from '@/db/workspace-db'
import { makeSettings } from '../../../factories/settings'
import { attempt, chair, desk, dubois, lastEntry, nova, run, salesWorkspace, setup, snapshot } from './sales-workspace'

/** A workspace with a validated invoice (8 chairs of an order of 12), its delivery and a draft quote. */
async function withChain() {
  const { db, record } = await salesWorkspace()
  const order = await run(db, createOrder, { customerId: dubois.id, lines: [{ productId: chair.id, quantity: 12 }], customerPoNumber: 'PO-1' })
  const delivery = await run(db, createDelivery, { orderId: order.orderId, lines: [{ line: 0, quantity: 8 }] })
  const invoice = await run(db, createInvoice, { deliveryIds: [delivery.deliveryId] })
  await run(db, validateInvoice, { invoiceId: invoice.invoiceId })
  const quote = await run(db, createQuote, { customerId: dubois.id, lines: [{ productId: desk.id, quantity: 1 }] })
  return { db, record, order, delivery, invoice, quote }
}

/** Runs a command expected to be refused: the reason, one journal line 'refused', and no change anywhere. */
async function expectRefused(db: WorkspaceDb, command: Parameters<typeof attempt>[1], input: unknown, key: string, values: Record<string, unknown> = {}) {
  const before = await snapshot(db)
  const journal = await db.journal.count()
  const result = await attempt(db, command, input)
  expect(result).toMatchObject({ ok: false, reason: { key, values } })
  expect(await db.journal.count()).toBe(journal + 1)
  expect(await lastEntry(db)).toMatchObject({ command: command.name, outcome: 'refused', reason: { key } })
  expect(await snapshot(db)).toEqual(before)
}

describe('every refusal names its rule and figures, is journaled, and changes nothing', () => {
  it('a validated invoice is immutable (C. com. L441-9): no edit, no deletion, no second validation', async () => {
    const { db, invoice } = await withChain()
    const values = { action: 'update', type: 'invoice', status: 'validated', number: 'FA-2026-00001', source: expect.stringContaining('L441-9') }
    await expectRefused(db, updateInvoiceDraft, { docId: invoice.invoiceId, customerPoNumber: 'PO-2' }, 'sales.rules.validatedImmutable', values)
    await expectRefused(db, discardDraft, { docId: invoice.invoiceId }, 'sales.rules.validatedImmutable', { action: 'discard' })
    await expectRefused(db, validateInvoice, { invoiceId: invoice.invoiceId }, 'sales.rules.validatedImmutable', { action: 'validate' })
  })

  it('life-cycle refusals: accepting a draft quote, ordering a quote not accepted, editing a sent quote', async () => {
    const { db, quote } = await withChain()
    await expectRefused(db, acceptQuote, { quoteId: quote.quoteId }, 'sales.rules.actionNotAllowed', { action: 'accept', status: 'draft', allowedFrom: 'sent' })
    await expectRefused(db, createOrder, { quoteId: quote.quoteId }, 'sales.rules.actionNotAllowed', { action: 'order', allowedFrom: 'accepted' })
    await run(db, sendQuote, { quoteId: quote.quoteId })
    await expectRefused(db, updateQuote, { quoteId: quote.quoteId, lines: [{ productId: desk.id, quantity: 2 }] }, 'sales.rules.actionNotAllowed', { action: 'update', status: 'sent' })
    await expectRefused(db, expireQuote, { quoteId: quote.quoteId }, 'sales.rules.quoteStillValid', { validUntil: '2026-04-01' })
  })

  it('a prospect orders only once it is a customer; an unknown product or an inactive one is refused', async () => {
    const { db } = await withChain()
    await expectRefused(db, createOrder, { customerId: nova.id, lines: [{ productId: chair.id, quantity: 1 }] }, 'sales.rules.prospectCannotOrder', { name: 'Nova Conseil' })
    await expectRefused(db, createQuote, { customerId: dubois.id, lines: [{ productId: 'p-none', quantity: 1 }] }, 'sales.errors.unknownProduct', { productId: 'p-none' })
    await db.products.update(desk.id, { active: false })
    await expectRefused(db, createQuote, { customerId: dubois.id, lines: [{ productId: desk.id, quantity: 1 }] }, 'sales.errors.inactiveProduct', { reference: 'BUR-010' })
    await expectRefused(db, createQuote, { customerId: dubois.id, lines: [{ productId: chair.id, quantity: 1.0005 }] }, 'calc.error.tooManyDecimals', { field: 'lines[0].quantity' })
  })

  it('a delivery ships at most the backorder, and only what the warehouse holds', async () => {
    const { db, order } = await withChain()
    await expectRefused(db, createDelivery, { orderId: order.orderId, lines: [{ line: 0, quantity: 5 }] }, 'sales.rules.deliveryExceedsRemaining', {
      line: 1, designation: 'Chaise de bureau', requested: 5, remaining: 4, ordered: 12, delivered: 8,
    })
    const big = await run(db, createOrder, { customerId: dubois.id, lines: [{ productId: desk.id, quantity: 11 }] })
    await expectRefused(db, createDelivery, { orderId: big.orderId }, 'sales.rules.stockShort', { reference: 'BUR-010', requested: 11, available: 10, warehouse: 'wh-lyon' })
  })

  it('an invoice bills a delivery once; a credit note credits at most what was invoiced', async () => {
    const { db, delivery, invoice } = await withChain()
    await expectRefused(db, createInvoice, { deliveryIds: [delivery.deliveryId] }, 'sales.rules.nothingToInvoice', { deliveries: 'BL-2026-00001' })
    await expectRefused(db, createCreditNote, { invoiceId: invoice.invoiceId, mode: 'partial', lines: [{ line: 0, quantity: 9 }], reason: 'Retour' }, 'sales.rules.creditExceedsInvoiced', {
      line: 1, requested: 9, invoiced: 8, returned: 0, creditable: 8,
    })
    const credit = await run(db, createCreditNote, { invoiceId: invoice.invoiceId, mode: 'partial', lines: [{ line: 0, quantity: 6 }], reason: 'Retour' })
    await expectRefused(db, createCreditNote, { invoiceId: invoice.invoiceId, mode: 'partial', lines: [{ line: 0, quantity: 3 }], reason: 'Retour' }, 'sales.rules.creditExceedsInvoiced', {
      returned: 6, creditable: 2,
    })
    await expectRefused(db, receiveReturn, { creditNoteId: credit.creditNoteId }, 'sales.rules.actionNotAllowed', { action: 'receiveReturn', status: 'draft' })
    await run(db, validateCreditNote, { creditNoteId: credit.creditNoteId })
    await run(db, receiveReturn, { creditNoteId: credit.creditNoteId })
    await expectRefused(db, receiveReturn, { creditNoteId: credit.creditNoteId }, 'sales.rules.returnAlreadyReceived', { receivedDate: '2026-03-02' })
  })

  it('acomptes never exceed the order; an order with deliveries or acomptes is not cancelled', async () => {
    const { db, order } = await withChain()
    await expectRefused(db, cancelOrder, { orderId: order.orderId, reason: 'Client' }, 'sales.rules.actionNotAllowed', { action: 'cancel', status: 'partlyDelivered' })
    const fresh = await run(db, createOrder, { customerId: dubois.id, lines: [{ productId: setup.id, quantity: 10 }] })
    await run(db, createDownPayment, { orderId: fresh.orderId, percent: 80 })
    await expectRefused(db, createDownPayment, { orderId: fresh.orderId, percent: 30 }, 'sales.rules.downPaymentExceedsOrder', {
      requestedCents: 21_600, alreadyCents: 57_600, orderCents: 72_000, requestedEuros: 216, orderEuros: 720,
    })
    await expectRefused(db, cancelOrder, { orderId: fresh.orderId, reason: 'Client' }, 'sales.rules.orderHasDownPayment', { number: fresh.number })
  })

  it('validation is refused with the list of missing mentions, each from its article', async () => {
    const settings = makeSettings()
    const { db } = await salesWorkspace({ ...settings, identity: { ...settings.identity, shareCapitalCents: 0, rcsCity: '' } })
    await db.tiers.update(dubois.id, { name: '' })
    const order = await run(db, createOrder, { customerId: dubois.id, lines: [{ productId: chair.id, quantity: 1 }], customerPoNumber: 'PO-9' })
    const delivery = await run(db, createDelivery, { orderId: order.orderId })
    const invoice = await run(db, createInvoice, { deliveryIds: [delivery.deliveryId] })
    await run(db, updateInvoiceDraft, { docId: invoice.invoiceId, customerPoNumber: '' })
    await expectRefused(db, validateInvoice, { invoiceId: invoice.invoiceId }, 'sales.rules.mentionsMissing', {
      count: 4, mentions: 'sellerShareCapital,sellerRcs,customerName,customerPoNumber', firstMention: 'sellerShareCapital', source: 'C. com. R123-237',
    })
  })

  it('bad input names the field and is journaled too', async () => {
    const { db } = await withChain()
    await expectRefused(db, createQuote, { customerId: dubois.id, lines: [] }, 'command.invalid.too_small', { field: 'lines' })
  })
})
