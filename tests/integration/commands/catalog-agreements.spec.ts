import { afterEach, describe, expect, it } from 'vitest'
import { executeCommand } from '@/commands/command'
import { removePriceAgreement, setPriceAgreement } from '@/commands/catalog'
import type { WorkspaceDb } from '@/db/workspace-db'
import { customerUnitPrice } from '@/domain'
import { FIXED_NOW, makeWorkspace } from '../../factories/workspace'
import { writeCompany } from '../../factories/company-records'

let db: WorkspaceDb | undefined
afterEach(() => db?.close())

async function company() {
  db = (await makeWorkspace('2026-03-02')).db
  await writeCompany(db)
  return db
}

const set = (d: WorkspaceDb, input: object) => executeCommand(d, setPriceAgreement, input, { now: FIXED_NOW })
const all = (d: WorkspaceDb) => d.priceAgreements.orderBy('id').toArray()

describe('catalog.setPriceAgreement', () => {
  it('accepted: a net price for a customer on a product, stored and journaled; the customer price then follows it', async () => {
    const db = await company()
    const result = await set(db, { customerId: 'cus-lumiere', productId: 'p-chair', priceCents: 12_900, validFrom: '2026-03-01', validUntil: '2026-12-31' })
    expect(result).toMatchObject({ ok: true, value: { customerId: 'cus-lumiere', productId: 'p-chair', replaced: false } })
    if (!result.ok) return
    const stored = await all(db)
    expect(stored).toEqual([{ id: result.value.agreementId, customerId: 'cus-lumiere', productId: 'p-chair', priceCents: 12_900, validFrom: '2026-03-01', validUntil: '2026-12-31' }])
    const lumiere = (await db.tiers.get('cus-lumiere'))!
    const price = customerUnitPrice({ product: (await db.products.get('p-chair'))!, customerDiscountPercent: lumiere.customer!.discountPercent, agreements: stored, date: '2026-03-02' })
    expect(price).toMatchObject({ basis: 'agreementPrice', netUnitPriceCents: 12_900, discountPercent: 0 })
    expect(await db.journal.orderBy('seq').last()).toMatchObject({ command: 'catalog.setPriceAgreement', outcome: 'done', simDate: '2026-03-02' })
  })

  it('accepted: a discount, then changed through its id (replaced, not duplicated); a following period is allowed', async () => {
    const db = await company()
    const first = await set(db, { customerId: 'cus-dubois', productId: 'p-desk', discountPercent: 8, validFrom: '2026-01-01', validUntil: '2026-06-30' })
    if (!first.ok) throw new Error('expected accepted')
    const changed = await set(db, { id: first.value.agreementId, customerId: 'cus-dubois', productId: 'p-desk', discountPercent: 10, validFrom: '2026-01-01', validUntil: '2026-06-30' })
    expect(changed).toMatchObject({ ok: true, value: { agreementId: first.value.agreementId, replaced: true } })
    const next = await set(db, { customerId: 'cus-dubois', productId: 'p-desk', priceCents: 35_000, validFrom: '2026-07-01' })
    expect(next.ok).toBe(true)
    const stored = await all(db)
    expect(stored).toHaveLength(2)
    expect(stored.find((a) => a.id === first.value.agreementId)).toMatchObject({ discountPercent: 10 })
  })

  it('refused: an overlapping period for the same customer and product — nothing changes, the refusal names the existing period', async () => {
    const db = await company()
    await set(db, { customerId: 'cus-dubois', productId: 'p-chair', priceCents: 13_000, validFrom: '2026-01-01', validUntil: '2026-06-30' })
    const before = await all(db)
    const result = await set(db, { customerId: 'cus-dubois', productId: 'p-chair', discountPercent: 4, validFrom: '2026-06-30' })
    expect(result).toMatchObject({ ok: false, reason: { key: 'catalog.errors.agreementOverlap', values: { name: 'Atelier Dubois', reference: 'CHA-001', fromDate: '2026-01-01', untilDate: '2026-06-30' } } })
    expect(await all(db)).toEqual(before)
    expect(await db.journal.orderBy('seq').last()).toMatchObject({ command: 'catalog.setPriceAgreement', outcome: 'refused' })
    // Another customer, or another product, on the same days is fine.
    expect((await set(db, { customerId: 'cus-lumiere', productId: 'p-chair', discountPercent: 4, validFrom: '2026-06-30' })).ok).toBe(true)
  })

  it('refused: price and discount both or neither, unknown customer or product, a prospect or a supplier, an unknown id', async () => {
    const db = await company()
    const reason = async (input: object) => {
      const result = await set(db, { customerId: 'cus-dubois', productId: 'p-chair', validFrom: '2026-03-01', ...input })
      return result.ok ? null : result.reason
    }
    expect(await reason({ priceCents: 100, discountPercent: 5 })).toMatchObject({ key: 'catalog.rules.priceOrDiscount' })
    expect(await reason({})).toMatchObject({ key: 'catalog.rules.priceOrDiscount' })
    expect(await reason({ customerId: 'cus-none', priceCents: 100 })).toMatchObject({ key: 'catalog.errors.unknownCustomer', values: { customerId: 'cus-none' } })
    expect(await reason({ productId: 'p-none', priceCents: 100 })).toMatchObject({ key: 'catalog.errors.unknownProduct' })
    expect(await reason({ customerId: 'pro-nova', priceCents: 100 })).toMatchObject({ key: 'catalog.errors.notACustomer', values: { name: 'Nova Conseil', kind: 'prospect' } })
    expect(await reason({ customerId: 'sup-1', priceCents: 100 })).toMatchObject({ key: 'catalog.errors.notACustomer', values: { kind: 'supplier' } })
    expect(await reason({ id: 'pa-none', priceCents: 100 })).toMatchObject({ key: 'catalog.errors.unknownAgreement' })
    expect(await reason({ discountPercent: 120 })).toMatchObject({ key: 'catalog.rules.discountAbove100', values: { fieldKey: 'discountPercent' } })
    expect(await reason({ priceCents: 100, validUntil: '2026-02-01' })).toMatchObject({ key: 'catalog.rules.untilBeforeFrom' })
    expect(await all(db)).toEqual([])
    expect(await db.journal.where('command').equals('catalog.setPriceAgreement').count()).toBe(9)
  })

  it('refused: changing an agreement into one of another customer or product', async () => {
    const db = await company()
    const first = await set(db, { customerId: 'cus-dubois', productId: 'p-chair', priceCents: 13_000, validFrom: '2026-01-01' })
    if (!first.ok) throw new Error('expected accepted')
    const result = await set(db, { id: first.value.agreementId, customerId: 'cus-lumiere', productId: 'p-chair', priceCents: 13_000, validFrom: '2026-01-01' })
    expect(result).toMatchObject({ ok: false, reason: { key: 'catalog.errors.agreementMismatch' } })
    expect((await all(db))[0]).toMatchObject({ customerId: 'cus-dubois' })
  })
})

describe('catalog.removePriceAgreement', () => {
  it('accepted: removes the agreement; the journal keeps what was removed', async () => {
    const db = await company()
    const created = await set(db, { customerId: 'cus-dubois', productId: 'p-chair', priceCents: 13_000, validFrom: '2026-01-01' })
    if (!created.ok) throw new Error('expected accepted')
    const result = await executeCommand(db, removePriceAgreement, { id: created.value.agreementId })
    expect(result).toMatchObject({ ok: true, value: { agreementId: created.value.agreementId, customerId: 'cus-dubois', productId: 'p-chair', removed: { priceCents: 13_000 } } })
    expect(await all(db)).toEqual([])
    expect(await db.journal.orderBy('seq').last()).toMatchObject({ command: 'catalog.removePriceAgreement', outcome: 'done' })
  })

  it('refused: an unknown agreement — nothing changes', async () => {
    const db = await company()
    await set(db, { customerId: 'cus-dubois', productId: 'p-chair', priceCents: 13_000, validFrom: '2026-01-01' })
    const before = await all(db)
    expect(await executeCommand(db, removePriceAgreement, { id: 'pa-none' })).toMatchObject({ ok: false, reason: { key: 'catalog.errors.unknownAgreement' } })
    expect(await all(db)).toEqual(before)
  })
})
