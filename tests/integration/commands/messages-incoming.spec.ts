import { describe, expect, it } from 'vitest'
import { executeCommand } from '@/commands/command'
import { advanceClock } from '@/commands/clock'
import { receiveMessage } from '@/commands/messages'
import { INCOMING_MESSAGE_KIND } from '@/commands/message-incoming'
import { makeWorkspace } from '../../factories/workspace'
import { writeCompany } from '../../factories/company-records'

async function company() {
  const { db } = await makeWorkspace('2026-03-02')
  await writeCompany(db)
  return db
}

const payload = {
  eventId: 'ev-lead-time', tierId: 'cus-dubois', contactId: 'cus-dubois-c1', language: 'fr',
  subject: 'Délai de livraison', body: 'Bonjour,\nQuel est votre délai pour 20 chaises ?\nClaire Martin',
}

describe('incoming messages delivered by the simulated clock (scheduled event "message.incoming")', () => {
  it('the clock delivers a scheduled message on its day: unread in the inbox, with the scenario event id, journaled as received', async () => {
    const db = await company()
    await db.scheduled.add({ dueDate: '2026-03-04', kind: INCOMING_MESSAGE_KIND, payload, status: 'pending' })
    const result = await executeCommand(db, advanceClock, { days: 3 })
    expect(result.ok && result.value.fired).toHaveLength(1)
    const inbox = await db.messages.where('[direction+date]').between(['in', ''], ['in', '\uffff']).toArray()
    expect(inbox).toEqual([{
      id: 'msg-0001', direction: 'in', channel: 'email', date: '2026-03-04', tierId: 'cus-dubois', contactId: 'cus-dubois-c1', language: 'fr',
      subject: 'Délai de livraison', body: payload.body, attachmentIds: [], read: false, scenarioEventId: 'ev-lead-time',
    }])
    expect((await db.scheduled.toArray())[0]).toMatchObject({ status: 'fired', firedOn: '2026-03-05' })
    const received = await db.journal.where('command').equals('messages.receive').toArray()
    expect(received).toEqual([expect.objectContaining({ outcome: 'done', simDate: '2026-03-04', actor: { kind: 'scenario' }, result: { id: 'msg-0001' } })])
  })

  it('does not deliver before the day comes', async () => {
    const db = await company()
    await db.scheduled.add({ dueDate: '2026-03-10', kind: INCOMING_MESSAGE_KIND, payload, status: 'pending' })
    await executeCommand(db, advanceClock, { days: 3 })
    expect(await db.messages.count()).toBe(0)
    expect((await db.scheduled.toArray())[0]?.status).toBe('pending')
  })

  it('a bad payload does not stop time: nothing filed, a refused "messages.receive" in the journal says why, the next event still comes', async () => {
    const db = await company()
    await db.scheduled.bulkAdd([
      { dueDate: '2026-03-03', kind: INCOMING_MESSAGE_KIND, payload: { ...payload, language: 'de' }, status: 'pending' },
      { dueDate: '2026-03-03', kind: INCOMING_MESSAGE_KIND, payload: { ...payload, tierId: 'cus-ghost' }, status: 'pending' },
      { dueDate: '2026-03-04', kind: INCOMING_MESSAGE_KIND, payload, status: 'pending' },
    ])
    const result = await executeCommand(db, advanceClock, { days: 2 })
    expect(result).toMatchObject({ ok: true, value: { to: '2026-03-04' } })
    expect((await db.meta.get('clock'))?.value).toEqual({ date: '2026-03-04' })
    expect((await db.messages.toArray()).map((m) => m.date)).toEqual(['2026-03-04'])
    const received = await db.journal.where('command').equals('messages.receive').toArray()
    expect(received.map((e) => [e.outcome, e.reason?.key])).toEqual([
      ['refused', 'command.invalid.invalid_value'],
      ['refused', 'messages.errors.unknownTier'],
      ['done', undefined],
    ])
    expect(received[0]?.input).toMatchObject({ scheduledEventId: 1, language: 'de' })
    expect(received[0]?.reason?.values).toMatchObject({ field: 'language' })
  })

  it('a message from a prospect moves its GDPR last contact to the day it arrives', async () => {
    const db = await company()
    await db.tiers.update('pro-nova', { gdpr: { legalBasis: 'legitimateInterest', consents: [], objectsToProspecting: false, lastContactOn: '2025-06-01' } })
    await db.scheduled.add({ dueDate: '2026-03-03', kind: INCOMING_MESSAGE_KIND, payload: { ...payload, tierId: 'pro-nova', contactId: undefined }, status: 'pending' })
    await executeCommand(db, advanceClock, { days: 1 })
    expect((await db.tiers.get('pro-nova'))?.gdpr?.lastContactOn).toBe('2026-03-03')
  })
})

describe('messages.receive (a scenario delivers now)', () => {
  it('files a department\'s message unread, today', async () => {
    const db = await company()
    const result = await executeCommand(db, receiveMessage, { department: 'accounting', language: 'fr', subject: 'Balance âgée', body: 'Relancez Brasserie Lumière.' }, { actor: { kind: 'scenario' } })
    expect(result).toMatchObject({ ok: true, value: { id: 'msg-0001' } })
    expect(await db.messages.get('msg-0001')).toMatchObject({ direction: 'in', department: 'accounting', read: false, date: '2026-03-02' })
  })

  it('refuses a message with no sender or two, or with an empty body', async () => {
    const db = await company()
    const base = { language: 'fr', subject: 'Objet', body: 'Texte' }
    expect(await executeCommand(db, receiveMessage, base)).toMatchObject({ ok: false, reason: { key: 'messages.errors.senderRequired' } })
    expect(await executeCommand(db, receiveMessage, { ...base, tierId: 'cus-dubois', department: 'shipping' })).toMatchObject({ ok: false, reason: { key: 'messages.errors.senderRequired' } })
    expect(await executeCommand(db, receiveMessage, { ...base, tierId: 'cus-dubois', body: '' })).toMatchObject({ ok: false, reason: { key: 'messages.rules.emptyBody' } })
    expect(await db.messages.count()).toBe(0)
  })
})
