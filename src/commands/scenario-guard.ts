import type { WorkspaceDb } from '@/db/workspace-db'
import type { Reason } from '@/db/types'
import { addDays } from '@/domain/calendar'
import { readClock } from './clock-state'
import { readAttempt } from './scenario-state'

/** The clock command, whose limits a scenario sets (`clock.canAdvance`, `clock.lastDay`). */
const CLOCK_ADVANCE = 'clock.advance'

/**
 * What a scenario attempt says about a command before it runs:
 * - `closed`: the attempt was submitted, its workspace is read-only: the command is refused and
 *   nothing is written, not even a journal line (the journal is what was graded);
 * - `refused`: the attempt's rules forbid it (the clock kept still, or past the scenario's last
 *   day): an ordinary refusal, journaled like any other;
 * - otherwise the learner's name, which the journal keeps as the actor of the attempt's commands.
 * A free-practice workspace has no attempt: nothing to say.
 */
export type AttemptVerdict =
  | { kind: 'closed'; reason: Reason }
  | { kind: 'refused'; reason: Reason; learnerName?: string }
  | { kind: 'open'; learnerName?: string }

/** The one place where a scenario attempt's limits apply to every command (called by `executeCommand`). */
export async function checkAttempt(db: WorkspaceDb, command: string, rawInput: unknown): Promise<AttemptVerdict> {
  const attempt = await readAttempt(db)
  if (!attempt) return { kind: 'open' }
  if (attempt.submittedAt) {
    return { kind: 'closed', reason: { key: 'command.attemptSubmitted', values: { date: attempt.submittedAt.slice(0, 10) } } }
  }
  const learnerName = attempt.learnerName
  if (command === CLOCK_ADVANCE) {
    if (!attempt.canAdvance) return { kind: 'refused', reason: { key: 'command.clockLocked' }, learnerName }
    const days = (rawInput as { days?: unknown } | null)?.days
    if (attempt.lastDate && typeof days === 'number' && Number.isInteger(days) && days > 0) {
      const to = addDays((await readClock(db)).date, days)
      if (to > attempt.lastDate) return { kind: 'refused', reason: { key: 'command.beyondLastDay', values: { lastDate: attempt.lastDate, to } }, learnerName }
    }
  }
  return { kind: 'open', learnerName }
}
