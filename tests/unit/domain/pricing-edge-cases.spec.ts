import { describe, it, expect } from 'vitest'
import { DomainInputError, priceDocument, type PriceDocumentInput } from '@/domain'

const line = (overrides: Partial<PriceDocumentInput['lines'][number]> = {}) => ({ quantity: 1, unitPriceCents: 1000, vatRatePercent: 20, ...overrides })

function errorOf(run: () => unknown): DomainInputError {
  try {
    run()
  } catch (error) {
    if (error instanceof DomainInputError) return error
    throw error
  }
  throw new Error('expected a DomainInputError')
}

describe('priceDocument edge cases', () => {
  it('no lines: everything is zero and there is no VAT breakdown', () => {
    const result = priceDocument({ lines: [] })
    expect(result).toMatchObject({ grossCents: 0, netCommercialCents: 0, totalExclVatCents: 0, totalVatCents: 0, totalInclVatCents: 0, amountDueCents: 0 })
    expect(result.vat).toEqual([])
  })

  it('no goods but carriage: taxed as a separate service at the standard rate 20 % (CGI art. 278)', () => {
    const result = priceDocument({ lines: [], shippingCents: 1000 })
    expect(result.vat).toEqual([{ ratePercent: 20, category: 'standard', goodsCents: 0, shippingCents: 1000, baseCents: 1000, vatCents: 200 }])
    expect(result.totalInclVatCents).toBe(1200)
    expect(result.explanation.map((s) => s.key)).toContain('calc.step.shippingStandardRate')
  })

  it('100 % document discount: net commercial 0; carriage then follows the gross amounts per rate', () => {
    const result = priceDocument({
      lines: [line({ unitPriceCents: 3000, vatRatePercent: 5.5 }), line({ unitPriceCents: 1000 })],
      discountsPercent: [100],
      shippingCents: 400,
    })
    expect(result.netCommercialCents).toBe(0)
    expect(result.discountSteps[0]?.split.map((p) => p.amountCents)).toEqual([3000, 1000])
    expect(result.shippingSplit.map((p) => p.amountCents)).toEqual([300, 100])
    expect(result.totalExclVatCents).toBe(400)
    expect(result.totalVatCents).toBe(17 + 20) // 3.00 × 5.5 % = 0.165 → 0.17; 1.00 × 20 % = 0.20
  })

  it('100 % line discount: the line is free, its VAT group stays with a zero base', () => {
    const result = priceDocument({ lines: [line({ discountsPercent: [100] })] })
    expect(result.lineDiscountCents).toBe(1000)
    expect(result.vat).toEqual([{ ratePercent: 20, category: 'standard', goodsCents: 0, shippingCents: 0, baseCents: 0, vatCents: 0 }])
  })

  it('one-cent lines: VAT on the total, not per line (BR-CO-17): 3 × 0.01 at 20 % → 0.006 → 0.01, per line it would be 0', () => {
    const result = priceDocument({ lines: [line({ unitPriceCents: 1 }), line({ unitPriceCents: 1 }), line({ unitPriceCents: 1 })] })
    expect(result.totalExclVatCents).toBe(3)
    expect(result.totalVatCents).toBe(1)
    expect(result.totalInclVatCents).toBe(4)
    expect(priceDocument({ lines: [line({ unitPriceCents: 1 })] }).totalVatCents).toBe(0) // 0.002 → 0.00
  })

  it('3-decimal quantity: 2.5 kg × 3.99 € = 9.975 → 9.98', () => {
    const result = priceDocument({ lines: [line({ quantity: 2.5, unitPriceCents: 399, vatRatePercent: 5.5 })] })
    expect(result.grossCents).toBe(998)
    expect(result.totalVatCents).toBe(55) // 9.98 × 5.5 % = 0.5489 → 0.55
  })

  it('line discounts in cascade, each rounded, before the document discounts', () => {
    const result = priceDocument({ lines: [line({ quantity: 3, unitPriceCents: 3333, discountsPercent: [10, 5] })], discountsPercent: [2] })
    // 99.99 − 10 % (9.999 → 10.00) = 89.99 − 5 % (4.4995 → 4.50) = 85.49 − 2 % (1.7098 → 1.71) = 83.78
    expect(result.lines[0]?.discountSteps.map((s) => s.amountCents)).toEqual([1000, 450])
    expect(result.lines[0]?.netCents).toBe(8549)
    expect(result.lineDiscountCents).toBe(1450)
    expect(result.netCommercialCents).toBe(8378)
  })

  it('document discounts and escompte are split across rates, each part exposed (e-invoice allowances BT-95/96)', () => {
    const result = priceDocument({
      lines: [line({ unitPriceCents: 7420, vatRatePercent: 5.5 }), line({ unitPriceCents: 4140 })],
      discountsPercent: [10],
      earlyPaymentDiscountPercent: 2,
    })
    const discount = result.discountSteps[0]
    expect(discount?.amountCents).toBe(1156)
    expect(discount?.split).toEqual([
      { ratePercent: 5.5, category: 'standard', amountCents: 742 },
      { ratePercent: 20, category: 'standard', amountCents: 414 },
    ])
    expect(result.earlyPaymentDiscountCents).toBe(208) // 104.04 × 2 % = 2.0808
    expect(result.earlyPaymentDiscountSplit.map((p) => p.amountCents)).toEqual([134, 74])
    expect(result.vat.map((v) => v.goodsCents)).toEqual([7420 - 742 - 134, 4140 - 414 - 74])
  })

  it('an acompte above the TTC is refused', () => {
    expect(errorOf(() => priceDocument({ lines: [line()], downPaymentCents: 1201 }))).toMatchObject({ field: 'downPaymentCents', code: 'exceedsTotal' })
    expect(priceDocument({ lines: [line()], downPaymentCents: 1200 }).amountDueCents).toBe(0)
  })

  it('reads the VAT rates in force at vatDate (dated parameters): 19.6 % in 2013, refused in 2014', () => {
    expect(priceDocument({ lines: [line({ vatRatePercent: 19.6 })], vatDate: '2013-12-31' }).totalVatCents).toBe(196)
    expect(errorOf(() => priceDocument({ lines: [line({ vatRatePercent: 19.6 })], vatDate: '2014-01-01' })).code).toBe('unknownVatRate')
    expect(errorOf(() => priceDocument({ lines: [], vatDate: '2011-06-01' }))).toMatchObject({ field: 'vatDate', code: 'noParameterForDate' })
    expect(priceDocument({ lines: [], shippingCents: 1000, vatDate: '2013-06-01' }).totalVatCents).toBe(196)
  })
})

describe('bad inputs throw DomainInputError naming the field (issue 4)', () => {
  it.each<[string, PriceDocumentInput, string, string]>([
    ['NaN quantity', { lines: [line(), line({ quantity: Number.NaN })] }, 'lines[1].quantity', 'notANumber'],
    ['negative price', { lines: [line({ unitPriceCents: -100 })] }, 'lines[0].unitPriceCents', 'negative'],
    ['fractional cents', { lines: [line({ unitPriceCents: 10.5 })] }, 'lines[0].unitPriceCents', 'notInteger'],
    ['unknown VAT rate 19 %', { lines: [line(), line(), line({ vatRatePercent: 19 })] }, 'lines[2].vatRatePercent', 'unknownVatRate'],
    ['4 decimals on a quantity', { lines: [line({ quantity: 1.0001 })] }, 'lines[0].quantity', 'tooManyDecimals'],
    ['4 decimals on a discount', { lines: [line()], discountsPercent: [5, 2.0001] }, 'discountsPercent[1]', 'tooManyDecimals'],
    ['discount above 100 %', { lines: [line({ discountsPercent: [101] })] }, 'lines[0].discountsPercent[0]', 'outOfRange'],
    ['negative escompte', { lines: [line()], earlyPaymentDiscountPercent: -1 }, 'earlyPaymentDiscountPercent', 'negative'],
    ['NaN carriage', { lines: [line()], shippingCents: Number.NaN }, 'shippingCents', 'notANumber'],
    ['exempt category with a rate', { lines: [line({ vatCategory: 'exportExempt', vatRatePercent: 20 })] }, 'lines[0].vatRatePercent', 'categoryRateMismatch'],
    ['bad VAT date', { lines: [], vatDate: '2026-02-30' }, 'vatDate', 'invalidDate'],
  ])('%s', (_label, input, field, code) => {
    const error = errorOf(() => priceDocument(input))
    expect(error).toMatchObject({ field, code })
    expect(error.message).toContain(field)
  })

  it('refuses a non-array lines and an unknown category', () => {
    expect(errorOf(() => priceDocument({ lines: 'x' } as unknown as PriceDocumentInput))).toMatchObject({ field: 'lines', code: 'invalidType' })
    const unknownCategory = { lines: [{ ...line(), vatCategory: 'zero' }] } as unknown as PriceDocumentInput
    expect(errorOf(() => priceDocument(unknownCategory))).toMatchObject({ field: 'lines[0].vatCategory', code: 'unknownCategory' })
  })
})
