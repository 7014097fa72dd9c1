import { describe, expect, it } from 'vitest'
import { executeCommand } from '@/commands/command'
import { sendMessage, type SendMessageInput } from '@/commands/messages'
import type { WorkspaceDb } from '@/db/workspace-db'
import { FIXED_NOW, makeWorkspace } from '../../factories/workspace'
import { makeCustomer, makeSupplier, writeCompany } from '../../factories/company-records'

// Issue 8: "account statement … PDF and send by message": the statement's period goes with the message.
const customer = makeCustomer({
  id: 'cus-ly', name: 'Imprimerie Lyonnaise', language: 'fr',
  contacts: [{ id: 'ly-1', civility: 'Mme', firstName: 'Claire', lastName: 'Martin', role: 'Comptable', email: 'c.martin@ly.example', language: 'fr' }],
})
const supplier = makeSupplier({
  id: 'sup-pa', name: 'Papeterie du Rhône', language: 'fr',
  contacts: [{ id: 'pa-1', firstName: 'Jean', lastName: 'Roux', role: 'Ventes', email: 'j.roux@pa.example', language: 'fr' }],
})

async function company() {
  const { db } = await makeWorkspace('2026-03-02')
  await writeCompany(db)
  await db.tiers.bulkAdd([customer, supplier])
  return db
}

const send = (db: WorkspaceDb, input: Partial<SendMessageInput>) => executeCommand(db, sendMessage, {
  channel: 'email', tierId: 'cus-ly', language: 'fr', subject: 'Votre relevé de compte',
  body: 'Madame,\n\nVeuillez trouver ci-joint votre relevé de compte.\n\nCordialement', ...input,
}, { now: FIXED_NOW })
const lastEntry = async (db: WorkspaceDb) => (await db.journal.orderBy('seq').last())!

describe('messages.send with an account statement', () => {
  it('keeps the statement period on the message and in the journal input, for a customer', async () => {
    const db = await company()
    const result = await send(db, { statement: { from: '2026-01-01', to: '2026-03-02' } })
    expect(result).toMatchObject({ ok: true, value: { id: 'msg-0001', to: 'c.martin@ly.example' } })
    expect((await db.messages.get('msg-0001'))?.statement).toEqual({ from: '2026-01-01', to: '2026-03-02' })
    const entry = await lastEntry(db)
    expect(entry).toMatchObject({ command: 'messages.send', outcome: 'done', input: { statement: { from: '2026-01-01', to: '2026-03-02' } } })
  })

  it('a message without a statement has none', async () => {
    const db = await company()
    await send(db, {})
    expect(await db.messages.get('msg-0001')).not.toHaveProperty('statement')
  })

  it.each([
    ['a supplier', { tierId: 'sup-pa', statement: { from: '2026-01-01', to: '2026-02-28' } }, 'messages.errors.statementNotCustomer', 'statement'],
    ['a department', { tierId: undefined, department: 'accounting' as const, statement: { from: '2026-01-01', to: '2026-02-28' } }, 'messages.errors.statementNotCustomer', 'statement'],
    ['a start that is not a date', { statement: { from: '2026-02-30', to: '2026-02-28' } }, 'messages.errors.statementFromInvalid', 'statement.from'],
    ['an end that is not a date', { statement: { from: '2026-01-01', to: 'demain' } }, 'messages.errors.statementToInvalid', 'statement.to'],
    ['an end before the start', { statement: { from: '2026-02-01', to: '2026-01-31' } }, 'messages.errors.statementToBeforeFrom', 'statement.to'],
    ['an end after today', { statement: { from: '2026-01-01', to: '2026-03-03' } }, 'messages.errors.statementInFuture', 'statement.to'],
  ])('refuses a statement for %s, writes no message and journals the refusal', async (_what, input, key, field) => {
    const db = await company()
    const result = await send(db, input)
    expect(result).toMatchObject({ ok: false, reason: { key, values: { field } } })
    expect(await db.messages.count()).toBe(0)
    expect(await lastEntry(db)).toMatchObject({ command: 'messages.send', outcome: 'refused' })
  })
})
