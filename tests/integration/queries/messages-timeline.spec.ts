import { describe, expect, it } from 'vitest'
import { executeCommand } from '@/commands/command'
import { addNote, logActivity, sendMessage } from '@/commands/messages'
import { listMessages, pendingFollowUps } from '@/db/queries/messages'
import { isAboutTier, tierTimeline } from '@/db/queries/timeline'
import type { Message } from '@/domain/model'
import { makeWorkspace } from '../../factories/workspace'
import { makeSupplier, writeCompany } from '../../factories/company-records'

const activity = (id: string, date: string, extra: Partial<Message> = {}): Message => ({
  id, direction: 'out', channel: 'phone', date, tierId: 'cus-dubois', language: 'fr', subject: 'Appel', body: '', outcome: 'ok',
  attachmentIds: [], read: true, ...extra,
})

describe('pendingFollowUps', () => {
  it('lists follow-ups soonest first, flagged overdue, today or upcoming at the simulated date', () => {
    const list = pendingFollowUps([
      activity('msg-0001', '2026-02-20', { followUpOn: '2026-03-05', tierId: 'a' }),
      activity('msg-0002', '2026-02-21', { followUpOn: '2026-02-28', tierId: 'b' }),
      activity('msg-0003', '2026-02-22', { followUpOn: '2026-03-02', tierId: 'c' }),
      activity('msg-0004', '2026-02-22', { tierId: 'd' }),
    ], '2026-03-02')
    expect(list.map((f) => [f.activity.id, f.state])).toEqual([['msg-0002', 'overdue'], ['msg-0003', 'today'], ['msg-0001', 'upcoming']])
  })

  it('a later call, meeting or message sent to the same tier closes a follow-up; a note, an incoming email or another tier\'s call does not', () => {
    const first = activity('msg-0001', '2026-02-20', { followUpOn: '2026-02-25' })
    const open = (...later: Message[]) => pendingFollowUps([first, ...later], '2026-03-02').map((f) => f.activity.id)
    expect(open(activity('msg-0002', '2026-02-21', { channel: 'note', outcome: undefined }))).toEqual(['msg-0001'])
    expect(open(activity('msg-0002', '2026-02-21', { channel: 'email', direction: 'in' }))).toEqual(['msg-0001'])
    expect(open(activity('msg-0002', '2026-02-21', { tierId: 'other' }))).toEqual(['msg-0001'])
    expect(open(activity('msg-0002', '2026-02-25'))).toEqual([])
    expect(open(activity('msg-0002', '2026-02-21', { channel: 'email' }))).toEqual([])
    // Same day, written after it: the call back closes it and sets the next follow-up.
    expect(open(activity('msg-0002', '2026-02-20', { followUpOn: '2026-03-10' }))).toEqual(['msg-0002'])
    // An activity logged afterwards but dated before does not close it.
    expect(open(activity('msg-0002', '2026-02-19'))).toEqual(['msg-0001'])
  })
})

describe('tierTimeline', () => {
  it('gathers a customer\'s documents, payments, messages, calls and notes, newest first, each with its link', async () => {
    const { db } = await makeWorkspace('2026-03-02')
    await writeCompany(db)
    await executeCommand(db, logActivity, { channel: 'phone', tierId: 'cus-dubois', subject: 'Relance devis', outcome: 'Rappeler', followUpOn: '2026-03-05' })
    await executeCommand(db, addNote, { tierId: 'cus-dubois', body: 'Client fidèle' })
    await executeCommand(db, sendMessage, { channel: 'email', tierId: 'cus-lumiere', language: 'fr', subject: 'Autre client', body: 'Texte' })
    const items = await tierTimeline(db, 'cus-dubois')
    expect(items.map((i) => i.key)).toEqual([
      'msg-msg-0002', 'msg-msg-0001', 'doc-o-2', 'pay-pay-1', 'doc-a-1', 'doc-i-1', 'doc-d-1', 'doc-o-1', 'doc-q-1',
    ])
    expect(items[0]).toMatchObject({ kind: 'message', date: '2026-03-02', link: '/messagerie/msg-0002', message: { channel: 'note' } })
    expect(items.find((i) => i.key === 'doc-i-1')).toMatchObject({ link: '/ventes/i-1', doc: { type: 'invoice', number: 'FA-2026-0001' } })
    expect(items.find((i) => i.key === 'pay-pay-1')).toMatchObject({ link: '/ventes/i-1', payment: { amountCents: 200_000 } })
  })

  it('gathers a supplier\'s purchase documents, and the journal\'s events that name the tier', async () => {
    const { db } = await makeWorkspace('2026-03-02')
    await writeCompany(db)
    await db.tiers.add(makeSupplier({ id: 'sup-2', name: 'Autre fournisseur' }))
    await db.purchaseDocs.bulkAdd([
      { id: 'po-1', type: 'supplierOrder', number: 'CF-2026-0001', status: 'confirmed', supplierId: 'sup-1', date: '2026-02-10', lines: [], warehouseId: 'wh-lyon', sourceIds: [], totalExclVatCents: 85_000 },
      { id: 'po-2', type: 'supplierOrder', number: 'CF-2026-0002', status: 'confirmed', supplierId: 'sup-2', date: '2026-02-11', lines: [], warehouseId: 'wh-lyon', sourceIds: [], totalExclVatCents: 1_000 },
    ])
    await db.journal.bulkAdd([
      { command: 'tiers.update', simDate: '2026-02-12', wallTime: 'x', actor: { kind: 'learner' }, input: { id: 'sup-1', name: 'Sièges du Nord SAS' }, outcome: 'done' },
      { command: 'tiers.update', simDate: '2026-02-13', wallTime: 'x', actor: { kind: 'learner' }, input: { id: 'sup-1' }, outcome: 'refused' },
      { command: 'catalog.updateProduct', simDate: '2026-02-14', wallTime: 'x', actor: { kind: 'learner' }, input: { id: 'sup-1' }, outcome: 'done' },
      { command: 'purchases.order', simDate: '2026-02-15', wallTime: 'x', actor: { kind: 'learner' }, input: { supplierId: 'sup-1' }, outcome: 'done' },
    ])
    const items = await tierTimeline(db, 'sup-1')
    // The refused update, the product's event and the other supplier's order are left out.
    expect(items.map((i) => (i.kind === 'event' ? `${i.date} ${i.entry.command}` : i.key))).toEqual([
      '2026-02-15 purchases.order', '2026-02-12 tiers.update', 'po-po-1',
    ])
    expect(items[2]).toMatchObject({ kind: 'purchaseDoc', doc: { number: 'CF-2026-0001', totalExclVatCents: 85_000 } })
    expect(items[0]).toMatchObject({ kind: 'event', link: '/activite', entry: { command: 'purchases.order' } })
  })

  it('isAboutTier reads the ids of the input and the result', () => {
    const entry = { command: 'gdpr.openRequest', simDate: 'd', wallTime: 'w', actor: { kind: 'learner' as const }, input: {}, outcome: 'done' as const, result: { tierId: 'c1' } }
    expect(isAboutTier(entry, 'c1')).toBe(true)
    expect(isAboutTier(entry, 'c2')).toBe(false)
  })
})

describe('listMessages', () => {
  it('lists every message newest first', async () => {
    const { db } = await makeWorkspace('2026-03-02')
    await db.messages.bulkAdd([activity('msg-0002', '2026-02-01'), activity('msg-0010', '2026-02-01'), activity('msg-0001', '2026-02-03')])
    expect((await listMessages(db)).map((m) => m.id)).toEqual(['msg-0001', 'msg-0010', 'msg-0002'])
  })
})
