/**
 * Shared steps of the scenario attempt tests: load a scenario file through the real loader, start an
 * attempt in a test registry, open its workspace and run commands as the app does.
 */
import { readFileSync } from 'node:fs'
import { executeCommand, type CommandDefinition } from '@/commands/command'
import { startScenarioAttempt } from '@/db/scenario-attempt'
import { WorkspaceDb } from '@/db/workspace-db'
import { loadScenario, type Scenario } from '@/scenario'
import { FIXED_NOW, makeRegistry } from '../../factories/workspace'

export function loadFile(path: string): Scenario {
  const result = loadScenario(readFileSync(path, 'utf8'), path.split('/').pop())
  if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 2))
  return result.scenario
}

export async function startAttempt(scenario: Scenario, learnerName = 'Camille Martin') {
  const registry = makeRegistry()
  const record = await startScenarioAttempt(registry, scenario, { learnerName, source: `pack:${scenario.id}.yaml`, now: FIXED_NOW })
  const db = new WorkspaceDb(record.id)
  const run = <I, R extends Record<string, unknown>>(command: CommandDefinition<I, R>, input: unknown) => executeCommand(db, command, input, { now: FIXED_NOW })
  return { registry, record, db, run }
}
