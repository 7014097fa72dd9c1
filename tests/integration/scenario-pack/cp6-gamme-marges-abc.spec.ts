/**
 * scenarios/cp6-gamme-marges-abc.yaml played through the commands: a right attempt passes every
 * automatic check; each typical mistake misses the named checks only — VAT included in sales, the
 * credit note forgotten, the markup divided by the selling price instead of the cost (wrong base),
 * the markup derived from a rounded margin rate, ABC ranked by quantities.
 */
import { describe, expect, it } from 'vitest'
import { saveAnalysis } from '@/commands/statistics'
import type { WorkspaceDb } from '@/db/workspace-db'
import { abcAnalysis, aggregateSales, marginOnSalesPercent, markupOnCostPercent, salesFacts, salesTotal, sharePercent, type SalesFact } from '@/domain'
import { decimalComma } from '@/lib/csv'
import { answer, gradePackAttempt, learner, loadScenarioFile, startPackAttempt } from '../../factories/scenario'
import { expectAllPassed, expectMissedOnly } from './pack-expectations'

const scenario = loadScenarioFile('scenarios/cp6-gamme-marges-abc.yaml')
const Q1 = { from: '2026-01-01', to: '2026-03-31' }
const typed = (percent: number) => decimalComma(percent, 2)

interface Attempt {
  vatIncluded?: boolean
  creditNoteForgotten?: boolean
  markupOnSellingPrice?: boolean
  markupFromRoundedMargin?: boolean
  abcByQuantity?: boolean
}

async function facts(db: WorkspaceDb, attempt: Attempt): Promise<SalesFact[]> {
  const [docs, products, tiers] = await Promise.all([db.salesDocs.toArray(), db.products.toArray(), db.tiers.toArray()])
  const all = salesFacts(docs, { products: new Map(products.map((p) => [p.id, p])), tiers: new Map(tiers.map((t) => [t.id, t])) })
  return attempt.creditNoteForgotten ? all.filter((fact) => fact.docType === 'invoice') : all
}

async function play(db: WorkspaceDb, attempt: Attempt = {}): Promise<void> {
  const kept = await facts(db, attempt)
  const total = salesTotal(kept, Q1)
  const sales = attempt.vatIncluded ? (total.netHtCents * 120) / 100 : total.netHtCents
  const margin = marginOnSalesPercent(sales, total.costHtCents)!
  let markup = markupOnCostPercent(sales, total.costHtCents)!
  if (attempt.markupOnSellingPrice) markup = margin
  // From a margin rate read rounded to the unit: taux de marge = marque / (1 − marque).
  if (attempt.markupFromRoundedMargin) markup = (Math.round(margin) / (100 - Math.round(margin))) * 100
  const desks = salesTotal(kept, { ...Q1, where: { productId: 'p-bureau' } }).netHtCents
  const byProduct = aggregateSales(kept, { dimension: 'product', ...Q1 })
  const classA = attempt.abcByQuantity
    ? abcAnalysis(byProduct.map((row) => ({ key: row.key, netHtCents: row.quantity }))).filter((row) => row.class === 'A').map((row) => row.key)
    : abcAnalysis(byProduct).filter((row) => row.class === 'A').map((row) => row.key)
  await answer(db, 't-marge', typed(markup))
  await answer(db, 't-marque', typed(margin))
  await answer(db, 't-part', typed(sharePercent(desks, total.netHtCents)!))
  await answer(db, 't-abc', classA)
  await learner(db, saveAnalysis, {
    title: 'Gamme aménagement de bureau, T1 2026',
    objective: 'Préparer la renégociation fournisseurs : marges et produits qui font le CA',
    query: { dimension: 'product', ...Q1 },
    chartType: 'barLine',
    figures: { salesCents: sales, markupOnCostPercent: markup, marginOnSalesPercent: margin },
    synthesis: `Au T1 2026, la gamme fait ${typed(sales / 100)} € HT avec un taux de marge de ${typed(markup)} % (marque ${typed(margin)} %). `
      + 'Bureaux et fauteuils (classe A) font plus de 80 % du CA ; les bureaux ont la marge la plus faible : négocier leur coût en priorité.',
  })
}

describe('scenario pack: cp6-gamme-marges-abc', { timeout: 60_000 }, () => {
  it('a right attempt passes every automatic check; the synthesis is left to the trainer', async () => {
    const db = await startPackAttempt(scenario)
    const kept = await facts(db, {})
    // The declared quarter: 11 300 € of sales for 7 090 € of cost; desks and chairs are class A.
    expect(salesTotal(kept, Q1)).toMatchObject({ netHtCents: 1_130_000, costHtCents: 709_000 })
    expect(abcAnalysis(aggregateSales(kept, { dimension: 'product', ...Q1 })).map((row) => [row.key, row.class]))
      .toEqual([['p-bureau', 'A'], ['p-fauteuil', 'A'], ['p-caisson', 'B'], ['p-lampe', 'B'], ['p-tapis', 'C']])
    await play(db)
    const report = await gradePackAttempt(db)
    expectAllPassed(report)
    expect(report.checks.find((c) => c.id === 'taux-marge')!.evidence[0]).toMatchObject({ value: 59.38, expected: expect.closeTo(59.379, 3) })
    expect(report.criteria.map((c) => [c.id, c.status])).toEqual([['CP6.1', 'evidenced'], ['CP6.2', 'evidenced'], ['CP6.3', 'trainerOnly']])
  })

  it('VAT included in sales: both margin rates and the analysis miss, the share (a ratio of two TTC figures) does not', async () => {
    const db = await startPackAttempt(scenario)
    await play(db, { vatIncluded: true })
    expectMissedOnly(scenario, await gradePackAttempt(db), 'taux-marge', 'taux-marque', 'analyse-marge')
  })

  it('the credit note forgotten: the rates and the share miss, the ABC classes happen to hold', async () => {
    const db = await startPackAttempt(scenario)
    await play(db, { creditNoteForgotten: true })
    expectMissedOnly(scenario, await gradePackAttempt(db), 'taux-marge', 'taux-marque', 'part-bureau', 'analyse-marge')
  })

  it('the markup divided by the selling price instead of the cost: taux-marge and the analysis miss', async () => {
    const db = await startPackAttempt(scenario)
    await play(db, { markupOnSellingPrice: true })
    const missed = expectMissedOnly(scenario, await gradePackAttempt(db), 'taux-marge', 'analyse-marge')
    expect(missed.evidence[0]).toMatchObject({ value: 37.26 })
  })

  it('the markup derived from a margin rate rounded to the unit: taux-marge and the analysis miss', async () => {
    const db = await startPackAttempt(scenario)
    await play(db, { markupFromRoundedMargin: true })
    expectMissedOnly(scenario, await gradePackAttempt(db), 'taux-marge', 'analyse-marge')
  })

  it('ABC ranked by quantities instead of sales: classe-a misses only', async () => {
    const db = await startPackAttempt(scenario)
    await play(db, { abcByQuantity: true })
    const missed = expectMissedOnly(scenario, await gradePackAttempt(db), 'classe-a')
    expect(missed.evidence[0]).toMatchObject({ kind: 'answer', missingItems: [], forbiddenItems: ['p-lampe', 'p-tapis'] })
  })
})
