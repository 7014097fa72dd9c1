/**
 * What the zod schema cannot say, checked on a parsed scenario: criteria exist in the ACom 2025
 * referential and are declared by the scenario, ids are unique, references between checks, tasks,
 * events and rubric items resolve, computed amounts are computable by the domain, nesting stays
 * within the limits. Each problem names its path, an i18n key and the values of its message.
 */
import { addDays } from '@/domain'
import { acomCriterion, isKnownBlock } from './referentials'
import { SCENARIO_LIMITS as L } from './limits'
import { computeExpected, expressionDepth, ExpectedShapeError } from './expected'
import { matcherDepth } from './matchers'
import type { Check, Condition, Expected, Matchers, Scenario, ScenarioTask, When } from './schema'

export type IssuePath = (string | number)[]

/** One problem of a scenario, positioned by its path in the file. */
export interface ScenarioIssue {
  path: IssuePath
  key: string
  values: Record<string, string | number>
}

/** The simulated date of a day offset (from the start date) or a date. */
export function resolveWhen(when: When, startDate: string): string {
  return typeof when === 'number' ? addDays(startDate, when) : when
}

function duplicates<T>(items: readonly T[] | undefined, idOf: (item: T) => string, path: IssuePath, issues: ScenarioIssue[], field = 'id'): void {
  const seen = new Set<string>()
  items?.forEach((item, index) => {
    const id = idOf(item)
    if (seen.has(id)) issues.push({ path: [...path, index, ...(field ? [field] : [])], key: 'scenario.errors.duplicateId', values: { id } })
    seen.add(id)
  })
}

/** Every problem of `scenario` (empty when it is consistent). */
export function validateScenario(scenario: Scenario): ScenarioIssue[] {
  const issues: ScenarioIssue[] = []
  const add = (path: IssuePath, key: string, values: Record<string, string | number> = {}) => issues.push({ path, key: `scenario.errors.${key}`, values })
  const declared = new Set(scenario.criteria)
  const checks = scenario.checks ?? []
  const rubric = scenario.rubric ?? []
  const tasks = new Map<string, ScenarioTask>(scenario.tasks.map((task) => [task.id, task]))
  const messageEvents = new Set((scenario.timeline ?? []).filter((event) => event.kind === 'message').map((event) => event.id))

  // Criteria and blocks.
  scenario.criteria.forEach((id, index) => {
    if (!acomCriterion(id)) add(['criteria', index], 'unknownCriterion', { criterion: id })
  })
  duplicates(scenario.criteria, (id) => id, ['criteria'], issues, '')
  scenario.relatedBlocks?.forEach((related, index) => {
    if (!isKnownBlock(related.referential, related.block)) add(['relatedBlocks', index, 'block'], 'unknownBlock', { block: related.block, referential: related.referential })
  })
  const itemCriteria = (criteria: string[], path: IssuePath) => criteria.forEach((id, index) => {
    if (!acomCriterion(id)) add([...path, index], 'unknownCriterion', { criterion: id })
    else if (!declared.has(id)) add([...path, index], 'criterionNotDeclared', { criterion: id })
  })
  checks.forEach((check, index) => itemCriteria(check.criteria, ['checks', index, 'criteria']))
  rubric.forEach((item, index) => itemCriteria(item.criteria, ['rubric', index, 'criteria']))
  const evidenced = new Set([...checks, ...rubric].flatMap((item) => item.criteria))
  scenario.criteria.forEach((id, index) => {
    if (acomCriterion(id) && !evidenced.has(id)) add(['criteria', index], 'criterionNotEvidenced', { criterion: id })
  })
  if (checks.length + rubric.length === 0) add(['checks'], 'nothingToGrade')

  // Unique ids.
  duplicates(checks, (check) => check.id, ['checks'], issues)
  duplicates(scenario.tasks, (task) => task.id, ['tasks'], issues)
  duplicates(scenario.timeline, (event) => event.id, ['timeline'], issues)
  duplicates(rubric, (item) => item.id, ['rubric'], issues)
  const company = scenario.company
  if (company) {
    for (const collection of ['tiers', 'tierUpdates', 'products', 'productUpdates', 'salesDocs', 'payments', 'messages'] as const) {
      duplicates<{ id: string }>(company[collection], (record) => record.id, ['company', collection], issues)
    }
  }
  scenario.tasks.forEach((task, index) => {
    const question = task.question
    if (question?.kind === 'choice') duplicates(question.options, (option) => option.id, ['tasks', index, 'question', 'options'], issues)
    if (question?.kind === 'checklist') duplicates(question.items, (item) => item.id, ['tasks', index, 'question', 'items'], issues)
  })

  // References.
  const checkIds = new Set(checks.map((check) => check.id))
  scenario.tasks.forEach((task, index) => task.checks?.forEach((id, at) => {
    if (!checkIds.has(id)) add(['tasks', index, 'checks', at], 'unknownCheck', { check: id })
  }))
  rubric.forEach((item, index) => {
    if (item.task !== undefined && !tasks.has(item.task)) add(['rubric', index, 'task'], 'unknownTask', { task: item.task })
  })

  // The clock: events after the start and before the last day.
  const lastDay = scenario.clock?.lastDay
  scenario.timeline?.forEach((event, index) => {
    const date = resolveWhen(event.at, scenario.startDate)
    if (date < scenario.startDate) add(['timeline', index, 'at'], 'eventBeforeStart', { date, startDate: scenario.startDate })
    else if (lastDay !== undefined && date > addDays(scenario.startDate, lastDay)) add(['timeline', index, 'at'], 'eventAfterLastDay', { date, lastDay })
  })

  // Conditions.
  const context: ConditionContext = { add, tasks, messageEvents }
  checks.forEach((check, index) => walkCondition(check, ['checks', index], 1, context))
  return issues
}

interface ConditionContext {
  add: (path: IssuePath, key: string, values?: Record<string, string | number>) => void
  tasks: Map<string, ScenarioTask>
  messageEvents: Set<string>
}

function checkMatchers(matchers: Matchers | undefined, path: IssuePath, { add }: ConditionContext): void {
  if (matchers && matcherDepth(matchers) > L.matcherDepth) add(path, 'matcherTooDeep', { maximum: L.matcherDepth })
}

function checkExpected(expected: Expected, path: IssuePath, { add }: ConditionContext): void {
  if (expressionDepth(expected) > L.expressionDepth) {
    add(path, 'expressionTooDeep', { maximum: L.expressionDepth })
    return
  }
  try {
    computeExpected(expected, path)
  } catch (error) {
    if (error instanceof ExpectedShapeError) add(error.path, error.key.replace(/^scenario\.errors\./, ''), error.values)
    else throw error
  }
}

function walkCondition(condition: Condition | Check, path: IssuePath, depth: number, context: ConditionContext): void {
  const { add, tasks } = context
  switch (condition.kind) {
    case 'all':
    case 'any':
      if (depth >= L.conditionDepth) add([...path, 'of'], 'conditionTooDeep', { maximum: L.conditionDepth })
      else condition.of.forEach((child, index) => walkCondition(child, [...path, 'of', index], depth + 1, context))
      return
    case 'not':
      if (depth >= L.conditionDepth) add([...path, 'condition'], 'conditionTooDeep', { maximum: L.conditionDepth })
      else walkCondition(condition.condition, [...path, 'condition'], depth + 1, context)
      return
    case 'documentExists':
      checkMatchers(condition.where, [...path, 'where'], context)
      if (typeof condition.customer === 'object') checkMatchers(condition.customer.where, [...path, 'customer', 'where'], context)
      checkRange(condition.count, [...path, 'count'], context)
      return
    case 'recordExists':
      checkMatchers(condition.where, [...path, 'where'], context)
      checkRange(condition.count, [...path, 'count'], context)
      return
    case 'amountEquals':
      checkMatchers(condition.document.where, [...path, 'document', 'where'], context)
      if (typeof condition.document.customer === 'object') checkMatchers(condition.document.customer.where, [...path, 'document', 'customer', 'where'], context)
      checkExpected(condition.expected, [...path, 'expected'], context)
      return
    case 'commandHappened':
      checkMatchers(condition.input, [...path, 'input'], context)
      checkMatchers(condition.result, [...path, 'result'], context)
      checkRange(condition.count, [...path, 'count'], context)
      return
    case 'commandRefused':
    case 'commandNotHappened':
      checkMatchers(condition.input, [...path, 'input'], context)
      return
    case 'happenedBefore':
      for (const side of ['first', 'then'] as const) {
        checkMatchers(condition[side].input, [...path, side, 'input'], context)
        checkMatchers(condition[side].result, [...path, side, 'result'], context)
      }
      return
    case 'messageSent':
      checkMatchers(condition.to.tier, [...path, 'to', 'tier'], context)
      condition.facts?.forEach((fact, index) => {
        if (typeof fact === 'object' && 'amount' in fact) checkExpected(fact.amount, [...path, 'facts', index, 'amount'], context)
      })
      if (condition.replyToEvent !== undefined && !context.messageEvents.has(condition.replyToEvent)) {
        add([...path, 'replyToEvent'], 'unknownEvent', { event: condition.replyToEvent })
      }
      return
    case 'analysisFigure':
      checkMatchers(condition.where, [...path, 'where'], context)
      checkExpected(condition.expected, [...path, 'expected'], context)
      return
    case 'answer': {
      const task = tasks.get(condition.task)
      if (!task) return add([...path, 'task'], 'unknownTask', { task: condition.task })
      const question = task.question?.kind ?? 'none'
      const given = (['expected', 'value', 'choice'] as const).filter((field) => condition[field] !== undefined)
      // A number (a rate, a count…) is a typed-in `value` or a domain-computed `expected` (`rate`, `quoteConversion`).
      const wanted = question === 'amount' ? ['expected'] : question === 'number' ? ['value', 'expected'] : question === 'choice' ? ['choice'] : []
      if (wanted.length === 0) return add([...path, 'task'], 'answerMismatch', { task: condition.task, question })
      if (given.length !== 1 || !wanted.includes(given[0]!)) return add(path, 'answerFields', { task: condition.task, fields: wanted.join(', ') })
      if (condition.expected) checkExpected(condition.expected, [...path, 'expected'], context)
      if (condition.choice !== undefined && task.question?.kind === 'choice') {
        const options = new Set(task.question.options.map((option) => option.id))
        const choices = Array.isArray(condition.choice) ? condition.choice : [condition.choice]
        choices.forEach((choice, index) => {
          if (!options.has(choice)) add([...path, 'choice', ...(Array.isArray(condition.choice) ? [index] : [])], 'unknownOption', { option: choice, task: condition.task })
        })
      }
      return
    }
    case 'checklist': {
      const task = tasks.get(condition.task)
      if (!task) return add([...path, 'task'], 'unknownTask', { task: condition.task })
      if (task.question?.kind !== 'checklist') return add([...path, 'task'], 'answerMismatch', { task: condition.task, question: task.question?.kind ?? 'none' })
      const items = new Set(task.question.items.map((item) => item.id))
      for (const field of ['required', 'forbidden'] as const) {
        condition[field]?.forEach((id, index) => {
          if (!items.has(id)) add([...path, field, index], 'unknownOption', { option: id, task: condition.task })
        })
      }
      if (condition.minimum !== undefined && condition.minimum > condition.required.length) {
        add([...path, 'minimum'], 'tooLarge', { maximum: condition.required.length })
      }
      return
    }
  }
}

function checkRange(range: { min?: number; max?: number } | undefined, path: IssuePath, { add }: ConditionContext): void {
  // "exists" means at least one unless `min` says otherwise; use `not` or commandNotHappened for none.
  const min = range?.min ?? 1
  if (range?.max !== undefined && min > range.max) add(path, 'rangeInverted', { min, max: range.max })
}
