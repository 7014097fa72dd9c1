import { afterEach, describe, expect, it } from 'vitest'
import { executeCommand } from '@/commands/command'
import { advanceClock } from '@/commands/clock'
import { registerScheduledHandler } from '@/commands/scheduled-hooks'
import { makeWorkspace } from '../../factories/workspace'

const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach((undo) => undo()))

describe('clock.advance and the scheduled-events hook', () => {
  it('fires due events in date order inside the same transaction, at their own simulated date', async () => {
    const { db } = await makeWorkspace('2026-03-02')
    await db.scheduled.bulkAdd([
      { dueDate: '2026-03-05', kind: 'test.note', payload: { text: 'second' }, status: 'pending' },
      { dueDate: '2026-03-03', kind: 'test.note', payload: { text: 'first' }, status: 'pending' },
      { dueDate: '2026-03-20', kind: 'test.note', payload: { text: 'later' }, status: 'pending' },
    ])
    cleanups.push(registerScheduledHandler('test.note', async (ctx, event) => {
      await ctx.db.meta.put({ key: `note-${String(event.payload.text)}`, value: ctx.simDate })
    }))
    const result = await executeCommand(db, advanceClock, { days: 5 })
    expect(result.ok && result.value.fired).toHaveLength(2)
    expect((await db.meta.get('note-first'))?.value).toBe('2026-03-03')
    expect((await db.meta.get('note-second'))?.value).toBe('2026-03-05')
    expect(await db.meta.get('note-later')).toBeUndefined()
    expect((await db.scheduled.where('status').equals('pending').toArray()).map((e) => e.dueDate)).toEqual(['2026-03-20'])
  })

  it('marks an event without a handler orphaned instead of blocking time', async () => {
    const { db } = await makeWorkspace('2026-03-02')
    await db.scheduled.add({ dueDate: '2026-03-03', kind: 'nobody.handles', payload: {}, status: 'pending' })
    const result = await executeCommand(db, advanceClock, { days: 1 })
    expect(result.ok).toBe(true)
    expect((await db.scheduled.toArray())[0]).toMatchObject({ status: 'orphaned', firedOn: '2026-03-03' })
  })

  it('a handler that fails rolls the whole advance back', async () => {
    const { db } = await makeWorkspace('2026-03-02')
    await db.scheduled.add({ dueDate: '2026-03-03', kind: 'test.broken', payload: {}, status: 'pending' })
    cleanups.push(registerScheduledHandler('test.broken', async () => { throw new Error('boom') }))
    const result = await executeCommand(db, advanceClock, { days: 1 })
    expect(result.ok).toBe(false)
    expect((await db.meta.get('clock'))?.value).toEqual({ date: '2026-03-02' })
    expect((await db.scheduled.toArray())[0]?.status).toBe('pending')
  })

  it('crosses month and leap-year ends on the calendar', async () => {
    const { db } = await makeWorkspace('2028-02-27')
    const result = await executeCommand(db, advanceClock, { days: 3 })
    expect(result).toMatchObject({ ok: true, value: { to: '2028-03-01' } })
  })
})
