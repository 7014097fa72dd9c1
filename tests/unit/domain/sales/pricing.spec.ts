import { describe, expect, it } from 'vitest'
import { downPaymentLines, lineNetShares, lineVatRatePercent, operationNature, priceSalesDoc, salesTotals } from '@/domain'
import { makeProduct } from '../../../factories/company-records'
import { orderA } from './fixtures'

describe('pricing a stored sales document (DOMAIN-FR §1)', () => {
  it('a line carries the product rate in France, 0 % for intra-EU (CGI 262 ter I), export (CGI 262 I) or an exempt product', () => {
    const book = makeProduct({ id: 'b', reference: 'LIV', vatRatePercent: 5.5 })
    expect(lineVatRatePercent(book, 'france')).toBe(5.5)
    expect(lineVatRatePercent(book, 'intraEu')).toBe(0)
    expect(lineVatRatePercent(book, 'export')).toBe(0)
    expect(lineVatRatePercent(makeProduct({ id: 't', reference: 'FOR', vatRatePercent: 0, vatCategory: 'franchise' }), 'france')).toBe(0)
  })

  it('example A: the stored totals of the order; line shares add up to the net commercial', () => {
    const priced = priceSalesDoc(orderA)
    expect(salesTotals(priced)).toEqual({
      grossCents: 290_970, netCommercialCents: 270_893, totalExclVatCents: 272_684, totalVatCents: 54_537, totalInclVatCents: 327_221, amountDueCents: 327_221,
    })
    const shares = lineNetShares(priced)
    expect(shares.reduce((a, b) => a + b, 0)).toBe(270_893)
  })

  it('example A variant: an invoice deducts the acompte it records (30 % → 991,42 €) → reste à payer 2 313,30 €', () => {
    const invoice = { ...orderA, type: 'invoice' as const, earlyPaymentDiscountPercent: undefined, downPaymentCents: 99_142 }
    const priced = priceSalesDoc(invoice)
    expect(priced.totalInclVatCents).toBe(330_472)
    expect(priced.amountDueCents).toBe(231_330)
    // The stale totals of an order never stand in for the acompte.
    expect(priceSalesDoc({ ...orderA, type: 'order' }).amountDueCents).toBe(327_221)
  })

  it('acompte invoice lines split the TTC across the order\'s rates pro rata, each into HT + VAT (CGI 269-2 a)', () => {
    const priced = priceSalesDoc({ ...orderA, earlyPaymentDiscountPercent: undefined })
    const lines = downPaymentLines(priced, 99_142, 'Acompte 30 % sur commande BC-2026-00001')
    expect(lines).toEqual([{ productId: '', designation: 'Acompte 30 % sur commande BC-2026-00001', quantity: 1, unitPriceCents: 82_618, vatRatePercent: 20, unitCostCents: 0 }])
    const twoRates = priceSalesDoc({ ...orderA, lines: [{ ...orderA.lines[0]!, vatRatePercent: 5.5 }, orderA.lines[1]!], discountsPercent: [], earlyPaymentDiscountPercent: undefined, shippingCents: 0 })
    const split = downPaymentLines(twoRates, 50_000, 'Acompte')
    expect(split.map((l) => l.vatRatePercent)).toEqual([5.5, 20])
    const ttc = priceSalesDoc({ type: 'downPayment', date: '2026-03-02', lines: split }).totalInclVatCents
    expect(Math.abs(ttc - 50_000)).toBeLessThanOrEqual(1)
  })

  it('the nature of the operation: goods, services or both (CGI ann. II art. 242 nonies A, 8° bis)', () => {
    expect(operationNature(['good', 'good'])).toBe('goods')
    expect(operationNature(['service'])).toBe('services')
    expect(operationNature(['good', 'service'])).toBe('mixed')
    expect(operationNature([])).toBeNull()
  })
})
