import { describe, expect, it } from 'vitest'
import { loadScenario, SCENARIO_LIMITS, type ScenarioLoadResult } from '@/scenario'
import { renderScenarioMarkdown } from '@/scenario/markdown'
import { scenarioData, scenarioYaml } from './helpers'

function onlyError(result: ScenarioLoadResult) {
  if (result.ok) throw new Error('expected the file to be refused')
  expect(result.errors.length).toBeGreaterThan(0)
  return result.errors[0]!
}

describe('hostile scenario files: each gives a clear error and nothing else', () => {
  it('keeps script tags in texts as text, and they render as visible text', () => {
    const brief = { fr: '<script>alert("fr")</script> Bonjour', en: '<img src=x onerror=alert(1)> Hello' }
    const result = loadScenario(scenarioYaml({ brief }))
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.scenario.brief).toEqual(brief)
    expect(renderScenarioMarkdown(result.scenario.brief.fr)).toContain('&lt;script&gt;')
    expect(renderScenarioMarkdown(result.scenario.brief.en)).not.toContain('<img')
  })

  it('refuses a file above the size limit before parsing it', () => {
    const padding = `# ${'x'.repeat(SCENARIO_LIMITS.fileBytes)}\n`
    const error = onlyError(loadScenario(padding + scenarioYaml(), 'gros.yaml'))
    expect(error).toMatchObject({ file: 'gros.yaml', line: 1, column: 1, key: 'scenario.errors.fileTooLarge' })
    expect(error.values.maxKb).toBe(256)
  })

  it('counts the size in bytes, not characters', () => {
    const accents = `# ${'é'.repeat(SCENARIO_LIMITS.fileBytes / 2)}\n`
    expect(onlyError(loadScenario(accents + scenarioYaml())).key).toBe('scenario.errors.fileTooLarge')
  })

  it('refuses a huge string with the field it is in', () => {
    const result = loadScenario(scenarioYaml({ title: { fr: 'x'.repeat(5000), en: 'Title' } }))
    expect(onlyError(result)).toMatchObject({ path: 'title.fr', key: 'scenario.errors.tooLong', values: { maximum: SCENARIO_LIMITS.shortText } })
  })

  it('refuses deep nesting', () => {
    const deep = `${'['.repeat(200)}${']'.repeat(200)}`
    expect(onlyError(loadScenario(`id: a\nnotes: ${deep}\n`)).key).toBe('scenario.errors.tooDeep')
    let nested = 'x: 1'
    for (let i = 0; i < 40; i += 1) nested = `a${i}:\n${nested.replace(/^/gm, '  ')}`
    expect(onlyError(loadScenario(nested)).key).toBe('scenario.errors.tooDeep')
  })

  it('stops an alias bomb (billion laughs) quickly', () => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for (let i = 1; i < 9; i += 1) {
      const previous = String.fromCharCode(96 + i)
      lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${previous}`).join(',')}]`)
    }
    const started = performance.now()
    const error = onlyError(loadScenario(lines.join('\n')))
    // Expanded, it would be 9^9 ≈ 387 million nodes: refusing it must not even approach that work
    // (generous bound: the test machine is shared).
    expect(performance.now() - started).toBeLessThan(5000)
    expect(['scenario.errors.tooManyNodes', 'scenario.errors.aliasLimit']).toContain(error.key)
  })

  it('refuses an alias that contains itself', () => {
    expect(onlyError(loadScenario('id: &x { a: *x }\n'))).toMatchObject({ key: 'scenario.errors.aliasCycle', path: 'id.a' })
  })

  it('refuses __proto__, constructor and prototype keys and pollutes nothing', () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const text = `${scenarioYaml()}${key}:\n  polluted: true\n`
      const error = onlyError(loadScenario(text))
      expect(error).toMatchObject({ key: 'scenario.errors.forbiddenKey', path: key })
      expect(error.line).toBe(text.split('\n').length - 2)
    }
    const json = JSON.stringify(scenarioData()).replace(/^\{/, '{"__proto__": {"polluted": true},')
    expect(onlyError(loadScenario(json)).key).toBe('scenario.errors.forbiddenKey')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.prototype).not.toHaveProperty('polluted')
  })

  it('refuses a forbidden key inside a property path too', () => {
    const result = loadScenario(scenarioYaml({
      checks: [{ id: 'c1', criteria: ['CP1.1'], kind: 'documentExists', where: { 'totals.__proto__': 1 }, feedback: { pass: { fr: 'a', en: 'a' }, miss: { fr: 'b', en: 'b' } } }],
    }))
    expect(onlyError(result).key).toBe('scenario.errors.forbiddenKey')
  })

  it('refuses YAML tags (no custom types, no code)', () => {
    for (const tagged of ['!!js/function "function () { return 1 }"', '!!binary aGVsbG8=', '!foo bar', '!!str 12']) {
      const error = onlyError(loadScenario(`${scenarioYaml()}notes: ${tagged}\n`))
      expect(error.key).toBe('scenario.errors.tag')
    }
  })

  it('refuses complex keys, several documents, broken syntax and duplicate keys', () => {
    expect(onlyError(loadScenario('? [a, b]\n: 1\n')).key).toBe('scenario.errors.complexKey')
    expect(onlyError(loadScenario(`${scenarioYaml()}---\nid: other\n`)).key).toBe('scenario.errors.multipleDocuments')
    expect(onlyError(loadScenario('id: [unclosed\n')).key).toBe('scenario.errors.syntax')
    expect(onlyError(loadScenario('id: a\nid: b\n'))).toMatchObject({ key: 'scenario.errors.duplicateKey', line: 2 })
  })

  it('refuses wrong types at the top level and inside', () => {
    expect(onlyError(loadScenario('- a\n- b\n')).key).toBe('scenario.errors.notAnObject')
    expect(onlyError(loadScenario('just text')).key).toBe('scenario.errors.notAnObject')
    expect(onlyError(loadScenario('   \n')).key).toBe('scenario.errors.empty')
    expect(onlyError(loadScenario(42 as unknown as string)).key).toBe('scenario.errors.notText')
    const result = loadScenario(scenarioYaml({ tasks: 'all of them', criteria: 'CP1.1', version: 1.5 }))
    if (result.ok) throw new Error('refused expected')
    expect(result.errors.map((e) => [e.path, e.key])).toEqual(expect.arrayContaining([
      ['tasks', 'scenario.errors.expectedList'], ['criteria', 'scenario.errors.expectedList'], ['version', 'scenario.errors.expectedInteger'],
    ]))
  })

  it('refuses unknown keys everywhere (no extra data slips through)', () => {
    const result = loadScenario(scenarioYaml({ onLoad: 'alert(1)', tasks: [{ id: 't1', title: { fr: 'T', en: 'T' }, instructions: { fr: 'I', en: 'I' }, html: '<b>' }] }))
    if (result.ok) throw new Error('refused expected')
    expect(result.errors.map((e) => [e.path, e.key]).sort()).toEqual([['onLoad', 'scenario.errors.unknownKey'], ['tasks[0].html', 'scenario.errors.unknownKey']])
  })

  it('caps the number of reported errors', () => {
    const tasks = Array.from({ length: 40 }, (_, i) => ({ id: `t${i}`, title: { fr: '', en: '' }, instructions: { fr: '', en: '' } }))
    const result = loadScenario(scenarioYaml({ tasks }))
    if (result.ok) throw new Error('refused expected')
    expect(result.errors).toHaveLength(50)
  })
})
