import { describe, expect, it } from 'vitest'
import { executeCommand } from '@/commands/command'
import { updateCompanySettings } from '@/commands/company'
import { createInvoice, discardDraft, validateInvoice } from '@/commands/sales/invoices'
import { createDelivery, createOrder } from '@/commands/sales/orders'
import { WorkspaceDb } from '@/db/workspace-db'
import { checkSequence, type NumberingSequences } from '@/domain'
import { META_KEYS } from '@/seed/catalog'
import { makeSettings } from '../../../factories/settings'
import { FIXED_NOW } from '../../../factories/workspace'
import { makeSalesDoc } from '../../../factories/company-records'
import { attempt, chair, dubois, run, salesWorkspace } from './sales-workspace'

/** `count` draft invoices of one unit each, from as many delivery notes of one order. */
async function draftInvoices(db: WorkspaceDb, count: number): Promise<string[]> {
  const order = await run(db, createOrder, { customerId: dubois.id, lines: [{ productId: chair.id, quantity: count }] })
  const ids: string[] = []
  for (let i = 0; i < count; i += 1) {
    const delivery = await run(db, createDelivery, { orderId: order.orderId, lines: [{ line: 0, quantity: 1 }] })
    ids.push((await run(db, createInvoice, { deliveryIds: [delivery.deliveryId] })).invoiceId)
  }
  return ids
}

const invoiceNumbers = async (db: WorkspaceDb) => (await db.salesDocs.where('type').equals('invoice').toArray()).flatMap((d) => (d.number ? [d.number] : [])).sort()
const sequences = async (db: WorkspaceDb) => (await db.meta.get(META_KEYS.sequences))?.value as NumberingSequences | undefined

// C. com. L441-9; CGI ann. II art. 242 nonies A, 7°: one continuous sequence, no gap, no reuse.
describe('invoice numbering at validation', () => {
  it('numbers in validation order, drafts unnumbered; a discarded draft leaves no gap', async () => {
    const { db } = await salesWorkspace()
    const [a, b, c] = await draftInvoices(db, 3)
    expect(await invoiceNumbers(db)).toEqual([])
    await run(db, validateInvoice, { invoiceId: c! })
    await run(db, discardDraft, { docId: b! })
    await run(db, validateInvoice, { invoiceId: a! })
    expect((await db.salesDocs.get(c!))!.number).toBe('FA-2026-00001')
    expect((await db.salesDocs.get(a!))!.number).toBe('FA-2026-00002')
    expect(await db.salesDocs.get(b!)).toBeUndefined()
    expect(checkSequence(await invoiceNumbers(db), 'FA', '2026')).toEqual({ missing: [], duplicates: [], foreign: [] })
    expect((await sequences(db))?.invoice).toEqual({ '2026': 2 })
  })

  it('a refused validation consumes no number: fixing the mention then gives the next one', async () => {
    const settings = makeSettings()
    const { db } = await salesWorkspace({ ...settings, identity: { ...settings.identity, rcsCity: '' } })
    const [invoiceId] = await draftInvoices(db, 1)
    const refused = await attempt(db, validateInvoice, { invoiceId })
    expect(refused).toMatchObject({ ok: false, reason: { key: 'sales.rules.mentionsMissing', values: { count: 1, firstMention: 'sellerRcs', mentions: 'sellerRcs', source: 'C. com. R123-237' } } })
    expect((await sequences(db))?.invoice).toBeUndefined()
    expect((await db.salesDocs.get(invoiceId!))).toMatchObject({ status: 'draft' })
    await executeCommand(db, updateCompanySettings, { identity: settings.identity }, { now: FIXED_NOW })
    expect(await run(db, validateInvoice, { invoiceId: invoiceId! })).toMatchObject({ number: 'FA-2026-00001' })
  })

  it('never reuses a number already printed, even when the stored sequence is missing or behind', async () => {
    const { db } = await salesWorkspace()
    await db.salesDocs.add(makeSalesDoc({ id: 'old', type: 'invoice', number: 'FA-2026-00007', customerId: dubois.id, date: '2026-02-10', lines: [] }))
    const [invoiceId] = await draftInvoices(db, 1)
    expect(await run(db, validateInvoice, { invoiceId: invoiceId! })).toMatchObject({ number: 'FA-2026-00008' })
    expect((await sequences(db))?.invoice).toEqual({ '2026': 8 })
  })

  it('two tabs validating at the same time get two consecutive numbers, never the same one', async () => {
    const { db, record } = await salesWorkspace()
    const ids = await draftInvoices(db, 6)
    const otherTab = new WorkspaceDb(record.id)
    const results = await Promise.all(ids.map((invoiceId, i) => executeCommand(i % 2 ? otherTab : db, validateInvoice, { invoiceId }, { now: FIXED_NOW })))
    expect(results.every((r) => r.ok)).toBe(true)
    const numbers = await invoiceNumbers(db)
    expect(numbers).toHaveLength(6)
    expect(checkSequence(numbers, 'FA', '2026')).toEqual({ missing: [], duplicates: [], foreign: [] })
    expect((await sequences(otherTab))?.invoice).toEqual({ '2026': 6 })
    otherTab.close()
  })

  it('keeps separate continuous series for invoices, acomptes and credit notes', async () => {
    const { db } = await salesWorkspace()
    const [invoiceId] = await draftInvoices(db, 1)
    await run(db, validateInvoice, { invoiceId: invoiceId! })
    const { createCreditNote, validateCreditNote } = await import('@/commands/sales/credit-notes')
    const credit = await run(db, createCreditNote, { invoiceId: invoiceId!, mode: 'full', reason: 'Annulation' })
    expect(await run(db, validateCreditNote, { creditNoteId: credit.creditNoteId })).toMatchObject({ number: 'AV-2026-00001' })
    expect(await sequences(db)).toMatchObject({ invoice: { '2026': 1 }, creditNote: { '2026': 1 } })
  })
})
