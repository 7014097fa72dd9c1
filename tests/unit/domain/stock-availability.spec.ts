import { describe, expect, it } from 'vitest'
import { availabilityCheck, incomingQuantities, physicalStock, reservedQuantities, stockPosition, type StockPositionSources } from '@/domain'
import type { PurchaseDoc } from '@/domain/model'
import { line, makeProduct, makeSalesDoc, makeStockMove, smallCompany } from '../../factories/company-records'

const company = smallCompany()
const { chair, desk } = company.products

const supplierOrder = (overrides: Partial<PurchaseDoc>): PurchaseDoc => ({
  id: 'po-1', type: 'supplierOrder', number: 'CF-1', status: 'confirmed', supplierId: 'sup-1', date: '2026-02-20', warehouseId: 'wh-lyon',
  lines: [{ productId: chair.id, designation: 'Chaise', quantity: 30, unitPriceCents: 8_500, vatRatePercent: 20 }], sourceIds: [], totalExclVatCents: 255_000,
  ...overrides,
})

describe('réservé = confirmed orders not yet shipped, derived from the orders (DOMAIN-FR §8)', () => {
  it('reserves the undelivered quantity of confirmed and partly delivered orders, per warehouse', () => {
    const order = makeSalesDoc({ id: 'o-9', type: 'order', customerId: 'cus-dubois', date: '2026-02-25', lines: [line(chair, 5)], warehouseId: 'wh-lyon', status: 'partlyDelivered' })
    const delivery = makeSalesDoc({ id: 'd-9', type: 'delivery', customerId: 'cus-dubois', date: '2026-02-26', lines: [line(chair, 2, { source: { docId: 'o-9', line: 0 } })], sourceIds: ['o-9'] })
    const reserved = reservedQuantities([...Object.values(company.docs), order, delivery], 'wh-lyon')
    // o-2 (confirmed, 2 desks, no warehouse → default), o-9 5 − 2 = 3 chairs; the invoiced o-1 reserves nothing.
    expect(reserved.get(chair.id)?.get('wh-lyon')).toBe(3)
    expect(reserved.get(desk.id)?.get('wh-lyon')).toBe(2)
  })

  it('a delivered, invoiced or cancelled order, or a quote, reserves nothing', () => {
    const docs = ['delivered', 'invoiced', 'cancelled'].map((status, i) => makeSalesDoc({ id: `o-${i}`, type: 'order', status: status as 'delivered', customerId: 'c', date: '2026-01-01', lines: [line(chair, 4)], warehouseId: 'wh-lyon' }))
    const quote = makeSalesDoc({ id: 'q-x', type: 'quote', customerId: 'c', date: '2026-01-01', lines: [line(chair, 4)] })
    expect(reservedQuantities([...docs, quote]).size).toBe(0)
  })
})

describe('supplier orders in progress (prévisionnel, DOMAIN-FR §8)', () => {
  it('counts ordered − received on sent, confirmed and partly received supplier orders', () => {
    expect(incomingQuantities([supplierOrder({})]).get(chair.id)?.get('wh-lyon')).toBe(30)
    const partly = supplierOrder({ status: 'partlyReceived', lines: [{ productId: chair.id, designation: 'Chaise', quantity: 30, unitPriceCents: 8_500, vatRatePercent: 20, receivedQuantity: 12 }] })
    expect(incomingQuantities([partly]).get(chair.id)?.get('wh-lyon')).toBe(18)
    expect(incomingQuantities([supplierOrder({ status: 'draft' }), supplierOrder({ id: 'po-2', status: 'received' })]).size).toBe(0)
  })

  it('takes receptions drawn on the order into account without counting them twice', () => {
    const reception: PurchaseDoc = supplierOrder({ id: 'r-1', type: 'reception', status: 'received', sourceIds: ['po-1'], lines: [{ productId: chair.id, designation: 'Chaise', quantity: 10, unitPriceCents: 8_500, vatRatePercent: 20 }] })
    expect(incomingQuantities([supplierOrder({ status: 'partlyReceived' }), reception]).get(chair.id)?.get('wh-lyon')).toBe(20)
    const both = supplierOrder({ status: 'partlyReceived', lines: [{ productId: chair.id, designation: 'Chaise', quantity: 30, unitPriceCents: 8_500, vatRatePercent: 20, receivedQuantity: 10 }] })
    expect(incomingQuantities([both, reception]).get(chair.id)?.get('wh-lyon')).toBe(20)
  })
})

const sources = (physical = 40, reserved = 12, incoming = 30): StockPositionSources => ({
  physical: new Map([[chair.id, new Map([['wh-lyon', physical]])]]),
  reserved: new Map([[chair.id, new Map([['wh-lyon', reserved]])]]),
  incoming: new Map([[chair.id, new Map([['wh-lyon', incoming]])]]),
})

describe('stock position: disponible = physique − réservé; prévisionnel = disponible + en commande (DOMAIN-FR §8)', () => {
  it('physical 40, reserved 12, incoming 30 → available 28, forecast 58', () => {
    expect(stockPosition(sources(), chair.id, 'wh-lyon')).toEqual({ productId: chair.id, warehouseId: 'wh-lyon', physical: 40, reserved: 12, available: 28, incoming: 30, forecast: 58 })
  })

  it('is computed from the real movements and orders of the small company', () => {
    const physical = physicalStock(company.moves)
    const position = stockPosition({ physical, reserved: reservedQuantities(Object.values(company.docs), 'wh-lyon'), incoming: new Map() }, desk.id, 'wh-lyon')
    expect(position).toMatchObject({ physical: 7, reserved: 2, available: 5, forecast: 5 })
  })

  it('goes negative when more is promised than is on the shelf, with decimals kept exact', () => {
    expect(stockPosition(sources(0.3, 0.5, 0.1), chair.id, 'wh-lyon')).toMatchObject({ available: -0.2, forecast: -0.1 })
    expect(stockPosition(sources(), 'unknown', 'wh-lyon')).toMatchObject({ physical: 0, available: 0, forecast: 0 })
  })
})

describe('availability check: a shortage explained in figures, with proposals (issue 10, DOMAIN-FR §8)', () => {
  const other = makeProduct({ id: 'p-chair2', reference: 'CHA-002', familyId: 'fam-chairs' })
  const products = [chair, desk, other, makeProduct({ id: 'p-svc', reference: 'SRV', kind: 'service', stockManaged: false })]
  const withOther: StockPositionSources = { ...sources(), physical: new Map([...sources().physical, [other.id, new Map([['wh-lyon', 50]])]]) }

  it('a line within the disponible is available; a service is never short', () => {
    const [ok, svc] = availabilityCheck([{ productId: chair.id, quantity: 28 }, { productId: 'p-svc', quantity: 99 }], { warehouseId: 'wh-lyon', sources: sources(), products })
    expect(ok).toMatchObject({ status: 'available', requested: 28, available: 28, missing: 0, options: [] })
    expect(svc).toMatchObject({ status: 'notStocked', missing: 0 })
  })

  it('35 asked, 28 available → 7 missing; partial delivery 28 + backorder 7, backorder covered by 30 on order, substitute, supplier order at the minimum 10', () => {
    const [short] = availabilityCheck([{ productId: chair.id, quantity: 35 }], { warehouseId: 'wh-lyon', sources: withOther, products })
    expect(short).toMatchObject({ status: 'short', requested: 35, available: 28, missing: 7 })
    expect(short!.options).toEqual([
      { kind: 'partialDelivery', deliverNow: 28, backorder: 7 },
      { kind: 'backorder', quantity: 35, coveredByIncoming: true },
      { kind: 'substitute', productId: other.id, available: 50 },
      { kind: 'supplierOrder', quantity: 10, supplierId: 'sup-1', leadTimeDays: 12 },
    ])
  })

  it('lines of the same product share its disponible; nothing available → no partial delivery; no substitute with too little', () => {
    const lines = [{ productId: chair.id, quantity: 20 }, { productId: chair.id, quantity: 20 }]
    const [first, second] = availabilityCheck(lines, { warehouseId: 'wh-lyon', sources: sources(40, 12, 0), products: [chair, desk] })
    expect(first).toMatchObject({ status: 'available' })
    expect(second).toMatchObject({ status: 'short', available: 8, missing: 12 })
    expect(second!.options.find((o) => o.kind === 'backorder')).toEqual({ kind: 'backorder', quantity: 20, coveredByIncoming: false })
    expect(second!.options.find((o) => o.kind === 'supplierOrder')).toMatchObject({ quantity: 12 })
    const [none] = availabilityCheck([{ productId: chair.id, quantity: 5 }], { warehouseId: 'wh-paris', sources: sources(), products: [chair] })
    expect(none).toMatchObject({ status: 'short', available: 0, missing: 5 })
    expect(none!.options.map((o) => o.kind)).toEqual(['backorder', 'supplierOrder'])
  })

  it('reads the disponible from the movements: a physical stock of 3 in Paris', () => {
    const moves = [makeStockMove({ id: 'x', date: '2026-01-01', warehouseId: 'wh-paris', lines: [{ productId: chair.id, quantity: 3, unitCostCents: 1 }] })]
    const [check] = availabilityCheck([{ productId: chair.id, quantity: 4 }], { warehouseId: 'wh-paris', sources: { physical: physicalStock(moves), reserved: new Map(), incoming: new Map() }, products: [chair] })
    expect(check).toMatchObject({ available: 3, missing: 1 })
  })
})
