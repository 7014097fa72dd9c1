import { describe, it, expect } from 'vitest'
import * as domain from '@/domain'

// The public contract of issue 10 (replenishment), copied verbatim: `vue-tsc --build` fails if the domain drifts from it.
type ContractReorderPoint = (input: { annualDemand: number; leadTimeDays: number; safetyStock: number; daysPerYear?: number }) => number
type ContractWilsonQuantity = (input: { annualDemand: number; orderCostCents: number; unitCostCents: number; holdingRatePercent: number }) => { exact: number; roundedUp: number }

const reorderPoint: ContractReorderPoint = domain.reorderPoint
const wilsonQuantity: ContractWilsonQuantity = domain.wilsonQuantity

describe('issue 10 public contract: replenishment', () => {
  it('exports reorderPoint and wilsonQuantity with the contract types, from src/domain/index.ts', () => {
    expect(reorderPoint({ annualDemand: 2400, leadTimeDays: 15, safetyStock: 50 })).toBe(150)
    expect(reorderPoint({ annualDemand: 2400, leadTimeDays: 15, safetyStock: 50, daysPerYear: 360 })).toBe(150)
    const q = wilsonQuantity({ annualDemand: 2400, orderCostCents: 6000, unitCostCents: 2500, holdingRatePercent: 12 })
    expect(Object.keys(q).sort()).toEqual(['exact', 'roundedUp'])
  })
})
