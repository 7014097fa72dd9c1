import { describe, it, expect } from 'vitest'
import { exclVatFromInclVat, percentOfCents, priceDocument } from '@/domain'

/** DOMAIN-FR §1 example A: 12 × 145.00 and 3 × 389.90, remises 5 % then 2 %, escompte 1 %, port 45.00, TVA 20 %. */
const EXAMPLE_A_LINES = [
  { quantity: 12, unitPriceCents: 14500, vatRatePercent: 20 },
  { quantity: 3, unitPriceCents: 38990, vatRatePercent: 20 },
]

describe('DOMAIN-FR §1 example A — cascade, escompte, carriage, one rate', () => {
  const result = priceDocument({ lines: EXAMPLE_A_LINES, discountsPercent: [5, 2], earlyPaymentDiscountPercent: 1, shippingCents: 4500 })

  it('brut HT = Σ quantité × prix unitaire = 2 909.70 (1 740.00 + 1 169.70)', () => {
    expect(result.lines.map((line) => line.grossCents)).toEqual([174000, 116970])
    expect(result.grossCents).toBe(290970)
    expect(result.lineDiscountCents).toBe(0)
  })

  it('remises in cascade, each rounded before the next: 145.485 → 145.49, then 55.2842 → 55.28 (course convention)', () => {
    expect(result.discountSteps.map(({ percent, baseCents, amountCents, resultCents }) => ({ percent, baseCents, amountCents, resultCents }))).toEqual([
      { percent: 5, baseCents: 290970, amountCents: 14549, resultCents: 276421 },
      { percent: 2, baseCents: 276421, amountCents: 5528, resultCents: 270893 },
    ])
    expect(result.netCommercialCents).toBe(270893)
  })

  it('escompte 1 % on the net commercial: 27.0893 → 27.09, net financier 2 681.84', () => {
    expect(result.earlyPaymentDiscountCents).toBe(2709)
    expect(result.netFinancialCents).toBe(268184)
  })

  it('carriage after the reductions, at the goods rate (CGI 267 I-2°): base HT 2 726.84', () => {
    expect(result.shippingCents).toBe(4500)
    expect(result.shippingSplit).toEqual([{ ratePercent: 20, category: 'standard', amountCents: 4500 }])
    expect(result.totalExclVatCents).toBe(272684)
  })

  it('TVA 20 % on the total (BR-CO-17): 545.368 → 545.37; TTC = HT + TVA = 3 272.21 (BR-CO-15)', () => {
    expect(result.vat).toEqual([{ ratePercent: 20, category: 'standard', goodsCents: 268184, shippingCents: 4500, baseCents: 272684, vatCents: 54537 }])
    expect(result.totalVatCents).toBe(54537)
    expect(result.totalInclVatCents).toBe(327221)
    expect(result.amountDueCents).toBe(327221)
    expect(result.sign).toBe(1)
  })
})

describe('DOMAIN-FR §1 example A variant — no escompte, 30 % acompte (CGI 269-2 a: VAT due on the acompte)', () => {
  // The acompte is 30 % of the TTC, received TTC: round(3 304.72 × 30 %) = 991.416 → 991.42; its HT
  // and VAT are what the acompte invoice (type 386) showed: 991.42 / 1.2 = 826.183 → 826.18 + 165.24.
  const acompte = percentOfCents(330472, 30)
  const result = priceDocument({ lines: EXAMPLE_A_LINES, discountsPercent: [5, 2], shippingCents: 4500, downPaymentCents: acompte })

  it('HT 2 753.93, TVA 550.79, TTC 3 304.72', () => {
    expect(result.earlyPaymentDiscountCents).toBe(0)
    expect(result.netFinancialCents).toBe(270893)
    expect(result.totalExclVatCents).toBe(275393)
    expect(result.totalVatCents).toBe(55079)
    expect(result.totalInclVatCents).toBe(330472)
  })

  it('acompte 30 % of TTC = 991.42, i.e. 826.18 HT + 165.24 TVA', () => {
    expect(acompte).toBe(99142)
    expect(exclVatFromInclVat(99142, 20)).toEqual({ exclVatCents: 82618, vatCents: 16524 })
    expect(result.downPaymentCents).toBe(99142)
    expect(result.downPaymentSplit).toEqual([{ ratePercent: 20, category: 'standard', inclVatCents: 99142, exclVatCents: 82618, vatCents: 16524 }])
  })

  it('reste à payer = TTC − acompte = 2 313.30 (EN 16931 BR-CO-16)', () => {
    expect(result.amountDueCents).toBe(231330)
  })

  it('explains the escompte only when one is offered', () => {
    expect(result.explanation.map((step) => step.key)).not.toContain('calc.step.earlyPaymentDiscount')
  })
})

describe('DOMAIN-FR §1 example B — two rates, carriage pro rata, the 4.08 rounding trap', () => {
  const result = priceDocument({
    lines: [
      { quantity: 3, unitPriceCents: 1870, vatRatePercent: 5.5 },
      { quantity: 1, unitPriceCents: 1810, vatRatePercent: 5.5 },
      { quantity: 5, unitPriceCents: 499, vatRatePercent: 20 },
      { quantity: 7, unitPriceCents: 235, vatRatePercent: 20 },
    ],
    shippingCents: 1500,
  })

  it('VAT on the total per rate (CGI 242 nonies A; BR-CO-17): books 74.20 × 5.5 % = 4.081 → 4.08, not 3.09 + 1.00 = 4.09', () => {
    const booksOnly = priceDocument({ lines: [{ quantity: 3, unitPriceCents: 1870, vatRatePercent: 5.5 }, { quantity: 1, unitPriceCents: 1810, vatRatePercent: 5.5 }] })
    expect(booksOnly.totalVatCents).toBe(408)
    const lineByLine = [5610, 1810].map((base) => priceDocument({ lines: [{ quantity: 1, unitPriceCents: base, vatRatePercent: 5.5 }] }).totalVatCents)
    expect(lineByLine).toEqual([309, 100])
  })

  it('carriage 15.00 split 74.20 / 41.40 → 9.63 at 5.5 % and 5.37 at 20 % (CGI 267 I-2°, largest remainder)', () => {
    expect(result.shippingSplit).toEqual([
      { ratePercent: 5.5, category: 'standard', amountCents: 963 },
      { ratePercent: 20, category: 'standard', amountCents: 537 },
    ])
  })

  it('bases 83.83 (TVA 4.61065 → 4.61) and 46.77 (TVA 9.354 → 9.35), ascending by rate', () => {
    expect(result.vat).toEqual([
      { ratePercent: 5.5, category: 'standard', goodsCents: 7420, shippingCents: 963, baseCents: 8383, vatCents: 461 },
      { ratePercent: 20, category: 'standard', goodsCents: 4140, shippingCents: 537, baseCents: 4677, vatCents: 935 },
    ])
  })

  it('HT 130.60; TVA 13.96; TTC 144.56', () => {
    expect(result.grossCents).toBe(11560)
    expect(result.totalExclVatCents).toBe(13060)
    expect(result.totalVatCents).toBe(1396)
    expect(result.totalInclVatCents).toBe(14456)
  })
})

describe('DOMAIN-FR §1 example C — credit note for 2 chairs returned on invoice A (positive amounts, type carries the sign)', () => {
  const result = priceDocument({
    documentType: 'creditNote',
    lines: [{ quantity: 2, unitPriceCents: 14500, vatRatePercent: 20 }],
    discountsPercent: [5, 2],
    earlyPaymentDiscountPercent: 1,
  })

  it('repeats the invoice terms: 290.00 − 14.50 = 275.50 − 5.51 = 269.99 − escompte 2.70 = 267.29 HT', () => {
    expect(result.grossCents).toBe(29000)
    expect(result.discountSteps.map((step) => [step.amountCents, step.resultCents])).toEqual([[1450, 27550], [551, 26999]])
    expect(result.earlyPaymentDiscountCents).toBe(270)
    expect(result.totalExclVatCents).toBe(26729)
  })

  it('no carriage refunded (convention); TVA 53.46; net à déduire 320.75, positive with sign −1', () => {
    expect(result.shippingCents).toBe(0)
    expect(result.totalVatCents).toBe(5346)
    expect(result.totalInclVatCents).toBe(32075)
    expect(result.amountDueCents).toBe(32075)
    expect(result.sign).toBe(-1)
    expect(result.documentType).toBe('creditNote')
  })

  it('says "net à déduire" instead of "net à payer" (C. com. L441-9, type 381)', () => {
    const keys = result.explanation.map((step) => step.key)
    expect(keys[0]).toBe('calc.step.creditNote')
    expect(keys.at(-1)).toBe('calc.step.amountToDeduct')
    expect(keys).not.toContain('calc.step.amountDue')
  })

  it('refuses an acompte on a credit note', () => {
    expect(() => priceDocument({ documentType: 'creditNote', lines: [], downPaymentCents: 100 })).toThrow(/downPaymentCents/)
  })
})
