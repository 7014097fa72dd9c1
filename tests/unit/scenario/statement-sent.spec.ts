import { describe, expect, it } from 'vitest'
import { gradeAttempt, type CheckResult } from '@/scenario'
import { check, emptySnapshot, entry, loadOrThrow } from './helpers'

// Issue 8 (REAC CP1): "account statement … PDF and send by message". messages.send keeps the statement's
// period in its journal input, so a scenario already requires it with `commandHappened` and an input matcher.
function grade1(condition: Record<string, unknown>, journal = [entry('noop')]): CheckResult {
  return gradeAttempt(loadOrThrow({ criteria: ['CP1.3'], checks: [check('c1', condition, ['CP1.3'])] }), emptySnapshot(), journal).checks[0]!
}

const statementSent = { kind: 'commandHappened', command: 'messages.send', input: { tierId: 'C002', 'statement.from': { exists: true }, 'statement.to': '2026-03-31' } }

describe('a scenario check that a statement was sent to the customer', () => {
  it('passes on a message to that customer with the statement attached, for the period asked', () => {
    const journal = [entry('messages.send', { tierId: 'C002', channel: 'email', statement: { from: '2026-01-01', to: '2026-03-31' } })]
    expect(grade1(statementSent, journal)).toMatchObject({ passed: true, evidence: [{ kind: 'journal', command: 'messages.send' }] })
  })

  it('fails on a message without the statement, for another period, to another customer, or refused', () => {
    expect(grade1(statementSent, [entry('messages.send', { tierId: 'C002', channel: 'email' })]).passed).toBe(false)
    expect(grade1(statementSent, [entry('messages.send', { tierId: 'C002', statement: { from: '2026-01-01', to: '2026-02-28' } })]).passed).toBe(false)
    expect(grade1(statementSent, [entry('messages.send', { tierId: 'C003', statement: { from: '2026-01-01', to: '2026-03-31' } })]).passed).toBe(false)
    expect(grade1(statementSent, [entry('messages.send', { tierId: 'C002', statement: { from: '2026-01-01', to: '2026-03-31' } }, { outcome: 'refused' })]).passed).toBe(false)
  })
})
