/**
 * scenarios/cp6-revue-mensuelle-objectifs.yaml played through the commands: a right attempt passes
 * every automatic check (the synthesis is left to the trainer's rubric); each typical mistake misses
 * the named checks only — VAT included in sales, the credit note forgotten, the relative gap divided
 * by the actual figure instead of the objective, the two-year change chained from rounded rates, a
 * pie chart for a comparison of periods.
 */
import { describe, expect, it } from 'vitest'
import { saveAnalysis } from '@/commands/statistics'
import type { WorkspaceDb } from '@/db/workspace-db'
import { achievementRatePercent, evolutionPercent, gap, salesFacts, salesTotal } from '@/domain'
import { decimalComma } from '@/lib/csv'
import { answer, gradePackAttempt, learner, loadScenarioFile, startPackAttempt, typedEuros } from '../../factories/scenario'
import { expectAllPassed, expectMissedOnly } from './pack-expectations'

const scenario = loadScenarioFile('scenarios/cp6-revue-mensuelle-objectifs.yaml')
const TARGET_CENTS = 540_000
/** A rate as the learner types it (two decimals, French comma). */
const typed = (percent: number) => decimalComma(percent, 2)

interface Attempt {
  vatIncluded?: boolean
  creditNoteForgotten?: boolean
  gapOnActual?: boolean
  chainedRoundedRates?: boolean
  chart?: 'bar' | 'pie' | 'barLine'
}

/** March sales the way the learner reads them, through the statistics domain (or wrongly). */
async function marchSales(db: WorkspaceDb, year: number, attempt: Attempt): Promise<number> {
  const [docs, products, tiers] = await Promise.all([db.salesDocs.toArray(), db.products.toArray(), db.tiers.toArray()])
  const facts = salesFacts(docs, { products: new Map(products.map((p) => [p.id, p])), tiers: new Map(tiers.map((t) => [t.id, t])) })
  const period = { from: `${year}-03-01`, to: `${year}-03-31` }
  const kept = attempt.creditNoteForgotten ? facts.filter((fact) => fact.docType === 'invoice') : facts
  const net = salesTotal(kept, period).netHtCents
  return attempt.vatIncluded ? (net * 120) / 100 : net
}

async function play(db: WorkspaceDb, attempt: Attempt = {}): Promise<void> {
  const [n2, n1, n] = [await marchSales(db, 2024, attempt), await marchSales(db, 2025, attempt), await marchSales(db, 2026, attempt)]
  const achievement = achievementRatePercent(n, TARGET_CENTS)!
  const relativeGap = attempt.gapOnActual ? (gap(n, TARGET_CENTS).absolute * 100) / n : gap(n, TARGET_CENTS).relativePercent!
  // The chained error: each year's rate read rounded to one decimal on a dashboard, then chained.
  const round1 = (percent: number) => Math.round(percent * 10) / 10
  const twoYears = attempt.chainedRoundedRates
    ? ((1 + round1(evolutionPercent(n2, n1)!) / 100) * (1 + round1(evolutionPercent(n1, n)!) / 100) - 1) * 100
    : evolutionPercent(n2, n)!
  await answer(db, 't-ca', typedEuros(Math.round(n)))
  await answer(db, 't-realisation', typed(achievement))
  await answer(db, 't-ecart', typed(relativeGap))
  await answer(db, 't-evolution', typed(twoYears))
  await learner(db, saveAnalysis, {
    title: 'Revue des ventes de mars 2026',
    objective: 'Mesurer la réalisation de l’objectif de mars (5 400 € HT) et l’évolution sur deux ans',
    query: { dimension: 'month', from: '2024-03-01', to: '2026-03-31' },
    chartType: attempt.chart ?? 'barLine',
    figures: { salesCents: n, targetCents: TARGET_CENTS, achievementPercent: achievement, gapPercent: relativeGap, evolutionTwoYearsPercent: twoYears },
    synthesis: `Objectif de mars : 5 400 € HT. Réalisé : ${typedEuros(Math.round(n))} € (${typed(achievement)} %), écart ${typed(relativeGap)} %, `
      + 'dû à l’avoir d’un fauteuil retourné. Sur deux ans, les ventes de mars progressent. Recommandation : relancer les devis en attente du Cabinet Alpes Conseil.',
  })
}

describe('scenario pack: cp6-revue-mensuelle-objectifs', { timeout: 60_000 }, () => {
  it('a right attempt passes every automatic check; the synthesis is left to the trainer', async () => {
    const db = await startPackAttempt(scenario)
    // The declared sales: 4 500 € (March 2024), 4 800 € (March 2025), 3 000 + 2 280 − 250 = 5 030 € (March 2026, carriage left out).
    expect([await marchSales(db, 2024, {}), await marchSales(db, 2025, {}), await marchSales(db, 2026, {})]).toEqual([450_000, 480_000, 503_000])
    await play(db)
    const report = await gradePackAttempt(db)
    expectAllPassed(report)
    expect(report.checks.find((c) => c.id === 'realisation')!.evidence[0]).toMatchObject({ kind: 'answer', value: 93.15, expected: expect.closeTo(93.148, 3) })
    expect(report.trainer.items.map((item) => [item.id, item.status])).toEqual([['synthese', 'toBeGradedByTrainer']])
    expect(report.criteria.map((c) => [c.id, c.status])).toEqual([['CP6.1', 'evidenced'], ['CP6.2', 'evidenced'], ['CP6.3', 'trainerOnly']])
  })

  it('VAT included in sales: the sales, achievement and gap miss, the change (TTC on both sides) does not', async () => {
    const db = await startPackAttempt(scenario)
    await play(db, { vatIncluded: true })
    const missed = expectMissedOnly(scenario, await gradePackAttempt(db), 'ca-mars', 'realisation', 'ecart-relatif', 'analyse-ca', 'analyse-realisation')
    expect(missed.evidence[0]).toMatchObject({ kind: 'answer', value: 603_600, expected: 503_000 })
  })

  it('the credit note forgotten: every figure of March 2026 misses', async () => {
    const db = await startPackAttempt(scenario)
    await play(db, { creditNoteForgotten: true })
    expectMissedOnly(scenario, await gradePackAttempt(db), 'ca-mars', 'realisation', 'ecart-relatif', 'evolution-deux-ans', 'analyse-ca', 'analyse-realisation')
  })

  it('the gap divided by the actual sales instead of the objective: ecart-relatif misses only', async () => {
    const db = await startPackAttempt(scenario)
    await play(db, { gapOnActual: true })
    const missed = expectMissedOnly(scenario, await gradePackAttempt(db), 'ecart-relatif')
    expect(missed.evidence[0]).toMatchObject({ value: -7.36, expected: expect.closeTo(-6.852, 3) })
  })

  it('the two-year change chained from rates rounded to one decimal: evolution-deux-ans misses only', async () => {
    const db = await startPackAttempt(scenario)
    await play(db, { chainedRoundedRates: true })
    const missed = expectMissedOnly(scenario, await gradePackAttempt(db), 'evolution-deux-ans')
    expect(missed.evidence[0]).toMatchObject({ value: 11.82, expected: expect.closeTo(11.778, 3) })
  })

  it('a pie chart for a comparison of periods: analyse-graphique misses only', async () => {
    const db = await startPackAttempt(scenario)
    await play(db, { chart: 'pie' })
    expectMissedOnly(scenario, await gradePackAttempt(db), 'analyse-graphique')
  })
})
