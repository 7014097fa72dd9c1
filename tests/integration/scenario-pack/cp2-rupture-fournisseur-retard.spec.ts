/**
 * scenarios/cp2-rupture-fournisseur-retard.yaml played through the commands: a right attempt (8 desks
 * missing, ordered and sent the same day to the Jura workshop whose 15-day lead time meets the
 * customer's date, its promise recorded, chased once late, the customer told the new date) passes
 * every automatic check; each typical mistake misses the named check(s) only.
 */
import { describe, expect, it } from 'vitest'
import { advanceClock } from '@/commands/clock'
import { sendMessage } from '@/commands/messages'
import { chaseSupplier, confirmSupplierOrder, createSupplierOrder, sendSupplierOrder } from '@/commands/purchasing'
import type { WorkspaceDb } from '@/db/workspace-db'
import { answer, gradePackAttempt, incomingMessage, learner, learnerTries, loadScenarioFile, startPackAttempt } from '../../factories/scenario'
import { expectAllPassed, expectMissedOnly } from './pack-expectations'

const scenario = loadScenarioFile('scenarios/cp2-rupture-fournisseur-retard.yaml')

const TO_CUSTOMER = `Madame,

Notre fournisseur vient de nous informer d'un retard de fabrication : les 8 bureaux qui complètent votre
commande RHS-2026-118 vous seront livrés le jeudi 30 avril au lieu du 22. Nous pouvons vous livrer dès
maintenant les 4 bureaux disponibles pour l'ouverture du 27 avril.

Nous vous prions de nous excuser pour ce contretemps.`

interface Attempt {
  supplierId?: string
  quantity?: number
  missing?: string
  chase?: boolean
  informCustomer?: boolean
}

async function play(db: WorkspaceDb, attempt: Attempt = {}): Promise<void> {
  await answer(db, 't-disponibilite', attempt.missing ?? '8')
  const supplierId = attempt.supplierId ?? 'S003'
  const { orderId } = await learner(db, createSupplierOrder, { supplierId, lines: [{ productId: 'P002', quantity: attempt.quantity ?? 8 }] })
  await learner(db, sendSupplierOrder, { orderId })
  await learner(db, advanceClock, { days: 1 })
  expect((await incomingMessage(db, 'ev-accuse-fournisseur')).body).toContain('22 avril')
  await learner(db, confirmSupplierOrder, { orderId, promisedDate: supplierId === 'S003' ? '2026-04-22' : '2026-04-28' })
  // The day after the promise: nothing came, the supplier announces a delay.
  await learner(db, advanceClock, { days: 15 })
  expect((await incomingMessage(db, 'ev-retard-fournisseur')).body).toContain('30 avril')
  // Refused (and journaled) when the order is not late on the clock.
  if (attempt.chase !== false) await learnerTries(db, chaseSupplier, { orderId })
  if (attempt.informCustomer !== false) {
    await learner(db, sendMessage, {
      channel: 'email', tierId: 'cli-rhone-habitat', language: 'fr', attachmentIds: [],
      subject: 'Commande RHS-2026-118 : nouvelle date de livraison', body: TO_CUSTOMER,
    })
  }
}

describe('scenario pack: cp2-rupture-fournisseur-retard', { timeout: 90_000 }, () => {
  it('a right attempt passes every automatic check', async () => {
    const db = await startPackAttempt(scenario)
    await play(db)
    const report = await gradePackAttempt(db)
    expectAllPassed(report)
    expect(report.criteria.filter((c) => ['CP2.1', 'CP2.2', 'CP2.3'].includes(c.id)).every((c) => c.status === 'evidenced')).toBe(true)
  })

  it('the late supplier not chased: relance-fournisseur misses', async () => {
    const db = await startPackAttempt(scenario)
    await play(db, { chase: false })
    expectMissedOnly(scenario, await gradePackAttempt(db), 'relance-fournisseur')
  })

  it('the customer not told the new date: client-informe-date misses', async () => {
    const db = await startPackAttempt(scenario)
    await play(db, { informCustomer: false })
    expectMissedOnly(scenario, await gradePackAttempt(db), 'client-informe-date')
  })

  it('too few desks ordered (4 instead of the 8 missing) and the shortage miscounted: commande-fournisseur-delai and manque-calcule miss', async () => {
    const db = await startPackAttempt(scenario)
    await play(db, { quantity: 4, missing: '4' })
    expectMissedOnly(scenario, await gradePackAttempt(db), 'commande-fournisseur-delai', 'manque-calcule')
  })

  it('ordered from the supplier whose 21-day lead time misses the date: commande-fournisseur-delai and confirmation-enregistree miss, and its order is not late to chase', async () => {
    const db = await startPackAttempt(scenario)
    await play(db, { supplierId: 'S001' })
    expectMissedOnly(scenario, await gradePackAttempt(db), 'commande-fournisseur-delai', 'confirmation-enregistree', 'relance-fournisseur')
  })

  it('a chase before the order is late is refused and journaled: the check stays missed', async () => {
    const db = await startPackAttempt(scenario)
    await answer(db, 't-disponibilite', '8')
    const { orderId } = await learner(db, createSupplierOrder, { supplierId: 'S003', lines: [{ productId: 'P002', quantity: 8 }] })
    await learner(db, sendSupplierOrder, { orderId })
    const early = await learnerTries(db, chaseSupplier, { orderId })
    expect(early).toMatchObject({ ok: false, reason: { key: 'purchasing.rules.notLate' } })
    const report = await gradePackAttempt(db)
    expect(report.checks.find((c) => c.id === 'relance-fournisseur')!.passed).toBe(false)
  })
})
