import { describe, it, expect } from 'vitest'
import {
  allowedPurchaseActions, compareReception, lateness, lateOrders, promiseBeyondLeadTime, purchaseActionAllowed, settleClaim, supplierOrderLeadTimeDays,
  type Product, type PurchaseDoc, type Tier,
} from '@/domain'

function order(overrides: Partial<PurchaseDoc> = {}): PurchaseDoc {
  return {
    id: 'po1', type: 'supplierOrder', number: 'CF-2026-00001', status: 'confirmed', supplierId: 'S1', date: '2026-11-01',
    expectedDate: '2026-11-16', warehouseId: 'W1', sourceIds: [], totalExclVatCents: 0,
    lines: [
      { productId: 'P1', designation: 'Chaise', quantity: 10, unitPriceCents: 2300, vatRatePercent: 20 },
      { productId: 'P2', designation: 'Bureau', quantity: 4, unitPriceCents: 9000, vatRatePercent: 20 },
    ],
    ...overrides,
  }
}

describe('supplier order life cycle (REAC CP2: draft → sent → confirmed → partly received → received)', () => {
  it('a draft is edited, sent or cancelled, never received', () => {
    expect(allowedPurchaseActions('draft')).toEqual(['update', 'send', 'cancel'])
    expect(purchaseActionAllowed('draft', 'receive')).toBe(false)
  })
  it('a sent order is confirmed, received, chased or cancelled', () => {
    expect(allowedPurchaseActions('sent')).toEqual(['confirm', 'receive', 'chase', 'cancel'])
  })
  it('once goods arrived it can no longer be cancelled; a received or cancelled order is closed', () => {
    expect(allowedPurchaseActions('partlyReceived')).toEqual(['receive', 'chase'])
    expect(allowedPurchaseActions('received')).toEqual([])
    expect(allowedPurchaseActions('cancelled')).toEqual([])
  })
})

// One rule for the creation, sending and confirmation commands and the scenario loader.
describe('a supplier order\'s lead time (the expected date = sent + lead time, CP2.1)', () => {
  const supplier: Pick<Tier, 'id' | 'supplier'> = { id: 'S1', supplier: { paymentTerms: { kind: 'net', days: 30 }, leadTimeDays: 10, minimumOrderCents: 0 } }
  const product = (...leads: [string, number][]): Pick<Product, 'suppliers'> => ({
    suppliers: leads.map(([supplierId, leadTimeDays]) => ({ supplierId, leadTimeDays, purchasePriceCents: 100, minimumQuantity: 1 })),
  })
  it('is the longest of the lines\' lead times at this supplier, even below the supplier\'s terms', () => {
    expect(supplierOrderLeadTimeDays(supplier, [product(['S1', 12]), product(['S1', 5], ['S2', 30])])).toBe(12)
    expect(supplierOrderLeadTimeDays(supplier, [product(['S1', 5])])).toBe(5)
  })
  it('a line without its own lead time (0, another supplier\'s, unknown product) takes the supplier\'s terms', () => {
    expect(supplierOrderLeadTimeDays(supplier, [product(['S1', 0])])).toBe(10)
    expect(supplierOrderLeadTimeDays(supplier, [product(['S1', 5]), product(['S2', 3])])).toBe(10)
    expect(supplierOrderLeadTimeDays(supplier, [undefined])).toBe(10)
    expect(supplierOrderLeadTimeDays(supplier, [])).toBe(10)
    expect(supplierOrderLeadTimeDays({ id: 'S1' }, [product(['S1', 0])])).toBe(0)
  })
})

describe('late supplier orders on the simulated date (CP2.1)', () => {
  it('confirmed, promised date passed, goods still expected → late by the days since the promise', () => {
    expect(lateness(order({ promisedDate: '2026-11-18' }), '2026-11-23')).toEqual({ late: true, dueDate: '2026-11-18', daysLate: 5 })
  })
  it('without a promise the expected date counts; on the due day it is not late yet', () => {
    expect(lateness(order(), '2026-11-16').late).toBe(false)
    expect(lateness(order(), '2026-11-17')).toEqual({ late: true, dueDate: '2026-11-16', daysLate: 1 })
  })
  it('a draft, a cancelled or a fully received order is never late', () => {
    expect(lateness(order({ status: 'draft' }), '2026-12-30').late).toBe(false)
    expect(lateness(order({ status: 'cancelled' }), '2026-12-30').late).toBe(false)
    const received = order({ status: 'partlyReceived', lines: order().lines.map((l) => ({ ...l, receivedQuantity: l.quantity })) })
    expect(lateness(received, '2026-12-30').late).toBe(false)
  })
  it('lateOrders lists the late ones, latest first', () => {
    const list = lateOrders([order({ id: 'a', number: 'A', expectedDate: '2026-11-20' }), order({ id: 'b', number: 'B', expectedDate: '2026-11-10' }), order({ id: 'c', number: 'C', expectedDate: '2026-12-10' })], '2026-11-23')
    expect(list.map((e) => [e.order.id, e.daysLate])).toEqual([['b', 13], ['a', 3]])
  })
  it('a promise beyond the lead time is flagged with the days beyond', () => {
    expect(promiseBeyondLeadTime('2026-11-01', 15, '2026-11-16')).toEqual({ beyond: false, daysBeyond: 0 })
    expect(promiseBeyondLeadTime('2026-11-01', 15, '2026-11-20')).toEqual({ beyond: true, daysBeyond: 4 })
  })
})

describe('reception compared with the order (DOMAIN-FR §8, CP2.2)', () => {
  it('only good units go into stock; short, damaged and wrong items become claim lines', () => {
    const c = compareReception(order(), [{ line: 0, good: 6, damaged: 2 }, { line: 1, good: 3, short: 1 }])
    expect(c.issues).toEqual([])
    expect(c.goodLines).toEqual([
      { line: 0, productId: 'P1', quantity: 6, unitPriceCents: 2300 },
      { line: 1, productId: 'P2', quantity: 3, unitPriceCents: 9000 },
    ])
    expect(c.claimLines).toEqual([{ productId: 'P1', quantity: 2, reason: 'damaged' }, { productId: 'P2', quantity: 1, reason: 'short' }])
    expect(c.lines.map((l) => l.receivedQuantity)).toEqual([6, 3])
    expect(c.complete).toBe(false)
  })
  it('everything good → complete', () => {
    const c = compareReception(order(), [{ line: 0, good: 10 }, { line: 1, good: 4 }])
    expect(c.complete).toBe(true)
    expect(c.claimLines).toEqual([])
  })
  it('refuses more than the units still expected on a line, an unknown line, an empty reception', () => {
    const partly = order({ lines: order().lines.map((l, i) => (i === 0 ? { ...l, receivedQuantity: 8 } : l)) })
    expect(compareReception(partly, [{ line: 0, good: 2, wrongItem: 1 }]).issues).toEqual([{ code: 'aboveRemaining', values: { line: 1, reference: 'Chaise', counted: 3, remaining: 2 } }])
    expect(compareReception(order(), [{ line: 5, good: 1 }]).issues[0]!.code).toBe('unknownLine')
    expect(compareReception(order(), [{ line: 0, good: 0 }]).issues[0]!.code).toBe('nothingReceived')
    expect(compareReception(order(), [{ line: 0, good: 1.5 }]).issues[0]!.code).toBe('invalidQuantity')
  })
  it('a claim settled by a supplier credit closes the claimed units; the order can then be complete', () => {
    const c = compareReception(order(), [{ line: 0, good: 8, damaged: 2 }, { line: 1, good: 4 }])
    const settled = settleClaim(c.lines, c.claimLines)
    expect(settled[0]).toMatchObject({ receivedQuantity: 8, settledQuantity: 2 })
    expect(compareReception({ lines: settled }, [{ line: 0, good: 1 }]).issues[0]!.code).toBe('aboveRemaining')
  })
})
