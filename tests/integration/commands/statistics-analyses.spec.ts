/**
 * statistics.saveAnalysis / updateAnalysis / deleteAnalysis (issue 12, REAC CP6): the learner's
 * analysis is stored with its filters, chart, unrounded key figures and synthesis, dated on the
 * simulated day; bad input is refused with a message naming the field and changes nothing.
 */
import { describe, expect, it } from 'vitest'
import { executeCommand } from '@/commands/command'
import { deleteAnalysis, saveAnalysis, updateAnalysis } from '@/commands/statistics'
import type { WorkspaceDb } from '@/db/workspace-db'
import { FIXED_NOW, makeWorkspace } from '../../factories/workspace'

const DRAFT = {
  title: 'Revue des ventes de mars',
  objective: 'Comparer le CA HT de mars à l’objectif du mois',
  query: { period: 'month', from: '2026-03-01', to: '2026-03-31', salespersonIds: ['S1'] },
  chartType: 'barLine' as const,
  figures: { salesCents: 51_600_000, targetCents: 54_000_000, achievementPercent: 95.55555555555556 },
  synthesis: 'Objectif : 540 000 €. Réalisé 516 000 € (95,56 %), écart −24 000 €. Relancer les devis en attente.',
}

const run = <I, R extends Record<string, unknown>>(db: WorkspaceDb, command: Parameters<typeof executeCommand<I, R>>[1], input: unknown) =>
  executeCommand(db, command, input, { now: FIXED_NOW })

describe('statistics analyses', () => {
  it('saves an analysis dated on the simulated day, figures unrounded, text trimmed, and journals it', async () => {
    const { db } = await makeWorkspace('2026-04-02')
    const result = await run(db, saveAnalysis, { ...DRAFT, title: `  ${DRAFT.title} ` })
    expect(result.ok).toBe(true)
    const [stored] = await db.analyses.toArray()
    expect(stored).toEqual({ id: expect.any(String), date: '2026-04-02', ...DRAFT })
    const entry = (await db.journal.orderBy('seq').last())!
    expect(entry).toMatchObject({ command: 'statistics.saveAnalysis', outcome: 'done', input: { title: DRAFT.title, chartType: 'barLine', figures: DRAFT.figures, synthesisLength: DRAFT.synthesis.length } })
  })

  it.each([
    ['a blank title', { title: '   ' }, 'analysis.errors.titleRequired', 'title'],
    ['a blank objective', { objective: '' }, 'analysis.errors.objectiveRequired', 'objective'],
    ['an empty synthesis', { synthesis: ' \n ' }, 'analysis.errors.synthesisLength', 'synthesis'],
    ['a synthesis over 2,000 characters', { synthesis: 'x'.repeat(2001) }, 'analysis.errors.synthesisLength', 'synthesis'],
    ['no figure kept', { figures: {} }, 'analysis.errors.noFigures', 'figures'],
    ['a figure that is not a number', { figures: { salesCents: '516000' } }, 'analysis.errors.figureNotFinite', 'figures.salesCents'],
    ['an unknown chart type', { chartType: 'radar' }, 'command.invalid.invalid_value', 'chartType'],
  ])('refuses %s, naming the field, and stores nothing', async (_label, change, key, field) => {
    const { db } = await makeWorkspace('2026-04-02')
    const result = await run(db, saveAnalysis, { ...DRAFT, ...change })
    expect(result).toMatchObject({ ok: false, reason: { key, values: { field } } })
    expect(await db.analyses.count()).toBe(0)
    expect((await db.journal.orderBy('seq').last())).toMatchObject({ command: 'statistics.saveAnalysis', outcome: 'refused' })
  })

  it('updates an analysis keeping its id and date, and deletes it; an unknown id is refused', async () => {
    const { db } = await makeWorkspace('2026-04-02')
    const saved = await run(db, saveAnalysis, DRAFT)
    if (!saved.ok) throw new Error(saved.reason.key)
    const id = saved.value.analysisId
    const updated = await run(db, updateAnalysis, { id, ...DRAFT, chartType: 'bar', synthesis: 'Écart expliqué par le retard des commandes du client C004.' })
    expect(updated.ok).toBe(true)
    expect(await db.analyses.get(id)).toMatchObject({ id, date: '2026-04-02', chartType: 'bar', synthesis: 'Écart expliqué par le retard des commandes du client C004.' })
    expect(await run(db, updateAnalysis, { id, ...DRAFT, title: '' })).toMatchObject({ ok: false, reason: { key: 'analysis.errors.titleRequired' } })
    expect((await db.analyses.get(id))!.chartType).toBe('bar')
    expect(await run(db, deleteAnalysis, { id: 'nope' })).toMatchObject({ ok: false, reason: { key: 'analysis.errors.notFound' } })
    expect(await run(db, deleteAnalysis, { id })).toMatchObject({ ok: true })
    expect(await db.analyses.count()).toBe(0)
  })
})
