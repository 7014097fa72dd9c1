import type { WorkspaceDb } from '@/db/workspace-db'
import type { MetaRecord } from '@/db/types'
import type { Scenario } from '@/scenario/schema'

/**
 * What a scenario attempt keeps in its workspace's `meta` table, so it travels with an export and
 * survives a reload: who plays, which scenario (the whole parsed scenario, to grade it later even if
 * the file is gone), the answers to the tasks' questions, and whether it was submitted.
 *
 * This module stays tiny (no zod, no scenario engine): `executeCommand` reads the attempt's state
 * before every command, and it is on the home page's first load.
 */
export const ATTEMPT_META_KEYS = {
  attempt: 'scenario.attempt',
  definition: 'scenario.definition',
  answers: 'scenario.answers',
} as const

/** An answer to a task's question: cents for an amount, a number, an option id, ticked item ids, or a text. */
export type AttemptAnswer = number | string | string[]

export interface AttemptState {
  scenarioId: string
  scenarioVersion: number
  /** The scenario's title, for lists and the result file. */
  title: { fr: string; en: string }
  /** Where the scenario came from: 'pack:<file>', 'file:<name>' or 'url:<address>'. */
  source: string
  /** The learner's name as typed (shared PCs: no account). */
  learnerName: string
  /** Simulated start date, and the last day the clock may reach (undefined: no limit). */
  startDate: string
  lastDate?: string
  /** False when the scenario keeps the clock still. */
  canAdvance: boolean
  /** Wall clock (ISO) of the start and of the submission, for the trainer; nothing computes with them. */
  startedAt: string
  submittedAt?: string
  /** Simulated date of the submission. */
  submittedOn?: string
}

export async function readAttempt(db: WorkspaceDb): Promise<AttemptState | undefined> {
  const record = (await db.meta.get(ATTEMPT_META_KEYS.attempt)) as MetaRecord<AttemptState> | undefined
  return record?.value
}

export async function readAnswers(db: WorkspaceDb): Promise<Record<string, AttemptAnswer>> {
  const record = (await db.meta.get(ATTEMPT_META_KEYS.answers)) as MetaRecord<Record<string, AttemptAnswer>> | undefined
  return record?.value ?? {}
}

/** The scenario the attempt plays, as it was when the attempt started. */
export async function readScenarioDefinition(db: WorkspaceDb): Promise<Scenario | undefined> {
  const record = (await db.meta.get(ATTEMPT_META_KEYS.definition)) as MetaRecord<Scenario> | undefined
  return record?.value
}
