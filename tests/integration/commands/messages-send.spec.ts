import { describe, expect, it } from 'vitest'
import { executeCommand } from '@/commands/command'
import { markRead, sendMessage, type SendMessageInput } from '@/commands/messages'
import type { WorkspaceDb } from '@/db/workspace-db'
import { FIXED_NOW, makeWorkspace } from '../../factories/workspace'
import { makeCustomer, writeCompany } from '../../factories/company-records'

const thames = makeCustomer({
  id: 'cus-thames', name: 'Thames Office Interiors Ltd', language: 'en',
  contacts: [
    { id: 'th-1', civility: 'M.', firstName: 'Oliver', lastName: 'Bennett', role: 'Procurement Manager', email: 'o.bennett@thames.example', language: 'en' },
    { id: 'th-2', firstName: 'Accounts', lastName: 'Payable', role: 'Accounts', language: 'en' },
  ],
})

async function company() {
  const { db } = await makeWorkspace('2026-03-02')
  await writeCompany(db)
  await db.tiers.add(thames)
  return db
}

const send = (db: WorkspaceDb, input: Partial<SendMessageInput>) => executeCommand(db, sendMessage, {
  channel: 'email', tierId: 'cus-thames', contactId: 'th-1', language: 'en', subject: 'Your request for information',
  body: 'Dear Mr Bennett,\n\nOur lead time is 10 working days.\n\nKind regards', ...input,
}, { now: FIXED_NOW })
const lastEntry = async (db: WorkspaceDb) => (await db.journal.orderBy('seq').last())!

describe('messages.send', () => {
  it('sends an English email to a customer\'s contact: stored as sent and read, dated today, journaled whole for the grader', async () => {
    const db = await company()
    const result = await send(db, { templateId: 'informationAnswer' })
    expect(result).toMatchObject({ ok: true, value: { id: 'msg-0001', to: 'o.bennett@thames.example', tierName: 'Thames Office Interiors Ltd', contactName: 'Oliver Bennett' } })
    expect(await db.messages.get('msg-0001')).toEqual({
      id: 'msg-0001', direction: 'out', channel: 'email', date: '2026-03-02', tierId: 'cus-thames', contactId: 'th-1', language: 'en',
      subject: 'Your request for information', body: 'Dear Mr Bennett,\n\nOur lead time is 10 working days.\n\nKind regards',
      attachmentIds: [], read: true, templateId: 'informationAnswer',
    })
    const entry = await lastEntry(db)
    expect(entry).toMatchObject({ command: 'messages.send', outcome: 'done', simDate: '2026-03-02', actor: { kind: 'learner' } })
    // What a scenario checks: recipient, language, subject and the full text.
    expect(entry.input).toMatchObject({
      tierId: 'cus-thames', contactId: 'th-1', language: 'en', subject: 'Your request for information',
      body: 'Dear Mr Bennett,\n\nOur lead time is 10 working days.\n\nKind regards',
    })
    expect(entry.result).toMatchObject({ to: 'o.bennett@thames.example' })
  })

  it('numbers messages after the highest id already there', async () => {
    const db = await company()
    await db.messages.add({ id: 'msg-0041', direction: 'in', channel: 'email', date: '2026-03-01', language: 'fr', subject: 's', body: 'b', attachmentIds: [], read: false })
    expect(await send(db, {})).toMatchObject({ ok: true, value: { id: 'msg-0042' } })
  })

  it('writes to the first contact with an email when no contact is named', async () => {
    const db = await company()
    expect(await send(db, { contactId: undefined })).toMatchObject({ ok: true, value: { to: 'o.bennett@thames.example', contactName: 'Oliver Bennett' } })
    expect((await db.messages.get('msg-0001'))?.contactId).toBe('th-1')
  })

  it('refuses an email to a contact without an address, or to a tier with none at all, and stores nothing', async () => {
    const db = await company()
    expect(await send(db, { contactId: 'th-2' })).toMatchObject({ ok: false, reason: { key: 'messages.errors.noEmail', values: { field: 'contactId', name: 'Accounts Payable' } } })
    // The supplier's only contact has no email address.
    expect(await send(db, { tierId: 'sup-1', contactId: undefined, language: 'fr' })).toMatchObject({ ok: false, reason: { key: 'messages.errors.noEmail', values: { name: 'Sièges du Nord' } } })
    expect(await db.messages.count()).toBe(0)
    expect(await lastEntry(db)).toMatchObject({ command: 'messages.send', outcome: 'refused', reason: { key: 'messages.errors.noEmail' } })
  })

  it('sends a letter to a tier without email, to its billing address', async () => {
    const db = await company()
    const result = await send(db, { channel: 'letter', tierId: 'sup-1', contactId: undefined, language: 'fr', subject: 'Relance', body: 'Monsieur,\n\nNotre commande…' })
    expect(result).toMatchObject({ ok: true, value: { to: '12 rue de la République, 59000 Lille, FR' } })
    expect(await db.messages.get('msg-0001')).toMatchObject({ channel: 'letter', tierId: 'sup-1' })
  })

  it('sends to an internal department', async () => {
    const db = await company()
    const result = await send(db, { tierId: undefined, contactId: undefined, department: 'shipping', language: 'fr', subject: 'Expédition urgente', body: 'Merci d\'expédier BC-2026-0002 demain.' })
    expect(result).toMatchObject({ ok: true, value: { to: 'shipping' } })
    expect(await db.messages.get('msg-0001')).toMatchObject({ department: 'shipping', direction: 'out' })
    expect((await db.messages.get('msg-0001'))?.tierId).toBeUndefined()
  })

  it('refuses no recipient, two recipients, a contact without a tier, an unknown tier or contact', async () => {
    const db = await company()
    expect(await send(db, { tierId: undefined, contactId: undefined })).toMatchObject({ ok: false, reason: { key: 'messages.errors.recipientRequired' } })
    expect(await send(db, { department: 'accounting' })).toMatchObject({ ok: false, reason: { key: 'messages.errors.twoRecipients' } })
    expect(await send(db, { tierId: undefined, department: 'accounting' })).toMatchObject({ ok: false, reason: { key: 'messages.errors.contactWithoutTier' } })
    expect(await send(db, { tierId: 'nobody' })).toMatchObject({ ok: false, reason: { key: 'messages.errors.unknownTier', values: { id: 'nobody' } } })
    expect(await send(db, { contactId: 'cus-dubois-c1' })).toMatchObject({ ok: false, reason: { key: 'messages.errors.unknownContact' } })
    expect(await db.messages.count()).toBe(0)
  })

  it('refuses an empty subject or body, and a placeholder left in the text, naming the field', async () => {
    const db = await company()
    expect(await send(db, { subject: '  ' })).toMatchObject({ ok: false, reason: { key: 'messages.rules.emptySubject', values: { field: 'subject' } } })
    expect(await send(db, { body: '' })).toMatchObject({ ok: false, reason: { key: 'messages.rules.emptyBody', values: { field: 'body' } } })
    expect(await send(db, { body: 'Dear Mr Bennett,\n{{fill.answer}}' })).toMatchObject({
      ok: false, reason: { key: 'messages.rules.placeholdersInBody', values: { field: 'body', placeholders: '{{fill.answer}}' } },
    })
    expect(await db.messages.count()).toBe(0)
  })

  it('attaches the customer\'s own sales documents, and refuses an unknown one or another customer\'s', async () => {
    const db = await company()
    const ok = await send(db, { tierId: 'cus-dubois', contactId: undefined, language: 'fr', attachmentIds: ['i-1', 'q-1', 'i-1'] })
    expect(ok.ok).toBe(true)
    expect((await db.messages.get('msg-0001'))?.attachmentIds).toEqual(['i-1', 'q-1'])
    expect(await send(db, { attachmentIds: ['nope'] })).toMatchObject({ ok: false, reason: { key: 'messages.errors.unknownAttachment', values: { id: 'nope' } } })
    expect(await send(db, { attachmentIds: ['i-1'] })).toMatchObject({
      ok: false, reason: { key: 'messages.errors.attachmentOfAnotherTier', values: { number: 'FA-2026-0001', tier: 'Thames Office Interiors Ltd' } },
    })
    expect(await db.messages.count()).toBe(1)
  })

  it('refuses an unknown template', async () => {
    const db = await company()
    expect(await send(db, { templateId: 'madeUp' })).toMatchObject({ ok: false, reason: { key: 'messages.errors.unknownTemplate' } })
  })

  it('a reply names the message it answers and marks it read; an unknown one is refused', async () => {
    const db = await company()
    await db.messages.add({ id: 'msg-0001', direction: 'in', channel: 'email', date: '2026-03-01', tierId: 'cus-thames', language: 'en', subject: 'Lead time?', body: '…', attachmentIds: [], read: false })
    const result = await send(db, { inReplyTo: 'msg-0001', subject: 'Re: Lead time?' })
    expect(result).toMatchObject({ ok: true, value: { id: 'msg-0002' } })
    expect((await db.messages.get('msg-0002'))?.inReplyTo).toBe('msg-0001')
    expect((await db.messages.get('msg-0001'))?.read).toBe(true)
    expect(await send(db, { inReplyTo: 'msg-9999' })).toMatchObject({ ok: false, reason: { key: 'messages.errors.unknownMessage', values: { field: 'inReplyTo' } } })
  })

  it('refuses a malformed input at the schema (unknown channel), journaled as refused', async () => {
    const db = await company()
    expect(await send(db, { channel: 'fax' as never })).toMatchObject({ ok: false, reason: { key: 'command.invalid.invalid_value', values: { field: 'channel' } } })
  })
})

describe('messages.markRead', () => {
  it('marks read and unread again, says whether it changed, refuses an unknown message', async () => {
    const db = await company()
    await db.messages.add({ id: 'msg-0001', direction: 'in', channel: 'email', date: '2026-03-01', language: 'fr', subject: 's', body: 'b', attachmentIds: [], read: false })
    expect(await executeCommand(db, markRead, { id: 'msg-0001' })).toMatchObject({ ok: true, value: { read: true, changed: true } })
    expect((await db.messages.get('msg-0001'))?.read).toBe(true)
    expect(await executeCommand(db, markRead, { id: 'msg-0001' })).toMatchObject({ ok: true, value: { changed: false } })
    expect(await executeCommand(db, markRead, { id: 'msg-0001', read: false })).toMatchObject({ ok: true, value: { read: false, changed: true } })
    expect((await db.messages.get('msg-0001'))?.read).toBe(false)
    expect(await executeCommand(db, markRead, { id: 'msg-0404' })).toMatchObject({ ok: false, reason: { key: 'messages.errors.unknownMessage' } })
  })
})
