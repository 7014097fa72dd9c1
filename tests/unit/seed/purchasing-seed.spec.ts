import { beforeAll, describe, expect, it } from 'vitest'
import { incomingQuantities, lateOrders, physicalStock, replenishmentProposals, reservedQuantities } from '@/domain'
import { generateCompany, type GeneratedCompany } from '@/seed/generator'
import { builtInCompanyOptions } from '@/db/seed-company'
import { replenishmentInputs } from '@/db/queries/purchasing'

const START = '2026-11-23'

// The built-in company gives the purchasing screens something to do on its first day (REAC CP2).
describe('built-in company: purchasing at the start date', () => {
  let company: GeneratedCompany
  beforeAll(() => {
    company = generateCompany(builtInCompanyOptions(START, 'standard'))
  })

  it('has supplier orders in progress, at least one confirmed and late on the simulated date', () => {
    const orders = company.purchaseDocs.filter((d) => d.type === 'supplierOrder')
    expect(orders.filter((o) => ['sent', 'confirmed', 'partlyReceived'].includes(o.status)).length).toBeGreaterThan(0)
    const late = lateOrders(orders, START)
    expect(late.some((entry) => entry.order.status === 'confirmed')).toBe(true)
  })

  it('has products at or below their reorder point, which the replenishment view proposes to order', () => {
    const sources = {
      physical: physicalStock(company.stockMoves, START),
      reserved: reservedQuantities(company.salesDocs.filter((d) => d.type === 'order' || d.type === 'delivery'), company.meta.warehouses[0]!.id),
      incoming: incomingQuantities(company.purchaseDocs),
    }
    const proposals = replenishmentProposals(replenishmentInputs(company.products, sources, company.stockMoves, START), START)
    expect(proposals.length).toBeGreaterThan(0)
    for (const p of proposals) {
      expect(p.forecast).toBeLessThanOrEqual(p.reorderPoint)
      expect(p.quantity).toBeGreaterThanOrEqual(p.minimumQuantity)
    }
  })
})
