import { describe, expect, it } from 'vitest'
import { messages } from '@/i18n/all-messages'
import { loadScenario, type ScenarioLoadResult } from '@/scenario'
import { check, scenarioData, scenarioYaml } from './helpers'

type Tree = { [key: string]: string | Tree }
const scenarioTexts = (language: 'fr' | 'en') => ((messages[language] as Tree).scenario as Tree).errors as Tree

function errorsOf(result: ScenarioLoadResult) {
  if (result.ok) throw new Error('expected the scenario to be refused')
  return result.errors
}

/** Every error key exists in both languages and its placeholders are given. */
function expectTranslatable(result: ScenarioLoadResult) {
  for (const error of errorsOf(result)) {
    const name = error.key.replace(/^scenario\.errors\./, '')
    for (const language of ['fr', 'en'] as const) {
      const text = scenarioTexts(language)[name]
      expect(typeof text, `${error.key} (${language})`).toBe('string')
      for (const [, placeholder] of (text as string).matchAll(/\{\{(\w+)\}\}/g)) expect(error.values, `${error.key}: ${placeholder}`).toHaveProperty(placeholder!)
    }
  }
}

describe('loadScenario: valid files', () => {
  it('loads a minimal YAML scenario', () => {
    const result = loadScenario(scenarioYaml(), 'mini.yaml')
    expect(result.ok).toBe(true)
    if (result.ok) expect(result.scenario).toMatchObject({ id: 'test-scenario', startDate: '2026-03-09', criteria: ['CP1.1'] })
  })

  it('accepts JSON (YAML 1.2 is a superset of JSON)', () => {
    const result = loadScenario(JSON.stringify(scenarioData(), null, 2), 'mini.json')
    expect(result.ok).toBe(true)
  })

  it('accepts a byte-order mark and a $schema key', () => {
    expect(loadScenario(`\uFEFF${scenarioYaml({ $schema: './scenario.schema.json' })}`).ok).toBe(true)
  })
})

describe('loadScenario: errors name the file, line, column and field', () => {
  it('points at a wrong type', () => {
    const text = scenarioYaml().replace('durationMinutes: 20', 'durationMinutes: vingt')
    const errors = errorsOf(loadScenario(text, 'cas.yaml'))
    const line = text.split('\n').findIndex((l) => l.startsWith('durationMinutes')) + 1
    expect(errors).toEqual([{ file: 'cas.yaml', line, column: 18, path: 'durationMinutes', key: 'scenario.errors.expectedNumber', values: { field: 'durationMinutes', expected: 'number' } }])
  })

  it('points at an unknown key (a typo) on its own line', () => {
    const text = 'id: test-scenario\nversion: 1\ntitle:\n  fr: Titre\n  en: Title\n  de: Titel\n'
    const errors = errorsOf(loadScenario(text))
    expect(errors).toContainEqual(expect.objectContaining({ line: 6, column: 3, path: 'title.de', key: 'scenario.errors.unknownKey', values: { field: 'title.de', key: 'de' } }))
  })

  it('names a missing field', () => {
    const data = scenarioData()
    delete data.level
    const errors = errorsOf(loadScenario(JSON.stringify(data)))
    expect(errors).toEqual([expect.objectContaining({ path: 'level', key: 'scenario.errors.missing' })])
  })

  it('lists the possible kinds of an unknown check kind', () => {
    const errors = errorsOf(loadScenario(scenarioYaml({ checks: [check('c1', { kind: 'documentExist' })] })))
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatchObject({ path: 'checks[0].kind', key: 'scenario.errors.unknownKind' })
    expect(errors[0]!.values.allowed).toContain('documentExists')
  })

  it('refuses an impossible date and a malformed id', () => {
    const errors = errorsOf(loadScenario(scenarioYaml({ startDate: '2026-02-30', id: 'Mon Scénario' })))
    expect(errors.map((e) => [e.path, e.key])).toEqual([['id', 'scenario.errors.invalidScenarioId'], ['startDate', 'scenario.errors.invalidDate']])
  })

  it('reports the problem of the branch that fits inside a union (a fact, a day or a date)', () => {
    const errors = errorsOf(loadScenario(scenarioYaml({
      checks: [check('c1', { kind: 'messageSent', to: { department: 'accounting' }, facts: [{ anyOf: [12] }] })],
      timeline: [{ id: 'e1', at: 'demain', kind: 'message', from: { department: 'accounting' }, language: 'fr', subject: 'S', body: 'B' }],
    })))
    // 'demain' is no day number: the date branch is the one that tells what is wrong.
    expect(errors.map((e) => [e.path, e.key])).toEqual([
      ['checks[0].facts[0].anyOf[0]', 'scenario.errors.expectedText'],
      ['timeline[0].at', 'scenario.errors.invalidDate'],
    ])
  })

  it('asks for exactly one recipient of a message check', () => {
    const result = loadScenario(scenarioYaml({ checks: [check('c1', { kind: 'messageSent', to: { tierId: 'c-1', department: 'accounting' } })] }))
    expect(errorsOf(result)).toEqual([expect.objectContaining({ path: 'checks[0].to', key: 'scenario.errors.exactlyOne', values: { field: 'checks[0].to', fields: 'tierId, department, tier' } })])
    expectTranslatable(result)
  })

  it('sorts the errors by position and gives every one a translatable key', () => {
    const result = loadScenario('id: X\nversion: 0\ntitle: {fr: "", en: b}\nlevel: expert\ncriteria: [CP9.9]\n', 'bad.yaml')
    const errors = errorsOf(result)
    expect(errors.map((e) => e.line)).toEqual([...errors.map((e) => e.line)].sort((a, b) => a - b))
    expect(errors.map((e) => e.key)).toEqual(expect.arrayContaining([
      'scenario.errors.invalidScenarioId', 'scenario.errors.tooSmall', 'scenario.errors.emptyText', 'scenario.errors.invalidValue', 'scenario.errors.missing',
    ]))
    expectTranslatable(result)
  })
})

describe('loadScenario: consistency checked after parsing', () => {
  const expectKeys = (overrides: Record<string, unknown>, expected: [string, string][]) => {
    const result = loadScenario(scenarioYaml(overrides))
    expect(errorsOf(result).map((e) => [e.path, e.key])).toEqual(expected)
    expectTranslatable(result)
  }

  it('refuses a criterion the REAC does not have', () => {
    expectKeys({ criteria: ['CP1.1', 'CP1.9'] }, [['criteria[1]', 'scenario.errors.unknownCriterion']])
  })

  it('refuses a check criterion the scenario does not declare', () => {
    expectKeys({ checks: [check('c1', { kind: 'commandHappened', command: 'tiers.create' }, ['CP1.1', 'CP4.1'])] }, [['checks[0].criteria[1]', 'scenario.errors.criterionNotDeclared']])
  })

  it('refuses a declared criterion that nothing evidences', () => {
    expectKeys({ criteria: ['CP1.1', 'CP1.2'] }, [['criteria[1]', 'scenario.errors.criterionNotEvidenced']])
  })

  it('refuses duplicate ids', () => {
    const c = check('c1', { kind: 'commandHappened', command: 'tiers.create' })
    expectKeys({ checks: [c, c] }, [['checks[1].id', 'scenario.errors.duplicateId']])
  })

  it('refuses references to unknown tasks, checks, events and options', () => {
    expectKeys({
      tasks: [{ id: 't1', title: { fr: 'T', en: 'T' }, instructions: { fr: 'I', en: 'I' }, checks: ['c9'], question: { kind: 'choice', options: [{ id: 'a', label: { fr: 'A', en: 'A' } }, { id: 'b', label: { fr: 'B', en: 'B' } }] } }],
      checks: [
        check('c1', { kind: 'answer', task: 't2', value: 3 }),
        check('c2', { kind: 'answer', task: 't1', choice: 'z' }),
        check('c3', { kind: 'messageSent', to: { department: 'accounting' }, replyToEvent: 'nope' }),
      ],
    }, [
      ['tasks[0].checks[0]', 'scenario.errors.unknownCheck'],
      ['checks[0].task', 'scenario.errors.unknownTask'],
      ['checks[1].choice', 'scenario.errors.unknownOption'],
      ['checks[2].replyToEvent', 'scenario.errors.unknownEvent'],
    ])
  })

  it('refuses a typed-in figure for an amount answer: it must be computed', () => {
    expectKeys({
      tasks: [{ id: 't1', title: { fr: 'T', en: 'T' }, instructions: { fr: 'I', en: 'I' }, question: { kind: 'amount' } }],
      checks: [check('c1', { kind: 'answer', task: 't1', value: 1234.56 })],
    }, [['checks[0]', 'scenario.errors.answerFields']])
  })

  it('refuses an expected amount the domain cannot compute, naming the domain reason', () => {
    const result = loadScenario(scenarioYaml({
      checks: [check('c1', {
        kind: 'amountEquals', document: { type: 'invoice' },
        expected: { priceDocument: { lines: [{ quantity: 1, unitPriceCents: 1000, vatRatePercent: 7 }] }, field: 'totalInclVatCents' },
      })],
    }))
    const errors = errorsOf(result)
    expect(errors).toEqual([expect.objectContaining({ path: 'checks[0].expected.priceDocument', key: 'scenario.errors.expectedRefused' })])
    expect(errors[0]!.values.code).toBe('unknownVatRate')
  })

  it('refuses an expected amount with no calculation, or a field the calculation has not', () => {
    expectKeys({ checks: [check('c1', { kind: 'amountEquals', document: {}, expected: { field: 'totalInclVatCents' } })] }, [['checks[0].expected', 'scenario.errors.expectedOperation']])
    expectKeys({
      checks: [check('c1', { kind: 'amountEquals', document: {}, expected: { exclVatFromInclVat: { inclVatCents: 1200, vatRatePercent: 20 }, field: 'totalInclVatCents' } })],
    }, [['checks[0].expected.field', 'scenario.errors.expectedField']])
  })

  it('refuses an event before the start date', () => {
    expectKeys({ timeline: [{ id: 'e1', at: '2026-03-01', kind: 'message', from: { department: 'management' }, language: 'fr', subject: 'S', body: 'B' }] },
      [['timeline[0].at', 'scenario.errors.eventBeforeStart']])
  })

  it('refuses composites nested too deep', () => {
    let condition: Record<string, unknown> = { kind: 'commandHappened', command: 'tiers.create' }
    for (let i = 0; i < 5; i += 1) condition = { kind: 'not', condition }
    expectKeys({ checks: [check('c1', condition)] }, [['checks[0].condition.condition.condition.condition', 'scenario.errors.conditionTooDeep']])
  })
})
