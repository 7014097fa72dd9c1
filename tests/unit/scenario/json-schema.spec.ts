import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { scenarioJsonSchema, scenarioJsonSchemaText, SCENARIO_JSON_SCHEMA_PATH } from '@/scenario/json-schema'

describe('JSON Schema for trainers (scenarios/scenario.schema.json)', () => {
  it('is committed exactly as a fresh generation gives it (run npm run scenario:schema)', () => {
    expect(readFileSync(SCENARIO_JSON_SCHEMA_PATH, 'utf8')).toBe(scenarioJsonSchemaText())
  })

  it('describes the scenario: required fields, no unknown keys, every check kind', () => {
    const schema = scenarioJsonSchema() as { required: string[]; additionalProperties: boolean; $defs: Record<string, { oneOf?: { properties: { kind: { const: string } } }[] }> }
    expect(schema.required).toEqual(expect.arrayContaining(['id', 'version', 'title', 'brief', 'level', 'durationMinutes', 'criteria', 'startDate', 'tasks']))
    expect(schema.additionalProperties).toBe(false)
    const kinds = schema.$defs.Check!.oneOf!.map((variant) => variant.properties.kind.const)
    expect(kinds).toEqual(['documentExists', 'recordExists', 'amountEquals', 'commandHappened', 'commandRefused', 'commandNotHappened',
      'happenedBefore', 'messageSent', 'answer', 'analysisFigure', 'checklist', 'all', 'any', 'not'])
  })
})
