import { describe, it, expect } from 'vitest'
import { salesFacts, priceDocument, salesDocPricingInput, salesTotal } from '@/domain'
import type { Product, SalesDoc, Tier } from '@/domain/model'
import { line, makeCustomer, makeProduct, makeSalesDoc } from '../../../factories/company-records'

const chair = makeProduct({ id: 'p-chair', reference: 'CH-1', familyId: 'fam-chairs', priceCents: 14_500, costCents: 8_700 })
const desk = makeProduct({ id: 'p-desk', reference: 'DK-1', familyId: 'fam-desks', priceCents: 38_990, costCents: 20_000 })
const dubois = makeCustomer({ id: 'c-dubois', name: 'Atelier Dubois', region: 'Auvergne-Rhône-Alpes' })
const ctx = {
  products: new Map<string, Product>([[chair.id, chair], [desk.id, desk]]),
  tiers: new Map<string, Tier>([[dubois.id, dubois]]),
}

/** DOMAIN-FR §1 example A as a validated invoice: net commercial 2 708,93 (escompte and carriage left out of CA). */
function exampleA(overrides: Partial<SalesDoc> = {}): SalesDoc {
  return makeSalesDoc({
    id: 'inv-a', type: 'invoice', number: 'FA-2025-00001', customerId: dubois.id, date: '2025-03-10',
    lines: [line(chair, 12), line(desk, 3)], discountsPercent: [5, 2], earlyPaymentDiscountPercent: 1, shippingCents: 4_500,
    ...overrides,
  })
}

describe('sales facts: CA HT = net commercial after discounts, before escompte, without carriage (DOMAIN-FR §9, §1)', () => {
  it('prices a line without its stored share once, and the lines add up to the net commercial 2 708,93', () => {
    const facts = salesFacts([exampleA()], ctx)
    expect(facts).toHaveLength(2)
    expect(facts[0]!.netHtCents + facts[1]!.netHtCents).toBe(270_893)
    expect(facts.map((f) => f.familyId)).toEqual(['fam-chairs', 'fam-desks'])
    expect(facts[0]).toMatchObject({ docId: 'inv-a', docType: 'invoice', number: 'FA-2025-00001', month: '2025-03', region: 'Auvergne-Rhône-Alpes', channel: 'direct', salespersonId: 'sp-1', quantity: 12, costHtCents: 12 * 8_700 })
  })

  it('reads the stored line shares when validation kept them (no re-pricing)', () => {
    const doc = exampleA()
    doc.lines[0]!.netCents = 111
    doc.lines[1]!.netCents = 222
    expect(salesFacts([doc], ctx).map((f) => f.netHtCents)).toEqual([111, 222])
  })

  it('is not the TTC nor the net financier', () => {
    const doc = exampleA()
    const total = salesFacts([doc], ctx).reduce((s, f) => s + f.netHtCents, 0)
    const priced = priceDocument(salesDocPricingInput(doc))
    expect(total).not.toBe(priced.totalInclVatCents)
    expect(total).not.toBe(priced.netFinancialCents)
    expect(total).not.toBe(priced.totalExclVatCents)
  })

  it('deducts a credit note in the period it is issued: return negative with its cost, price correction without quantity', () => {
    const credit = makeSalesDoc({
      id: 'av-1', type: 'creditNote', number: 'AV-2025-00001', customerId: dubois.id, date: '2025-04-02',
      lines: [line(chair, 2, { creditKind: 'return', netCents: 27_000 }), line(desk, 3, { creditKind: 'priceCorrection', unitPriceCents: 1_000, netCents: 3_000 })],
    })
    const facts = salesFacts([exampleA(), credit], ctx)
    const credits = facts.filter((f) => f.docType === 'creditNote')
    expect(credits.map((f) => [f.month, f.netHtCents, f.quantity, f.costHtCents])).toEqual([['2025-04', -27_000, -2, -2 * 8_700], ['2025-04', -3_000, 0, 0]])
    expect(salesTotal(facts, { from: '2025-03-01', to: '2025-03-31' }).netHtCents).toBe(270_893)
    expect(salesTotal(facts, { from: '2025-04-01', to: '2025-04-30' }).netHtCents).toBe(-30_000)
  })

  it('leaves out acompte invoices, drafts, cancelled documents, quotes, orders and deliveries', () => {
    const others: SalesDoc[] = [
      makeSalesDoc({ id: 'dp', type: 'downPayment', customerId: dubois.id, date: '2025-03-01', lines: [line(chair, 1)] }),
      makeSalesDoc({ id: 'draft', type: 'invoice', status: 'draft', customerId: dubois.id, date: '2025-03-01', lines: [line(chair, 1)] }),
      makeSalesDoc({ id: 'cancel', type: 'invoice', status: 'cancelled', customerId: dubois.id, date: '2025-03-01', lines: [line(chair, 1)] }),
      makeSalesDoc({ id: 'q', type: 'quote', customerId: dubois.id, date: '2025-03-01', lines: [line(chair, 1)] }),
      makeSalesDoc({ id: 'o', type: 'order', customerId: dubois.id, date: '2025-03-01', lines: [line(chair, 1)] }),
      makeSalesDoc({ id: 'd', type: 'delivery', customerId: dubois.id, date: '2025-03-01', lines: [line(chair, 1)] }),
    ]
    expect(salesFacts(others, ctx)).toEqual([])
    expect(salesFacts([...others, exampleA()], ctx).every((f) => f.docId === 'inv-a')).toBe(true)
  })

  it('keeps a final invoice whole: the acompte it deducts does not lower the CA', () => {
    const withAcompte = exampleA({ downPaymentCents: 99_142, earlyPaymentDiscountPercent: undefined })
    const facts = salesFacts([withAcompte], ctx)
    expect(facts.reduce((s, f) => s + f.netHtCents, 0)).toBe(270_893)
  })

  it('unknown customer or product: empty region or family, the line still counts', () => {
    const doc = exampleA({ customerId: 'c-unknown', lines: [line(chair, 1, { productId: 'gone', netCents: 100 })] })
    expect(salesFacts([doc], ctx)[0]).toMatchObject({ region: '', familyId: '', netHtCents: 100 })
  })
})
