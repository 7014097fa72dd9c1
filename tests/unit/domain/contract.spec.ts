import { describe, it, expect } from 'vitest'
import * as domain from '@/domain'

// The public contract of issue 4, copied verbatim: `vue-tsc --build` fails if the domain drifts from it.
type ContractPriceDocument = (input: {
  lines: { quantity: number; unitPriceCents: number; vatRatePercent: number; discountsPercent?: number[] }[]
  discountsPercent?: number[]
  earlyPaymentDiscountPercent?: number
  shippingCents?: number
  downPaymentCents?: number
}) => {
  grossCents: number; lineDiscountCents: number
  discountSteps: { percent: number; baseCents: number; amountCents: number; resultCents: number }[]
  netCommercialCents: number; earlyPaymentDiscountCents: number; netFinancialCents: number
  shippingCents: number
  vat: { ratePercent: number; baseCents: number; vatCents: number }[]
  totalExclVatCents: number; totalVatCents: number; totalInclVatCents: number; amountDueCents: number
  explanation: { key: string; values: Record<string, number | string> }[]
}
type ContractExclVatFromInclVat = (inclVatCents: number, vatRatePercent: number) => { exclVatCents: number; vatCents: number }
type ContractDueDate = (issueDate: string, terms:
  | { kind: 'onReceipt' }
  | { kind: 'net'; days: number }
  | { kind: 'daysEndOfMonth'; days: number; method: 'addDaysThenEndOfMonth' | 'endOfMonthThenAddDays' }) => string

const priceDocument: ContractPriceDocument = domain.priceDocument
const exclVatFromInclVat: ContractExclVatFromInclVat = domain.exclVatFromInclVat
const dueDate: ContractDueDate = domain.dueDate

describe('issue 4 public contract', () => {
  it('exports the three functions with the contract types, from src/domain/index.ts', () => {
    expect(priceDocument({ lines: [] }).amountDueCents).toBe(0)
    expect(exclVatFromInclVat(120, 20)).toEqual({ exclVatCents: 100, vatCents: 20 })
    expect(dueDate('2026-03-10', { kind: 'onReceipt' })).toBe('2026-03-10')
  })

  it('returns every contract field', () => {
    const result = priceDocument({ lines: [{ quantity: 1, unitPriceCents: 100, vatRatePercent: 20 }] })
    for (const field of ['grossCents', 'lineDiscountCents', 'discountSteps', 'netCommercialCents', 'earlyPaymentDiscountCents', 'netFinancialCents', 'shippingCents', 'vat', 'totalExclVatCents', 'totalVatCents', 'totalInclVatCents', 'amountDueCents', 'explanation']) {
      expect(result).toHaveProperty(field)
    }
  })
})
