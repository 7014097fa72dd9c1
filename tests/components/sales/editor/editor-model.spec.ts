import { describe, expect, it } from 'vitest'
import { editorSave } from '@/components/sales/editor/editor-input'
import {
  addressIndexOf, differsFromCustomerPrice, fieldOfPath, fieldOfReason, newModel, previewPricing, readEditor, typedCents, typedPercents,
} from '@/components/sales/editor/editor-model'
import { customerUnitPrice, priceDocument } from '@/domain'
import { makeCustomer, makeProduct } from '../../../factories/company-records'

const chair = makeProduct({ id: 'p-chair', reference: 'CHA-001' })
const book = makeProduct({ id: 'p-book', reference: 'LIV-001', priceCents: 2_990, vatRatePercent: 5.5 })
const products = new Map([[chair.id, chair], [book.id, book]])

function modelWith(lines: { productId: string | null; quantity: string; unitPrice: string; discounts?: string }[], foot: Partial<ReturnType<typeof newModel>> = {}) {
  const model = newModel({ customerId: 'c-1', validUntil: '2026-04-01' })
  model.lines = lines.map((l, i) => ({ key: i, discounts: '', priceEdited: false, ...l }))
  return Object.assign(model, foot)
}

describe('editor model: typed figures read exactly, priced by the domain', () => {
  it('types cents and cascades back the French and the English way, without float division', () => {
    expect(typedCents(32_990, 'fr')).toBe('329,90')
    expect(typedCents(5, 'en')).toBe('0.05')
    expect(typedCents(123_456_789, 'fr')).toBe('1234567,89')
    expect(typedPercents([5, 2.5], 'fr')).toBe('5 ; 2,5')
    expect(typedPercents([5, 2.5], 'en')).toBe('5 ; 2.5')
  })

  it('reads "1 234,50" € and "5 ; 2" as cents and percents; lines without an article stay out of the figures', () => {
    const reading = readEditor(modelWith([
      { productId: chair.id, quantity: '2,5', unitPrice: '1 234,50', discounts: '5 ; 2' },
      { productId: null, quantity: '1', unitPrice: '' },
    ], { discounts: '3', earlyPayment: '1,5', shipping: '45' }))
    expect(reading.lines).toEqual([{ index: 0, productId: chair.id, quantity: 2.5, unitPriceCents: 123_450, discountsPercent: [5, 2] }])
    expect(reading).toMatchObject({ discountsPercent: [3], earlyPaymentDiscountPercent: 1.5, shippingCents: 4_500 })
    // The empty price of the line without an article is a problem (shown at saving only).
    expect(reading.problems).toEqual([{ fieldId: 'line-1-price', key: 'calculator.error.empty', values: {} }])
  })

  it('names the field of each unreadable figure; more than 5 discounts in cascade are refused', () => {
    const reading = readEditor(modelWith([{ productId: chair.id, quantity: '-1', unitPrice: '10,999', discounts: '1;1;1;1;1;1' }], { shipping: 'abc' }))
    expect(reading.problems.map((p) => [p.fieldId, p.key])).toEqual([
      ['line-0-quantity', 'calculator.error.negative'],
      ['line-0-price', 'calculator.error.tooManyDecimals'],
      ['line-0-discounts', 'sales-editor.errors.tooManyDiscounts'],
      ['doc-shipping', 'calculator.error.notANumber'],
    ])
  })

  it("prices with the customer's regime: a French customer pays each article's rate, an intra-EU company 0 % (reverse charge)", () => {
    const reading = readEditor(modelWith([{ productId: chair.id, quantity: '2', unitPrice: '145' }, { productId: book.id, quantity: '3', unitPrice: '29,90' }], { discounts: '5 ; 2', earlyPayment: '2' }))
    const french = previewPricing(reading, 'quote', '2026-03-02', products, makeCustomer({ id: 'c-1', name: 'A' }))
    const expected = priceDocument({
      lines: [{ quantity: 2, unitPriceCents: 14_500, vatRatePercent: 20 }, { quantity: 3, unitPriceCents: 2_990, vatRatePercent: 5.5 }],
      discountsPercent: [5, 2], earlyPaymentDiscountPercent: 2,
    })
    expect(french?.ok && french.priced.amountDueCents).toBe(expected.amountDueCents)
    const eu = makeCustomer({ id: 'c-2', name: 'B', customer: { ...makeCustomer({ id: 'x', name: 'x' }).customer!, vatRegime: 'intraEu' } })
    const reverse = previewPricing(reading, 'quote', '2026-03-02', products, eu)
    expect(reverse?.ok && reverse.priced.totalVatCents).toBe(0)
    expect(previewPricing(readEditor(modelWith([{ productId: null, quantity: '1', unitPrice: '' }])), 'quote', '2026-03-02', products, undefined)).toBeNull()
  })

  it('a discount over 100 % refused by the pricing core points at its field', () => {
    const reading = readEditor(modelWith([{ productId: null, quantity: '1', unitPrice: '' }, { productId: chair.id, quantity: '1', unitPrice: '10', discounts: '120' }]))
    expect(previewPricing(reading, 'order', '2026-03-02', products, undefined)).toEqual({ ok: false, problems: [{ fieldId: 'line-1-discounts', key: 'calc.error.outOfRange', values: {} }] })
  })

  it('maps the paths of the pricing core and of the command input check back to the typed lines', () => {
    expect(fieldOfPath('lines[1].quantity', [0, 2])).toBe('line-2-quantity')
    expect(fieldOfPath('lines.0.unitPriceCents', [3])).toBe('line-3-price')
    expect(fieldOfPath('lines.0.discountsPercent.1', [0])).toBe('line-0-discounts')
    expect(fieldOfPath('earlyPaymentDiscountPercent', [])).toBe('doc-early-payment')
    expect(fieldOfPath('lines', [])).toBe('')
    expect(fieldOfReason({ key: 'sales.errors.inactiveProduct', values: { reference: 'OLD-1' } }, [0, 1], (r) => (r === 'OLD-1' ? 1 : undefined))).toBe('line-1-product')
    expect(fieldOfReason({ key: 'sales.rules.prospectCannotOrder', values: { name: 'N' } }, [], () => undefined)).toBe('doc-customer')
    expect(fieldOfReason({ key: 'sales.errors.noSettings' }, [], () => undefined)).toBe('')
  })

  it("tells a price typed by hand from the customer's price", () => {
    const price = customerUnitPrice({ product: chair, customerDiscountPercent: 5, agreements: [], date: '2026-03-02' })
    expect(differsFromCustomerPrice({ unitPrice: '145,00', discounts: '5' }, price)).toBe(false)
    expect(differsFromCustomerPrice({ unitPrice: '145', discounts: '' }, price)).toBe(true)
    expect(differsFromCustomerPrice({ unitPrice: '140,00', discounts: '5' }, price)).toBe(true)
    expect(differsFromCustomerPrice({ unitPrice: 'abc', discounts: '5' }, price)).toBe(false)
  })

  it('finds the stored delivery address among the customer\'s, and leaves out what is empty from the command input', () => {
    const customer = makeCustomer({ id: 'c-1', name: 'A' })
    expect(addressIndexOf(customer, { ...customer.deliveryAddresses[0]! })).toBe(0)
    expect(addressIndexOf(customer, { line1: 'ailleurs', postalCode: '75001', city: 'Paris', country: 'FR' })).toBe(0)
    const model = modelWith([{ productId: chair.id, quantity: '1', unitPrice: '145' }], { notes: '  ' })
    expect(editorSave('quote', model, readEditor(model), { hasAddresses: false })).toEqual({
      command: 'createQuote', input: { customerId: 'c-1', validUntil: '2026-04-01', lines: [{ productId: chair.id, quantity: 1, unitPriceCents: 14_500, discountsPercent: [] }] },
    })
  })
})
