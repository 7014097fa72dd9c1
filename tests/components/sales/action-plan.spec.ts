import { describe, expect, it } from 'vitest'
import { actionPlan, invoiceableDeliveries } from '@/components/sales/actions/action-plan'
import type { SalesDoc } from '@/domain/model'
import { line, makeProduct, makeSalesDoc } from '../../factories/company-records'

// DESIGN.md "What the screens should feel like": only the actions the document's life allows, the next
// step of the chain first; lifecycle table in src/domain/sales/lifecycle.ts.
const chair = makeProduct({ id: 'p-chair', reference: 'CHA-001' })
const desk = makeProduct({ id: 'p-desk', reference: 'BUR-010', priceCents: 38_990 })
const stocked = () => true
const base = { customerId: 'cus-1', date: '2026-03-02' }
const quote = (status: SalesDoc['status']) => makeSalesDoc({ ...base, id: 'q', type: 'quote', number: 'DE-1', status, lines: [line(chair, 12)] })
const names = (doc: SalesDoc, docs: SalesDoc[] = [doc], extra: Partial<Parameters<typeof actionPlan>[1]> = {}) =>
  actionPlan(doc, { docs, stocked, ...extra }).map((a) => (a.primary ? `*${a.action}` : a.action))

describe('the action bar of a sales document', () => {
  it('offers on a quote only what its status allows, the next step first', () => {
    expect(names(quote('draft'))).toEqual(['*send', 'duplicate'])
    expect(names(quote('sent'))).toEqual(['*accept', 'refuse', 'expire', 'duplicate', 'revise'])
    expect(names(quote('accepted'))).toEqual(['*order', 'duplicate'])
    expect(names(quote('revised'))).toEqual(['duplicate'])
    expect(names(quote('refused'))).toEqual(['duplicate', 'revise'])
  })

  it('links "Modifier" of a draft quote to the editor when the app has one', () => {
    const plan = actionPlan(quote('draft'), { docs: [], stocked, quoteEditPath: (id) => `/ventes/${id}/modifier` })
    expect(plan.find((a) => a.action === 'update')).toEqual({ action: 'update', primary: false, danger: false, to: '/ventes/q/modifier' })
  })

  it('hides "order" once the accepted quote has given an order (a cancelled one does not count)', () => {
    const accepted = quote('accepted')
    const order = makeSalesDoc({ ...base, id: 'o', type: 'order', status: 'confirmed', lines: accepted.lines, sourceIds: ['q'] })
    expect(names(accepted, [accepted, order])).toEqual(['duplicate'])
    expect(names(accepted, [accepted, { ...order, status: 'cancelled' }])).toEqual(['*order', 'duplicate'])
  })

  it('on an order: deliver while something remains, invoice its delivered notes not yet invoiced, cancel only when confirmed', () => {
    const order = makeSalesDoc({ ...base, id: 'o', type: 'order', number: 'BC-1', status: 'confirmed', lines: [line(chair, 12), line(desk, 3)] })
    expect(names(order)).toEqual(['*deliver', 'downPayment', 'cancel'])
    const delivery = makeSalesDoc({ ...base, id: 'd', type: 'delivery', number: 'BL-1', lines: [line(chair, 8, { source: { docId: 'o', line: 0 } })], sourceIds: ['o'] })
    const partly = { ...order, status: 'partlyDelivered' as const }
    expect(names(partly, [partly, delivery])).toEqual(['*deliver', 'downPayment', 'invoice'])
    expect(invoiceableDeliveries(partly, [partly, delivery]).map((d) => d.id)).toEqual(['d'])
    // A draft invoice reserves what it bills: nothing left to invoice.
    const draft = makeSalesDoc({ ...base, id: 'i', type: 'invoice', status: 'draft', lines: [line(chair, 8, { source: { docId: 'd', line: 0 } })], sourceIds: ['d'] })
    expect(names(partly, [partly, delivery, draft])).toEqual(['*deliver', 'downPayment'])
    expect(names(delivery, [partly, delivery, draft])).toEqual([])
    expect(names(delivery, [partly, delivery])).toEqual(['*invoice'])
  })

  it('on invoices and credit notes: validate a draft first, discard it in red; credit a validated invoice while something is creditable', () => {
    const draft = makeSalesDoc({ ...base, id: 'i', type: 'invoice', status: 'draft', lines: [line(chair, 2)] })
    expect(actionPlan(draft, { docs: [draft], stocked })).toEqual([
      { action: 'validate', primary: true, danger: false },
      { action: 'update', primary: false, danger: false },
      { action: 'discard', primary: false, danger: true },
    ])
    const invoice = { ...draft, status: 'validated' as const, number: 'FA-1' }
    expect(names(invoice)).toEqual(['credit'])
    const full = makeSalesDoc({ ...base, id: 'a', type: 'creditNote', status: 'validated', number: 'AV-1', lines: [line(chair, 2, { source: { docId: 'i', line: 0 } })], sourceIds: ['i'] })
    expect(names(invoice, [invoice, full])).toEqual([])
    expect(names(full, [invoice, full])).toEqual(['*receiveReturn'])
    expect(names({ ...full, returnReceivedOn: '2026-03-03' }, [invoice, full])).toEqual([])
    expect(actionPlan(full, { docs: [invoice, full], stocked: () => false })).toEqual([])
  })
})
