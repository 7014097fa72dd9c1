/**
 * Scenario loader: the text of a YAML (or JSON: YAML 1.2 ⊃ JSON) file → a validated scenario, or the
 * list of what is wrong, each problem with its file, line, column, field path, an i18n key under
 * `scenario.errors.*` and the values of its message. A scenario is data only: no tag, no code, no
 * prototype key; the file size, nesting, node count and alias expansion are bounded before anything
 * is built from it, and a broken file yields errors and nothing else.
 */
import { isAlias, isCollection, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml'
import type { z } from 'zod'
import { SCENARIO_LIMITS as L } from './limits'
import { FORBIDDEN_KEYS, ScenarioSchema, type Scenario } from './schema'
import { validateScenario, type IssuePath } from './validate'

/** One problem of a scenario file, ready to be translated: `t(key, { ...values })`. */
export interface ScenarioLoadError {
  file: string
  /** 1-based. */
  line: number
  /** 1-based. */
  column: number
  /** Field path in the file ('checks[2].feedback.miss.fr'), '' for the whole file. */
  path: string
  key: string
  values: Record<string, string | number>
}

export type ScenarioLoadResult = { ok: true; scenario: Scenario } | { ok: false; errors: ScenarioLoadError[] }

/** At most this many errors are reported: the first ones are what a trainer fixes first. */
export const MAX_REPORTED_ERRORS = 50

interface Located {
  offset: number
  /** Point at the last key of `path` rather than at its value (unknown or forbidden keys). */
  atKey?: boolean
  path: IssuePath
  key: string
  values?: Record<string, string | number>
}

/** 'checks[2].feedback.miss.fr' */
export function formatPath(path: IssuePath): string {
  return path.reduce<string>((out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${part}` : part), '')
}

/** Loads a scenario from the text of a file named `file` (the name only appears in the errors). */
export function loadScenario(text: string, file = 'scenario.yaml'): ScenarioLoadResult {
  const lineCounter = new LineCounter()
  const fail = (problems: Located[]): ScenarioLoadResult => ({ ok: false, errors: toErrors(problems, file, lineCounter) })
  const at0 = (key: string, values: Record<string, string | number> = {}): Located[] => [{ offset: 0, path: [], key: `scenario.errors.${key}`, values }]

  if (typeof text !== 'string') return fail(at0('notText'))
  const bytes = new TextEncoder().encode(text).length
  if (bytes > L.fileBytes) return fail(at0('fileTooLarge', { maxKb: L.fileBytes / 1024, sizeKb: Math.ceil(bytes / 1024) }))
  const source = text.replace(/^\uFEFF/, '')
  if (!source.trim()) return fail(at0('empty'))

  const doc = parseDocument(source, {
    lineCounter, uniqueKeys: true, merge: false, prettyErrors: false, logLevel: 'error', version: '1.2', schema: 'core', strict: true,
  })
  if (doc.errors.length) {
    return fail(doc.errors.map((error) => ({
      offset: error.pos[0], path: [],
      key: `scenario.errors.${error.code === 'DUPLICATE_KEY' ? 'duplicateKey' : error.code === 'MULTIPLE_DOCS' ? 'multipleDocuments' : 'syntax'}`,
      values: { code: error.code },
    })))
  }
  const structural = inspectStructure(doc)
  if (structural.length) return fail(structural)

  let data: unknown
  try {
    data = doc.toJS({ maxAliasCount: L.aliases })
  } catch {
    return fail(at0('aliasLimit', { maximum: L.aliases }))
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return fail(at0('notAnObject'))

  const parsed = ScenarioSchema.safeParse(data)
  if (!parsed.success) return fail(parsed.error.issues.flatMap((issue) => describeIssue(issue, [], data)).map((problem) => locate(doc, problem)))
  const semantic = validateScenario(parsed.data)
  if (semantic.length) return fail(semantic.map((issue) => locate(doc, { offset: 0, ...issue })))
  return { ok: true, scenario: parsed.data }
}

// ── Structure: tags, keys, depth, nodes, aliases ────────────────────────────────────────────────

function inspectStructure(doc: Document): Located[] {
  let nodes = 0
  const ancestors = new Set<unknown>()
  // `Alias.resolve` searches the document: resolve each alias node once, however often it is expanded.
  const targets = new Map<unknown, YamlNode | undefined>()
  const problem = (node: { range?: [number, number, number] | null } | null | undefined, path: IssuePath, key: string, values: Record<string, string | number> = {}): Located =>
    ({ offset: node?.range?.[0] ?? 0, path, key: `scenario.errors.${key}`, values })

  const walk = (node: unknown, depth: number, path: IssuePath): Located | undefined => {
    nodes += 1
    if (nodes > L.nodes) return problem(node as YamlNode, path, 'tooManyNodes', { maximum: L.nodes })
    if (depth > L.depth) return problem(node as YamlNode, path, 'tooDeep', { maximum: L.depth })
    if (isAlias(node)) {
      if (!targets.has(node)) targets.set(node, node.resolve(doc) as YamlNode | undefined)
      const target = targets.get(node)
      if (!target) return problem(node, path, 'syntax', { code: 'BAD_ALIAS' })
      if (ancestors.has(target)) return problem(node, path, 'aliasCycle')
      return walk(target, depth, path) // an alias counts what it expands to: billion laughs stop at the node limit
    }
    if ((isScalar(node) || isCollection(node)) && node.tag) return problem(node, path, 'tag', { tag: node.tag })
    if (!isCollection(node)) return undefined
    ancestors.add(node)
    try {
      if (isMap(node)) {
        for (const pair of node.items) {
          if (!isPair(pair)) continue
          const key = pair.key
          if (!isScalar(key) || (typeof key.value !== 'string' && typeof key.value !== 'number')) return problem(key as YamlNode, path, 'complexKey')
          if (key.tag) return problem(key, path, 'tag', { tag: key.tag })
          const name = String(key.value)
          if (FORBIDDEN_KEYS.has(name)) return problem(key, [...path, name], 'forbiddenKey', { key: name })
          nodes += 1
          const found = walk(pair.value, depth + 1, [...path, name])
          if (found) return found
        }
      } else if (isSeq(node)) {
        for (const [index, item] of node.items.entries()) {
          const found = walk(item, depth + 1, [...path, index])
          if (found) return found
        }
      }
    } finally {
      ancestors.delete(node)
    }
    return undefined
  }
  const found = doc.contents ? walk(doc.contents, 1, []) : undefined
  return found ? [found] : []
}

// ── zod issues → translated problems ────────────────────────────────────────────────────────────

type Issue = z.core.$ZodIssue

function hasOwnPath(data: unknown, path: IssuePath): boolean {
  let current = data
  for (const part of path) {
    if (current === null || typeof current !== 'object' || !Object.prototype.hasOwnProperty.call(current, part)) return false
    current = (current as Record<string | number, unknown>)[part]
  }
  return true
}

const EXPECTED_KEYS: Record<string, string> = {
  string: 'expectedText', number: 'expectedNumber', int: 'expectedInteger', boolean: 'expectedBoolean',
  object: 'expectedObject', array: 'expectedList', record: 'expectedObject', tuple: 'expectedList',
}

function issueDepth(issues: readonly Issue[]): number {
  return Math.max(0, ...issues.map((issue) => issue.path.length))
}

/** What went wrong, as located problems (offsets filled in by `locate`). */
function describeIssue(issue: Issue, base: IssuePath, data: unknown): Omit<Located, 'offset'>[] {
  const path = [...base, ...(issue.path as (string | number)[])]
  const one = (key: string, values: Record<string, string | number> = {}) => [{ path, key: `scenario.errors.${key}`, values }]
  if (issue.message.startsWith('scenario.errors.')) {
    const params = (issue as { params?: Record<string, string | number> }).params ?? {}
    return [{ path, key: issue.message, values: { ...params } }]
  }
  switch (issue.code) {
    case 'invalid_type':
      if (!hasOwnPath(data, path)) return one('missing')
      if (path.length === 0) return one('notAnObject')
      return one(EXPECTED_KEYS[issue.expected] ?? 'invalidType', { expected: issue.expected })
    case 'too_big': {
      const maximum = Number(issue.maximum)
      if (issue.origin === 'string') return one('tooLong', { maximum })
      if (issue.origin === 'array' || issue.origin === 'set') return one((issue as { exact?: boolean }).exact ? 'exactCount' : 'tooMany', { maximum })
      return one('tooLarge', { maximum })
    }
    case 'too_small': {
      const minimum = Number(issue.minimum)
      if (issue.origin === 'string') return one(minimum <= 1 ? 'emptyText' : 'tooShort', { minimum })
      if (issue.origin === 'array' || issue.origin === 'set') return one('tooFew', { minimum })
      if (!issue.inclusive && minimum === 0) return one('notPositive')
      return one('tooSmall', { minimum })
    }
    case 'invalid_format':
      return one('invalidFormat', { format: issue.format })
    case 'invalid_value':
      if (!hasOwnPath(data, path)) return one('missing')
      return one('invalidValue', { allowed: issue.values.map((value) => String(value)).join(', ') })
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({ path: [...path, key], key: 'scenario.errors.unknownKey', values: { key }, atKey: true }))
    case 'invalid_union': {
      const discriminated = issue as Issue & { note?: string; options?: unknown[] }
      if (discriminated.note === 'No matching discriminator') {
        if (!hasOwnPath(data, path)) return one('missing')
        return one('unknownKind', { allowed: (discriminated.options ?? []).map(String).join(', ') })
      }
      // A union of shapes: drop the branches refused as a whole (wrong type at the union itself);
      // if one remains, or one went clearly deeper, its problems are the file's.
      const branches = issue.errors.filter((branch) => !(branch.length === 1 && branch[0]!.code === 'invalid_type' && branch[0]!.path.length === 0))
      if (branches.length === 0) {
        if (!hasOwnPath(data, path)) return one('missing')
        const expected = [...new Set(issue.errors.flatMap((branch) => branch.map((sub) => (sub.code === 'invalid_type' ? sub.expected : ''))))].filter(Boolean)
        return one('invalidType', { expected: expected.join(', ') })
      }
      const sorted = [...branches].sort((a, b) => issueDepth(b) - issueDepth(a) || a.length - b.length)
      const best = sorted[0]!
      const runnerUp = sorted[1]
      if (runnerUp === undefined || issueDepth(best) > issueDepth(runnerUp)) return best.flatMap((sub) => describeIssue(sub, path, data))
      return one('invalidUnion')
    }
    case 'invalid_key':
      // A record key (a property path) refused by its own schema: point at the key.
      return issue.issues.flatMap((sub) => describeIssue(sub as Issue, path, data)).map((problem) => ({ ...problem, atKey: true }))
    case 'not_multiple_of':
      return one('notInteger')
    default:
      return one('invalid')
  }
}

// ── Positions ───────────────────────────────────────────────────────────────────────────────────

/** The offset of the node at `path`, or of its nearest existing ancestor (a missing key points at its map). */
function offsetOf(doc: Document, path: IssuePath, atKey = false): number {
  let node: unknown = doc.contents
  let offset = (doc.contents as YamlNode | null)?.range?.[0] ?? 0
  for (const [index, part] of path.entries()) {
    if (isAlias(node)) node = node.resolve(doc)
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(part))
      if (!pair) break
      // The key's position: "line 12: unitPrice" is where a trainer looks.
      offset = (pair.key as YamlNode).range?.[0] ?? offset
      node = pair.value
      if (atKey && index === path.length - 1) break
      if (isScalar(node) || isAlias(node)) offset = (node as YamlNode).range?.[0] ?? offset
    } else if (isSeq(node) && typeof part === 'number' && node.items[part] !== undefined) {
      node = node.items[part]
      offset = (node as YamlNode).range?.[0] ?? offset
    } else break
  }
  return offset
}

function locate(doc: Document, problem: Omit<Located, 'offset'> & { offset?: number }): Located {
  return { ...problem, offset: offsetOf(doc, problem.path, problem.atKey) }
}

function toErrors(problems: Located[], file: string, lineCounter: LineCounter): ScenarioLoadError[] {
  const seen = new Set<string>()
  return problems
    .filter((problem) => {
      // A value can fail two checks that say the same (a date's pattern and its calendar check).
      const id = `${formatPath(problem.path)}|${problem.key}`
      if (seen.has(id)) return false
      seen.add(id)
      return true
    })
    .map((problem) => {
      const { line, col } = lineCounter.linePos(problem.offset)
      const path = formatPath(problem.path)
      return { file, line: Math.max(1, line), column: Math.max(1, col), path, key: problem.key, values: { field: path, ...problem.values } }
    })
    .sort((a, b) => a.line - b.line || a.column - b.column)
    .slice(0, MAX_REPORTED_ERRORS)
}
