import { describe, expect, it } from 'vitest'
import {
  accountSign, countsOnAccount, creditExposure, creditUsedPercent, customerBalance, customerExposure, documentAmountDueCents, documentDueDate, invoiceSettlement,
  paidOnDates, priceDocument, salesDocPricingInput, settleInvoices,
} from '@/domain'
import { line, makePayment, makeProduct, makeSalesDoc, smallCompany } from '../../factories/company-records'
import type { SalesDoc } from '@/domain/model'

const company = smallCompany()
const { invoice, credit, lateInvoice, openOrder, quote, order, delivery, draftQuote } = company.docs
const duboisDocs = [quote, order, delivery, invoice, credit, openOrder]
const [payment] = company.payments

describe('document amounts recomputed from the stored lines (DOMAIN-FR §1)', () => {
  it('prices DOMAIN-FR example A (cascade 5 % then 2 %, escompte 1 %, port 45 €): TTC 3 272,21 €', () => {
    expect(priceDocument(salesDocPricingInput(invoice)).totalInclVatCents).toBe(327_221)
    expect(documentAmountDueCents(invoice)).toBe(327_221)
  })

  it('prices DOMAIN-FR example C (2 chairs returned, carriage not refunded): net à déduire 320,75 €', () => {
    const priced = priceDocument(salesDocPricingInput(credit))
    expect(priced.sign).toBe(-1)
    expect(priced.amountDueCents).toBe(32_075)
  })

  it('lines at 0 % of an intra-EU customer are reverse-charged (CGI art. 262 ter I), of an export customer exempt (262 I)', () => {
    const product = makeProduct({ id: 'p', reference: 'X', priceCents: 10_000 })
    const doc = makeSalesDoc({ id: 'eu', type: 'quote', customerId: 'c', date: '2026-01-05', lines: [line(product, 1, { vatRatePercent: 0 })], totals: undefined })
    expect(salesDocPricingInput(doc, 'intraEu').lines[0]!.vatCategory).toBe('intraEuReverseCharge')
    expect(salesDocPricingInput(doc, 'export').lines[0]!.vatCategory).toBe('exportExempt')
    expect(priceDocument(salesDocPricingInput(doc, 'intraEu')).totalVatCents).toBe(0)
  })

  it('an invoice that deducts an acompte prices with it again: net à payer = TTC − acompte', () => {
    const product = makeProduct({ id: 'p', reference: 'X', priceCents: 10_000 })
    const base = makeSalesDoc({ id: 'f', type: 'invoice', customerId: 'c', date: '2026-01-05', lines: [line(product, 1)] })
    const withDownPayment = { ...base, totals: { ...base.totals!, amountDueCents: base.totals!.totalInclVatCents - 3_600 } }
    expect(priceDocument(salesDocPricingInput(withDownPayment)).amountDueCents).toBe(12_000 - 3_600)
  })
})

describe('customer balance = invoices − credit notes − payments, TTC (DOMAIN-FR §4)', () => {
  it('an invoice open on the account (the one filter of the payment, bank, credit and deal-chain views): validated invoice or acompte invoice dated by the date', () => {
    const openOnAccount = (doc: SalesDoc, asOf?: string) => countsOnAccount(doc, asOf) && accountSign(doc) > 0
    const acompte = { ...invoice, id: 'ac', type: 'downPayment' as const }
    expect([invoice, acompte].every((doc) => openOnAccount(doc, company.simDate))).toBe(true)
    // Dated after the simulated date: not there yet; without a date, every validated one counts.
    expect(openOnAccount(invoice, '2026-01-11')).toBe(false)
    expect(openOnAccount(invoice)).toBe(true)
    // A draft owes nothing; a credit note counts on the account but with the other sign; quotes and orders do not count.
    expect(openOnAccount({ ...invoice, status: 'draft' })).toBe(false)
    expect(countsOnAccount(credit)).toBe(true)
    expect(accountSign(credit)).toBe(-1)
    expect([quote, order, delivery].some((doc) => countsOnAccount(doc))).toBe(false)
  })

  it('Atelier Dubois: 3 272,21 − 320,75 − 2 000,00 = 951,46 €; quotes, orders and delivery notes do not count', () => {
    expect(customerBalance(duboisDocs, [payment!])).toEqual({ invoicedCents: 327_221, creditedCents: 32_075, paidCents: 200_000, balanceCents: 95_146 })
  })

  it('a draft owes nothing, and a rejected payment reopens the account', () => {
    const draft = { ...invoice, id: 'draft', status: 'draft' as const }
    const rejected = { ...payment!, rejected: true }
    expect(customerBalance([invoice, draft], [rejected]).balanceCents).toBe(327_221)
    expect(customerBalance([draftQuote], []).balanceCents).toBe(0)
  })

  it('at an earlier simulated date, later documents and payments are not there yet', () => {
    expect(customerBalance(duboisDocs, [payment!], '2026-01-15').balanceCents).toBe(327_221)
    expect(customerBalance(duboisDocs, [payment!], '2026-02-04').balanceCents).toBe(327_221 - 32_075)
  })
})

describe('invoice settlement and state at the simulated date (C. com. L441-10)', () => {
  it('due date from the terms: 30 days after 12 January 2026 is 11 February (L441-10 I)', () => {
    expect(documentDueDate({ ...invoice, dueDate: undefined })).toBe('2026-02-11')
  })

  it('unpaid before the due date, overdue from the day after it (L441-10 II), with the days late', () => {
    expect(invoiceSettlement(invoice, [], '2026-01-15').state).toBe('unpaid')
    expect(invoiceSettlement(invoice, [], '2026-02-11')).toMatchObject({ state: 'unpaid', daysLate: 0 })
    expect(invoiceSettlement(invoice, [], '2026-02-12')).toMatchObject({ state: 'overdue', daysLate: 1 })
  })

  it('partly paid once a payment is matched with it (the credit note deducted from the payment counts), overdue after the due date', () => {
    expect(invoiceSettlement(invoice, [payment!], '2026-02-06')).toMatchObject({ state: 'partlyPaid', paidCents: 232_075, remainingCents: 95_146 })
    expect(invoiceSettlement(invoice, [payment!], company.simDate)).toMatchObject({ state: 'overdue', daysLate: 19, remainingCents: 95_146 })
    // The same payment, matched: the balance and the sum of what remains due agree.
    expect(customerBalance(duboisDocs, [payment!], company.simDate).balanceCents).toBe(95_146)
  })

  it('paid when the amounts matched cover the net à payer', () => {
    const settle = makePayment({ id: 'pay-2', customerId: invoice.customerId, date: '2026-02-10', amountCents: 95_146, allocations: [{ docId: invoice.id, amountCents: 95_146 }] })
    expect(invoiceSettlement(invoice, [payment!, settle], company.simDate)).toMatchObject({ state: 'paid', remainingCents: 0, daysLate: 0 })
  })

  it('a rejected payment reopens the invoice', () => {
    expect(invoiceSettlement(invoice, [{ ...payment!, rejected: true }], company.simDate)).toMatchObject({ state: 'overdue', remainingCents: 327_221 })
  })

  it('the day an invoice is fully paid is the payment that completes its lettrage; a rejected payment pays nothing', () => {
    const payments = [
      makePayment({ id: 'p1', customerId: 'c', date: '2026-02-10', amountCents: 500, allocations: [{ docId: 'i1', amountCents: 500 }] }),
      makePayment({ id: 'p2', customerId: 'c', date: '2026-02-20', amountCents: 500, allocations: [{ docId: 'i1', amountCents: 500 }] }),
      makePayment({ id: 'p3', customerId: 'c', date: '2026-02-25', amountCents: 900, rejected: true, allocations: [{ docId: 'i2', amountCents: 900 }] }),
    ]
    const paid = paidOnDates([{ id: 'i1' }, { id: 'i2' }], () => 1_000, payments, '2026-03-01')
    expect(paid.get('i1')).toBe('2026-02-20')
    expect(paid.has('i2')).toBe(false)
  })

  it('the day of full payment agrees with the settlement: none while something remains, none from a payment after the date', () => {
    const settle = makePayment({ id: 'pay-2', customerId: invoice.customerId, date: '2026-02-10', amountCents: 95_146, allocations: [{ docId: invoice.id, amountCents: 95_146 }] })
    const amountDue = () => documentAmountDueCents(invoice)
    expect(paidOnDates([invoice], amountDue, [payment!], company.simDate).has(invoice.id)).toBe(false)
    expect(invoiceSettlement(invoice, [payment!], company.simDate).state).not.toBe('paid')
    expect(paidOnDates([invoice], amountDue, [payment!, settle], company.simDate).get(invoice.id)).toBe('2026-02-10')
    expect(invoiceSettlement(invoice, [payment!, settle], company.simDate).state).toBe('paid')
    expect(paidOnDates([invoice], amountDue, [payment!, settle], '2026-02-09').has(invoice.id)).toBe(false)
  })

  it('settles every invoice of a customer in one pass; credit notes, quotes and orders are not settled', () => {
    const settlements = settleInvoices(duboisDocs, [payment!], company.simDate)
    expect([...settlements.keys()]).toEqual([invoice.id])
  })
})

describe('exposure (encours) and credit limit (DOMAIN-FR §4)', () => {
  it('encours = balance + confirmed orders not invoiced: 951,46 + 935,76 = 1 887,22 €', () => {
    expect(customerExposure(duboisDocs, [payment!], company.simDate)).toEqual({
      balanceCents: 95_146, overdueCents: 95_146, openOrdersCents: 93_576, exposureCents: 188_722, oldestOverdueDays: 19,
      parts: { overdueCents: 95_146, notDueCents: 0, deliveredNotInvoicedCents: 0, openOrdersCents: 93_576, unappliedCreditsCents: 0 },
    })
  })

  it('an order already partly invoiced counts only for what is not invoiced yet (an acompte invoice included)', () => {
    const product = makeProduct({ id: 'p', reference: 'X', priceCents: 100_000 })
    const big = makeSalesDoc({ id: 'o', type: 'order', customerId: 'c', date: '2026-02-01', lines: [line(product, 1)] })
    const acompte = makeSalesDoc({ id: 'ac', type: 'downPayment', customerId: 'c', date: '2026-02-02', lines: [line(product, 0.3)], sourceIds: [big.id] })
    expect(customerExposure([big, acompte], [], company.simDate)).toMatchObject({ balanceCents: 36_000, openOrdersCents: 84_000, exposureCents: 120_000 })
  })

  it('splits the AFDCC parts: delivered not invoiced, open orders, unapplied credit notes (DOMAIN-FR §4)', () => {
    const product = makeProduct({ id: 'p', reference: 'X', priceCents: 100_000 })
    const order = makeSalesDoc({ id: 'o', type: 'order', status: 'partlyDelivered', customerId: 'c', date: '2026-02-01', lines: [line(product, 2)] })
    const delivery = makeSalesDoc({ id: 'd', type: 'delivery', status: 'shipped', customerId: 'c', date: '2026-02-03', lines: [line(product, 1)], sourceIds: [order.id] })
    const credit = makeSalesDoc({ id: 'cn', type: 'creditNote', customerId: 'c', date: '2026-02-04', lines: [line(product, 0.1)] })
    const exposure = customerExposure([order, delivery, credit], [], company.simDate)
    expect(exposure.parts).toEqual({ overdueCents: 0, notDueCents: 0, deliveredNotInvoicedCents: 120_000, openOrdersCents: 120_000, unappliedCreditsCents: 12_000 })
    expect(exposure.exposureCents).toBe(228_000)
  })

  it('DOMAIN-FR test case: limit 15 000, encours 12 950 → 2 050 available, 86,3 % used; over the limit it says so', () => {
    const parts = { overdueCents: 230_000, notDueCents: 745_000, deliveredNotInvoicedCents: 120_000, openOrdersCents: 200_000, unappliedCreditsCents: 0 }
    expect(creditExposure({ ...parts, limitCents: 1_500_000 })).toEqual({ exposureCents: 1_295_000, availableCents: 205_000, overLimitCents: 0 })
    expect(creditUsedPercent(1_295_000, 1_500_000)).toBe(86.3)
    expect(creditUsedPercent(1_295_000, 0)).toBe(0)
    const late = customerExposure([lateInvoice], [], company.simDate)
    expect(late.exposureCents).toBe(272_643)
    // The customer's encours against its plafond goes through the one rule, creditExposure, from the same parts.
    expect(creditExposure({ ...late.parts, limitCents: 100_000 })).toEqual({ exposureCents: 272_643, availableCents: 0, overLimitCents: 172_643 })
    expect(creditUsedPercent(late.exposureCents, 100_000)).toBe(272.6)
  })
})
