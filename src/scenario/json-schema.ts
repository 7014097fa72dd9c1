/**
 * The JSON Schema of scenario files, generated from the zod schema (zod 4's `z.toJSONSchema`), so a
 * trainer's editor completes and checks a scenario as it is typed. `npm run scenario:schema` writes
 * it to `scenarios/scenario.schema.json`; a unit test keeps the committed file equal to a fresh one.
 * It describes the shape only: the loader also checks criteria, references and computed amounts.
 */
import { z } from 'zod'
import { ScenarioSchema } from './schema'

/** Where the committed schema lives, from the project root. */
export const SCENARIO_JSON_SCHEMA_PATH = 'scenarios/scenario.schema.json'

/** The JSON Schema object (draft 2020-12) of a scenario file as written by a trainer. */
export function scenarioJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ScenarioSchema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' }) as Record<string, unknown>
  return { ...schema, $id: 'https://comptoir.example/scenario.schema.json' }
}

/** The file's text: 2-space JSON and a final newline. */
export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`
}
