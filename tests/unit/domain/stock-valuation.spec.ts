import { describe, expect, it } from 'vitest'
import { DomainInputError, valueIssue, weightedAverageCostAfterReceipt } from '@/domain'

// DOMAIN-FR §8 "Valuation of issues": 100 units at 20 + 200 at 23.
const LAYERS = [{ quantity: 100, unitCostCents: 2000 }, { quantity: 200, unitCostCents: 2300 }]

describe('valueIssue (DOMAIN-FR §8, PCG 213-34: CUMP or FIFO, never LIFO)', () => {
  it('CUMP: the weighted average is 22.00, issuing 150 costs 3 300.00', () => {
    expect(valueIssue({ method: 'cump', layers: LAYERS, quantity: 150 })).toEqual({ valueCents: 330_000, unitCostCents: 2200 })
  })

  it('FIFO (PEPS): the same 150 are 100 × 20 + 50 × 23 = 3 150.00', () => {
    expect(valueIssue({ method: 'fifo', layers: LAYERS, quantity: 150 })).toEqual({ valueCents: 315_000, unitCostCents: 2100 })
  })

  it('rounds the value once, from the exact average (CUMP 10 at 1.00 + 20 at 1.01 → 1.00666…; 7 units = 7.05)', () => {
    // 7 × 30.20 / 30 = 7.0466… → 7.05 (rounding the average first would give 7 × 1.01 = 7.07).
    expect(valueIssue({ method: 'cump', layers: [{ quantity: 10, unitCostCents: 100 }, { quantity: 20, unitCostCents: 101 }], quantity: 7 }).valueCents).toBe(705)
  })

  it('counts decimal quantities exactly (0.1 kg + 0.2 kg)', () => {
    expect(valueIssue({ method: 'fifo', layers: [{ quantity: 0.1, unitCostCents: 1000 }, { quantity: 0.2, unitCostCents: 2000 }], quantity: 0.3 }).valueCents).toBe(500)
  })

  it('an issue of nothing is worth nothing', () => {
    expect(valueIssue({ method: 'cump', layers: LAYERS, quantity: 0 })).toEqual({ valueCents: 0, unitCostCents: 0 })
  })

  it('refuses an issue above the stock, a negative quantity or a fractional cost, naming the field', () => {
    expect(() => valueIssue({ method: 'fifo', layers: LAYERS, quantity: 301 })).toThrow(expect.objectContaining({ field: 'quantity', code: 'exceedsTotal' }))
    expect(() => valueIssue({ method: 'cump', layers: LAYERS, quantity: -1 })).toThrow(DomainInputError)
    expect(() => valueIssue({ method: 'cump', layers: [{ quantity: 1, unitCostCents: 1.5 }], quantity: 1 })).toThrow(expect.objectContaining({ field: 'layers[0].unitCostCents', code: 'notInteger' }))
    expect(() => valueIssue({ method: 'lifo' as 'fifo', layers: LAYERS, quantity: 1 })).toThrow(expect.objectContaining({ field: 'method' }))
  })
})

describe('weightedAverageCostAfterReceipt (CUMP recomputed at each reception)', () => {
  it('100 in stock at 20.00, 200 received at 23.00 → 22.00', () => {
    expect(weightedAverageCostAfterReceipt({ stockQuantity: 100, stockUnitCostCents: 2000, receivedQuantity: 200, receivedUnitCostCents: 2300 })).toBe(2200)
  })

  it('with no stock before (or a negative stock), the reception cost becomes the CUMP', () => {
    expect(weightedAverageCostAfterReceipt({ stockQuantity: 0, stockUnitCostCents: 2000, receivedQuantity: 5, receivedUnitCostCents: 2500 })).toBe(2500)
    expect(weightedAverageCostAfterReceipt({ stockQuantity: -3, stockUnitCostCents: 2000, receivedQuantity: 5, receivedUnitCostCents: 2500 })).toBe(2500)
  })

  it('rounds half-up to the cent: 1 at 1.00 + 1 at 1.01 → 1.005 → 1.01', () => {
    expect(weightedAverageCostAfterReceipt({ stockQuantity: 1, stockUnitCostCents: 100, receivedQuantity: 1, receivedUnitCostCents: 101 })).toBe(101)
  })

  it('checks its inputs at the boundary with the domain\'s quantity and cents rules (parseQuantity, nonNegativeCents), naming the field', () => {
    const ok = { stockQuantity: 1, stockUnitCostCents: 100, receivedQuantity: 1, receivedUnitCostCents: 101 }
    expect(() => weightedAverageCostAfterReceipt({ ...ok, receivedQuantity: 1.0005 })).toThrow(expect.objectContaining({ field: 'receivedQuantity', code: 'tooManyDecimals' }))
    expect(() => weightedAverageCostAfterReceipt({ ...ok, receivedUnitCostCents: -1 })).toThrow(expect.objectContaining({ field: 'receivedUnitCostCents', code: 'negative' }))
    expect(() => weightedAverageCostAfterReceipt({ ...ok, stockUnitCostCents: Number.NaN })).toThrow(expect.objectContaining({ field: 'stockUnitCostCents', code: 'notANumber' }))
    expect(() => valueIssue({ method: 'fifo', layers: [{ quantity: 2.0001, unitCostCents: 100 }], quantity: 1 })).toThrow(expect.objectContaining({ field: 'layers[0].quantity', code: 'tooManyDecimals' }))
  })
})
