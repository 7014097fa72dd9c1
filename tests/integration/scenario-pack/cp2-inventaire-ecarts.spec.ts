/**
 * scenarios/cp2-inventaire-ecarts.yaml played through the commands: a right attempt (the count
 * recorded at Lyon Gerland, the end-of-range lamps donated, accounting informed) passes every
 * automatic check; each typical mistake (the lamps written off as a loss instead of donated; the count
 * not recorded; accounting not told) misses the named check(s) only, with its feedback.
 */
import { describe, expect, it } from 'vitest'
import { sendMessage } from '@/commands/messages'
import { adjustStock, countInventory, donateStock } from '@/commands/stock'
import type { WorkspaceDb } from '@/db/workspace-db'
import { physicalStock } from '@/domain'
import { gradePackAttempt, learner, loadScenarioFile, startPackAttempt } from '../../factories/scenario'
import { expectAllPassed, expectMissedOnly } from './pack-expectations'

const scenario = loadScenarioFile('scenarios/cp2-inventaire-ecarts.yaml')

const TO_ACCOUNTING = `Bonjour,

Inventaire du 31 mars à l'entrepôt de Lyon Gerland : écart de −3 classeurs FOU-CLA-INV (37 comptés pour 40),
soit 5,40 € au CUMP. Les 12 lampes LED de fin de série ont été données à la Ressourcerie du Rhône
(loi AGEC) ; je vous transmets le reçu de don dès réception.`

interface Attempt {
  count?: boolean
  lamps?: 'donate' | 'loss'
  informAccounting?: boolean
}

async function play(db: WorkspaceDb, attempt: Attempt = {}): Promise<void> {
  if (attempt.count !== false) {
    await learner(db, countInventory, { warehouseId: 'W1', lines: [{ productId: 'art-classeur', counted: 37 }, { productId: 'art-lampe', counted: 12 }] })
  }
  if ((attempt.lamps ?? 'donate') === 'donate') {
    await learner(db, donateStock, { productId: 'art-lampe', warehouseId: 'W1', quantity: 12, reason: 'endOfRange', beneficiary: 'Ressourcerie du Rhône' })
  } else {
    await learner(db, adjustStock, { productId: 'art-lampe', warehouseId: 'W1', quantity: -12, reason: 'loss', note: 'Lampes fin de série détruites' })
  }
  if (attempt.informAccounting !== false) {
    await learner(db, sendMessage, { channel: 'email', department: 'accounting', language: 'fr', attachmentIds: [], subject: "Écarts d'inventaire du 31 mars et don AGEC", body: TO_ACCOUNTING })
  }
}

const stockAt = async (db: WorkspaceDb, productId: string) => physicalStock(await db.stockMoves.where('productIds').equals(productId).toArray()).get(productId)?.get('W1') ?? 0

describe('scenario pack: cp2-inventaire-ecarts', { timeout: 60_000 }, () => {
  it('a right attempt passes every automatic check, and the ERP stock is the counted stock', async () => {
    const db = await startPackAttempt(scenario)
    expect(await stockAt(db, 'art-classeur')).toBe(40)
    await play(db)
    expect(await stockAt(db, 'art-classeur')).toBe(37)
    expect(await stockAt(db, 'art-lampe')).toBe(0)
    const report = await gradePackAttempt(db)
    expectAllPassed(report)
    expect(report.criteria.every((c) => c.status === 'evidenced')).toBe(true)
  })

  it('the lamps written off as a loss instead of donated: don-invendus and pas-de-destruction miss', async () => {
    const db = await startPackAttempt(scenario)
    await play(db, { lamps: 'loss' })
    expectMissedOnly(scenario, await gradePackAttempt(db), 'don-invendus', 'pas-de-destruction')
  })

  it('the count not recorded: inventaire-enregistre misses', async () => {
    const db = await startPackAttempt(scenario)
    await play(db, { count: false })
    expectMissedOnly(scenario, await gradePackAttempt(db), 'inventaire-enregistre')
  })

  it('accounting not informed: comptabilite-informee misses', async () => {
    const db = await startPackAttempt(scenario)
    await play(db, { informAccounting: false })
    expectMissedOnly(scenario, await gradePackAttempt(db), 'comptabilite-informee')
  })
})
