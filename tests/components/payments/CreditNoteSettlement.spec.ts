// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import CreditNoteSettlement from '@/components/payments/CreditNoteSettlement.vue'
import { useWorkspaceStore } from '@/stores/workspace'
import type { WorkspaceDb } from '@/db/workspace-db'
import type { SalesDoc } from '@/domain/model'
import { mountWithApp } from '../../factories/mount'
import { makeWorkspace } from '../../factories/workspace'
import { line, makeSalesDoc, smallCompany, writeCompany } from '../../factories/company-records'

// Issue 8: an overpayment or a credit note stays as a customer credit "to use later or refund".
const opened: { db: WorkspaceDb; wrapper: VueWrapper }[] = []
afterEach(() => opened.splice(0).forEach(({ db, wrapper }) => { wrapper.unmount(); db.close() }))

async function mountSettlement(desksCredited = 0) {
  const company = smallCompany()
  const credited = desksCredited ? line(company.products.desk, desksCredited) : line(company.products.chair, 1)
  const note = makeSalesDoc({ id: 'a-2', type: 'creditNote', number: 'AV-2026-0002', customerId: 'cus-dubois', date: '2026-02-25', lines: [credited] })
  const invoice = makeSalesDoc({ id: 'i-3', type: 'invoice', number: 'FA-2026-0003', customerId: 'cus-dubois', date: '2026-02-26', lines: [line(company.products.desk, 2)] })
  const { db } = await makeWorkspace('2026-03-02')
  await writeCompany(db, company)
  await db.salesDocs.bulkAdd([note, invoice])
  const docs = await db.salesDocs.where('customerId').equals('cus-dubois').toArray()
  const wrapper = await mountWithApp(CreditNoteSettlement, { props: { note, docs, payments: company.payments, asOf: '2026-03-02' } }, 'fr')
  useWorkspaceStore().db = db
  opened.push({ db, wrapper })
  return { wrapper, db, note: note as SalesDoc & { totals: NonNullable<SalesDoc['totals']> } }
}

const input = (wrapper: VueWrapper, testId: string) => wrapper.find<HTMLInputElement>(`[data-testid="${testId}"]`)
const euros = (cents: number) => `${Math.floor(cents / 100)},${String(cents % 100).padStart(2, '0')}`

describe('CreditNoteSettlement: using a validated credit note', () => {
  it('offers the customer\'s open invoices only, with the amount defaulting to what the note has left, and sets it off', async () => {
    const { wrapper, db, note } = await mountSettlement()
    const credit = note.totals.amountDueCents
    expect(wrapper.find('[data-testid="credit-note-remaining"]').text().replace(/[\u202f\u00a0]/g, ' ')).toContain(`${euros(credit)} €`)
    const options = wrapper.findAll('[data-testid="credit-note-target"] option').map((o) => o.text())
    // Atelier Dubois's two open invoices, the oldest first; never Brasserie Lumière's.
    expect(options.map((o) => o.split(' ')[0])).toEqual(['FA-2026-0001', 'FA-2026-0003'])
    expect(credit).toBeLessThan(93_576)
    expect(input(wrapper, 'credit-note-allocate-amount').element.value).toBe(euros(credit))
    await wrapper.find<HTMLSelectElement>('[data-testid="credit-note-target"]').setValue('i-3')
    // Every field has its label.
    for (const field of wrapper.findAll('input, select')) expect(wrapper.find(`label[for="${field.attributes('id')}"]`).exists()).toBe(true)

    await wrapper.find('[data-testid="credit-note-allocate"]').element.closest('form')!.dispatchEvent(new Event('submit'))
    await vi.waitFor(async () => expect(await db.payments.where('customerId').equals('cus-dubois').count()).toBe(2))
    const compensation = (await db.payments.toArray()).find((p) => p.kind === 'compensation')
    expect(compensation).toMatchObject({ amountCents: 0, allocations: expect.arrayContaining([{ docId: 'i-3', amountCents: credit }, { docId: 'a-2', amountCents: -credit }]) })
    expect(await db.journal.orderBy('seq').last()).toMatchObject({ command: 'payments.allocate', outcome: 'done' })
  })

  it('refunds the credit note: an unreadable amount is named and nothing is written; above the credit it is refused', async () => {
    const { wrapper, db, note } = await mountSettlement()
    const credit = note.totals.amountDueCents
    const journaled = await db.journal.count()
    const form = () => wrapper.find('[data-testid="credit-note-refund"]').element.closest('form')!
    expect(input(wrapper, 'credit-note-refund-amount').element.value).toBe(euros(credit))

    await input(wrapper, 'credit-note-refund-amount').setValue('douze')
    form().dispatchEvent(new Event('submit'))
    await flushPromises()
    expect(wrapper.find('[role="alert"]').text()).toContain('Montant invalide')
    expect(await db.journal.count()).toBe(journaled)

    await input(wrapper, 'credit-note-refund-amount').setValue(euros(credit + 1))
    form().dispatchEvent(new Event('submit'))
    await vi.waitFor(() => expect(wrapper.find('[data-testid="credit-note-refused"]').exists()).toBe(true))
    expect(await db.payments.count()).toBe(1)

    await input(wrapper, 'credit-note-refund-amount').setValue(euros(credit))
    await wrapper.find<HTMLSelectElement>('select:not([data-testid])').setValue('cheque')
    form().dispatchEvent(new Event('submit'))
    await vi.waitFor(async () => expect(await db.payments.count()).toBe(2))
    expect((await db.payments.toArray()).find((p) => p.kind === 'refund')).toMatchObject({
      amountCents: -credit, method: 'cheque', date: '2026-03-02', allocations: [{ docId: 'a-2', amountCents: -credit }],
    })
  })

  it('a credit larger than the invoice\'s remaining defaults to what the invoice still owes', async () => {
    const { wrapper, note } = await mountSettlement(3)
    expect(note.totals.amountDueCents).toBeGreaterThan(95_146)
    expect(input(wrapper, 'credit-note-allocate-amount').element.value).toBe('951,46')
  })
})
