import { describe, expect, it } from 'vitest'
import {
  marginFigures,
  markRatePercent,
  markupPercent,
  productErrors,
  productToDraft,
  validateProductDraft,
  type ProductDraft,
  type ProductRuleContext,
} from '@/domain'
import { BUILT_IN_CATALOG } from '@/seed/company'

const CONTEXT: ProductRuleContext = { date: '2026-03-02', otherReferences: ['MOB-BUR-001', 'SER-LIV-001'], familyIds: ['F01', 'F08'] }

function draft(overrides: Partial<ProductDraft> = {}): ProductDraft {
  return {
    reference: 'MOB-CHA-900', designation: { fr: 'Chaise visiteur', en: 'Visitor chair' }, familyId: 'F01', unit: 'u', kind: 'good',
    priceCents: 8_900, vatRatePercent: 20, costCents: 4_100, stockManaged: true, weightGrams: 6_500, safetyStock: 4, reorderPoint: 10, active: true,
    ...overrides,
  }
}

const codes = (d: ProductDraft, context = CONTEXT) => validateProductDraft(d, context).map((i) => `${i.field}:${i.code}:${i.severity}`)

describe('validateProductDraft: the product record', () => {
  it('accepts a complete good and a complete service', () => {
    expect(codes(draft())).toEqual([])
    expect(codes(draft({ reference: 'SER-FOR-900', kind: 'service', unit: 'h', stockManaged: false, weightGrams: 0, safetyStock: 0, reorderPoint: 0, familyId: 'F08' }))).toEqual([])
  })

  it('every product of the built-in catalogue passes (the rules fit real records)', () => {
    const references = BUILT_IN_CATALOG.products.map((p) => p.reference)
    const familyIds = BUILT_IN_CATALOG.families.map((f) => f.id)
    for (const product of BUILT_IN_CATALOG.products) {
      const others = references.filter((r) => r !== product.reference)
      const errors = productErrors(validateProductDraft(productToDraft(product), { date: '2026-03-02', otherReferences: others, familyIds }))
      expect(errors, product.reference).toEqual([])
    }
  })

  it('requires the reference, refuses spaces, and refuses a reference already used, case ignored', () => {
    expect(codes(draft({ reference: '  ' }))).toEqual(['reference:required:error'])
    expect(codes(draft({ reference: 'MOB CHA 900' }))).toEqual(['reference:referenceFormat:error'])
    expect(codes(draft({ reference: ' mob-bur-001 ' }))).toEqual(['reference:referenceTaken:error'])
    expect(validateProductDraft(draft({ reference: 'MOB-BUR-001' }), CONTEXT)[0]?.values).toEqual({ fieldKey: 'reference', reference: 'MOB-BUR-001' })
    expect(codes(draft({ reference: 'X'.repeat(31) }))).toEqual(['reference:tooLong:error'])
  })

  it('the product being edited keeps its own reference (the caller leaves it out of the others)', () => {
    expect(codes(draft({ reference: 'MOB-BUR-001' }), { ...CONTEXT, otherReferences: ['SER-LIV-001'] })).toEqual([])
  })

  it('requires both designations (French and English), a known family and a known unit', () => {
    expect(codes(draft({ designation: { fr: 'Chaise', en: '' }, familyId: '', unit: '' }))).toEqual([
      'designation.en:required:error', 'familyId:required:error', 'unit:required:error',
    ])
    expect(codes(draft({ familyId: 'F99', unit: 'carton' }))).toEqual(['familyId:unknownFamily:error', 'unit:unknownUnit:error'])
  })

  it('price and cost are whole cents ≥ 0', () => {
    expect(codes(draft({ priceCents: -1 }))).toEqual(['priceCents:negative:error'])
    expect(codes(draft({ priceCents: 12.5 }))).toEqual(['priceCents:notInteger:error'])
    expect(codes(draft({ costCents: Number.NaN }))).toEqual(['costCents:notANumber:error'])
    expect(codes(draft({ priceCents: 0, costCents: 0 }))).toEqual([])
  })

  it('a price below the purchase cost is a warning with both figures, never an error (DOMAIN-FR §1)', () => {
    const issues = validateProductDraft(draft({ priceCents: 3_990, costCents: 4_100 }), CONTEXT)
    expect(issues).toEqual([{ field: 'priceCents', code: 'priceBelowCost', severity: 'warning', values: { fieldKey: 'priceCents', priceEuros: 39.9, costEuros: 41 }, source: 'DOMAIN-FR §1' }])
    expect(productErrors(issues)).toEqual([])
  })

  it('the VAT rate must be in force on the date (CGI art. 278 et suivants): 19,6 % was the 2013 standard rate', () => {
    expect(codes(draft({ vatRatePercent: 19.6 }))).toEqual(['vatRatePercent:vatRateNotInForce:error'])
    expect(codes(draft({ vatRatePercent: 19.6 }), { ...CONTEXT, date: '2013-06-01' })).toEqual([])
    expect(codes(draft({ vatRatePercent: 7 }))).toEqual(['vatRatePercent:vatRateNotInForce:error'])
    for (const rate of [20, 10, 5.5, 2.1]) expect(codes(draft({ vatRatePercent: rate }))).toEqual([])
    expect(validateProductDraft(draft({ vatRatePercent: 19.6 }), CONTEXT)[0]).toMatchObject({ values: { ratePercent: 19.6, atDate: '2026-03-02' }, source: 'CGI art. 278 et suivants' })
  })

  it('an exempt VAT category goes with a 0 % rate; the standard category with a rate in force', () => {
    expect(codes(draft({ vatCategory: 'franchise', vatRatePercent: 0 }))).toEqual([])
    expect(codes(draft({ vatCategory: 'exportExempt', vatRatePercent: 20 }))).toEqual(['vatRatePercent:vatRateWithCategory:error'])
    expect(codes(draft({ vatCategory: 'standard', vatRatePercent: 0 }))).toEqual(['vatRatePercent:vatRateNotInForce:error'])
    expect(codes(draft({ vatCategory: 'zero' as never }))).toEqual(['vatCategory:unknownVatCategory:error'])
  })

  it('a service is never stock-managed and weighs nothing; a good has a weight', () => {
    expect(codes(draft({ kind: 'service' }))).toEqual(['stockManaged:serviceStockManaged:error', 'weightGrams:serviceWeight:error'])
    expect(codes(draft({ weightGrams: 0 }))).toEqual(['weightGrams:weightRequired:error'])
    expect(codes(draft({ weightGrams: 12.5 }))).toEqual(['weightGrams:notInteger:error'])
  })

  it('reorder figures only for a stock-managed record, and point de commande ≥ stock de sécurité (DOMAIN-FR §8)', () => {
    expect(codes(draft({ stockManaged: false }))).toEqual(['safetyStock:reorderWithoutStock:error', 'reorderPoint:reorderWithoutStock:error'])
    expect(codes(draft({ stockManaged: false, safetyStock: 0, reorderPoint: 0 }))).toEqual([])
    expect(codes(draft({ safetyStock: 12, reorderPoint: 10 }))).toEqual(['reorderPoint:reorderBelowSafety:error'])
    expect(codes(draft({ safetyStock: 2.5, reorderPoint: 7.5 }))).toEqual([])
    expect(codes(draft({ safetyStock: 2.0001 }))).toEqual(['safetyStock:tooManyDecimals:error'])
  })
})

describe('margins (DOMAIN-FR §1, all HT): taux de marge on cost, taux de marque on the selling price', () => {
  it('the worked check: PA 62,40, PV 109,20 → marge 46,80, taux de marge 75 %, taux de marque 42,857… %, coefficient 1,75', () => {
    expect(marginFigures(10_920, 6_240)).toEqual({ marginCents: 4_680, markupPercent: 75, markRatePercent: (4_680 * 100) / 10_920, coefficientExclVat: 1.75 })
    expect(markRatePercent(10_920, 6_240)).toBeCloseTo(42.857142857, 8)
  })

  it('unrounded, and null when the base is 0 or less', () => {
    expect(markupPercent(100, 0)).toBeNull()
    expect(markRatePercent(0, 100)).toBeNull()
    expect(marginFigures(0, 0)).toEqual({ marginCents: 0, markupPercent: null, markRatePercent: null, coefficientExclVat: null })
    expect(markupPercent(100, 300)).toBeCloseTo(-66.6666667, 6)
  })

  it('selling at a loss gives a negative margin and negative rates', () => {
    expect(marginFigures(3_990, 4_100)).toMatchObject({ marginCents: -110 })
    expect(markRatePercent(3_990, 4_100)).toBeLessThan(0)
  })
})
