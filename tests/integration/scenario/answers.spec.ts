/**
 * `scenario.answer`: each kind of question keeps its answer in the form the grader reads (cents,
 * numbers, option ids, ticked items in the question's order, a text), a bad entry is refused with the
 * field named and changes nothing, and only an attempt's tasks can be answered.
 */
import { describe, expect, it } from 'vitest'
import { executeCommand } from '@/commands/command'
import { advanceClock } from '@/commands/clock'
import { answerTask, submitAttempt } from '@/commands/scenario'
import { readAnswers } from '@/commands/scenario-state'
import { startScenarioAttempt } from '@/db/scenario-attempt'
import { WorkspaceDb } from '@/db/workspace-db'
import { FIXED_NOW, makeRegistry, makeWorkspace } from '../../factories/workspace'
import { loadOrThrow } from '../../unit/scenario/helpers'

const option = (id: string) => ({ id, label: { fr: id, en: id } })
const task = (id: string, question?: Record<string, unknown>, from?: number) => ({
  id, title: { fr: id, en: id }, instructions: { fr: 'Faire.', en: 'Do.' }, ...(question ? { question } : {}), ...(from !== undefined ? { from } : {}),
})

async function attempt() {
  const scenario = loadOrThrow({
    company: { base: 'none' },
    tasks: [
      task('t-montant', { kind: 'amount' }),
      task('t-taux', { kind: 'number', decimals: 1 }),
      task('t-choix', { kind: 'choice', options: [option('a'), option('b')] }),
      task('t-liste', { kind: 'checklist', items: [option('x'), option('y'), option('z')] }),
      task('t-texte', { kind: 'text' }),
      task('t-lire'),
      task('t-plus-tard', { kind: 'amount' }, 2),
    ],
  })
  const record = await startScenarioAttempt(makeRegistry(), scenario, { learnerName: 'Léa', source: 'file:t.yaml', now: FIXED_NOW })
  const db = new WorkspaceDb(record.id)
  return { db, answer: (taskId: string, value: unknown) => executeCommand(db, answerTask, { taskId, value }, { now: FIXED_NOW }) }
}

describe('scenario.answer', () => {
  it('keeps each answer in the form the grader reads', async () => {
    const { db, answer } = await attempt()
    expect(await answer('t-montant', '1 234,56')).toMatchObject({ ok: true, value: { value: 123_456 } })
    expect(await answer('t-taux', '32,5')).toMatchObject({ ok: true, value: { value: 32.5 } })
    expect(await answer('t-choix', 'b')).toMatchObject({ ok: true, value: { value: 'b' } })
    expect(await answer('t-liste', ['z', 'x', 'z'])).toMatchObject({ ok: true, value: { value: ['x', 'z'] } })
    expect(await answer('t-texte', '  Une synthèse.  ')).toMatchObject({ ok: true, value: { value: 'Une synthèse.' } })
    expect(await readAnswers(db)).toEqual({ 't-montant': 123_456, 't-taux': 32.5, 't-choix': 'b', 't-liste': ['x', 'z'], 't-texte': 'Une synthèse.' })
    // A new answer replaces the old one; an empty entry (or null) clears it.
    expect((await answer('t-montant', '-12,5')).ok).toBe(true)
    expect((await answer('t-choix', null)).ok).toBe(true)
    expect((await answer('t-taux', '')).ok).toBe(true)
    expect(await readAnswers(db)).toEqual({ 't-montant': -1_250, 't-liste': ['x', 'z'], 't-texte': 'Une synthèse.' })
  })

  it('refuses a bad entry with the field named, and changes nothing', async () => {
    const { db, answer } = await attempt()
    await answer('t-montant', '10')
    const refused = (key: string, values: Record<string, unknown> = {}) => ({ ok: false, reason: { key, values: expect.objectContaining(values) } })
    expect(await answer('t-montant', 'douze euros')).toMatchObject(refused('scenario-play.errors.amount.notANumber', { field: 'task.t-montant' }))
    expect(await answer('t-montant', '12,345')).toMatchObject(refused('scenario-play.errors.amount.tooManyDecimals'))
    expect(await answer('t-taux', '32,55')).toMatchObject(refused('scenario-play.errors.number.tooManyDecimals', { decimals: 1 }))
    expect(await answer('t-choix', 'c')).toMatchObject(refused('scenario-play.errors.unknownOption', { option: 'c' }))
    expect(await answer('t-liste', ['x', 'w'])).toMatchObject(refused('scenario-play.errors.unknownOption', { option: 'w' }))
    expect(await answer('t-liste', 'x')).toMatchObject(refused('scenario-play.errors.answerType'))
    expect(await answer('t-texte', 'x'.repeat(10_001))).toMatchObject(refused('scenario-play.errors.textTooLong', { maximum: 10_000 }))
    expect(await answer('t-lire', 'rien')).toMatchObject(refused('scenario-play.errors.noQuestion'))
    expect(await answer('t-absente', '1')).toMatchObject(refused('scenario-play.errors.unknownTask'))
    expect(await answer('t-plus-tard', '1')).toMatchObject(refused('scenario-play.errors.taskNotYet', { date: '2026-03-11' }))
    expect(await readAnswers(db)).toEqual({ 't-montant': 1_000 })
    const lines = await db.journal.where('command').equals('scenario.answer').toArray()
    expect(lines.filter((line) => line.outcome === 'refused')).toHaveLength(10)
  })

  it('answers a later task once its day has come', async () => {
    const { db, answer } = await attempt()
    await executeCommand(db, advanceClock, { days: 2 })
    expect(await answer('t-plus-tard', '5')).toMatchObject({ ok: true, value: { value: 500 } })
  })

  it('is refused outside a scenario attempt, and after the submission', async () => {
    const { db: practice } = await makeWorkspace()
    expect(await executeCommand(practice, answerTask, { taskId: 't', value: '1' })).toMatchObject({ ok: false, reason: { key: 'scenario-play.errors.noAttempt' } })
    expect(await executeCommand(practice, submitAttempt, {})).toMatchObject({ ok: false, reason: { key: 'scenario-play.errors.noAttempt' } })
    const { db, answer } = await attempt()
    expect((await executeCommand(db, submitAttempt, {})).ok).toBe(true)
    expect(await answer('t-montant', '1')).toMatchObject({ ok: false, reason: { key: 'command.attemptSubmitted', values: { date: expect.any(String) } } })
  })
})
