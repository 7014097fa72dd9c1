import { describe, expect, it } from 'vitest'
import {
  adjustmentDirectionIssue, averageStockCents, costOfGoodsSoldCents, fifoLayers, inventoryVariances, productLedger,
  productStockValueCents, stockIndicators, stockValueFromMoves,
} from '@/domain'
import { makeStockMove, smallCompany } from '../../factories/company-records'

const company = smallCompany()
const { chair } = company.products

// DOMAIN-FR §8 valuation example: 100 units at 20 € then 200 at 23 €.
const entries = [
  makeStockMove({ id: 'e1', date: '2026-01-02', lines: [{ productId: 'p', quantity: 100, unitCostCents: 2_000 }] }),
  makeStockMove({ id: 'e2', kind: 'reception', date: '2026-01-10', lines: [{ productId: 'p', quantity: 200, unitCostCents: 2_300 }] }),
]

describe('indicators: stock moyen, rotation, durée de stockage (DOMAIN-FR §8)', () => {
  it('worked example: cost of goods sold 240 000 € / stock moyen 30 000 € = rotation 8 → 360 / 8 = 45 days', () => {
    expect(stockIndicators({ openingCents: 2_500_000, closingCents: 3_500_000, costOfGoodsSoldCents: 24_000_000 })).toEqual({ averageStockCents: 3_000_000, rotation: 8, storageDays: 45 })
  })

  it('stock moyen = (initial + final) / 2, half-up to the cent; no average stock → no rotation', () => {
    expect(averageStockCents(1_001, 0)).toBe(501)
    expect(stockIndicators({ openingCents: 0, closingCents: 0, costOfGoodsSoldCents: 5_000 })).toEqual({ averageStockCents: 0, rotation: null, storageDays: null })
    expect(stockIndicators({ openingCents: 100, closingCents: 100, costOfGoodsSoldCents: 0 })).toMatchObject({ rotation: 0, storageDays: null })
  })

  it('cost of goods sold = deliveries − returns at their cost; the book value = Σ movements at cost', () => {
    // Chairs: −10 (2025-12-01, outside), −12 and +2 at 87 €; desks −3 at 220 €.
    expect(costOfGoodsSoldCents(company.moves, '2026-01-01', '2026-12-31')).toBe(12 * 8_700 + 3 * 22_000 - 2 * 8_700)
    expect(stockValueFromMoves(company.moves, '2024-12-31')).toBe(0)
    expect(stockValueFromMoves(company.moves)).toBe(55 * 8_700 + 7 * 22_000 + 30 * 1_100)
  })
})

describe('stock value by CUMP or FIFO (DOMAIN-FR §8; LIFO not allowed)', () => {
  it('after +100 at 20 € and +200 at 23 €, issuing 150 leaves the newest lots under FIFO', () => {
    const moves = [...entries, makeStockMove({ id: 'i1', kind: 'delivery', date: '2026-01-15', lines: [{ productId: 'p', quantity: -150, unitCostCents: 2_200 }] })]
    expect(fifoLayers(moves, 'p')).toEqual([{ quantity: 150, unitCostCents: 2_300 }])
    expect(productStockValueCents({ method: 'fifo', physical: 150, cumpCents: 2_200, layers: fifoLayers(moves, 'p') })).toBe(345_000)
    expect(productStockValueCents({ method: 'cump', physical: 150, cumpCents: 2_200, layers: [] })).toBe(330_000)
  })

  it('FIFO over both lots when nothing went out; no stock is worth 0', () => {
    expect(productStockValueCents({ method: 'fifo', physical: 300, cumpCents: 2_200, layers: fifoLayers(entries, 'p') })).toBe(660_000)
    expect(productStockValueCents({ method: 'fifo', physical: 0, cumpCents: 2_200, layers: [] })).toBe(0)
    expect(fifoLayers(entries, 'p', 'wh-lyon', '2026-01-05')).toEqual([{ quantity: 100, unitCostCents: 2_000 }])
  })
})

describe('inventory count: variance = counted − book stock, valued at CUMP (DOMAIN-FR §8)', () => {
  it('book 40, counted 37 at 87 € → −3, −261 €; book 15, counted 16 → +1', () => {
    const book = new Map([['a', 40], ['b', 15]])
    const result = inventoryVariances([{ productId: 'a', counted: 37 }, { productId: 'b', counted: 16 }], (id) => book.get(id) ?? 0, () => 8_700)
    expect(result.issues).toEqual([])
    expect(result.variances.map((v) => [v.variance, v.valueCents])).toEqual([[-3, -26_100], [1, 8_700]])
    expect(result.totalValueCents).toBe(-17_400)
  })

  it('refuses an empty count, a negative count and a product counted twice', () => {
    expect(inventoryVariances([], () => 0, () => 0).issues).toEqual([{ code: 'emptyCount' }])
    expect(inventoryVariances([{ productId: 'a', counted: -1 }, { productId: 'a', counted: 2 }], () => 0, () => 0).issues)
      .toEqual([{ code: 'negativeCount', productId: 'a', counted: -1 }, { code: 'duplicateProduct', productId: 'a' }])
  })
})

describe('adjustments: the reason gives the direction', () => {
  it('breakage and loss take out, found brings in, a correction goes either way; never 0', () => {
    expect(adjustmentDirectionIssue('breakage', -2)).toBeNull()
    expect(adjustmentDirectionIssue('loss', 1)).toBe('mustBeNegative')
    expect(adjustmentDirectionIssue('found', -1)).toBe('mustBePositive')
    expect(adjustmentDirectionIssue('correction', 3)).toBeNull()
    expect(adjustmentDirectionIssue('correction', 0)).toBe('zero')
  })
})

describe('ledger (fiche de stock): running balance ends at Σ movements', () => {
  it('chairs in Lyon: 60, 50, 38, 40', () => {
    const ledger = productLedger(company.moves, chair.id, { warehouseId: 'wh-lyon' })
    expect(ledger.map((e) => [e.kind, e.quantity, e.balance])).toEqual([['initial', 60, 60], ['delivery', -10, 50], ['delivery', -12, 38], ['return', 2, 40]])
    expect(ledger[2]).toMatchObject({ sourceId: 'd-1' })
    expect(productLedger(company.moves, chair.id).at(-1)!.balance).toBe(55)
    expect(productLedger(company.moves, chair.id, { asOf: '2025-06-30' }).map((e) => e.balance)).toEqual([60, 75])
  })
})
