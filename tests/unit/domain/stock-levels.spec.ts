import { describe, expect, it } from 'vitest'
import { physicalStock, productLedger, productStock, reorderStatus } from '@/domain'
import { makeStockMove, smallCompany } from '../../factories/company-records'

const company = smallCompany()
const { chair, desk, book } = company.products

describe('physical stock = Σ stock movements per product and warehouse (DOMAIN-FR §8)', () => {
  it('adds entries and subtracts issues: chairs 60 − 10 − 12 + 2 = 40 in Lyon, 15 in Paris', () => {
    const levels = physicalStock(company.moves)
    expect(productStock(levels, chair.id, ['wh-lyon', 'wh-paris'])).toEqual({ byWarehouse: new Map([['wh-lyon', 40], ['wh-paris', 15]]), total: 55 })
    expect(productStock(levels, desk.id, ['wh-lyon', 'wh-paris']).byWarehouse.get('wh-paris')).toBe(0)
    expect(productStock(levels, 'unknown').total).toBe(0)
  })

  it('counts only the movements dated on or before the simulated date', () => {
    expect(productStock(physicalStock(company.moves, '2025-12-31'), chair.id).total).toBe(65)
  })

  it('sums quantities with 3 decimals exactly (0,1 + 0,2 kg = 0,3 kg)', () => {
    const moves = [0.1, 0.2].map((quantity, i) => makeStockMove({ id: `k${i}`, date: '2026-01-01', lines: [{ productId: 'bulk', quantity, unitCostCents: 1 }] }))
    expect(productStock(physicalStock(moves), 'bulk').total).toBe(0.3)
  })
})

describe('reorder point (point de commande = consumption during the lead time + safety stock, DOMAIN-FR §8)', () => {
  it('flags a product whose stock fell to or under its reorder point, and under its safety stock', () => {
    expect(reorderStatus(desk, 7)).toEqual({ atOrBelowReorderPoint: true, belowSafetyStock: false })
    expect(reorderStatus(desk, 8).atOrBelowReorderPoint).toBe(true)
    expect(reorderStatus(desk, 9).atOrBelowReorderPoint).toBe(false)
    expect(reorderStatus(book, 4)).toEqual({ atOrBelowReorderPoint: true, belowSafetyStock: true })
  })

  it('never flags a service or a good not managed in stock', () => {
    expect(reorderStatus({ ...chair, stockManaged: false }, 0)).toEqual({ atOrBelowReorderPoint: false, belowSafetyStock: false })
  })
})

describe('a product\'s movements (its ledger, productLedger)', () => {
  it('lists its lines with their kind, warehouse and source document; the last three, newest first', () => {
    const lines = productLedger(company.moves, chair.id).slice(-3).reverse()
    expect(lines.map((l) => [l.date, l.kind, l.quantity])).toEqual([['2026-01-20', 'return', 2], ['2026-01-12', 'delivery', -12], ['2025-12-01', 'delivery', -10]])
    expect(lines[1]!.sourceId).toBe('d-1')
  })
})
