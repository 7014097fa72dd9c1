import { describe, expect, it } from 'vitest'
import { executeCommand } from '@/commands/command'
import { addNote, logActivity, type LogActivityInput } from '@/commands/messages'
import type { WorkspaceDb } from '@/db/workspace-db'
import { makeWorkspace } from '../../factories/workspace'
import { writeCompany } from '../../factories/company-records'

async function company() {
  const { db } = await makeWorkspace('2026-03-02')
  await writeCompany(db)
  return db
}

const log = (db: WorkspaceDb, input: Partial<LogActivityInput>) => executeCommand(db, logActivity, {
  channel: 'phone', tierId: 'cus-dubois', contactId: 'cus-dubois-c1', subject: 'Devis DE-2026-0001',
  outcome: 'Intéressée, attend l\'accord de sa direction', ...input,
})

describe('messages.logActivity', () => {
  it('logs a call with its outcome and a follow-up date, in the contact\'s language, dated today', async () => {
    const db = await company()
    const result = await log(db, { followUpOn: '2026-03-09', body: 'Rappeler jeudi' })
    expect(result).toMatchObject({ ok: true, value: { id: 'msg-0001', followUpOn: '2026-03-09' } })
    expect(await db.messages.get('msg-0001')).toEqual({
      id: 'msg-0001', direction: 'out', channel: 'phone', date: '2026-03-02', tierId: 'cus-dubois', contactId: 'cus-dubois-c1', language: 'fr',
      subject: 'Devis DE-2026-0001', body: 'Rappeler jeudi', outcome: 'Intéressée, attend l\'accord de sa direction', followUpOn: '2026-03-09',
      attachmentIds: [], read: true,
    })
    // The `followUpOn` index lists the follow-ups.
    expect(await db.messages.where('followUpOn').between('2026-03-01', '2026-03-31', true, true).count()).toBe(1)
  })

  it('accepts a follow-up today, refuses one before today (the simulated date)', async () => {
    const db = await company()
    expect(await log(db, { followUpOn: '2026-03-02' })).toMatchObject({ ok: true })
    expect(await log(db, { followUpOn: '2026-03-01' })).toMatchObject({
      ok: false, reason: { key: 'messages.errors.followUpInPast', values: { field: 'followUpOn', date: '2026-03-01', today: '2026-03-02' } },
    })
    expect(await db.messages.count()).toBe(1)
  })

  it('logs a meeting held earlier; refuses one dated after today, or a date that is not a calendar date', async () => {
    const db = await company()
    expect(await log(db, { channel: 'meeting', date: '2026-02-27' })).toMatchObject({ ok: true })
    expect((await db.messages.get('msg-0001'))).toMatchObject({ channel: 'meeting', date: '2026-02-27' })
    expect(await log(db, { date: '2026-03-03' })).toMatchObject({ ok: false, reason: { key: 'messages.errors.activityInFuture' } })
    expect(await log(db, { followUpOn: '2026-02-30' })).toMatchObject({ ok: false, reason: { key: 'messages.errors.invalidDate', values: { field: 'followUpOn' } } })
  })

  it('refuses an empty outcome or subject, an unknown tier or a contact of another tier', async () => {
    const db = await company()
    expect(await log(db, { outcome: ' ' })).toMatchObject({ ok: false, reason: { key: 'messages.errors.emptyOutcome', values: { field: 'outcome' } } })
    expect(await log(db, { subject: '' })).toMatchObject({ ok: false, reason: { key: 'messages.rules.emptySubject' } })
    expect(await log(db, { tierId: 'ghost' })).toMatchObject({ ok: false, reason: { key: 'messages.errors.unknownTier' } })
    expect(await log(db, { tierId: 'cus-lumiere' })).toMatchObject({ ok: false, reason: { key: 'messages.errors.unknownContact' } })
    expect(await db.messages.count()).toBe(0)
  })

  it('a call from a prospect moves its GDPR last contact forward (CNIL 3-year retention), a call to it does not', async () => {
    const db = await company()
    await db.tiers.update('pro-nova', { gdpr: { legalBasis: 'legitimateInterest', consents: [], objectsToProspecting: false, lastContactOn: '2025-06-01' } })
    await log(db, { tierId: 'pro-nova', contactId: undefined, direction: 'out' })
    expect((await db.tiers.get('pro-nova'))?.gdpr?.lastContactOn).toBe('2025-06-01')
    await log(db, { tierId: 'pro-nova', contactId: undefined, direction: 'in' })
    expect((await db.tiers.get('pro-nova'))?.gdpr?.lastContactOn).toBe('2026-03-02')
  })
})

describe('messages.addNote', () => {
  it('adds an internal note to a tier\'s file; refuses an empty one or an unknown tier', async () => {
    const db = await company()
    expect(await executeCommand(db, addNote, { tierId: 'cus-lumiere', body: 'Préfère être appelée le matin.' })).toMatchObject({ ok: true, value: { id: 'msg-0001' } })
    expect(await db.messages.get('msg-0001')).toMatchObject({ channel: 'note', tierId: 'cus-lumiere', body: 'Préfère être appelée le matin.', read: true, date: '2026-03-02' })
    expect(await executeCommand(db, addNote, { tierId: 'cus-lumiere', body: '   ' })).toMatchObject({ ok: false, reason: { key: 'messages.rules.emptyBody' } })
    expect(await executeCommand(db, addNote, { tierId: 'ghost', body: 'x' })).toMatchObject({ ok: false, reason: { key: 'messages.errors.unknownTier' } })
    expect(await db.journal.where('command').equals('messages.addNote').count()).toBe(3)
  })
})
