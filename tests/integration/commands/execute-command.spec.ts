import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { executeCommand, type CommandDefinition } from '@/commands/command'
import { refuse } from '@/commands/refusal'
import { advanceClock } from '@/commands/clock'
import { readClock } from '@/commands/clock-state'
import { FIXED_NOW, makeWorkspace } from '../../factories/workspace'

// A test command that writes a meta row, then optionally refuses: the refusal must roll the write back.
const writeThenMaybeRefuse: CommandDefinition<{ refuse: boolean }, { written: boolean }> = {
  name: 'test.writeThenMaybeRefuse',
  input: z.object({ refuse: z.boolean() }),
  async run(ctx, input) {
    await ctx.db.meta.put({ key: 'probe', value: 'written' })
    if (input.refuse) refuse('test.refused', { limit: 15000 })
    return { written: true }
  },
}

describe('executeCommand: validate → domain → one transaction → one journal entry', () => {
  it('journals an accepted command with its name, simulated date, actor, input and result', async () => {
    const { db } = await makeWorkspace('2026-03-02')
    const result = await executeCommand(db, advanceClock, { days: 3 }, { now: FIXED_NOW })
    expect(result).toMatchObject({ ok: true, value: { from: '2026-03-02', to: '2026-03-05' } })
    const entries = await db.journal.where('command').equals('clock.advance').toArray()
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({
      command: 'clock.advance', simDate: '2026-03-02', wallTime: '2026-11-23T09:00:00.000Z',
      actor: { kind: 'learner' }, input: { days: 3 }, outcome: 'done', result: { to: '2026-03-05' },
    })
    expect((await readClock(db)).date).toBe('2026-03-05')
  })

  it('refuses invalid input with the field named, journals the refusal and changes nothing', async () => {
    const { db } = await makeWorkspace('2026-03-02')
    const before = await db.journal.count()
    const result = await executeCommand(db, advanceClock, { days: 0 })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.reason.key).toBe('command.invalid.too_small')
    expect(result.reason.values?.minimum).toBe(1)
    expect(result.reason.values?.field).toBe('days')
    expect((await readClock(db)).date).toBe('2026-03-02')
    expect(await db.journal.count()).toBe(before + 1)
    expect((await db.journal.orderBy('seq').last())?.outcome).toBe('refused')
  })

  it('rolls back every write of a refused command and journals the reason with its figures', async () => {
    const { db } = await makeWorkspace()
    const result = await executeCommand(db, writeThenMaybeRefuse, { refuse: true })
    expect(result).toMatchObject({ ok: false, reason: { key: 'test.refused', values: { limit: 15000 } } })
    expect(await db.meta.get('probe')).toBeUndefined()
    const last = await db.journal.orderBy('seq').last()
    expect(last).toMatchObject({ command: 'test.writeThenMaybeRefuse', outcome: 'refused', reason: { key: 'test.refused' } })
  })

  it('keeps the write of an accepted command', async () => {
    const { db } = await makeWorkspace()
    const result = await executeCommand(db, writeThenMaybeRefuse, { refuse: false })
    expect(result.ok).toBe(true)
    expect((await db.meta.get('probe'))?.value).toBe('written')
  })

  it('numbers journal entries in the order commands ran (the grader reads "A before B" from it)', async () => {
    const { db } = await makeWorkspace()
    await executeCommand(db, advanceClock, { days: 1 })
    await executeCommand(db, advanceClock, { days: 400 })
    await executeCommand(db, advanceClock, { days: 2 })
    const entries = await db.journal.orderBy('seq').toArray()
    expect(entries.map((e) => [e.command, e.outcome, e.simDate])).toEqual([
      ['workspace.seed', 'done', '2026-03-02'],
      ['clock.advance', 'done', '2026-03-02'],
      ['clock.advance', 'refused', '2026-03-03'],
      ['clock.advance', 'done', '2026-03-03'],
    ])
  })

  it('reports a storage failure as a storage reason instead of crashing', async () => {
    const { db } = await makeWorkspace()
    db.close({ disableAutoOpen: true })
    const result = await executeCommand(db, advanceClock, { days: 1 })
    expect(result).toMatchObject({ ok: false, reason: { key: 'storage.versionChanged' } })
  })
})
