/**
 * Small helpers of the scenario screens: a scenario text in the learner's language, the day a task is
 * given, the tasks given so far, and how a saved answer reads.
 */
import { addDays } from '@/domain/calendar'
import type { Question, Scenario, ScenarioTask } from '@/scenario/schema'
import type { AttemptAnswer } from '@/commands/scenario-state'
import type { Language } from '@/i18n'

/** The learner's language of a bilingual scenario text. */
export function pick(text: { fr: string; en: string }, language: Language): string {
  return text[language]
}

/** The simulated date a task is given on (its `from` day; the start date when it has none). */
export function taskDate(scenario: Pick<Scenario, 'startDate'>, task: Pick<ScenarioTask, 'from'>): string {
  const when = task.from ?? 0
  return typeof when === 'number' ? addDays(scenario.startDate, when) : when
}

/** The tasks given on or before `today`, and how many are still to come. */
export function tasksOn(scenario: Scenario, today: string | null): { given: ScenarioTask[]; later: number } {
  const given = scenario.tasks.filter((task) => today !== null && taskDate(scenario, task) <= today)
  return { given, later: scenario.tasks.length - given.length }
}

/** What the learner would type to get `value` back (for an answer field's initial text). */
export function answerInputText(question: Question, value: AttemptAnswer | undefined, language: Language): string {
  if (value === undefined) return ''
  const local = (text: string) => (language === 'fr' ? text.replace('.', ',') : text)
  if (question.kind === 'amount' && typeof value === 'number') {
    const cents = Math.abs(value)
    return `${value < 0 ? '-' : ''}${Math.trunc(cents / 100)}${language === 'fr' ? ',' : '.'}${String(cents % 100).padStart(2, '0')}`
  }
  if (question.kind === 'number' && typeof value === 'number') return local(String(value))
  return typeof value === 'string' ? value : ''
}
