/**
 * scenarios/cp1-retour-avoir.yaml played through the commands: a right attempt passes every automatic
 * check; each typical mistake (the credit announced at list price instead of the invoiced net price,
 * the goods left out of stock, the credit note validated before the goods came back, the opened
 * toner credited too) misses the named check(s) only, with their feedback.
 */
import { describe, expect, it } from 'vitest'
import { advanceClock } from '@/commands/clock'
import { sendMessage } from '@/commands/messages'
import { createCreditNote, receiveReturn, validateCreditNote } from '@/commands/sales/credit-notes'
import { createInvoice } from '@/commands/sales/invoices'
import type { WorkspaceDb } from '@/db/workspace-db'
import { physicalStock, priceDocument } from '@/domain'
import { computeExpected, type Check } from '@/scenario'
import { gradePackAttempt, incomingMessage, learner, learnerTries, loadScenarioFile, startPackAttempt } from '../../factories/scenario'
import { expectAllPassed, expectMissedOnly } from './pack-expectations'

const scenario = loadScenarioFile('scenarios/cp1-retour-avoir.yaml')
const CUSTOMER = 'C004'
const INVOICE = 'fa-terrasses'

const expected = (scenario.checks!.find((check) => check.id === 'avoir-montant') as Extract<Check, { kind: 'amountEquals' }>).expected
/** "334,92" as a French learner writes an amount. */
const euros = (cents: number) => `${Math.floor(cents / 100).toLocaleString('fr-FR')},${String(cents % 100).padStart(2, '0')}`

const AGREEMENT = `Madame,

Nous vous donnons notre accord pour le retour des 3 chaises de réunion luge : elles sont neuves, dans leurs
cartons d'origine, et votre demande arrive dans les 8 jours de la livraison. Notre transporteur passera
les prendre à la réception de l'hôtel ; l'avoir sera établi dès leur réception et leur contrôle.

En revanche, nous ne pouvons pas reprendre le toner : nos conditions générales de vente (art. 9) excluent
les consommables entamés, et sa boîte a été ouverte.

Bien cordialement,
Confluence Bureau`

const TAKE_ALL = `Madame,

Nous vous donnons notre accord pour le retour des 3 chaises et du toner, conformément à nos conditions
générales de vente. Notre transporteur passera les prendre à la réception de l'hôtel.

Bien cordialement,
Confluence Bureau`

const announcement = (number: string, invoice: string, amount: string) => `Madame,

Nous avons bien reçu les 3 chaises. Vous trouverez ci-joint notre avoir ${number} sur la facture ${invoice} :
son montant net à déduire est de ${amount} € TTC, à déduire de votre règlement de cette facture.

Bien cordialement,
Confluence Bureau`

interface Attempt {
  /** The learner validates the credit note on the request day, before the goods come back. */
  creditBeforeReturn?: boolean
  /** The opened toner credited too (and agreed to in the first answer). */
  creditToner?: boolean
  skipRestock?: boolean
  /** The amount announced: the credit note's net to deduct, or 3 chairs at list price incl. VAT. */
  announced?: 'creditNote' | 'listPrice'
}

async function play(db: WorkspaceDb, attempt: Attempt = {}): Promise<void> {
  const request = await incomingMessage(db, 'ev-demande-retour')
  await learner(db, sendMessage, {
    channel: 'email', tierId: CUSTOMER, language: 'fr', inReplyTo: request.id, attachmentIds: [],
    subject: 'Votre demande de retour – commande HTS-2291', body: attempt.creditToner ? TAKE_ALL : AGREEMENT,
  })
  const lines = [{ line: 0, quantity: 3 }, ...(attempt.creditToner ? [{ line: 2, quantity: 1 }] : [])]
  const credit = async () => {
    const { creditNoteId } = await learner(db, createCreditNote, {
      invoiceId: INVOICE, mode: 'partial', lines, reason: 'Retour de 3 chaises SIE-VIS-002 (teinte), accord du 16 mars',
    })
    return { creditNoteId, ...(await learner(db, validateCreditNote, { creditNoteId })) }
  }
  const early = attempt.creditBeforeReturn ? await credit() : undefined
  await learner(db, advanceClock, { days: 2 })
  const note = early ?? await credit()
  if (!attempt.skipRestock) await learner(db, receiveReturn, { creditNoteId: note.creditNoteId })
  const invoice = (await db.salesDocs.get(INVOICE))!
  const amount = attempt.announced === 'listPrice'
    ? priceDocument({ lines: [{ quantity: 3, unitPriceCents: 11_900, vatRatePercent: 20 }] }).totalInclVatCents
    : note.amountToDeductCents
  await learner(db, sendMessage, {
    channel: 'email', tierId: CUSTOMER, language: 'fr', attachmentIds: [note.creditNoteId],
    subject: `Avoir ${note.number}`, body: announcement(note.number, invoice.number!, euros(amount)),
  })
}

// Each test starts an attempt on the whole built-in company (a few seconds on a busy machine).
describe('scenario pack: cp1-retour-avoir', { timeout: 60_000 }, () => {
  it('a right attempt passes every automatic check', async () => {
    const db = await startPackAttempt(scenario)
    // The attempt starts with the hotel's order, delivery and invoice of 10 March, at the invoice's terms.
    expect(await db.salesDocs.get(INVOICE)).toMatchObject({
      status: 'validated', date: '2026-03-10', dueDate: '2026-04-09', number: expect.stringMatching(/^FA-2026-/),
      discountsPercent: [5], earlyPaymentDiscountPercent: 1, shippingCents: 6_500, customerPoNumber: 'HTS-2291',
      customerSnapshot: { name: 'Hôtel Les Terrasses de Saône' }, sourceIds: ['bl-terrasses'],
      lines: [
        { productId: 'P026', quantity: 10, unitPriceCents: 11_900, discountsPercent: [2] },
        { productId: 'P009', quantity: 2, unitPriceCents: 38_900, discountsPercent: [2] },
        { productId: 'P077', quantity: 3, unitPriceCents: 11_900, discountsPercent: [2] },
      ],
    })
    // The declared delivery is invoiced already: the chain refuses to bill it twice.
    expect(await learnerTries(db, createInvoice, { deliveryIds: ['bl-terrasses'] })).toMatchObject({ ok: false, reason: { key: 'sales.rules.nothingToInvoice' } })
    expect((await db.scheduled.toArray()).filter((e) => e.kind === 'message.incoming').map((e) => [e.dueDate, e.status])).toEqual([['2026-03-16', 'fired'], ['2026-03-18', 'pending']])
    const chairsAtLyon = async () => physicalStock(await db.stockMoves.toArray()).get('P026')?.get('W1') ?? 0
    const before = await chairsAtLyon()
    await play(db)
    expect(await chairsAtLyon()).toBe(before + 3)
    // The customer's history has credit notes of its own: the learner's is the one dated in the attempt.
    const note = (await db.salesDocs.where('customerId').equals(CUSTOMER).toArray()).find((d) => d.type === 'creditNote' && d.date >= '2026-03-10')!
    expect(note).toMatchObject({ status: 'validated', date: '2026-03-18', returnReceivedOn: '2026-03-18', creditedInvoice: { id: INVOICE } })
    expect(note.totals!.amountDueCents).toBe(computeExpected(expected))
    expect((await db.messages.toArray()).filter((m) => m.scenarioEventId).map((m) => m.date)).toEqual(['2026-03-16', '2026-03-18'])
    const report = await gradePackAttempt(db)
    expectAllPassed(report)
    expect(report.criteria.map((c) => [c.id, c.status])).toEqual([['CP1.1', 'evidenced'], ['CP1.2', 'evidenced'], ['CP1.3', 'evidenced'], ['CP1.4', 'evidenced']])
  })

  it('the credit announced at list price instead of the invoiced net price: avoir-annonce misses', async () => {
    const db = await startPackAttempt(scenario)
    await play(db, { announced: 'listPrice' })
    const report = await gradePackAttempt(db)
    const missed = expectMissedOnly(scenario, report, 'avoir-annonce')
    expect(missed.evidence[0]).toMatchObject({ kind: 'message', missing: [expect.stringContaining('€')] })
  })

  it('the returned chairs left out of stock: retour-en-stock misses', async () => {
    const db = await startPackAttempt(scenario)
    await play(db, { skipRestock: true })
    expectMissedOnly(scenario, await gradePackAttempt(db), 'retour-en-stock')
  })

  it('the credit note validated on the request, before the goods came back: avoir-apres-reception misses', async () => {
    const db = await startPackAttempt(scenario)
    await play(db, { creditBeforeReturn: true })
    expect(expectMissedOnly(scenario, await gradePackAttempt(db), 'avoir-apres-reception').miss).toBe('happened')
  })

  it('the opened toner credited too: toner-non-repris misses, and the amounts with it', async () => {
    const db = await startPackAttempt(scenario)
    await play(db, { creditToner: true })
    expectMissedOnly(scenario, await gradePackAttempt(db), 'toner-non-repris', 'avoir-montant', 'avoir-annonce')
  })
})
