/**
 * scenarios/cp1-commande-livraison-partielle.yaml played through the commands: a right attempt passes
 * every automatic check; each typical mistake (invoicing before delivering, through an acompte
 * invoice of the whole order; invoicing the next month, which moves the due date; a message that does
 * not say when the backorder comes) misses the named check only, with its feedback.
 */
import { describe, expect, it } from 'vitest'
import { advanceClock } from '@/commands/clock'
import { sendMessage } from '@/commands/messages'
import { createInvoice, validateInvoice } from '@/commands/sales/invoices'
import { createDelivery, createDownPayment, createOrder } from '@/commands/sales/orders'
import { acceptQuote } from '@/commands/sales/quotes'
import type { WorkspaceDb } from '@/db/workspace-db'
import { physicalStock } from '@/domain'
import { gradePackAttempt, incomingMessage, learner, learnerTries, loadScenarioFile, startPackAttempt } from '../../factories/scenario'
import { expectAllPassed, expectMissedOnly } from './pack-expectations'

const scenario = loadScenarioFile('scenarios/cp1-commande-livraison-partielle.yaml')
const CUSTOMER = 'cli-bellecour'
const QUOTE = 'dev-bellecour'

const MESSAGE = `Bonjour Monsieur Brun,

Merci pour votre commande BA-2026-041. Nous vous livrons aujourd'hui les 6 bureaux, les 6 caissons et
4 des 6 fauteuils ergonomiques. Les 2 fauteuils restants (reliquat) partiront le vendredi 10 avril, dès
réception de notre réassort. La facture ci-jointe ne porte que ce qui est livré ; le reliquat sera
facturé à sa livraison.

Avec nos excuses pour ce contretemps,
Confluence Bureau`

const WITHOUT_DATE = `Bonjour Monsieur Brun,

Nous vous livrons aujourd'hui 6 bureaux, 6 caissons et 4 fauteuils. Les 2 fauteuils restants suivront
dès que possible.

Cordialement,
Confluence Bureau`

interface Attempt {
  /** An acompte invoice of the whole order, validated before anything is shipped. */
  invoiceBeforeDelivery?: boolean
  /** Days the learner lets pass between the delivery and the invoice's validation. */
  invoiceDaysLater?: number
  message?: string
}

async function play(db: WorkspaceDb, attempt: Attempt = {}): Promise<void> {
  const order = await incomingMessage(db, 'ev-commande')
  await learner(db, acceptQuote, { quoteId: QUOTE })
  const { orderId } = await learner(db, createOrder, { quoteId: QUOTE, customerPoNumber: 'BA-2026-041' })
  if (attempt.invoiceBeforeDelivery) {
    const { downPaymentId } = await learner(db, createDownPayment, { orderId, percent: 100 })
    await learner(db, validateInvoice, { invoiceId: downPaymentId })
  }
  // Everything at once is refused: 6 chairs asked, 4 in stock at Lyon.
  expect(await learnerTries(db, createDelivery, { orderId })).toMatchObject({ ok: false, reason: { key: 'sales.rules.stockShort', values: { reference: 'SIE-ERG-002-BP', requested: 6, available: 4, warehouse: 'W1' } } })
  const delivery = await learner(db, createDelivery, { orderId, lines: [{ line: 0, quantity: 6 }, { line: 1, quantity: 4 }, { line: 2, quantity: 6 }] })
  expect(delivery).toMatchObject({ orderStatus: 'partlyDelivered', backorder: 2 })
  const { invoiceId } = await learner(db, createInvoice, { deliveryIds: [delivery.deliveryId] })
  if (attempt.invoiceDaysLater) await learner(db, advanceClock, { days: attempt.invoiceDaysLater })
  await learner(db, validateInvoice, { invoiceId })
  await learner(db, sendMessage, {
    channel: 'email', tierId: CUSTOMER, language: 'fr', inReplyTo: order.id, attachmentIds: [invoiceId],
    subject: 'Votre commande BA-2026-041 : livraison partielle et reliquat', body: attempt.message ?? MESSAGE,
  })
}

const invoiceOf = async (db: WorkspaceDb) => (await db.salesDocs.where('customerId').equals(CUSTOMER).toArray()).find((d) => d.type === 'invoice')!

// Each test starts an attempt on the whole built-in company (a few seconds on a busy machine).
describe('scenario pack: cp1-commande-livraison-partielle', { timeout: 60_000 }, () => {
  it('a right attempt passes every automatic check', async () => {
    const db = await startPackAttempt(scenario)
    // The attempt starts with the quote of 18 March sent, and the customer's and the warehouse's messages.
    expect(await db.salesDocs.get(QUOTE)).toMatchObject({
      status: 'sent', date: '2026-03-18', validUntil: '2026-04-17', discountsPercent: [10, 3], shippingCents: 9_500, number: expect.stringMatching(/^DE-2026-/),
      lines: [{ productId: 'P002', unitPriceCents: 35_900 }, { productId: 'art-fauteuil-bp', unitPriceCents: 47_900 }, { productId: 'P011', unitPriceCents: 18_900 }],
    })
    expect((await db.tiers.get(CUSTOMER))!.customer!.paymentTerms).toEqual({ kind: 'daysEndOfMonth', days: 45, method: 'endOfMonthThenAddDays' })
    expect((await db.messages.toArray()).filter((m) => m.scenarioEventId).map((m) => m.scenarioEventId)).toEqual(['ev-commande', 'ev-stock'])
    // At Lyon: the 4 chairs of the file, and enough desks and pedestals in the built-in company.
    const stock = physicalStock(await db.stockMoves.toArray())
    const lyon = (productId: string) => stock.get(productId)?.get('W1') ?? 0
    expect(lyon('art-fauteuil-bp')).toBe(4)
    expect(Math.min(lyon('P002'), lyon('P011'))).toBeGreaterThanOrEqual(6)
    await play(db)
    const invoice = await invoiceOf(db)
    // Invoiced on the delivery day (26 March): end of March + 45 days.
    expect(invoice).toMatchObject({ status: 'validated', date: '2026-03-26', saleDate: '2026-03-26', dueDate: '2026-05-15', customerPoNumber: 'BA-2026-041' })
    expect(invoice.lines.map((l) => [l.productId, l.quantity])).toEqual([['P002', 6], ['art-fauteuil-bp', 4], ['P011', 6]])
    const report = await gradePackAttempt(db)
    expectAllPassed(report)
    expect(report.criteria.every((c) => c.status === 'evidenced')).toBe(true)
  })

  it('an acompte invoice of the whole order validated before shipping: facture-apres-livraison misses', async () => {
    const db = await startPackAttempt(scenario)
    await play(db, { invoiceBeforeDelivery: true })
    const report = await gradePackAttempt(db)
    expect(expectMissedOnly(scenario, report, 'facture-apres-livraison').miss).toBe('wrongOrder')
  })

  it('the invoice validated the next month (1 April): echeance-facture misses', async () => {
    const db = await startPackAttempt(scenario)
    await play(db, { invoiceDaysLater: 6 })
    // End of April + 45 days: a month later than the delivery's terms give.
    expect(await invoiceOf(db)).toMatchObject({ date: '2026-04-01', saleDate: '2026-03-26', dueDate: '2026-06-14' })
    const report = await gradePackAttempt(db)
    expectMissedOnly(scenario, report, 'echeance-facture')
  })

  it('a message that does not say when the backorder comes: client-informe-reliquat misses', async () => {
    const db = await startPackAttempt(scenario)
    await play(db, { message: WITHOUT_DATE })
    const report = await gradePackAttempt(db)
    const missed = expectMissedOnly(scenario, report, 'client-informe-reliquat')
    expect(missed.evidence[0]).toMatchObject({ kind: 'message', missing: ['10 avril | 10/04 | 10/04/2026'] })
  })
})
