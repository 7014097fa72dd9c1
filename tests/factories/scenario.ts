/**
 * Scenario attempts for tests, as the app plays them: a scenario file loaded through the real loader,
 * an attempt started by `startScenarioAttempt` (the built-in company, the file's own records and
 * settings, its timeline on the clock), the learner's commands and answers run through
 * `executeCommand`, and the grade read back from the workspace by `gradeWorkspaceAttempt`.
 */
import { readFileSync } from 'node:fs'
import { executeCommand, type CommandDefinition, type CommandResult } from '@/commands/command'
import { answerTask } from '@/commands/scenario'
import { startScenarioAttempt } from '@/db/scenario-attempt'
import { gradeWorkspaceAttempt } from '@/db/scenario-snapshot'
import { WorkspaceDb } from '@/db/workspace-db'
import type { Message } from '@/domain'
import { loadScenario, type GradeReport, type Scenario } from '@/scenario'
import { FIXED_NOW, makeRegistry } from './workspace'

/** A scenario file of `scenarios/`, through the real loader; throws with the loader's errors. */
export function loadScenarioFile(path: string): Scenario {
  const result = loadScenario(readFileSync(path, 'utf8'), path.split('/').at(-1))
  if (!result.ok) throw new Error(`${path}: ${JSON.stringify(result.errors, null, 2)}`)
  return result.scenario
}

/** Starts an attempt of `scenario` in a registry of its own and opens its workspace. */
export async function startPackAttempt(scenario: Scenario, learnerName = 'Camille Martin'): Promise<WorkspaceDb> {
  const record = await startScenarioAttempt(makeRegistry(), scenario, { learnerName, source: `pack:${scenario.id}.yaml`, now: FIXED_NOW })
  return new WorkspaceDb(record.id)
}

/** Runs a learner command at the simulated date; fails the test on a refusal. */
export async function learner<I, R extends Record<string, unknown>>(db: WorkspaceDb, command: CommandDefinition<I, R>, input: I): Promise<R> {
  const result = await executeCommand(db, command, input, { now: FIXED_NOW })
  if (!result.ok) throw new Error(`${command.name} refused: ${JSON.stringify(result.reason)}`)
  return result.value
}

/** Runs a learner command that may be refused (the refusal is journaled, as in the app). */
export function learnerTries<I, R extends Record<string, unknown>>(db: WorkspaceDb, command: CommandDefinition<I, R>, input: unknown): Promise<CommandResult<R>> {
  return executeCommand(db, command, input, { now: FIXED_NOW })
}

/** An amount in cents as a French learner types it in a task's answer field ("2 235,01"). */
export function typedEuros(cents: number): string {
  const sign = cents < 0 ? '-' : ''
  const abs = Math.abs(cents)
  return `${sign}${String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')},${String(abs % 100).padStart(2, '0')}`
}

/** The learner answers a task's question in the tasks panel (`scenario.answer`). */
export async function answer(db: WorkspaceDb, taskId: string, value: string | string[]): Promise<void> {
  await learner(db, answerTask, { taskId, value })
}

/** The message a timeline event delivered. */
export async function incomingMessage(db: WorkspaceDb, eventId: string): Promise<Message> {
  const message = (await db.messages.toArray()).find((m) => m.scenarioEventId === eventId)
  if (!message) throw new Error(`no message delivered for event ${eventId}`)
  return message
}

/** Grades the attempt held by `db`, as the report screen does. */
export async function gradePackAttempt(db: WorkspaceDb): Promise<GradeReport> {
  const graded = await gradeWorkspaceAttempt(db)
  if (!graded) throw new Error('not a scenario attempt')
  return graded.report
}
