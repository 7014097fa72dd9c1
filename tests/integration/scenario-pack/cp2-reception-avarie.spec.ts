/**
 * scenarios/cp2-reception-avarie.yaml played through the commands: a right attempt (7 desks received
 * into stock, 3 declared damaged so a supplier claim opens, the waiting customer told) passes every
 * automatic check; each typical mistake (damaged goods put into stock, reception not recorded, customer
 * not informed) misses the named check(s) only.
 */
import { describe, expect, it } from 'vitest'
import { sendMessage } from '@/commands/messages'
import { receiveSupplierOrder } from '@/commands/purchasing'
import type { WorkspaceDb } from '@/db/workspace-db'
import { physicalStock } from '@/domain'
import { gradePackAttempt, learner, loadScenarioFile, startPackAttempt } from '../../factories/scenario'
import { expectAllPassed, expectMissedOnly } from './pack-expectations'

const scenario = loadScenarioFile('scenarios/cp2-reception-avarie.yaml')

const TO_CUSTOMER = `Monsieur,

La livraison de notre fournisseur est arrivée ce matin, mais 3 bureaux ont été endommagés pendant le
transport (plateau fendu). Nous pouvons vous livrer dès demain 7 bureaux sur les 8 de votre commande
CSA-0412 ; le dernier suivra dès que le fournisseur nous aura envoyé le bureau de remplacement.`

interface Attempt {
  reception?: 'declared' | 'allInStock' | 'none'
  informCustomer?: boolean
}

async function play(db: WorkspaceDb, attempt: Attempt = {}): Promise<void> {
  const reception = attempt.reception ?? 'declared'
  if (reception === 'declared') await learner(db, receiveSupplierOrder, { orderId: 'cf-jura-avarie', lines: [{ line: 0, good: 7, damaged: 3 }] })
  if (reception === 'allInStock') await learner(db, receiveSupplierOrder, { orderId: 'cf-jura-avarie', lines: [{ line: 0, good: 10 }] })
  if (attempt.informCustomer !== false) {
    await learner(db, sendMessage, {
      channel: 'email', tierId: 'cli-cabinet-saone', language: 'fr', attachmentIds: [],
      subject: 'Votre commande CSA-0412 : livraison', body: TO_CUSTOMER,
    })
  }
}

const stockOfDesk = async (db: WorkspaceDb) => physicalStock(await db.stockMoves.where('productIds').equals('P001').toArray()).get('P001')?.get('W1') ?? 0

describe('scenario pack: cp2-reception-avarie', { timeout: 90_000 }, () => {
  it('starts with the confirmed supplier order due today and no desk in stock', async () => {
    const db = await startPackAttempt(scenario)
    expect(await db.purchaseDocs.get('cf-jura-avarie')).toMatchObject({ number: 'CF-2026-JURA-07', status: 'confirmed', promisedDate: '2026-05-12', supplierId: 'S003', lines: [{ productId: 'P001', quantity: 10 }] })
    expect(await stockOfDesk(db)).toBe(0)
  })

  it('a right attempt passes every automatic check: 7 desks in stock, 3 claimed', async () => {
    const db = await startPackAttempt(scenario)
    await play(db)
    expect(await stockOfDesk(db)).toBe(7)
    expect(await db.purchaseDocs.get('cf-jura-avarie')).toMatchObject({ status: 'partlyReceived' })
    const report = await gradePackAttempt(db)
    expectAllPassed(report)
    expect(report.criteria.filter((c) => ['CP2.2', 'CP2.3'].includes(c.id)).every((c) => c.status === 'evidenced')).toBe(true)
  })

  it('the damaged desks put into stock: avarie-en-reclamation and pas-avarie-en-stock miss', async () => {
    const db = await startPackAttempt(scenario)
    await play(db, { reception: 'allInStock' })
    expect(await stockOfDesk(db)).toBe(10)
    expectMissedOnly(scenario, await gradePackAttempt(db), 'avarie-en-reclamation', 'pas-avarie-en-stock')
  })

  it('the reception not recorded: reception-enregistree, avarie-en-reclamation and pas-avarie-en-stock miss', async () => {
    const db = await startPackAttempt(scenario)
    await play(db, { reception: 'none' })
    expectMissedOnly(scenario, await gradePackAttempt(db), 'reception-enregistree', 'avarie-en-reclamation', 'pas-avarie-en-stock')
  })

  it('the customer not informed: client-informe-avarie misses', async () => {
    const db = await startPackAttempt(scenario)
    await play(db, { informCustomer: false })
    expectMissedOnly(scenario, await gradePackAttempt(db), 'client-informe-avarie')
  })
})
