import type { z } from 'zod'
import type { WorkspaceDb } from '@/db/workspace-db'
import type { Actor, JournalEntry, Reason } from '@/db/types'
import { CommandRefusal } from './refusal'
import { readClock } from './clock-state'
import { describeStorageError, StorageError } from '@/db/storage-errors'
import { checkAttempt, type AttemptVerdict } from './scenario-guard'

/** What a command's `run` receives: the open transaction's database and the simulated date. */
export interface CommandContext {
  db: WorkspaceDb
  simDate: string
  actor: Actor
}

/**
 * A named learner action. `run` executes inside one Dexie read-write transaction; throwing a
 * CommandRefusal rolls everything back and journals the refusal instead.
 */
export interface CommandDefinition<I, R extends Record<string, unknown>> {
  name: string
  input: z.ZodType<I>
  run(ctx: CommandContext, input: I): Promise<R>
  /** What the journal keeps of the input (defaults to the parsed input itself). */
  summarize?(input: I): Record<string, unknown>
}

export type CommandResult<R> = { ok: true; value: R; seq: number } | { ok: false; reason: Reason; seq?: number }

export interface ExecuteOptions {
  actor?: Actor
  /** Wall clock, only to stamp the journal (tests inject a fixed one). */
  now?: () => Date
}

/**
 * The one write path: validate → domain → one Dexie transaction → one journal entry (refusals too).
 * A submitted scenario attempt is read-only: every command is refused there and nothing is written.
 * Storage failures (quota, closed database) come back as a refusal whose key starts with `storage.`;
 * they cannot be journaled since the storage itself failed.
 */
export async function executeCommand<I, R extends Record<string, unknown>>(
  db: WorkspaceDb,
  command: CommandDefinition<I, R>,
  rawInput: unknown,
  options: ExecuteOptions = {},
): Promise<CommandResult<R>> {
  const now = options.now ?? (() => new Date())
  // A scenario attempt: read-only once submitted (refused, nothing written), its clock limits, the learner's name.
  let attempt: AttemptVerdict
  try {
    attempt = await checkAttempt(db, command.name, rawInput)
  } catch (error) {
    return { ok: false, reason: { key: describeStorageError(error) } }
  }
  if (attempt.kind === 'closed') return { ok: false, reason: attempt.reason }
  const actor = options.actor ?? { kind: 'learner', ...(attempt.learnerName ? { name: attempt.learnerName } : {}) }
  const parsed = command.input.safeParse(rawInput)
  const inputSummary = summarizeInput(command, parsed.success ? parsed.data : rawInput)

  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const reason = describeInputIssue(issue)
    return journalRefusal(db, command.name, actor, inputSummary, reason, now)
  }
  if (attempt.kind === 'refused') return journalRefusal(db, command.name, actor, inputSummary, attempt.reason, now)

  try {
    return await db.transaction('rw', db.tables, async () => {
      const simDate = (await readClock(db)).date
      const value = await command.run({ db, simDate, actor }, parsed.data)
      const seq = await db.journal.add({
        command: command.name, simDate, wallTime: now().toISOString(), actor,
        input: inputSummary, outcome: 'done', result: value,
      } satisfies JournalEntry)
      return { ok: true as const, value, seq: seq as number }
    })
  } catch (error) {
    if (error instanceof CommandRefusal) {
      return journalRefusal(db, command.name, actor, inputSummary, error.reason, now)
    }
    return { ok: false, reason: { key: describeStorageError(error) } }
  }
}

async function journalRefusal(
  db: WorkspaceDb, command: string, actor: Actor, input: Record<string, unknown>, reason: Reason, now: () => Date,
): Promise<CommandResult<never>> {
  try {
    const seq = await db.transaction('rw', db.meta, db.journal, async () => {
      const simDate = (await readClock(db)).date
      return db.journal.add({ command, simDate, wallTime: now().toISOString(), actor, input, outcome: 'refused', reason })
    })
    return { ok: false, reason, seq: seq as number }
  } catch (error) {
    throw new StorageError(describeStorageError(error), error)
  }
}

/**
 * A zod issue as an i18n reason: the key names the kind of problem (`command.invalid.too_small`), the
 * values give the field and the bound, so the learner reads it in their language.
 */
export function describeInputIssue(issue: z.core.$ZodIssue | undefined): Reason {
  const field = issue?.path.map(String).join('.') || '—'
  if (!issue) return { key: 'command.invalid.other', values: { field } }
  const values: Record<string, string | number> = { field }
  if ('minimum' in issue) values.minimum = Number(issue.minimum)
  if ('maximum' in issue) values.maximum = Number(issue.maximum)
  if ('expected' in issue && typeof issue.expected === 'string') values.expected = issue.expected
  const known = ['invalid_type', 'too_small', 'too_big', 'invalid_format', 'invalid_value', 'unrecognized_keys']
  return { key: `command.invalid.${known.includes(issue.code) ? issue.code : 'other'}`, values }
}

function summarizeInput<I>(command: CommandDefinition<I, Record<string, unknown>>, input: unknown): Record<string, unknown> {
  if (command.summarize && input !== undefined) {
    try {
      return command.summarize(input as I)
    } catch {
      // An invalid input may not fit the summary: keep it raw below.
    }
  }
  if (input !== null && typeof input === 'object' && !Array.isArray(input)) return input as Record<string, unknown>
  return { value: input as unknown }
}
