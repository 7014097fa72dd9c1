/**
 * Scenario engine core: pure TypeScript (no Vue, Dexie or i18next). Load a scenario file, turn its
 * timeline into scheduled events, render its Markdown safely, and grade an attempt.
 * @packageDocumentation
 */
export { loadScenario, formatPath, MAX_REPORTED_ERRORS, type ScenarioLoadError, type ScenarioLoadResult } from './loader'
export { validateScenario, resolveWhen, type ScenarioIssue } from './validate'
export {
  ScenarioSchema, CheckSchema, ConditionSchema, TimelineEventSchema, TaskSchema, RubricItemSchema, ExpectedSchema, MatchersSchema,
  type Scenario, type Check, type Condition, type TimelineEvent, type ScenarioTask, type RubricItem, type Question, type Expected,
  type Matchers, type Matcher, type When,
} from './schema'
export { SCENARIO_LIMITS } from './limits'
export { computeExpected } from './expected'
export { scenarioScheduledEvents, SCENARIO_EVENT_KINDS, type IncomingMessagePayload, type ScenarioScheduledEvent } from './events'
export {
  gradeAttempt, formatEuros, DEFAULT_RUBRIC_POINTS,
  type AnswerValue, type CheckResult, type CompetenceScore, type ConditionResult, type CriterionScore, type CriterionStatus,
  type Evidence, type GradeReport, type GradingSnapshot, type MissReason, type RubricLine,
} from './grader'
export {
  ACOM, ACOM_COMPETENCES, ACOM_CRITERIA, ACOM_PROFESSIONAL_COMPETENCES, OTHER_REFERENTIALS, acomCompetence, acomCriterion, isAcomCriterion, isKnownBlock,
  type Competence, type Criterion, type CriterionEntry,
} from './referentials'
