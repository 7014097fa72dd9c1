import { afterEach, describe, expect, it } from 'vitest'
import { adjustStock, countInventory, donateStock } from '@/commands/stock'
import { createDelivery, createOrder } from '@/commands/sales/orders'
import type { WorkspaceDb } from '@/db/workspace-db'
import { META_KEYS } from '@/seed/catalog'
import { physicalStock, productLedger, reservedQuantities, stockPosition } from '@/domain'
import { attempt, chair, desk, dubois, run, salesWorkspace, setup, stockOf } from '../sales/sales-workspace'

let db: WorkspaceDb | undefined
afterEach(() => db?.close())

async function workspace() {
  db = (await salesWorkspace()).db
  return db
}

const snapshot = async (d: WorkspaceDb) => ({ moves: await d.stockMoves.orderBy('id').toArray() })
const lastJournal = (d: WorkspaceDb) => d.journal.orderBy('seq').last()

describe('stock.adjust (one movement at the current CUMP, reason and note)', () => {
  it('accepted: 2 chairs broken in Lyon → −2 at 87 €, stock 58, journaled', async () => {
    const d = await workspace()
    const result = await run(d, adjustStock, { productId: chair.id, quantity: -2, reason: 'breakage', note: 'Chute du rayonnage' })
    expect(result).toMatchObject({ quantity: -2, valueCents: -17_400 })
    expect(await d.stockMoves.get(result.moveId)).toMatchObject({ kind: 'adjustment', date: '2026-03-02', warehouseId: 'wh-lyon', reason: 'breakage', note: 'Chute du rayonnage', lines: [{ productId: chair.id, quantity: -2, unitCostCents: 8_700 }] })
    expect(await stockOf(d, chair.id)).toBe(58)
    expect(await lastJournal(d)).toMatchObject({ command: 'stock.adjust', outcome: 'done' })
  })

  it('refused, nothing written: more than the physical stock, a service, an unknown product or warehouse, a wrong sign, no note', async () => {
    const d = await workspace()
    const before = await snapshot(d)
    const cases: [object, string][] = [
      [{ productId: chair.id, quantity: -61, reason: 'loss', note: 'Vol' }, 'stock.errors.insufficientStock'],
      [{ productId: chair.id, warehouseId: 'wh-paris', quantity: -1, reason: 'loss', note: 'Vol' }, 'stock.errors.insufficientStock'],
      [{ productId: setup.id, quantity: 1, reason: 'found', note: 'x' }, 'stock.errors.notStocked'],
      [{ productId: 'nope', quantity: 1, reason: 'found', note: 'x' }, 'stock.errors.unknownProduct'],
      [{ productId: chair.id, warehouseId: 'wh-nope', quantity: 1, reason: 'found', note: 'x' }, 'stock.errors.unknownWarehouse'],
      [{ productId: chair.id, quantity: 3, reason: 'breakage', note: 'x' }, 'stock.rules.mustBeNegative'],
      [{ productId: chair.id, quantity: -3, reason: 'found', note: 'x' }, 'stock.rules.mustBePositive'],
      [{ productId: chair.id, quantity: 0, reason: 'correction', note: 'x' }, 'stock.rules.zero'],
      [{ productId: chair.id, quantity: 1.0001, reason: 'correction', note: 'x' }, 'stock.errors.tooManyDecimals'],
      [{ productId: chair.id, quantity: 1, reason: 'correction', note: '  ' }, 'command.invalid.too_small'],
    ]
    for (const [input, key] of cases) {
      const result = await attempt(d, adjustStock, input)
      expect(result, key).toMatchObject({ ok: false, reason: { key } })
    }
    const short = await attempt(d, adjustStock, cases[0]![0])
    expect(short).toMatchObject({ reason: { values: { reference: 'CHA-001', requested: 61, physical: 60, warehouse: 'Entrepôt de Lyon' } } })
    expect(await snapshot(d)).toEqual(before)
    expect(await lastJournal(d)).toMatchObject({ command: 'stock.adjust', outcome: 'refused' })
  })
})

describe('stock.donate (loi AGEC: unsold goods donated, not destroyed)', () => {
  it('accepted: 5 desks to an association → donation move −5 with the beneficiary; refused beyond stock or without a beneficiary', async () => {
    const d = await workspace()
    const result = await run(d, donateStock, { productId: desk.id, quantity: 5, reason: 'unsold', beneficiary: 'Emmaüs Lyon' })
    expect(await d.stockMoves.get(result.moveId)).toMatchObject({ kind: 'donation', reason: 'unsold', beneficiary: 'Emmaüs Lyon', lines: [{ productId: desk.id, quantity: -5, unitCostCents: 22_000 }] })
    expect(result.valueCents).toBe(110_000)
    expect(await stockOf(d, desk.id)).toBe(5)
    const before = await snapshot(d)
    expect(await attempt(d, donateStock, { productId: desk.id, quantity: 6, reason: 'unsold', beneficiary: 'Emmaüs' })).toMatchObject({ ok: false, reason: { key: 'stock.errors.insufficientStock' } })
    expect(await attempt(d, donateStock, { productId: desk.id, quantity: 1, reason: 'unsold', beneficiary: '' })).toMatchObject({ ok: false, reason: { key: 'command.invalid.too_small', values: { field: 'beneficiary' } } })
    expect(await attempt(d, donateStock, { productId: desk.id, quantity: -1, reason: 'unsold', beneficiary: 'x' })).toMatchObject({ ok: false, reason: { values: { field: 'quantity' } } })
    expect(await snapshot(d)).toEqual(before)
  })
})

// One warehouse rule (requireWarehouse) for the sales, purchasing, shipping and stock commands, each refusing in its area's words.
describe('the warehouse of a movement: the one named, else the company\'s first; refused when unknown or when there is none', () => {
  it('stock commands refuse in the stock words, sales commands in the sales words; a donation reason outside the list is refused', async () => {
    const d = await workspace()
    expect(await attempt(d, donateStock, { productId: desk.id, warehouseId: 'wh-nope', quantity: 1, reason: 'unsold', beneficiary: 'Emmaüs' }))
      .toMatchObject({ ok: false, reason: { key: 'stock.errors.unknownWarehouse', values: { id: 'wh-nope' } } })
    expect(await attempt(d, countInventory, { warehouseId: 'wh-nope', lines: [{ productId: chair.id, counted: 1 }] }))
      .toMatchObject({ ok: false, reason: { key: 'stock.errors.unknownWarehouse' } })
    expect(await attempt(d, createOrder, { customerId: dubois.id, warehouseId: 'wh-nope', lines: [{ productId: chair.id, quantity: 1 }] }))
      .toMatchObject({ ok: false, reason: { key: 'sales.errors.unknownWarehouse', values: { id: 'wh-nope' } } })
    expect(await attempt(d, donateStock, { productId: desk.id, quantity: 1, reason: 'destroyed', beneficiary: 'Emmaüs' })).toMatchObject({ ok: false, reason: { values: { field: 'reason' } } })
    await d.meta.put({ key: META_KEYS.warehouses, value: [] })
    expect(await attempt(d, adjustStock, { productId: chair.id, quantity: 1, reason: 'found', note: 'x' })).toMatchObject({ ok: false, reason: { key: 'stock.errors.noWarehouse' } })
    expect(await attempt(d, createOrder, { customerId: dubois.id, lines: [{ productId: chair.id, quantity: 1 }] })).toMatchObject({ ok: false, reason: { key: 'sales.errors.noWarehouse' } })
  })
})

describe('stock.countInventory (variances = counted − book, one inventory movement)', () => {
  it('accepted: 57 chairs and 10 desks counted → −3 chairs (−261 €), desks matched, stock = counted', async () => {
    const d = await workspace()
    const result = await run(d, countInventory, { lines: [{ productId: chair.id, counted: 57 }, { productId: desk.id, counted: 10 }], note: 'Inventaire annuel' })
    expect(result).toMatchObject({ counted: 2, withVariance: 1, totalValueCents: -26_100 })
    expect(result.lines).toEqual([
      { productId: chair.id, reference: 'CHA-001', expected: 60, counted: 57, variance: -3, valueCents: -26_100 },
      { productId: desk.id, reference: 'BUR-010', expected: 10, counted: 10, variance: 0, valueCents: 0 },
    ])
    expect(await d.stockMoves.get(result.moveId)).toMatchObject({ kind: 'inventory', warehouseId: 'wh-lyon', note: 'Inventaire annuel' })
    expect(await stockOf(d, chair.id)).toBe(57)
  })

  it('refused, nothing written: an empty count, a negative count, a product twice, a service, an unknown product', async () => {
    const d = await workspace()
    const before = await snapshot(d)
    expect(await attempt(d, countInventory, { lines: [] })).toMatchObject({ ok: false, reason: { key: 'stock.errors.emptyCount' } })
    expect(await attempt(d, countInventory, { lines: [{ productId: chair.id, counted: -1 }] })).toMatchObject({ ok: false, reason: { key: 'stock.errors.negativeCount', values: { reference: 'CHA-001', counted: -1 } } })
    expect(await attempt(d, countInventory, { lines: [{ productId: chair.id, counted: 1 }, { productId: chair.id, counted: 2 }] })).toMatchObject({ ok: false, reason: { key: 'stock.errors.duplicateProduct' } })
    expect(await attempt(d, countInventory, { lines: [{ productId: setup.id, counted: 1 }] })).toMatchObject({ ok: false, reason: { key: 'stock.errors.notStocked' } })
    expect(await attempt(d, countInventory, { lines: [{ productId: 'nope', counted: 1 }] })).toMatchObject({ ok: false, reason: { key: 'stock.errors.unknownProduct' } })
    expect(await snapshot(d)).toEqual(before)
    expect(await lastJournal(d)).toMatchObject({ command: 'stock.countInventory', outcome: 'refused' })
  })
})

describe('invariant: stock = Σ movements after a mix of commands', () => {
  it('order, partial delivery, breakage, found, donation, inventory in Paris and Lyon: ledger, Σ and position agree', async () => {
    const d = await workspace()
    const order = await run(d, createOrder, { customerId: dubois.id, lines: [{ productId: chair.id, quantity: 20 }] })
    await run(d, createDelivery, { orderId: order.orderId, lines: [{ line: 0, quantity: 8 }] })
    await run(d, adjustStock, { productId: chair.id, quantity: -1, reason: 'breakage', note: 'Pied cassé' })
    await run(d, adjustStock, { productId: chair.id, warehouseId: 'wh-paris', quantity: 4, reason: 'found', note: 'Retrouvées en réserve' })
    await run(d, donateStock, { productId: chair.id, quantity: 3, reason: 'endOfRange', beneficiary: 'Ressourcerie' })
    const count = await run(d, countInventory, { lines: [{ productId: chair.id, counted: 46 }] })
    expect(count.lines[0]).toMatchObject({ expected: 48, variance: -2 })
    await attempt(d, donateStock, { productId: chair.id, quantity: 999, reason: 'unsold', beneficiary: 'x' })

    const moves = await d.stockMoves.toArray()
    expect(moves).toHaveLength(6)
    const sum = (warehouseId: string) => moves.filter((m) => m.warehouseId === warehouseId).flatMap((m) => m.lines).filter((l) => l.productId === chair.id).reduce((s, l) => s + l.quantity, 0)
    expect(sum('wh-lyon')).toBe(46)
    expect(sum('wh-paris')).toBe(4)
    expect(productLedger(moves, chair.id, { warehouseId: 'wh-lyon' }).at(-1)!.balance).toBe(46)
    expect(productLedger(moves, chair.id).at(-1)!.balance).toBe(50)
    expect(physicalStock(await d.stockMoves.where('productIds').equals(chair.id).toArray()).get(chair.id)?.get('wh-lyon')).toBe(46)
    // The 12 chairs still to deliver are reserved: disponible = 46 − 12.
    const position = stockPosition({ physical: physicalStock(moves), reserved: reservedQuantities(await d.salesDocs.toArray()), incoming: new Map() }, chair.id, 'wh-lyon')
    expect(position).toMatchObject({ physical: 46, reserved: 12, available: 34 })
    expect((await d.journal.toArray()).map((e) => `${e.command}:${e.outcome}`).slice(-5)).toEqual(['stock.adjust:done', 'stock.adjust:done', 'stock.donate:done', 'stock.countInventory:done', 'stock.donate:refused'])
  })
})
