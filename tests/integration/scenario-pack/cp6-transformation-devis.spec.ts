/**
 * scenarios/cp6-transformation-devis.yaml played through the commands: a right attempt passes every
 * automatic check; each typical mistake misses the named checks only — the rate divided by the
 * team's quotes instead of the salesperson's (wrong base), the draft counted as a quote, VAT included
 * in the amount converted, the best salesperson picked by count when the question is about value.
 */
import { describe, expect, it } from 'vitest'
import { saveAnalysis } from '@/commands/statistics'
import type { WorkspaceDb } from '@/db/workspace-db'
import { quoteConversion, sharePercent } from '@/domain'
import { decimalComma } from '@/lib/csv'
import { answer, gradePackAttempt, learner, loadScenarioFile, startPackAttempt, typedEuros } from '../../factories/scenario'
import { expectAllPassed, expectMissedOnly } from './pack-expectations'

const scenario = loadScenarioFile('scenarios/cp6-transformation-devis.yaml')
const Q1 = { from: '2026-01-01', to: '2026-03-31' }
const typed = (percent: number) => decimalComma(percent, 2)

interface Attempt {
  teamBase?: boolean
  draftCounted?: boolean
  vatIncluded?: boolean
  bestByCount?: boolean
}

async function play(db: WorkspaceDb, attempt: Attempt = {}): Promise<void> {
  let docs = await db.salesDocs.toArray()
  // The draft read as an issued quote: the learner's list did not filter the status.
  if (attempt.draftCounted) docs = docs.map((doc) => (doc.status === 'draft' ? { ...doc, status: 'sent' as const } : doc))
  const { total, rows } = quoteConversion(docs, { ...Q1, by: 'salesperson' })
  const row = (id: string) => rows.find((r) => r.key === id)!
  const countRate = (id: string) => (attempt.teamBase ? sharePercent(row(id).converted, total.quotes)! : row(id).countRatePercent!)
  await answer(db, 't-nombre-morel', typed(countRate('SP1')))
  await answer(db, 't-nombre-laurent', typed(countRate('SP2')))
  await answer(db, 't-valeur-laurent', typed(row('SP2').valueRatePercent!))
  await answer(db, 't-montant', typedEuros(attempt.vatIncluded ? (total.convertedValueCents * 120) / 100 : total.convertedValueCents))
  const bestInValue = row('SP2').valueRatePercent! > row('SP1').valueRatePercent! ? 'laurent' : 'morel'
  const bestInCount = row('SP2').countRatePercent! > row('SP1').countRatePercent! ? 'laurent' : 'morel'
  await answer(db, 't-meilleur', attempt.bestByCount ? bestInCount : bestInValue)
  await learner(db, saveAnalysis, {
    title: 'Transformation des devis, T1 2026',
    objective: 'Comparer la transformation des devis de Julien Morel et Sophie Laurent pour l’entretien trimestriel',
    query: { ...Q1, by: 'salesperson' },
    chartType: 'bar',
    figures: { quoteCountRatePercent: total.countRatePercent!, quoteValueRatePercent: total.valueRatePercent! },
    synthesis: 'Au T1, Julien Morel transforme un devis sur deux mais moins de la moitié en valeur ; Sophie Laurent transforme un devis sur trois '
      + 'mais plus de 90 % en valeur grâce à une grosse commande. Recommandation : relancer ses petits devis en attente.',
  })
}

describe('scenario pack: cp6-transformation-devis', { timeout: 60_000 }, () => {
  it('a right attempt passes every automatic check; the synthesis is left to the trainer', async () => {
    const db = await startPackAttempt(scenario)
    const { total, rows } = quoteConversion(await db.salesDocs.toArray(), { ...Q1, by: 'salesperson' })
    // 7 quotes issued in the quarter (the draft and the December quote left out), 3 converted: 11 000 € of 15 350 €.
    expect(total).toMatchObject({ quotes: 7, converted: 3, quotesValueCents: 1_535_000, convertedValueCents: 1_100_000 })
    expect(rows.map((r) => [r.key, r.quotes, r.converted])).toEqual([['SP1', 4, 2], ['SP2', 3, 1]])
    await play(db)
    const report = await gradePackAttempt(db)
    expectAllPassed(report)
    expect(report.checks.find((c) => c.id === 'valeur-laurent')!.evidence[0]).toMatchObject({ value: 91.43, expected: expect.closeTo(91.4286, 4) })
    expect(report.criteria.map((c) => [c.id, c.status])).toEqual([['CP6.1', 'evidenced'], ['CP6.2', 'evidenced'], ['CP6.3', 'trainerOnly']])
  })

  it("each rate divided by the team's quotes instead of the salesperson's: both count rates miss", async () => {
    const db = await startPackAttempt(scenario)
    await play(db, { teamBase: true })
    const missed = expectMissedOnly(scenario, await gradePackAttempt(db), 'nombre-morel', 'nombre-laurent')
    expect(missed.evidence[0]).toMatchObject({ value: 28.57, expected: 50 })
  })

  it('the draft counted as an issued quote: Sophie Laurent’s rates and the team rate miss', async () => {
    const db = await startPackAttempt(scenario)
    await play(db, { draftCounted: true })
    expectMissedOnly(scenario, await gradePackAttempt(db), 'nombre-laurent', 'valeur-laurent', 'analyse-taux')
  })

  it('VAT included in the amount converted: montant-transforme misses only', async () => {
    const db = await startPackAttempt(scenario)
    await play(db, { vatIncluded: true })
    const missed = expectMissedOnly(scenario, await gradePackAttempt(db), 'montant-transforme')
    expect(missed.evidence[0]).toMatchObject({ value: 1_320_000, expected: 1_100_000 })
  })

  it('the best salesperson picked by count when the question is about value: meilleur-valeur misses only', async () => {
    const db = await startPackAttempt(scenario)
    await play(db, { bestByCount: true })
    expectMissedOnly(scenario, await gradePackAttempt(db), 'meilleur-valeur')
  })
})
