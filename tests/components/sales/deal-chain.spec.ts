import { describe, expect, it } from 'vitest'
import { dealChain, dealDocs } from '@/components/sales/chain/deal-chain'
import { line, makeProduct, makeSalesDoc } from '../../factories/company-records'

// Issue 7, chain view per deal: quote → order → deliveries → invoices → credit notes.
const chair = makeProduct({ id: 'p-chair', reference: 'CHA-001' })
const base = { customerId: 'cus-1', lines: [line(chair, 4)] }
const v1 = makeSalesDoc({ ...base, id: 'q1', type: 'quote', number: 'DE-1', status: 'revised', date: '2026-01-02' })
const v2 = makeSalesDoc({ ...base, id: 'q2', type: 'quote', number: 'DE-1-V2', status: 'accepted', date: '2026-01-05', sourceIds: ['q1'] })
const order = makeSalesDoc({ ...base, id: 'o', type: 'order', number: 'BC-1', date: '2026-01-06', sourceIds: ['q2'] })
const acompte = makeSalesDoc({ ...base, id: 'ac', type: 'downPayment', number: 'AC-1', date: '2026-01-06', sourceIds: ['o'] })
const d2 = makeSalesDoc({ ...base, id: 'd2', type: 'delivery', number: 'BL-2', date: '2026-01-20', sourceIds: ['o'] })
const d1 = makeSalesDoc({ ...base, id: 'd1', type: 'delivery', number: 'BL-1', date: '2026-01-10', sourceIds: ['o'] })
const invoice = makeSalesDoc({ ...base, id: 'i', type: 'invoice', number: 'FA-1', date: '2026-01-10', sourceIds: ['d1'], downPaymentIds: ['ac'] })
const credit = makeSalesDoc({ ...base, id: 'a', type: 'creditNote', number: 'AV-1', date: '2026-01-25', sourceIds: ['i'] })
const otherDeal = makeSalesDoc({ ...base, id: 'o9', type: 'order', number: 'BC-9', date: '2026-01-06' })
const all = [credit, otherDeal, invoice, d2, d1, acompte, order, v2, v1]

describe('the chain view of a deal', () => {
  it('gathers every document linked to the one shown, both ways, and no other deal', () => {
    expect(dealDocs(credit, all).map((d) => d.id).sort()).toEqual(['a', 'ac', 'd1', 'd2', 'i', 'o', 'q1', 'q2'])
    expect(dealDocs(otherDeal, all).map((d) => d.id)).toEqual(['o9'])
  })

  it('lists the stages in the order of the deal, each oldest first, empty stages kept and acomptes only when there are some', () => {
    const stages = dealChain(d2, all)
    expect(stages.map((s) => [s.type, s.docs.map((d) => d.number)])).toEqual([
      ['quote', ['DE-1', 'DE-1-V2']], ['order', ['BC-1']], ['downPayment', ['AC-1']], ['delivery', ['BL-1', 'BL-2']], ['invoice', ['FA-1']], ['creditNote', ['AV-1']],
    ])
    expect(dealChain(otherDeal, all).map((s) => [s.type, s.docs.length])).toEqual([['quote', 0], ['order', 1], ['delivery', 0], ['invoice', 0], ['creditNote', 0]])
  })
})
