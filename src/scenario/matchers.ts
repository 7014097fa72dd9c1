/**
 * Property matchers of checks: `path → value or operators`, evaluated on plain records (a sales
 * document, a tier, a journal entry's input). Paths only follow a record's own properties, so a
 * scenario can never reach a prototype.
 */
import { dueDate, isCalendarDate, DomainInputError } from '@/domain'
import type { PaymentTerms } from '@/domain'
import { FORBIDDEN_KEYS, type Matcher, type MatcherOpsInput, type Matchers } from './schema'
import { normalizeText } from './text'

const splitPaths = new Map<string, string[]>()

function parts(path: string): string[] {
  let split = splitPaths.get(path)
  if (!split) {
    split = path.split('.')
    if (splitPaths.size > 10_000) splitPaths.clear()
    splitPaths.set(path, split)
  }
  return split
}

/** The value at a dotted path, following own properties only; undefined when absent. */
export function valueAt(record: unknown, path: string): unknown {
  let current: unknown = record
  for (const part of parts(path)) {
    if (current === null || typeof current !== 'object' || FORBIDDEN_KEYS.has(part)) return undefined
    if (!Object.prototype.hasOwnProperty.call(current, part)) return undefined
    current = (current as Record<string, unknown>)[part]
  }
  return current
}

type Scalar = string | number | boolean | null

function isOps(matcher: Matcher): matcher is MatcherOpsInput {
  return matcher !== null && typeof matcher === 'object' && !Array.isArray(matcher)
}

function equalScalar(value: unknown, expected: Scalar): boolean {
  if (expected === null) return value === null || value === undefined
  return value === expected
}

function equalValue(value: unknown, expected: Scalar | Scalar[]): boolean {
  if (!Array.isArray(expected)) return equalScalar(value, expected)
  return Array.isArray(value) && value.length === expected.length && expected.every((item, index) => equalScalar(value[index], item))
}

function compare(value: unknown, bound: number | string): number | undefined {
  if (typeof bound === 'number') return typeof value === 'number' && Number.isFinite(value) ? value - bound : undefined
  return typeof value === 'string' && isCalendarDate(value) ? (value < bound ? -1 : value > bound ? 1 : 0) : undefined
}

function lengthOf(value: unknown): number | undefined {
  return Array.isArray(value) || typeof value === 'string' ? value.length : undefined
}

function opsHold(value: unknown, ops: MatcherOpsInput, record: unknown): boolean {
  if (ops.exists !== undefined && (value !== undefined && value !== null) !== ops.exists) return false
  if (ops.equals !== undefined && !equalValue(value, ops.equals)) return false
  if (ops.notEquals !== undefined && equalValue(value, ops.notEquals)) return false
  if (ops.oneOf !== undefined && !ops.oneOf.some((option) => equalScalar(value, option))) return false
  if (ops.min !== undefined && !((compare(value, ops.min) ?? -1) >= 0)) return false
  if (ops.max !== undefined && !((compare(value, ops.max) ?? 1) <= 0)) return false
  if (ops.contains !== undefined) {
    const needle = normalizeText(ops.contains)
    const texts = Array.isArray(value) ? value : [value]
    if (!texts.some((item) => typeof item === 'string' && normalizeText(item).includes(needle))) return false
  }
  if (ops.length !== undefined) {
    const length = lengthOf(value)
    if (length === undefined) return false
    if (typeof ops.length === 'number' ? length !== ops.length : (ops.length.min ?? 0) > length || length > (ops.length.max ?? Infinity)) return false
  }
  if (ops.some !== undefined && !(Array.isArray(value) && value.some((item) => matchesAll(item, ops.some!)))) return false
  if (ops.every !== undefined && !(Array.isArray(value) && value.every((item) => matchesAll(item, ops.every!)))) return false
  if (ops.dueDate !== undefined) {
    const from = valueAt(record, ops.dueDate.from ?? 'date')
    if (typeof from !== 'string' || value !== memoDueDate(from, ops.dueDate.terms as PaymentTerms)) return false
  }
  return true
}

const dueDates = new Map<string, string | null>()

/** The domain's due date, remembered: thousands of documents share a few hundred issue dates. */
function memoDueDate(from: string, terms: PaymentTerms): string | null {
  const key = `${from}|${terms.kind}|${'days' in terms ? terms.days : ''}|${'method' in terms ? terms.method : ''}`
  let due = dueDates.get(key)
  if (due === undefined) {
    try {
      due = dueDate(from, terms)
    } catch (error) {
      if (!(error instanceof DomainInputError)) throw error
      due = null
    }
    if (dueDates.size > 50_000) dueDates.clear()
    dueDates.set(key, due)
  }
  return due
}

/** True when the value at `path` of `record` satisfies `matcher`. */
export function matches(record: unknown, path: string, matcher: Matcher): boolean {
  const value = valueAt(record, path)
  return isOps(matcher) ? opsHold(value, matcher, record) : equalValue(value, matcher)
}

/** True when every matcher holds on `record` (an absent matcher set always holds). */
export function matchesAll(record: unknown, matchers: Matchers | undefined): boolean {
  if (!matchers) return true
  let entries = compiled.get(matchers)
  if (!entries) {
    entries = Object.entries(matchers)
    compiled.set(matchers, entries)
  }
  for (const [path, matcher] of entries) if (!matches(record, path, matcher)) return false
  return true
}

const compiled = new WeakMap<Matchers, [string, Matcher][]>()

/** Depth of `some` / `every` nesting in a matcher set (1 for a flat set). */
export function matcherDepth(matchers: Matchers): number {
  let depth = 1
  for (const matcher of Object.values(matchers)) {
    if (!isOps(matcher)) continue
    for (const nested of [matcher.some, matcher.every]) if (nested) depth = Math.max(depth, 1 + matcherDepth(nested))
  }
  return depth
}
