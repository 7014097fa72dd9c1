/**
 * Reads a scenario attempt's workspace into what the grader takes: the scenario as the attempt
 * started it, the final state of every table the checks may search (with the answers to the tasks'
 * questions), and the journal. Then grades it, and makes the result file.
 */
import type { JournalEntry } from './types'
import type { WorkspaceDb } from './workspace-db'
import { ATTEMPT_META_KEYS, type AttemptAnswer, type AttemptState } from '@/commands/scenario-state'
import type { MetaRecord } from './types'
import { gradeAttempt, type GradeReport, type GradingSnapshot } from '@/scenario/grader'
import type { Scenario } from '@/scenario/schema'
import { buildResultFile, type ResultFile } from '@/scenario/result-file'

export interface AttemptForGrading {
  attempt: AttemptState
  scenario: Scenario
  snapshot: GradingSnapshot
  journal: JournalEntry[]
}

/** The attempt's state, scenario, records and journal, read in one transaction (one consistent picture); undefined outside an attempt. */
export async function readAttemptForGrading(db: WorkspaceDb): Promise<AttemptForGrading | undefined> {
  return db.transaction('r', db.tables, async () => {
    const [attempt, definition, answers] = (await db.meta.bulkGet([ATTEMPT_META_KEYS.attempt, ATTEMPT_META_KEYS.definition, ATTEMPT_META_KEYS.answers])) as
      [MetaRecord<AttemptState> | undefined, MetaRecord<Scenario> | undefined, MetaRecord<Record<string, AttemptAnswer>> | undefined]
    if (!attempt || !definition) return undefined
    const [tiers, products, salesDocs, payments, messages, purchaseDocs, stockMoves, gdprRequests, priceAgreements, journal] = await Promise.all([
      db.tiers.toArray(), db.products.toArray(), db.salesDocs.toArray(), db.payments.toArray(), db.messages.toArray(),
      db.purchaseDocs.toArray(), db.stockMoves.toArray(), db.gdprRequests.toArray(), db.priceAgreements.toArray(), db.journal.toArray(),
    ])
    const [supplierClaims, solvencyChecks, dunningActions, recoveryCases, analyses] = await Promise.all([
      db.supplierClaims.toArray(), db.solvencyChecks.toArray(), db.dunningActions.toArray(), db.recoveryCases.toArray(), db.analyses.toArray(),
    ])
    return {
      attempt: attempt.value,
      scenario: definition.value,
      snapshot: { tiers, products, salesDocs, payments, messages, purchaseDocs, stockMoves, gdprRequests, priceAgreements,
        supplierClaims, solvencyChecks, dunningActions, recoveryCases, analyses, answers: answers?.value ?? {} },
      journal,
    }
  })
}

export interface GradedAttempt extends AttemptForGrading {
  report: GradeReport
  /** How long the grader took, in ms (the read from IndexedDB is not counted). */
  gradingMs: number
}

/** Reads and grades the attempt of `db`; undefined outside an attempt. */
export async function gradeWorkspaceAttempt(db: WorkspaceDb, clock: () => number = () => performance.now()): Promise<GradedAttempt | undefined> {
  const input = await readAttemptForGrading(db)
  if (!input) return undefined
  const started = clock()
  const report = gradeAttempt(input.scenario, input.snapshot, input.journal)
  return { ...input, report, gradingMs: clock() - started }
}

/** The result file of a graded attempt, made at `exportedAt` (ISO wall clock). */
export function attemptResultFile(graded: GradedAttempt, exportedAt: string): Promise<ResultFile> {
  const { attempt, scenario } = graded
  return buildResultFile({
    scenario: { id: scenario.id, version: scenario.version, title: scenario.title, startDate: scenario.startDate },
    learnerName: attempt.learnerName,
    startedAt: attempt.startedAt,
    ...(attempt.submittedAt ? { submittedAt: attempt.submittedAt } : {}),
    ...(attempt.submittedOn ? { submittedOn: attempt.submittedOn } : {}),
    report: graded.report,
    answers: graded.snapshot.answers ?? {},
    journal: graded.journal,
  }, exportedAt)
}
