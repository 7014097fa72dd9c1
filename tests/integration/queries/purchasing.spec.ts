import { describe, expect, it } from 'vitest'
import { createSupplierOrder, receiveSupplierOrder, sendSupplierOrder } from '@/commands/purchasing'
import { annualDemand, replenishmentInputs, supplierOrderContext, supplierOrders, waitingCustomerOrders } from '@/db/queries/purchasing'
import { productStockData, stockData } from '@/db/queries/stock'
import { replenishmentProposals, stockPosition } from '@/domain'
import { line, makeSalesDoc, makeStockMove } from '../../factories/company-records'
import { chair, run } from '../commands/sales/sales-workspace'
import { purchasingWorkspace } from '../commands/purchasing/purchasing-workspace'

describe('purchasing queries', () => {
  it('annual demand counts the deliveries of the last 360 days only', () => {
    const moves = [
      makeStockMove({ id: 'd1', kind: 'delivery', date: '2026-02-01', lines: [{ productId: 'p', quantity: -30, unitCostCents: 1 }] }),
      makeStockMove({ id: 'd2', kind: 'delivery', date: '2025-03-01', lines: [{ productId: 'p', quantity: -50, unitCostCents: 1 }] }),
      makeStockMove({ id: 'r1', kind: 'reception', date: '2026-02-02', lines: [{ productId: 'p', quantity: 80, unitCostCents: 1 }] }),
    ]
    expect(annualDemand(moves, '2026-03-02').get('p')).toBe(30)
  })

  it('the replenishment view proposes the chair once its forecast falls to the reorder point, and no longer once ordered', async () => {
    const { db } = await purchasingWorkspace()
    // 60 chairs on the shelf (reorder point 20): a confirmed order of 45 leaves a forecast of 15.
    await db.salesDocs.add(makeSalesDoc({ id: 'o1', type: 'order', status: 'confirmed', customerId: 'cus-dubois', date: '2026-02-20', number: 'BC-1', warehouseId: 'wh-lyon', lines: [line(chair, 45)] }))
    // 240 chairs sold over the year (received, then delivered): the demand Wilson works from.
    await db.stockMoves.bulkAdd([
      makeStockMove({ id: 'r-old', kind: 'reception', date: '2026-01-10', lines: [{ productId: chair.id, quantity: 240, unitCostCents: 8_700 }] }),
      makeStockMove({ id: 'd-old', kind: 'delivery', date: '2026-01-15', lines: [{ productId: chair.id, quantity: -240, unitCostCents: 8_700 }] }),
    ])
    const propose = async () => {
      const data = await stockData(db, '2026-03-02', 'wh-lyon')
      return replenishmentProposals(replenishmentInputs(await db.products.toArray(), data.sources, data.moves, '2026-03-02'), '2026-03-02')
        .filter((p) => p.productId === chair.id)
    }
    const [proposal] = await propose()
    expect(proposal).toMatchObject({ productId: chair.id, forecast: 15, reorderPoint: 20, supplierId: 'sup-1' })
    expect(proposal!.reasons[1]).toMatchObject({ key: 'wilson', values: { annualDemand: 240 } })
    // The product page reads the chair's stock once, from its own movements only: the same position and replenishment input.
    const whole = await stockData(db, '2026-03-02', 'wh-lyon')
    const own = await productStockData(db, chair.id, '2026-03-02', 'wh-lyon')
    expect(own.moves.length).toBeGreaterThan(0)
    expect(own.moves.every((m) => m.lines.some((l) => l.productId === chair.id))).toBe(true)
    expect(stockPosition(own.sources, chair.id, 'wh-lyon')).toEqual(stockPosition(whole.sources, chair.id, 'wh-lyon'))
    expect(replenishmentInputs([chair], own.sources, own.moves, '2026-03-02')).toEqual(replenishmentInputs([chair], whole.sources, whole.moves, '2026-03-02'))
    const { orderId } = await run(db, createSupplierOrder, { supplierId: proposal!.supplierId, lines: [{ productId: chair.id, quantity: proposal!.quantity }] })
    await run(db, sendSupplierOrder, { orderId })
    expect(await propose()).toEqual([])

    // The customer order waits for the chair in the order's warehouse; received goods are listed with the order.
    expect((await waitingCustomerOrders(db, [chair.id], 'wh-lyon', 'wh-lyon')).map((o) => o.id)).toEqual(['o1'])
    expect(await waitingCustomerOrders(db, [chair.id], 'wh-paris', 'wh-lyon')).toEqual([])
    await run(db, receiveSupplierOrder, { orderId, lines: [{ line: 0, good: proposal!.quantity - 1, short: 1 }] })
    const context = (await supplierOrderContext(db, orderId))!
    expect(context.receptions).toHaveLength(1)
    expect(context.claims[0]!.lines).toEqual([{ productId: chair.id, quantity: 1, reason: 'short' }])
    expect((await supplierOrders(db)).map((o) => o.id)).toEqual([orderId])
  })
})
