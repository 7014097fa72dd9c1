/**
 * The trainer's class view, as data: many learners' result files (already verified by
 * result-file.ts) and the trainer's grades of the rubric items become one table, learners × REAC
 * criteria, and a CSV file that opens right in a French Excel (";" separator, decimal comma, UTF-8
 * byte order mark).
 *
 * A criterion's cell adds the trainer's graded rubric points to the automatic checks' weights:
 * evidenced when everything was earned, partly when some of it, not yet when nothing; an item not
 * graded yet is left out of the cell and counted as pending, never guessed.
 *
 * Pure: no Vue, Dexie, i18next or DOM; the texts of the CSV come in as `ClassCsvLabels`.
 */
import { csvNumber, decimalComma, frenchCsv } from '@/lib/csv'
import { ACOM_CRITERIA, acomCriterion } from './referentials'
import type { CriterionStatus } from './grader'
import type { ResultFile, ResultFileProblem } from './result-file'

/** One file the trainer gave: accepted (verified) or refused with the reason. */
export type ClassImport =
  | { fileName: string; ok: true; file: ResultFile }
  | { fileName: string; ok: false; problem: ResultFileProblem }

/** The trainer's points per attempt (by {@link attemptKey}), then per rubric item id. */
export type TrainerGrades = Record<string, Record<string, number>>

/** One attempt: the same learner, scenario and start make the same attempt (a file imported twice counts once). */
export function attemptKey(file: Pick<ResultFile, 'scenario' | 'learner' | 'dates'>): string {
  return `${file.scenario.id}@${file.scenario.version}|${file.learner.name}|${file.dates.startedAt}`
}

export interface ClassCell {
  status: CriterionStatus
  earned: number
  possible: number
  /** Rubric items on this criterion the trainer has not graded yet. */
  pending: number
}

export interface ClassRubricItem {
  id: string
  label: { fr: string; en: string }
  guidance?: { fr: string; en: string }
  points: number
  criteria: string[]
  /** The trainer's points, null until graded. */
  awarded: number | null
}

export interface ClassRow {
  key: string
  fileName: string
  learnerName: string
  scenario: { id: string; version: number; title: { fr: string; en: string } }
  submittedAt?: string
  automatic: { earned: number; possible: number; ratio: number | null }
  trainer: { awarded: number; possible: number; graded: number; total: number }
  /** Per criterion id; absent when the attempt's scenario does not cover it. */
  cells: Record<string, ClassCell>
  rubric: ClassRubricItem[]
}

export interface ClassTable {
  /** The criteria any attempt covers, in the referential's order. */
  criteria: { id: string; label: string }[]
  rows: ClassRow[]
  refused: Extract<ClassImport, { ok: false }>[]
  /** Files that repeated an attempt already listed (the later one was kept). */
  duplicates: string[]
}

const referentialOrder = new Map(ACOM_CRITERIA.map((criterion, index) => [criterion.id, index]))

function statusOf(earned: number, possible: number, pending: number): CriterionStatus {
  if (possible === 0) return pending > 0 ? 'trainerOnly' : 'notYet'
  return earned >= possible ? 'evidenced' : earned > 0 ? 'partly' : 'notYet'
}

function rowOf(fileName: string, file: ResultFile, grades: TrainerGrades): ClassRow {
  const key = attemptKey(file)
  const given = grades[key] ?? {}
  const report = file.report
  const rubric: ClassRubricItem[] = (report.trainer?.items ?? []).map((item) => {
    const awarded = given[item.id]
    return {
      id: item.id, label: item.label, ...(item.guidance ? { guidance: item.guidance } : {}), points: item.points, criteria: [...item.criteria],
      awarded: typeof awarded === 'number' && Number.isFinite(awarded) ? Math.min(Math.max(awarded, 0), item.points) : null,
    }
  })
  const cells: Record<string, ClassCell> = {}
  for (const criterion of report.criteria ?? []) {
    const checks = (report.checks ?? []).filter((check) => check.criteria.includes(criterion.id))
    let earned = checks.reduce((sum, check) => sum + (check.passed ? check.weight : 0), 0)
    let possible = checks.reduce((sum, check) => sum + check.weight, 0)
    let pending = 0
    for (const item of rubric.filter((line) => line.criteria.includes(criterion.id))) {
      if (item.awarded === null) pending += 1
      else {
        earned += item.awarded
        possible += item.points
      }
    }
    cells[criterion.id] = { status: statusOf(earned, possible, pending), earned, possible, pending }
  }
  const graded = rubric.filter((item) => item.awarded !== null)
  return {
    key, fileName, learnerName: file.learner.name,
    scenario: { id: file.scenario.id, version: file.scenario.version, title: file.scenario.title },
    ...(file.dates.submittedAt ? { submittedAt: file.dates.submittedAt } : {}),
    automatic: { earned: report.automatic.earned, possible: report.automatic.possible, ratio: report.automatic.ratio },
    trainer: {
      awarded: graded.reduce((sum, item) => sum + (item.awarded ?? 0), 0), possible: rubric.reduce((sum, item) => sum + item.points, 0),
      graded: graded.length, total: rubric.length,
    },
    cells, rubric,
  }
}

/** The class table of the imported files with the trainer's grades; learners in alphabetical order (French collation). */
export function buildClassTable(imports: readonly ClassImport[], grades: TrainerGrades = {}): ClassTable {
  const byKey = new Map<string, ClassRow>()
  const duplicates: string[] = []
  const refused: ClassTable['refused'] = []
  for (const entry of imports) {
    if (!entry.ok) {
      refused.push(entry)
      continue
    }
    const row = rowOf(entry.fileName, entry.file, grades)
    if (byKey.has(row.key)) duplicates.push(entry.fileName)
    byKey.set(row.key, row)
  }
  const collator = new Intl.Collator('fr', { sensitivity: 'base' })
  const rows = [...byKey.values()].sort((a, b) => collator.compare(a.learnerName, b.learnerName) || a.scenario.id.localeCompare(b.scenario.id) || a.key.localeCompare(b.key))
  const ids = [...new Set(rows.flatMap((row) => Object.keys(row.cells)))]
    .sort((a, b) => (referentialOrder.get(a) ?? Number.MAX_SAFE_INTEGER) - (referentialOrder.get(b) ?? Number.MAX_SAFE_INTEGER) || a.localeCompare(b))
  return { criteria: ids.map((id) => ({ id, label: acomCriterion(id)?.label ?? id })), rows, refused, duplicates }
}

export type GradeInputResult = { ok: true; points: number | null } | { ok: false; key: string; values: Record<string, string | number> }

/**
 * Reads the points a trainer typed for a rubric item: a number from 0 to the item's points, at most
 * one decimal, comma or dot ("2,5"); empty clears the grade.
 */
export function readGradeInput(text: string, maximum: number): GradeInputResult {
  const typed = text.replace(/\s/g, '')
  if (typed === '') return { ok: true, points: null }
  const match = /^(\d+)(?:[.,](\d))?$/.exec(typed)
  if (!match) return { ok: false, key: 'scenario-class.grade.errors.notANumber', values: { maximum } }
  const tenths = Number(match[1]) * 10 + Number(match[2] ?? 0)
  if (tenths > Math.round(maximum * 10)) return { ok: false, key: 'scenario-class.grade.errors.tooHigh', values: { maximum } }
  return { ok: true, points: tenths / 10 }
}

/** `grades` with the points of one item set (or cleared with null); a new object, the old one untouched. */
export function withGrade(grades: TrainerGrades, key: string, itemId: string, points: number | null): TrainerGrades {
  const forAttempt = { ...(grades[key] ?? {}) }
  if (points === null) delete forAttempt[itemId]
  else forAttempt[itemId] = points
  const next = { ...grades, [key]: forAttempt }
  if (Object.keys(forAttempt).length === 0) delete next[key]
  return next
}

/** Keeps what looks like grades from stored JSON (anything else is dropped). */
export function readStoredGrades(raw: unknown): TrainerGrades {
  const grades: TrainerGrades = {}
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return grades
  for (const [key, items] of Object.entries(raw as Record<string, unknown>)) {
    if (!items || typeof items !== 'object' || Array.isArray(items)) continue
    const kept = Object.fromEntries(Object.entries(items as Record<string, unknown>).filter(([, value]) => typeof value === 'number' && Number.isFinite(value) && value >= 0))
    if (Object.keys(kept).length) grades[key] = kept as Record<string, number>
  }
  return grades
}

// ── CSV for a French Excel ───────────────────────────────────────────────────────────────────────

/** The texts of the CSV in the trainer's language. */
export interface ClassCsvLabels {
  learner: string
  scenario: string
  version: string
  submittedAt: string
  automatic: string
  trainer: string
  /** Header of a criterion's score column, e.g. "{{id}} (points)". */
  criterionScore: (id: string) => string
  status: Record<CriterionStatus, string>
  rubricItem: (scenarioId: string, itemId: string, points: number) => string
  language: 'fr' | 'en'
}

/** A number with a decimal comma and at most one decimal (half away from zero on tenths): 2.5 → "2,5", 3 → "3". */
export function frenchDecimal(value: number): string {
  return decimalComma(value, 1, true)
}

/** A percentage of `ratio` with a decimal comma: 0.6667 → "66,7". */
function percent(ratio: number | null): string {
  return ratio === null ? '' : frenchDecimal(ratio * 100)
}

/**
 * The class table as CSV text for a French Excel (`@/lib/csv`: UTF-8 BOM, ";" separator, CRLF
 * lines, quoting, formula guard, decimal comma). One line per attempt: learner, scenario, version,
 * submission date, automatic score (%), trainer's points, then per criterion its status and its points "earned / possible", then the
 * trainer's points per rubric item (empty when not graded).
 */
export function classCsv(table: ClassTable, labels: ClassCsvLabels): string {
  const rubricColumns = [...new Map(table.rows.flatMap((row) => row.rubric.map((item) => [`${row.scenario.id}|${item.id}`, { scenarioId: row.scenario.id, item }] as const))).values()]
  const header = [
    labels.learner, labels.scenario, labels.version, labels.submittedAt, labels.automatic, labels.trainer,
    ...table.criteria.flatMap((criterion) => [criterion.id, labels.criterionScore(criterion.id)]),
    ...rubricColumns.map(({ scenarioId, item }) => labels.rubricItem(scenarioId, item.id, item.points)),
  ]
  const lines = table.rows.map((row) => [
    row.learnerName, row.scenario.title[labels.language] || row.scenario.id, String(row.scenario.version), row.submittedAt?.slice(0, 10) ?? '',
    csvNumber(percent(row.automatic.ratio)),
    row.trainer.graded ? `${frenchDecimal(row.trainer.awarded)} / ${frenchDecimal(row.trainer.possible)}` : '',
    ...table.criteria.flatMap((criterion) => {
      const cell = row.cells[criterion.id]
      return cell ? [labels.status[cell.status], cell.possible ? `${frenchDecimal(cell.earned)} / ${frenchDecimal(cell.possible)}` : ''] : ['', '']
    }),
    ...rubricColumns.map(({ scenarioId, item }) => {
      if (scenarioId !== row.scenario.id) return ''
      const awarded = row.rubric.find((line) => line.id === item.id)?.awarded
      return awarded === null || awarded === undefined ? '' : csvNumber(frenchDecimal(awarded))
    }),
  ])
  return frenchCsv([header, ...lines])
}

// ── A learner's progress across attempts ─────────────────────────────────────────────────────────

/** One submitted attempt, as the progress map reads it. */
export interface ProgressAttempt {
  learnerName: string
  scenarioId: string
  report: { criteria: readonly { id: string; status: CriterionStatus }[] }
}

export type ProgressStatus = 'evidenced' | 'partly' | 'notYet'

export interface ProgressCriterion {
  id: string
  label: string
  status: ProgressStatus
  /** Attempts whose scenario covers the criterion. */
  attempts: number
  /** Of those, the attempts that evidenced it fully. */
  evidenced: number
}

export interface ProgressMap {
  competences: { id: string; title: string; criteria: ProgressCriterion[] }[]
  counts: Record<ProgressStatus, number>
  attempts: number
}

const RANK: Record<CriterionStatus, number> = { notYet: 0, trainerOnly: 0, partly: 1, evidenced: 2 }

/** The learners who have submitted attempts, in alphabetical order (French collation). */
export function progressLearners(attempts: readonly ProgressAttempt[]): string[] {
  const collator = new Intl.Collator('fr', { sensitivity: 'base' })
  return [...new Set(attempts.map((attempt) => attempt.learnerName))].sort(collator.compare)
}

/**
 * The map of the 31 professional criteria of the ACom REAC for one learner's submitted attempts:
 * a criterion is evidenced when one attempt evidenced it fully, partly when one evidenced some of
 * it, not yet otherwise (never covered, or covered without success; a criterion only a trainer can
 * judge counts as not yet here, since the trainer's grades are not in the learner's browser).
 */
export function buildProgressMap(attempts: readonly ProgressAttempt[], learnerName: string, competences: readonly { id: string; title: string; criteria: readonly { id: string; label: string }[] }[]): ProgressMap {
  const mine = attempts.filter((attempt) => attempt.learnerName === learnerName)
  const counts: Record<ProgressStatus, number> = { evidenced: 0, partly: 0, notYet: 0 }
  const map = competences.map((competence) => ({
    id: competence.id, title: competence.title,
    criteria: competence.criteria.map((criterion): ProgressCriterion => {
      const found = mine.flatMap((attempt) => attempt.report.criteria.filter((line) => line.id === criterion.id))
      const best = found.reduce((rank, line) => Math.max(rank, RANK[line.status] ?? 0), 0)
      const status: ProgressStatus = best === 2 ? 'evidenced' : best === 1 ? 'partly' : 'notYet'
      counts[status] += 1
      return { id: criterion.id, label: criterion.label, status, attempts: found.length, evidenced: found.filter((line) => line.status === 'evidenced').length }
    }),
  }))
  return { competences: map, counts, attempts: mine.length }
}
