import { describe, it, expect } from 'vitest'
import { DomainInputError, reorderPoint, replenishmentProposal, replenishmentProposals, wilsonQuantity, type ReplenishmentInput } from '@/domain'

describe('reorderPoint (DOMAIN-FR §8: consumption during the lead time + safety stock)', () => {
  it('2 400 a year, 15-day lead time, safety stock 50 → 150', () => {
    expect(reorderPoint({ annualDemand: 2400, leadTimeDays: 15, safetyStock: 50 })).toBe(150)
  })
  it('rounds up a fractional consumption: 1 000 a year over 7 days = 19.44 + 10 → 30', () => {
    expect(reorderPoint({ annualDemand: 1000, leadTimeDays: 7, safetyStock: 10 })).toBe(30)
  })
  it('uses the given year length: 365 days → 2 400 × 15 / 365 = 98.6 + 50 → 149', () => {
    expect(reorderPoint({ annualDemand: 2400, leadTimeDays: 15, safetyStock: 50, daysPerYear: 365 })).toBe(149)
  })
  it('refuses a negative figure or a zero-day year, naming the field', () => {
    expect(() => reorderPoint({ annualDemand: -1, leadTimeDays: 15, safetyStock: 50 })).toThrow(DomainInputError)
    expect(() => reorderPoint({ annualDemand: 1, leadTimeDays: 15, safetyStock: 50, daysPerYear: 0 })).toThrow(/daysPerYear/)
  })
})

describe('wilsonQuantity (DOMAIN-FR §8: Q* = √(2·D·Cc / (Pu·t)))', () => {
  it('D 2 400, Cc 60 €, Pu 25 €, t 12 % → √96 000 = 309.8 → 310 units', () => {
    const q = wilsonQuantity({ annualDemand: 2400, orderCostCents: 6000, unitCostCents: 2500, holdingRatePercent: 12 })
    expect(q.exact).toBeCloseTo(Math.sqrt(96000), 9)
    expect(q.exact).toBeCloseTo(309.84, 2)
    expect(q.roundedUp).toBe(310)
    // About 8 orders a year.
    expect(Math.round(2400 / q.roundedUp)).toBe(8)
  })
  it('rounds up a fraction (D 1 200, Cc 50 €, Pu 24 €, t 25 % → √20 000 = 141.4 → 142) and keeps a whole root (√160 000 = 400)', () => {
    expect(wilsonQuantity({ annualDemand: 1200, orderCostCents: 5000, unitCostCents: 2400, holdingRatePercent: 25 }).roundedUp).toBe(142)
    expect(wilsonQuantity({ annualDemand: 2000, orderCostCents: 4000, unitCostCents: 1000, holdingRatePercent: 10 })).toEqual({ exact: 400, roundedUp: 400 })
  })
  it('no demand → 0; no holding cost is refused', () => {
    expect(wilsonQuantity({ annualDemand: 0, orderCostCents: 6000, unitCostCents: 2500, holdingRatePercent: 12 }).roundedUp).toBe(0)
    expect(() => wilsonQuantity({ annualDemand: 10, orderCostCents: 6000, unitCostCents: 0, holdingRatePercent: 12 })).toThrow(/unitCostCents/)
    expect(() => wilsonQuantity({ annualDemand: 10, orderCostCents: 6000, unitCostCents: 10, holdingRatePercent: 0 })).toThrow(/holdingRatePercent/)
  })
})

const product: ReplenishmentInput['product'] = {
  id: 'P1', reference: 'REF-1', kind: 'good', stockManaged: true, active: true, safetyStock: 50, reorderPoint: 150, costCents: 2400,
  suppliers: [
    { supplierId: 'S-CHEAP-SLOW', purchasePriceCents: 2300, minimumQuantity: 100, leadTimeDays: 40 },
    { supplierId: 'S-MAIN', purchasePriceCents: 2500, minimumQuantity: 50, leadTimeDays: 15 },
    { supplierId: 'S-DEAR', purchasePriceCents: 2900, minimumQuantity: 10, leadTimeDays: 5 },
  ],
}

describe('replenishmentProposal (what, how much, from whom, why)', () => {
  it('nothing to order while the forecast stock is above the reorder point', () => {
    expect(replenishmentProposal({ product, physical: 200, reserved: 20, onOrder: 0, annualDemand: 2400 }, '2026-11-23')).toBeUndefined()
  })

  it('forecast 140 ≤ 150: orders Wilson 310 from the cheapest supplier in time, and says why with figures', () => {
    // Prévisionnel = 160 − 40 + 20 = 140; 6.67 a day → (140 − 50) / 6.67 = 13 days before the safety stock.
    const p = replenishmentProposal({ product, physical: 160, reserved: 40, onOrder: 20, annualDemand: 2400 }, '2026-11-23')!
    expect(p.forecast).toBe(140)
    expect(p.available).toBe(120)
    expect(p.reorderPoint).toBe(150)
    // 13 days left: only S-DEAR (5 days) arrives in time.
    expect(p.supplierId).toBe('S-DEAR')
    expect(p.quantity).toBe(Math.ceil(Math.sqrt((2 * 2400 * 6000 * 100) / (2900 * 12))))
    expect(p.latestOrderDate).toBe('2026-12-01')
    expect(p.expectedDate).toBe('2026-11-28')
    expect(p.urgent).toBe(false)
    expect(p.reasons.map((r) => r.key)).toEqual(['forecastAtOrBelowPoint', 'wilson', 'supplier', 'latestOrderDate'])
    expect(p.reasons[0]!.values).toMatchObject({ physical: 160, reserved: 40, onOrder: 20, forecast: 140, reorderPoint: 150 })
  })

  it('with time enough the cheapest supplier wins; the quantity is at least its minimum', () => {
    const p = replenishmentProposal({ product, physical: 150, reserved: 0, onOrder: 0, annualDemand: 120 }, '2026-11-23')!
    // 0.33 a day: 300 days before the safety stock → S-CHEAP-SLOW (40 days) is in time, minimum 100 > Wilson.
    expect(p.supplierId).toBe('S-CHEAP-SLOW')
    expect(p.wilson.roundedUp).toBe(Math.ceil(Math.sqrt((2 * 120 * 6000 * 100) / (2300 * 12))))
    expect(p.quantity).toBe(100)
    expect(p.reasons.map((r) => r.key)).toContain('minimumQuantity')
  })

  it('a deep shortage orders enough to get back above the reorder point, today', () => {
    const p = replenishmentProposal({ product, physical: 0, reserved: 400, onOrder: 0, annualDemand: 2400 }, '2026-11-23')!
    expect(p.forecast).toBe(-400)
    // −400 → above 150 takes 551, more than Wilson.
    expect(p.quantity).toBe(551)
    expect(p.urgent).toBe(true)
    expect(p.latestOrderDate).toBe('2026-11-23')
    expect(p.reasons.map((r) => r.key)).toEqual(['forecastAtOrBelowPoint', 'wilson', 'backAbovePoint', 'supplier', 'orderNow'])
  })

  it('computes the reorder point from demand and lead time when the product has none', () => {
    const p = replenishmentProposal({ product: { ...product, reorderPoint: 0, suppliers: [product.suppliers[1]!] }, physical: 150, reserved: 0, onOrder: 0, annualDemand: 2400 }, '2026-11-23')!
    expect(p.reorderPoint).toBe(150)
  })

  it('ignores services, products out of stock management, inactive or without supplier', () => {
    const base = { physical: 0, reserved: 0, onOrder: 0, annualDemand: 100 }
    expect(replenishmentProposal({ ...base, product: { ...product, kind: 'service' } }, '2026-11-23')).toBeUndefined()
    expect(replenishmentProposal({ ...base, product: { ...product, stockManaged: false } }, '2026-11-23')).toBeUndefined()
    expect(replenishmentProposal({ ...base, product: { ...product, active: false } }, '2026-11-23')).toBeUndefined()
    expect(replenishmentProposal({ ...base, product: { ...product, suppliers: [] } }, '2026-11-23')).toBeUndefined()
  })

  it('lists the most urgent first', () => {
    const list = replenishmentProposals([
      { product: { ...product, id: 'A', reference: 'A' }, physical: 150, reserved: 0, onOrder: 0, annualDemand: 120 },
      { product: { ...product, id: 'B', reference: 'B' }, physical: 0, reserved: 0, onOrder: 0, annualDemand: 2400 },
      { product: { ...product, id: 'C', reference: 'C' }, physical: 900, reserved: 0, onOrder: 0, annualDemand: 2400 },
    ], '2026-11-23')
    expect(list.map((p) => p.productId)).toEqual(['B', 'A'])
  })
})
