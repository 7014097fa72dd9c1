import { describe, it, expect } from 'vitest'
import { isVatRateInForce, priceDocument, VAT_CATEGORIES, VAT_RATE_PARAMETERS, vatRatesAt } from '@/domain'

describe('VAT categories beyond the rate, with their mandatory wording (CGI ann. II art. 242 nonies A)', () => {
  it('export outside the EU is exempt, CGI art. 262 I (EN 16931 category G)', () => {
    expect(VAT_CATEGORIES.exportExempt).toMatchObject({ en16931Code: 'G', exemptionReasonCode: 'VATEX-EU-G', legalMention: 'Exonération de TVA, art. 262 I du CGI' })
  })

  it('intra-EU supply to a VAT-registered buyer: "Autoliquidation", CGI art. 262 ter I (category K)', () => {
    expect(VAT_CATEGORIES.intraEuReverseCharge.legalMention).toContain('Autoliquidation')
    expect(VAT_CATEGORIES.intraEuReverseCharge.legalMention).toContain('262 ter I')
    expect(VAT_CATEGORIES.intraEuReverseCharge.en16931Code).toBe('K')
  })

  it('franchise en base: "TVA non applicable, art. 293 B du CGI" (category E, VATEX-FR-FRANCHISE)', () => {
    expect(VAT_CATEGORIES.franchise).toMatchObject({ en16931Code: 'E', exemptionReasonCode: 'VATEX-FR-FRANCHISE', legalMention: 'TVA non applicable, art. 293 B du CGI' })
  })

  it('exempt lines carry no VAT, and the carriage that follows them is exempt too (CGI 267 I-2°)', () => {
    const result = priceDocument({
      lines: [
        { quantity: 1, unitPriceCents: 10000, vatRatePercent: 20 },
        { quantity: 1, unitPriceCents: 10000, vatRatePercent: 0, vatCategory: 'exportExempt' },
      ],
      shippingCents: 1000,
    })
    expect(result.vat).toEqual([
      { ratePercent: 0, category: 'exportExempt', goodsCents: 10000, shippingCents: 500, baseCents: 10500, vatCents: 0 },
      { ratePercent: 20, category: 'standard', goodsCents: 10000, shippingCents: 500, baseCents: 10500, vatCents: 2100 },
    ])
    expect(result.totalInclVatCents).toBe(23100)
    expect(result.explanation.map((step) => step.key)).toContain('calc.step.vatExportExempt')
  })

  it('an intra-EU or franchise document has a zero VAT total and explains why', () => {
    for (const vatCategory of ['intraEuReverseCharge', 'franchise'] as const) {
      const result = priceDocument({ lines: [{ quantity: 2, unitPriceCents: 5000, vatRatePercent: 0, vatCategory }] })
      expect(result.totalVatCents).toBe(0)
      expect(result.totalInclVatCents).toBe(10000)
      expect(result.vat[0]?.category).toBe(vatCategory)
    }
  })
})

describe('standard rates as dated parameters (DOMAIN-FR: "parameters with a validity date")', () => {
  it('20 / 10 / 5.5 / 2.1 % since 1 January 2014', () => {
    expect(vatRatesAt('2026-03-10')).toEqual({ standard: 20, others: [10, 5.5, 2.1] })
    expect(vatRatesAt()).toEqual(vatRatesAt('2026-03-10'))
    expect(['20', '10', '5.5', '2.1'].every((rate) => isVatRateInForce(Number(rate), '2014-01-01'))).toBe(true)
  })

  it('19.6 / 7 / 5.5 / 2.1 % in 2012–2013', () => {
    expect(vatRatesAt('2013-12-31').standard).toBe(19.6)
    expect(isVatRateInForce(7, '2013-06-01')).toBe(true)
    expect(isVatRateInForce(7, '2014-06-01')).toBe(false)
  })

  it('periods do not overlap and each one names its source', () => {
    const sorted = [...VAT_RATE_PARAMETERS].sort((a, b) => a.validFrom.localeCompare(b.validFrom))
    sorted.slice(1).forEach((period, i) => expect(sorted[i]?.validTo && sorted[i]!.validTo < period.validFrom).toBe(true))
    expect(sorted.every((period) => period.source.length > 0)).toBe(true)
  })
})
