/**
 * The learner's commercial analyses (REAC CP6: for a quantitative objective, extract the data, check
 * it, analyse it, select what matters, write a short synthesis). An analysis keeps the filters the
 * figures come from, the chart type, the key figures picked (unrounded: cents for amounts, percent for
 * rates) and the written synthesis a trainer grades. Scenario checks compare the figures with values
 * computed through the domain.
 */
import { z } from 'zod'
import type { Analysis } from '@/domain/model/analyses'
import { CHART_TYPES } from '@/domain/statistics/chart-types'
import type { CommandDefinition } from './command'
import { refuse } from './refusal'

/** Limits of an analysis (the page shows the synthesis counter with them). */
export const ANALYSIS_LIMITS = { title: 120, objective: 500, synthesisMin: 1, synthesisMax: 2000, figures: 40, figureName: 60, query: 4000 } as const

const L = ANALYSIS_LIMITS
const draftShape = {
  title: z.string().max(L.title),
  objective: z.string().max(L.objective),
  query: z.record(z.string().max(L.figureName), z.json()).refine((query) => JSON.stringify(query).length <= L.query, { message: 'query too long' }),
  chartType: z.enum(CHART_TYPES),
  // Any value here: `checkDraft` names the figure that is not a finite number.
  figures: z.record(z.string().min(1).max(L.figureName), z.unknown()),
  synthesis: z.string().max(L.synthesisMax * 2),
}

export const saveAnalysisInput = z.object(draftShape).strict()
export type SaveAnalysisInput = z.infer<typeof saveAnalysisInput>

type Draft = Omit<Analysis, 'id' | 'date'>

/** The draft trimmed and checked, or a refusal naming the field. */
function checkDraft(input: SaveAnalysisInput): Draft {
  const title = input.title.trim()
  const objective = input.objective.trim()
  const synthesis = input.synthesis.trim()
  if (!title) refuse('analysis.errors.titleRequired', { field: 'title' })
  if (!objective) refuse('analysis.errors.objectiveRequired', { field: 'objective' })
  const names = Object.keys(input.figures)
  if (names.length === 0) refuse('analysis.errors.noFigures', { field: 'figures' })
  if (names.length > L.figures) refuse('analysis.errors.tooManyFigures', { field: 'figures', maximum: L.figures, count: names.length })
  for (const name of names) {
    const value = input.figures[name]
    if (typeof value !== 'number' || !Number.isFinite(value)) refuse('analysis.errors.figureNotFinite', { field: `figures.${name}`, name })
  }
  if (synthesis.length < L.synthesisMin || synthesis.length > L.synthesisMax) {
    refuse('analysis.errors.synthesisLength', { field: 'synthesis', minimum: L.synthesisMin, maximum: L.synthesisMax, length: synthesis.length })
  }
  return { title, objective, query: input.query as Record<string, unknown>, chartType: input.chartType, figures: input.figures as Record<string, number>, synthesis }
}

const summarize = (input: Partial<SaveAnalysisInput> & { id?: string }) => ({
  ...(input.id ? { id: input.id } : {}),
  ...(input.title !== undefined ? { title: input.title.trim() } : {}),
  ...(input.chartType ? { chartType: input.chartType } : {}),
  ...(input.figures ? { figures: input.figures } : {}),
  ...(input.synthesis !== undefined ? { synthesisLength: input.synthesis.trim().length } : {}),
})

export interface AnalysisResult extends Record<string, unknown> {
  analysisId: string
}

/** `statistics.saveAnalysis`: the learner saves an analysis, dated on the simulated day. */
export const saveAnalysis: CommandDefinition<SaveAnalysisInput, AnalysisResult> = {
  name: 'statistics.saveAnalysis',
  input: saveAnalysisInput,
  async run(ctx, input) {
    const analysis: Analysis = { id: crypto.randomUUID(), date: ctx.simDate, ...checkDraft(input) }
    await ctx.db.analyses.add(analysis)
    return { analysisId: analysis.id }
  },
  summarize,
}

export const updateAnalysisInput = z.object({ id: z.string().min(1).max(80), ...draftShape }).strict()
export type UpdateAnalysisInput = z.infer<typeof updateAnalysisInput>

/** `statistics.updateAnalysis`: the learner rewrites a saved analysis (it keeps its id and date). */
export const updateAnalysis: CommandDefinition<UpdateAnalysisInput, AnalysisResult> = {
  name: 'statistics.updateAnalysis',
  input: updateAnalysisInput,
  async run(ctx, { id, ...input }) {
    const current = await ctx.db.analyses.get(id)
    if (!current) refuse('analysis.errors.notFound', { id })
    await ctx.db.analyses.put({ ...current, ...checkDraft(input) })
    return { analysisId: id }
  },
  summarize,
}

export const deleteAnalysisInput = z.object({ id: z.string().min(1).max(80) }).strict()
export type DeleteAnalysisInput = z.infer<typeof deleteAnalysisInput>

/** `statistics.deleteAnalysis`: the learner removes one of their analyses. */
export const deleteAnalysis: CommandDefinition<DeleteAnalysisInput, AnalysisResult> = {
  name: 'statistics.deleteAnalysis',
  input: deleteAnalysisInput,
  async run(ctx, { id }) {
    const current = await ctx.db.analyses.get(id)
    if (!current) refuse('analysis.errors.notFound', { id })
    await ctx.db.analyses.delete(id)
    return { analysisId: id, title: current.title }
  },
}
