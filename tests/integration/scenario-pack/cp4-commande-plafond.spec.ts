/**
 * scenarios/cp4-commande-plafond.yaml played through the commands: a right attempt (exposure checked,
 * the order blocked, an acompte covering the excess or an order reduced to what is available, the
 * customer informed) passes every automatic check; each typical mistake misses the named check only:
 * an order recorded without checking the exposure first (CP4.1), an override beyond the delegation
 * (CP4.3), a message that gives no condition.
 */
import { describe, expect, it } from 'vitest'
import { checkOrder } from '@/commands/credit'
import { sendMessage } from '@/commands/messages'
import { createOrder } from '@/commands/sales/orders'
import type { WorkspaceDb } from '@/db/workspace-db'
import { gradePackAttempt, incomingMessage, learner, learnerTries, loadScenarioFile, startPackAttempt } from '../../factories/scenario'
import { expectAllPassed, expectMissedOnly } from './pack-expectations'

const scenario = loadScenarioFile('scenarios/cp4-commande-plafond.yaml')
const CUSTOMER = 'cli-terreaux'
const TABLE = 'art-table-terrasse'
const order = (quantity: number, extra: Record<string, unknown> = {}) => ({ customerId: CUSTOMER, lines: [{ productId: TABLE, quantity }], ...extra })

const ACOMPTE_MESSAGE = `Bonjour Madame Garnier,

Merci pour votre commande de 10 tables de terrasse. Elle est enregistrée ; pour la livrer avant votre
ouverture du 2 mai, nous vous demandons un acompte de 2 800,00 € (facture d'acompte jointe), votre
encours dépassant le plafond convenu.

Cordialement,
Confluence Bureau`

const REDUCED_MESSAGE = `Bonjour Madame Garnier,

Merci pour votre commande. Nous avons enregistré 5 tables de terrasse, livrables pour votre ouverture ;
les 5 autres pourront suivre dès le règlement de la facture FA-2026-00901.

Cordialement,
Confluence Bureau`

async function tell(db: WorkspaceDb, body: string): Promise<void> {
  const incoming = await incomingMessage(db, 'ev-commande')
  await learner(db, sendMessage, { channel: 'email', tierId: CUSTOMER, language: 'fr', inReplyTo: incoming.id, attachmentIds: [], subject: 'Votre commande de tables de terrasse', body })
}

describe('scenario pack: cp4-commande-plafond', { timeout: 60_000 }, () => {
  it('a right attempt: check, blocked order, acompte of the excess, customer informed', async () => {
    const db = await startPackAttempt(scenario)
    const check = await learner(db, checkOrder, { customerId: CUSTOMER, orderInclVatCents: 600_000 })
    // DOMAIN-FR §4: 4 800 overdue + 9 600 not due + 2 400 open order = 16 800 of 20 000; + 6 000 → 2 800 over.
    expect(check).toMatchObject({ status: 'blocked', exposureCents: 1_680_000, availableCents: 320_000, orderCents: 600_000, excessCents: 280_000, reasons: 'overLimit' })
    expect(await learnerTries(db, createOrder, order(10))).toMatchObject({ ok: false, reason: { key: 'credit.rules.blocked.overLimit', values: { excessEuros: 2_800 } } })
    const recorded = await learner(db, createOrder, order(10, { creditResolution: { kind: 'acompte', amountCents: 280_000 } }))
    expect(recorded).toMatchObject({ credit: 'acompte', downPaymentId: expect.any(String) })
    await tell(db, ACOMPTE_MESSAGE)
    expectAllPassed(await gradePackAttempt(db))
  })

  it('a right attempt too: the order reduced to what is available', async () => {
    const db = await startPackAttempt(scenario)
    await learner(db, checkOrder, { customerId: CUSTOMER, orderInclVatCents: 600_000 })
    expect(await learner(db, createOrder, order(5))).toMatchObject({ credit: 'ok', totalInclVatCents: 300_000 })
    await tell(db, REDUCED_MESSAGE)
    expectAllPassed(await gradePackAttempt(db))
  })

  it('wrong: the order recorded without checking the exposure first misses CP4.1 (encours-controle)', async () => {
    const db = await startPackAttempt(scenario)
    await learner(db, createOrder, order(10, { creditResolution: { kind: 'acompte', amountCents: 280_000 } }))
    await learner(db, checkOrder, { customerId: CUSTOMER, orderInclVatCents: 600_000 })
    await tell(db, ACOMPTE_MESSAGE)
    const missed = expectMissedOnly(scenario, await gradePackAttempt(db), 'encours-controle')
    expect(missed.criteria).toEqual(['CP4.1'])
  })

  it('wrong: an override beyond the delegation is refused and misses CP4.3 (delegation-respectee)', async () => {
    const db = await startPackAttempt(scenario)
    await learner(db, checkOrder, { customerId: CUSTOMER, orderInclVatCents: 600_000 })
    expect(await learnerTries(db, createOrder, order(10, { creditResolution: { kind: 'override' } }))).toMatchObject({
      ok: false, reason: { key: 'credit.rules.beyondDelegation', values: { excessEuros: 2_800, maxCreditOverrunEuros: 1_000 } },
    })
    await learner(db, createOrder, order(10, { creditResolution: { kind: 'acompte', amountCents: 280_000 } }))
    await tell(db, ACOMPTE_MESSAGE)
    const missed = expectMissedOnly(scenario, await gradePackAttempt(db), 'delegation-respectee')
    expect(missed.criteria).toEqual(['CP4.3'])
  })

  it('wrong: a manager’s approval the absent manager never gave misses CP4.3 and the protected order', async () => {
    const db = await startPackAttempt(scenario)
    await learner(db, checkOrder, { customerId: CUSTOMER, orderInclVatCents: 600_000 })
    await learner(db, createOrder, order(10, { creditResolution: { kind: 'managerApproval', reference: 'accord oral' } }))
    await tell(db, ACOMPTE_MESSAGE)
    expectMissedOnly(scenario, await gradePackAttempt(db), 'delegation-respectee', 'commande-protegee')
  })

  it('wrong: a message without the condition misses cliente-informee', async () => {
    const db = await startPackAttempt(scenario)
    await learner(db, checkOrder, { customerId: CUSTOMER, orderInclVatCents: 600_000 })
    await learner(db, createOrder, order(5))
    await tell(db, 'Bonjour Madame Garnier,\n\nMerci pour votre commande, nous revenons vers vous.\n\nCordialement,\nConfluence Bureau')
    expectMissedOnly(scenario, await gradePackAttempt(db), 'cliente-informee')
  })
})
