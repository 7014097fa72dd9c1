/**
 * Builders for scenario tests: a minimal valid scenario (as data or YAML text), learner journal
 * entries and an empty snapshot.
 */
import { stringify } from 'yaml'
import type { JournalEntry } from '@/db/types'
import type { Message } from '@/domain/model'
import { loadScenario, type GradingSnapshot, type Scenario } from '@/scenario'

export const START = '2026-03-09'

const feedback = {
  pass: { fr: 'Réussi.', en: 'Passed.' },
  miss: { fr: 'Manqué : la règle.', en: 'Missed: the rule.' },
}

/** A check's common fields (id, criteria, feedback) with `condition` merged in. */
export function check(id: string, condition: Record<string, unknown>, criteria: string[] = ['CP1.1'], weight?: number): Record<string, unknown> {
  return { id, criteria, ...(weight === undefined ? {} : { weight }), feedback, ...condition }
}

/** A minimal valid scenario; `overrides` replace top-level fields. */
export function scenarioData(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'test-scenario',
    version: 1,
    title: { fr: 'Scénario de test', en: 'Test scenario' },
    brief: { fr: 'Consigne.', en: 'Brief.' },
    level: 'beginner',
    durationMinutes: 20,
    criteria: ['CP1.1'],
    startDate: START,
    tasks: [{ id: 't1', title: { fr: 'Tâche', en: 'Task' }, instructions: { fr: 'Faire.', en: 'Do.' } }],
    checks: [check('c1', { kind: 'commandHappened', command: 'tiers.create' })],
    ...overrides,
  }
}

export function scenarioYaml(overrides: Record<string, unknown> = {}): string {
  return stringify(scenarioData(overrides))
}

let nextSeq = 1
/** A learner journal entry (accepted unless `outcome` says otherwise). */
export function entry(command: string, input: Record<string, unknown> = {}, options: Partial<JournalEntry> = {}): JournalEntry {
  return {
    seq: nextSeq++, command, simDate: START, wallTime: '2026-01-01T10:00:00.000Z', actor: { kind: 'learner' }, input, outcome: 'done', ...options,
  }
}

export function emptySnapshot(overrides: Partial<GradingSnapshot> = {}): GradingSnapshot {
  return { tiers: [], products: [], salesDocs: [], payments: [], messages: [], ...overrides }
}

/** A scenario loaded through the real loader (so tests grade what trainers write); throws on errors. */
export function loadOrThrow(overrides: Record<string, unknown> = {}): Scenario {
  const result = loadScenario(scenarioYaml(overrides), 'test.yaml')
  if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 2))
  return result.scenario
}

/** An outgoing message written by the learner. */
export function sentMessage(overrides: Partial<Message> & Pick<Message, 'id' | 'body'>): Message {
  return { direction: 'out', channel: 'email', date: START, language: 'fr', subject: 'Objet', attachmentIds: [], read: true, ...overrides }
}
