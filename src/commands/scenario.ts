/**
 * The learner's commands of a scenario attempt: answering a task's question and submitting the
 * attempt. Both read the attempt's state from `meta` (src/commands/scenario-state.ts); a submitted
 * attempt refuses every command before any of them runs (`checkAttempt` in `executeCommand`).
 */
import { z } from 'zod'
import { parseScaledDecimal } from '@/domain'
import type { CommandContext, CommandDefinition } from './command'
import { refuse } from './refusal'
import { ATTEMPT_META_KEYS, readAnswers, readAttempt, readScenarioDefinition, type AttemptAnswer, type AttemptState } from './scenario-state'
import { resolveWhen } from '@/scenario/validate'
import type { Scenario, ScenarioTask } from '@/scenario/schema'

/** Longest free-text answer kept (a text answer is read by the trainer, never graded automatically). */
export const MAX_TEXT_ANSWER = 10_000

async function requireAttempt(ctx: CommandContext): Promise<{ attempt: AttemptState; scenario: Scenario }> {
  const attempt = await readAttempt(ctx.db)
  const scenario = await readScenarioDefinition(ctx.db)
  if (!attempt || !scenario) refuse('scenario-play.errors.noAttempt')
  return { attempt, scenario }
}

export const answerInput = z.object({
  taskId: z.string().min(1).max(64),
  /** What the learner typed or chose: an amount or a number as typed ("1 234,56"), an option id, item ids, a text; null clears it. */
  value: z.union([z.string().max(MAX_TEXT_ANSWER * 2), z.array(z.string().max(64)).max(50), z.null()]),
}).strict()
export type AnswerInput = z.infer<typeof answerInput>

/** The stored form of `value` for the task's question, or a refusal naming what is wrong. */
function readAnswer(task: ScenarioTask, value: string | string[]): AttemptAnswer {
  const question = task.question!
  const field = `task.${task.id}`
  const text = () => {
    if (typeof value !== 'string') refuse('scenario-play.errors.answerType', { field, task: task.id })
    return value
  }
  switch (question.kind) {
    case 'amount': {
      const parsed = parseScaledDecimal(text(), 2, true)
      if (!parsed.ok) refuse(`scenario-play.errors.amount.${parsed.error}`, { field, task: task.id })
      return parsed.value
    }
    case 'number': {
      const decimals = question.decimals ?? 3
      const parsed = parseScaledDecimal(text(), decimals, true)
      if (!parsed.ok) refuse(`scenario-play.errors.number.${parsed.error}`, { field, task: task.id, decimals })
      return parsed.value / 10 ** decimals
    }
    case 'choice': {
      const choice = text()
      if (!question.options.some((option) => option.id === choice)) refuse('scenario-play.errors.unknownOption', { field, task: task.id, option: choice })
      return choice
    }
    case 'checklist': {
      if (!Array.isArray(value)) refuse('scenario-play.errors.answerType', { field, task: task.id })
      const known = new Set(question.items.map((item) => item.id))
      const unknown = value.find((id) => !known.has(id))
      if (unknown !== undefined) refuse('scenario-play.errors.unknownOption', { field, task: task.id, option: unknown })
      // Kept in the question's order, once each: the answer does not depend on the order of the clicks.
      return question.items.map((item) => item.id).filter((id) => value.includes(id))
    }
    case 'text': {
      const typed = text().trim()
      if (typed.length > MAX_TEXT_ANSWER) refuse('scenario-play.errors.textTooLong', { field, task: task.id, maximum: MAX_TEXT_ANSWER })
      return typed
    }
  }
}

/**
 * `scenario.answer`: the learner's answer to a task's question (an amount in euros kept in cents, a
 * number, an option, the ticked items of a checklist, or a text for the trainer), replacing the
 * previous one; `null` or an empty entry clears it. Refused for a task without a question, a task not given yet (its
 * day has not come), or a value that does not fit the question.
 */
export const answerTask: CommandDefinition<AnswerInput, { taskId: string; value: AttemptAnswer | null }> = {
  name: 'scenario.answer',
  input: answerInput,
  async run(ctx, { taskId, value }) {
    const { scenario } = await requireAttempt(ctx)
    const task = scenario.tasks.find((candidate) => candidate.id === taskId)
    if (!task) refuse('scenario-play.errors.unknownTask', { task: taskId })
    if (!task.question) refuse('scenario-play.errors.noQuestion', { task: taskId })
    const from = resolveWhen(task.from ?? 0, scenario.startDate)
    if (from > ctx.simDate) refuse('scenario-play.errors.taskNotYet', { task: taskId, date: from })
    const answers = await readAnswers(ctx.db)
    const stored = value === null || (typeof value === 'string' && value.trim() === '') ? null : readAnswer(task, value)
    const next = { ...answers }
    if (stored === null) delete next[taskId]
    else next[taskId] = stored
    await ctx.db.meta.put({ key: ATTEMPT_META_KEYS.answers, value: next })
    return { taskId, value: stored }
  },
}

export const submitInput = z.object({}).strict()

/**
 * `scenario.submit`: ends the attempt. From now on its workspace is read-only: every command is
 * refused with the reason, and the report and the result file grade what stands now.
 */
export const submitAttempt: CommandDefinition<Record<string, never>, { submittedOn: string; answers: number }> = {
  name: 'scenario.submit',
  input: submitInput as z.ZodType<Record<string, never>>,
  async run(ctx) {
    const { attempt } = await requireAttempt(ctx)
    if (attempt.submittedAt) refuse('command.attemptSubmitted', { date: attempt.submittedAt.slice(0, 10) })
    const answers = await readAnswers(ctx.db)
    // The wall clock only stamps the submission for the trainer, as the journal's `wallTime` does.
    const submitted: AttemptState = { ...attempt, submittedAt: new Date().toISOString(), submittedOn: ctx.simDate }
    await ctx.db.meta.put({ key: ATTEMPT_META_KEYS.attempt, value: submitted })
    return { submittedOn: ctx.simDate, answers: Object.keys(answers).length }
  },
}
