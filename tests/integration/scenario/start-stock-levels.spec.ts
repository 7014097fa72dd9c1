/**
 * `productUpdates.stock` in a scenario's company: the physical level of the article in the main
 * warehouse (W1), or in the warehouse the update names, once the scenario's own documents are in
 * (a declared delivery has already taken its goods); the other warehouses keep what they hold. An
 * unknown warehouse stops the start and leaves nothing (scenarios/README.md, "Entreprise").
 */
import { describe, expect, it } from 'vitest'
import { startScenarioAttempt } from '@/db/scenario-attempt'
import { WorkspaceDb } from '@/db/workspace-db'
import { physicalStock } from '@/domain'
import { FIXED_NOW, makeRegistry } from '../../factories/workspace'
import { loadOrThrow } from '../../unit/scenario/helpers'

function scenario(productUpdates: Record<string, unknown>[]) {
  return loadOrThrow({
    company: {
      base: 'none',
      tiers: [{
        id: 'cli-dupont', kind: 'customer', name: 'Dupont Aménagement SARL', siren: '732829320',
        billingAddress: { line1: '4 rue Mercière', postalCode: '69002', city: 'Lyon', country: 'FR' },
      }],
      products: [
        { id: 'p-chaise', reference: 'CH-TEST', designation: { fr: 'Chaise test', en: 'Test chair' }, priceCents: 14_500, vatRatePercent: 20, costCents: 8_000, initialStock: 50 },
        { id: 'p-table', reference: 'TA-TEST', designation: { fr: 'Table test', en: 'Test table' }, priceCents: 40_000, vatRatePercent: 20, costCents: 22_000, initialStock: 4 },
      ],
      productUpdates,
      salesDocs: [
        { id: 'cde-1', type: 'order', customerId: 'cli-dupont', date: -5, lines: [{ productId: 'p-chaise', quantity: 12 }] },
        { id: 'bl-1', type: 'delivery', customerId: 'cli-dupont', date: -3, lines: [{ productId: 'p-chaise', quantity: 8 }], sourceIds: ['cde-1'] },
      ],
    },
  })
}

async function levels(productUpdates: Record<string, unknown>[]) {
  const registry = makeRegistry()
  const record = await startScenarioAttempt(registry, scenario(productUpdates), { learnerName: 'Léa Petit', source: 'file:test.yaml', now: FIXED_NOW })
  const db = new WorkspaceDb(record.id)
  const stock = physicalStock(await db.stockMoves.toArray())
  const inventories = (await db.stockMoves.toArray()).filter((move) => move.kind === 'inventory')
  db.close()
  return { stock, inventories }
}

describe('the declared stock of a scenario\'s product', () => {
  it('is the level in the main warehouse after the scenario\'s own delivery', async () => {
    const { stock, inventories } = await levels([{ id: 'p-chaise', stock: 30 }])
    // 50 at the start, 8 delivered by bl-1, then the count brings W1 to 30 (not 30 − 8).
    expect(stock.get('p-chaise')?.get('W1')).toBe(30)
    expect(inventories).toHaveLength(1)
    expect(inventories[0]).toMatchObject({ warehouseId: 'W1', date: '2026-03-08', lines: [{ productId: 'p-chaise', quantity: -12 }] })
  })

  it('is the level in the warehouse the update names; the main warehouse keeps its stock', async () => {
    const { stock } = await levels([{ id: 'p-table', stock: 6, warehouseId: 'W2' }])
    expect(stock.get('p-table')?.get('W2')).toBe(6)
    expect(stock.get('p-table')?.get('W1')).toBe(4)
  })

  it('writes no count when the level is already the declared one', async () => {
    const { inventories } = await levels([{ id: 'p-chaise', stock: 42 }])
    expect(inventories).toEqual([])
  })

  it('stops the start on an unknown warehouse, naming the field, and leaves nothing', async () => {
    const registry = makeRegistry()
    await expect(startScenarioAttempt(registry, scenario([{ id: 'p-table', stock: 6, warehouseId: 'W9' }]), { learnerName: 'Léa', source: 'file:x.yaml' }))
      .rejects.toMatchObject({ field: 'company.productUpdates[0].warehouseId', reason: { key: 'scenario-play.start.errors.unknownWarehouse', values: { id: 'W9' } } })
    expect(await registry.list()).toEqual([])
  })
})
