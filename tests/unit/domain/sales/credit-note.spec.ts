import { describe, expect, it } from 'vitest'
import { buildCreditNote, creditableLines, creditableShippingCents, priceSalesDoc, type SalesDoc } from '@/domain'
import { makeSalesDoc } from '../../../factories/company-records'
import { deliveryOf, invoiceOf, orderA } from './fixtures'

const invoice = invoiceOf(orderA, 'i-a', [deliveryOf(orderA, 'd1', [12, 3])])
const options = { date: '2026-03-20', reason: 'Retour de 2 chaises' }

/** A stored credit note from a built draft. */
const stored = (draft: NonNullable<ReturnType<typeof buildCreditNote>['draft']>, id: string, status: 'draft' | 'validated' = 'validated'): SalesDoc =>
  makeSalesDoc({ ...draft, id, status, salespersonId: 'sp-1', channel: 'direct' })

// DOMAIN-FR §1 example C and §2 "Credit note (avoir)".
describe('credit notes built from an invoice', () => {
  it('example C: 2 chairs returned on invoice A repeat its discounts, escompte and rate; carriage not refunded → net à déduire 320,75 €', () => {
    expect(invoice.totals!.totalInclVatCents).toBe(327_221)
    const { draft, issues } = buildCreditNote(invoice, [], { kind: 'partial', lines: [{ line: 0, quantity: 2 }] }, options)
    expect(issues).toEqual([])
    expect(draft).toMatchObject({
      type: 'creditNote', status: 'draft', customerId: invoice.customerId, discountsPercent: [5, 2], earlyPaymentDiscountPercent: 1,
      sourceIds: ['i-a'], creditedInvoice: { id: 'i-a', number: 'FA-2026-i-a', date: '2026-03-06' }, reason: 'Retour de 2 chaises',
    })
    expect(draft!.shippingCents).toBeUndefined()
    expect(draft!.lines).toEqual([expect.objectContaining({ productId: 'p-chair', quantity: 2, unitPriceCents: 14_500, vatRatePercent: 20, source: { docId: 'i-a', line: 0 }, creditKind: 'return' })])
    const priced = priceSalesDoc(draft!)
    expect(priced).toMatchObject({ sign: -1, grossCents: 29_000, netCommercialCents: 26_999, totalExclVatCents: 26_729, totalVatCents: 5_346, amountDueCents: 32_075 })
    expect(priced.explanation.at(-1)).toMatchObject({ key: 'calc.step.amountToDeduct', values: { amountCents: 32_075 } })
  })

  it('never credits more than invoiced minus already credited, per line, with the figures', () => {
    const first = stored(buildCreditNote(invoice, [], { kind: 'partial', lines: [{ line: 0, quantity: 10 }] }, options).draft!, 'a1', 'draft')
    expect(creditableLines(invoice, [first])[0]).toMatchObject({ invoicedQuantity: 12, returnedQuantity: 10, creditableQuantity: 2 })
    const { draft, issues } = buildCreditNote(invoice, [first], { kind: 'partial', lines: [{ line: 0, quantity: 3 }] }, options)
    expect(draft).toBeNull()
    expect(issues).toEqual([expect.objectContaining({
      code: 'creditExceedsInvoiced', values: { line: 1, designation: 'Chaise de bureau', requested: 3, invoiced: 12, returned: 10, creditable: 2 },
    })])
    expect(buildCreditNote(invoice, [first], { kind: 'partial', lines: [{ line: 0, quantity: 2 }] }, options).issues).toEqual([])
  })

  it('a price correction credits an amount per unit, never above the unit price nor, with returns, above the line', () => {
    const correction = buildCreditNote(invoice, [], { kind: 'partial', lines: [{ line: 1, quantity: 3, kind: 'priceCorrection', unitPriceCents: 2_000 }] }, { ...options, reason: 'Prix convenu 369,90 €' })
    expect(correction.issues).toEqual([])
    expect(correction.draft!.lines[0]).toMatchObject({ quantity: 3, unitPriceCents: 2_000, creditKind: 'priceCorrection', unitCostCents: 0 })
    expect(buildCreditNote(invoice, [], { kind: 'partial', lines: [{ line: 1, quantity: 1, kind: 'priceCorrection', unitPriceCents: 40_000 }] }, options).issues)
      .toEqual([expect.objectContaining({ code: 'correctionExceedsPrice', values: { line: 2, designation: 'Bureau droit 160 cm', correctionCents: 40_000, unitPriceCents: 38_990 } })])
    // After a 20 € correction on the 3 desks, sending all 3 back at the full price would credit 60 € too much.
    const noted = stored(correction.draft!, 'a1')
    expect(buildCreditNote(invoice, [noted], { kind: 'partial', lines: [{ line: 1, quantity: 3 }] }, options).issues)
      .toEqual([expect.objectContaining({ code: 'creditExceedsAmount', values: expect.objectContaining({ requestedCents: 116_970, creditableCents: 110_970 }) })])
  })

  it('a full credit note takes every line and the carriage; it is refused once part of the invoice was credited', () => {
    const full = buildCreditNote(invoice, [], { kind: 'full' }, { ...options, reason: 'Annulation de la facture' })
    expect(full.issues).toEqual([])
    expect(full.draft!.lines.map((l) => l.quantity)).toEqual([12, 3])
    expect(full.draft!.shippingCents).toBe(4_500)
    expect(priceSalesDoc(full.draft!).amountDueCents).toBe(invoice.totals!.amountDueCents)
    const partial = stored(buildCreditNote(invoice, [], { kind: 'partial', lines: [{ line: 0, quantity: 1 }] }, options).draft!, 'a1')
    expect(buildCreditNote(invoice, [partial], { kind: 'full' }, options).issues).toEqual([expect.objectContaining({ code: 'alreadyCredited' })])
  })

  it('refunds carriage once, and refuses an empty credit note', () => {
    const withShipping = stored(buildCreditNote(invoice, [], { kind: 'partial', lines: [], refundShipping: true }, options).draft!, 'a1')
    expect(withShipping.shippingCents).toBe(4_500)
    expect(creditableShippingCents(invoice, [withShipping])).toBe(0)
    expect(buildCreditNote(invoice, [withShipping], { kind: 'partial', lines: [], refundShipping: true }, options).issues)
      .toEqual([expect.objectContaining({ code: 'shippingAlreadyCredited' })])
    expect(buildCreditNote(invoice, [], { kind: 'partial', lines: [{ line: 0, quantity: 0 }] }, options).issues)
      .toEqual([expect.objectContaining({ code: 'nothingToCredit' })])
    expect(buildCreditNote(invoice, [], { kind: 'partial', lines: [{ line: 7, quantity: 1 }] }, options).issues)
      .toEqual([expect.objectContaining({ code: 'unknownLine', values: { line: 8 } })])
  })
})
