/**
 * A workspace for the sales commands: the factory company's settings, two warehouses, a customer, a
 * prospect, a consumer, a carrier, three products (two stocked goods and a service) and opening stock
 * at Lyon. Simulated date 2026-03-02.
 */
import { executeCommand, type CommandDefinition } from '@/commands/command'
import type { WorkspaceDb } from '@/db/workspace-db'
import type { CompanySettings, SalesDoc } from '@/domain'
import { META_KEYS } from '@/seed/catalog'
import { makeCarrier, makeCustomer, makeProduct, makeStockMove } from '../../../factories/company-records'
import { makeSettings } from '../../../factories/settings'
import { FIXED_NOW, makeWorkspace } from '../../../factories/workspace'

export const chair = makeProduct({ id: 'p-chair', reference: 'CHA-001' })
export const desk = makeProduct({ id: 'p-desk', reference: 'BUR-010', designation: { fr: 'Bureau droit 160 cm', en: 'Straight desk 160 cm' }, priceCents: 38_990, costCents: 22_000 })
export const setup = makeProduct({
  id: 'p-setup', reference: 'SRV-001', designation: { fr: 'Installation sur site', en: 'On-site set-up' }, kind: 'service', stockManaged: false,
  priceCents: 6_000, costCents: 3_000, weightGrams: 0, suppliers: [],
})
export const dubois = makeCustomer({ id: 'cus-dubois', name: 'Atelier Dubois' })
export const nova = makeCustomer({ id: 'pro-nova', name: 'Nova Conseil', kind: 'prospect' })
export const carrier = makeCarrier({ id: 'car-1', name: 'Transports Rapides' })

export async function salesWorkspace(settings: CompanySettings = makeSettings(), date = '2026-03-02') {
  const { db, record } = await makeWorkspace(date)
  await db.transaction('rw', [db.meta, db.tiers, db.products, db.stockMoves], async () => {
    await db.meta.bulkPut([
      { key: META_KEYS.settings, value: settings },
      { key: META_KEYS.warehouses, value: [
        { id: 'wh-lyon', name: 'Entrepôt de Lyon', address: { line1: '1 rue du Port', postalCode: '69007', city: 'Lyon', country: 'FR' } },
        { id: 'wh-paris', name: 'Dépôt de Paris', address: { line1: '2 quai de Bercy', postalCode: '75012', city: 'Paris', country: 'FR' } },
      ] },
    ])
    await db.tiers.bulkAdd([dubois, nova, carrier])
    await db.products.bulkAdd([chair, desk, setup])
    await db.stockMoves.add(makeStockMove({ id: 'm-0', date: '2026-01-01', lines: [{ productId: chair.id, quantity: 60, unitCostCents: 8_700 }, { productId: desk.id, quantity: 10, unitCostCents: 22_000 }] }))
  })
  return { db, record }
}

/** Runs a command with the fixed wall clock; fails the test on a refusal (use `attempt` to expect one). */
export async function run<I, R extends Record<string, unknown>>(db: WorkspaceDb, command: CommandDefinition<I, R>, input: I): Promise<R> {
  const result = await executeCommand(db, command, input, { now: FIXED_NOW })
  if (!result.ok) throw new Error(`${command.name} refused: ${JSON.stringify(result.reason)}`)
  return result.value
}

export function attempt<I, R extends Record<string, unknown>>(db: WorkspaceDb, command: CommandDefinition<I, R>, input: unknown) {
  return executeCommand(db, command, input, { now: FIXED_NOW })
}

export async function doc(db: WorkspaceDb, id: string): Promise<SalesDoc> {
  return (await db.salesDocs.get(id))!
}

/** Physical stock of a product at a warehouse (Σ movements). */
export async function stockOf(db: WorkspaceDb, productId: string, warehouseId = 'wh-lyon'): Promise<number> {
  const moves = await db.stockMoves.where('id').notEqual('').toArray()
  return moves.filter((m) => m.warehouseId === warehouseId).flatMap((m) => m.lines).filter((l) => l.productId === productId).reduce((sum, l) => sum + l.quantity, 0)
}

/** Everything a refused command must leave as it was. */
export async function snapshot(db: WorkspaceDb) {
  return {
    salesDocs: await db.salesDocs.toArray(),
    stockMoves: await db.stockMoves.toArray(),
    meta: await db.meta.toArray(),
    scheduled: await db.scheduled.toArray(),
  }
}

export const lastEntry = async (db: WorkspaceDb) => (await db.journal.orderBy('seq').last())!
