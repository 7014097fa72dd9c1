import { describe, expect, it } from 'vitest'
import { availableDownPaymentCents, invoiceableLines, orderProgress, planDelivery, resolveSourceLines } from '@/domain'
import { makeSalesDoc } from '../../../factories/company-records'
import { deliveryOf, invoiceOf, orderA } from './fixtures'

// DOMAIN-FR §2 and C. com. L441-9: the invoice follows the delivery; a partial delivery leaves the
// remainder on the order as a backorder (reliquat).
describe('quantities along the chain', () => {
  it('per order line: ordered, delivered, remaining (backorder) and invoiced; the status follows', () => {
    const first = deliveryOf(orderA, 'd1', [8, 3])
    expect(orderProgress(orderA, [], []).status).toBe('confirmed')
    const afterFirst = orderProgress(orderA, [first], [])
    expect(afterFirst.status).toBe('partlyDelivered')
    expect(afterFirst.lines.map(({ ordered, delivered, remaining, invoiced }) => ({ ordered, delivered, remaining, invoiced }))).toEqual([
      { ordered: 12, delivered: 8, remaining: 4, invoiced: 0 },
      { ordered: 3, delivered: 3, remaining: 0, invoiced: 0 },
    ])
    const second = deliveryOf(orderA, 'd2', [4, 0])
    const draft = invoiceOf(orderA, 'i1', [first], 'draft')
    const both = orderProgress(orderA, [first, second], [draft])
    expect(both.status).toBe('delivered')
    expect(both.lines[0]).toMatchObject({ delivered: 12, remaining: 0, invoiced: 0, inDraftInvoices: 8 })
    const invoiced = orderProgress(orderA, [first, second], [invoiceOf(orderA, 'i1', [first]), invoiceOf(orderA, 'i2', [second])])
    expect(invoiced.status).toBe('invoiced')
    expect(invoiced.lines.map((l) => l.invoiced)).toEqual([12, 3])
  })

  it('counts quantities with 3 decimals exactly (0.1 + 0.2 = 0.3)', () => {
    const order = makeSalesDoc({ ...orderA, id: 'o-kg', lines: [{ ...orderA.lines[0]!, quantity: 0.3 }] })
    const progress = orderProgress(order, [deliveryOf(order, 'a', [0.1]), deliveryOf(order, 'b', [0.2])], [])
    expect(progress.lines[0]).toMatchObject({ delivered: 0.3, remaining: 0 })
    expect(progress.status).toBe('delivered')
  })

  it('matches lines without a recorded source by product, within what each source line holds (the generated history)', () => {
    const legacy = deliveryOf(orderA, 'd-old', [5, 1], '2026-03-03', false)
    expect(resolveSourceLines(legacy, [orderA])).toEqual([{ docId: 'o-a', line: 0 }, { docId: 'o-a', line: 1 }])
    expect(orderProgress(orderA, [legacy], []).lines.map((l) => l.remaining)).toEqual([7, 2])
    const tooMuch = makeSalesDoc({ ...legacy, id: 'd-x', lines: [{ ...legacy.lines[0]!, quantity: 13 }] })
    expect(resolveSourceLines(tooMuch, [orderA])).toEqual([null])
  })

  it('a delivery ships everything remaining by default, or the lines asked within what remains', () => {
    const progress = orderProgress(orderA, [deliveryOf(orderA, 'd1', [8, 0])], [])
    expect(planDelivery(progress)).toEqual({ lines: [{ line: 0, quantity: 4 }, { line: 1, quantity: 3 }], issues: [] })
    expect(planDelivery(progress, [{ line: 1, quantity: 2 }, { line: 0, quantity: 0 }])).toEqual({ lines: [{ line: 1, quantity: 2 }], issues: [] })
  })

  it('refuses shipping more than the backorder, with the figures, and an unknown line', () => {
    const progress = orderProgress(orderA, [deliveryOf(orderA, 'd1', [8, 0])], [])
    const { issues } = planDelivery(progress, [{ line: 0, quantity: 3 }, { line: 0, quantity: 2 }, { line: 5, quantity: 1 }])
    expect(issues).toEqual([
      expect.objectContaining({ code: 'deliveryExceedsRemaining', values: { line: 1, designation: 'Chaise de bureau', requested: 5, remaining: 4, ordered: 12, delivered: 8 } }),
      expect.objectContaining({ code: 'unknownLine', values: { line: 6 } }),
    ])
    const done = orderProgress(orderA, [deliveryOf(orderA, 'd1', [12, 3])], [])
    expect(planDelivery(done).issues).toEqual([expect.objectContaining({ code: 'nothingToDeliver' })])
  })

  it('an invoice bills what its delivery notes shipped and no other invoice (draft or validated) bills yet', () => {
    const first = deliveryOf(orderA, 'd1', [8, 3])
    const second = deliveryOf(orderA, 'd2', [4, 0])
    expect(invoiceableLines([first, second], []).map((l) => l.remaining)).toEqual([8, 3, 4])
    const draft = invoiceOf(orderA, 'i1', [first], 'draft')
    expect(invoiceableLines([first, second], [draft]).map((l) => l.remaining)).toEqual([0, 0, 4])
    expect(invoiceableLines([first, second], [draft], 'i1').map((l) => l.remaining)).toEqual([8, 3, 4])
    const partial = makeSalesDoc({ ...draft, id: 'i2', lines: [{ ...draft.lines[0]!, quantity: 5 }] })
    expect(invoiceableLines([first], [partial])[0]).toMatchObject({ delivered: 8, invoiced: 5, remaining: 3 })
  })

  it('acomptes available for deduction: validated acompte invoices minus what invoices already deduct', () => {
    const acompte = makeSalesDoc({ id: 'ac1', type: 'downPayment', number: 'AC-2026-00001', customerId: 'cus-1', date: '2026-03-02', lines: [{ productId: '', designation: 'Acompte', quantity: 1, unitPriceCents: 82_618, vatRatePercent: 20, unitCostCents: 0 }], sourceIds: ['o-a'] })
    const draftAcompte = makeSalesDoc({ ...acompte, id: 'ac2', status: 'draft', number: undefined })
    expect(acompte.totals!.totalInclVatCents).toBe(99_142)
    expect(availableDownPaymentCents([acompte, draftAcompte], [])).toEqual({ cents: 99_142, ids: ['ac1'] })
    const deducting = makeSalesDoc({ ...invoiceOf(orderA, 'i1', [deliveryOf(orderA, 'd1', [1, 0])], 'draft'), downPaymentCents: 50_000, downPaymentIds: ['ac1'] })
    expect(availableDownPaymentCents([acompte], [deducting]).cents).toBe(49_142)
    expect(availableDownPaymentCents([acompte], [deducting], 'i1').cents).toBe(99_142)
  })
})
