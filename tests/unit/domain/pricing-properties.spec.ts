import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import { priceDocument } from '@/domain'
import { documentInput } from './arbitraries'

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0)

/** round(a × b / c) half away from zero, for a, b, c ≥ 0, independently of the domain's helper. */
const roundedRatio = (a: number, b: number, c: number) => Number((2n * BigInt(a) * BigInt(b) + BigInt(c)) / (2n * BigInt(c)))

describe('priceDocument invariants (property tests)', () => {
  it('the VAT bases add up to HT, and HT = net financier + carriage (EN 16931 BR-CO-13)', () => {
    fc.assert(
      fc.property(documentInput, (input) => {
        const result = priceDocument(input)
        expect(sum(result.vat.map((entry) => entry.baseCents))).toBe(result.totalExclVatCents)
        expect(result.totalExclVatCents).toBe(result.netFinancialCents + result.shippingCents)
      }),
    )
  })

  it('HT + VAT = TTC, and total VAT = Σ VAT per rate (BR-CO-14, BR-CO-15)', () => {
    fc.assert(
      fc.property(documentInput, (input) => {
        const result = priceDocument(input)
        expect(result.totalExclVatCents + result.totalVatCents).toBe(result.totalInclVatCents)
        expect(sum(result.vat.map((entry) => entry.vatCents))).toBe(result.totalVatCents)
      }),
    )
  })

  it('VAT per rate = round(base × rate) on the total, 0 for exempt categories (BR-CO-17), ascending by rate', () => {
    fc.assert(
      fc.property(documentInput, (input) => {
        const result = priceDocument(input)
        for (const entry of result.vat) {
          const expected = entry.category === 'standard' ? roundedRatio(entry.baseCents, Math.round(entry.ratePercent * 1000), 100_000) : 0
          expect(entry.vatCents).toBe(expected)
          expect(entry.goodsCents + entry.shippingCents).toBe(entry.baseCents)
        }
        const rates = result.vat.map((entry) => entry.ratePercent)
        expect(rates).toEqual([...rates].sort((a, b) => a - b))
      }),
    )
  })

  it('every split adds up to its total: each document discount, the escompte, the carriage', () => {
    fc.assert(
      fc.property(documentInput, (input) => {
        const result = priceDocument(input)
        for (const step of result.discountSteps) expect(sum(step.split.map((part) => part.amountCents))).toBe(step.amountCents)
        expect(sum(result.earlyPaymentDiscountSplit.map((part) => part.amountCents))).toBe(result.earlyPaymentDiscountCents)
        expect(sum(result.shippingSplit.map((part) => part.amountCents))).toBe(result.shippingCents)
        expect(sum(result.vat.map((entry) => entry.shippingCents))).toBe(result.shippingCents)
      }),
    )
  })

  it('the French order holds: brut − line discounts − cascade − escompte = net financier, every amount ≥ 0', () => {
    fc.assert(
      fc.property(documentInput, (input) => {
        const result = priceDocument(input)
        const cascade = sum(result.discountSteps.map((step) => step.amountCents))
        expect(result.grossCents - result.lineDiscountCents - cascade).toBe(result.netCommercialCents)
        expect(result.netCommercialCents - result.earlyPaymentDiscountCents).toBe(result.netFinancialCents)
        result.discountSteps.forEach((step, i) => {
          expect(step.baseCents - step.amountCents).toBe(step.resultCents)
          if (i > 0) expect(step.baseCents).toBe(result.discountSteps[i - 1]?.resultCents)
        })
        for (const entry of result.vat) expect(entry.goodsCents).toBeGreaterThanOrEqual(0)
        expect(result.netFinancialCents).toBeGreaterThanOrEqual(0)
      }),
    )
  })

  it('an acompte splits into parts that add up, each HT + VAT = its TTC; amount due = TTC − acompte (BR-CO-16)', () => {
    fc.assert(
      fc.property(documentInput, fc.integer({ min: 0, max: 100 }), (input, share) => {
        const invoice = { ...input, documentType: 'invoice' as const }
        const total = priceDocument(invoice).totalInclVatCents
        const downPaymentCents = Math.floor((total * share) / 100)
        const result = priceDocument({ ...invoice, downPaymentCents })
        expect(sum(result.downPaymentSplit.map((part) => part.inclVatCents))).toBe(downPaymentCents)
        for (const part of result.downPaymentSplit) expect(part.exclVatCents + part.vatCents).toBe(part.inclVatCents)
        expect(result.amountDueCents).toBe(total - downPaymentCents)
      }),
    )
  })

  it('a credit note has the same positive amounts as the invoice; only the sign differs', () => {
    fc.assert(
      fc.property(documentInput, (input) => {
        const invoice = priceDocument({ ...input, documentType: 'invoice' })
        const creditNote = priceDocument({ ...input, documentType: 'creditNote' })
        expect(creditNote.totalInclVatCents).toBe(invoice.totalInclVatCents)
        expect(creditNote.vat).toEqual(invoice.vat)
        expect([invoice.sign, creditNote.sign]).toEqual([1, -1])
      }),
    )
  })
})
