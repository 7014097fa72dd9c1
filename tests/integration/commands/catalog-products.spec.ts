import { afterEach, describe, expect, it } from 'vitest'
import { executeCommand } from '@/commands/command'
import { createProduct, updateProduct } from '@/commands/catalog'
import type { WorkspaceDb } from '@/db/workspace-db'
import { FIXED_NOW, makeWorkspace } from '../../factories/workspace'
import { writeCompany } from '../../factories/company-records'

let db: WorkspaceDb | undefined
afterEach(() => db?.close())

async function company() {
  db = (await makeWorkspace('2026-03-02')).db
  const records = await writeCompany(db)
  return { db, records }
}

const lastEntry = async (d: WorkspaceDb) => (await d.journal.orderBy('seq').last())!
const snapshot = async (d: WorkspaceDb) => ({ products: await d.products.orderBy('id').toArray(), docs: await d.salesDocs.orderBy('id').toArray() })

const SERVICE = {
  reference: 'SRV-INS-001', designation: { fr: 'Installation sur site', en: 'On-site installation' }, familyId: 'fam-chairs', unit: 'h', kind: 'service',
  priceCents: 5_500, vatRatePercent: 20, costCents: 3_100, stockManaged: false, weightGrams: 0,
}

describe('catalog.createProduct', () => {
  it('accepted: adds the service with no supplier and journals it', async () => {
    const { db } = await company()
    const result = await executeCommand(db, createProduct, { ...SERVICE, reference: '  SRV-INS-001 ' }, { now: FIXED_NOW })
    expect(result.ok).toBe(true)
    if (!result.ok) return
    const stored = await db.products.get(result.value.productId)
    expect(stored).toEqual({ id: result.value.productId, ...SERVICE, safetyStock: 0, reorderPoint: 0, active: true, suppliers: [] })
    expect(result.value).toEqual({ productId: stored!.id, reference: 'SRV-INS-001', warnings: [] })
    expect(await lastEntry(db)).toMatchObject({ command: 'catalog.createProduct', outcome: 'done', simDate: '2026-03-02', result: { reference: 'SRV-INS-001' } })
  })

  it('accepted with a warning when the price is below the cost (a loss is allowed, not hidden)', async () => {
    const { db } = await company()
    const result = await executeCommand(db, createProduct, { ...SERVICE, priceCents: 2_900 })
    expect(result).toMatchObject({ ok: true, value: { warnings: ['priceBelowCost'] } })
  })

  it('refused: a reference already used (case ignored) — nothing is added, the refusal is journaled with the field', async () => {
    const { db } = await company()
    const before = await snapshot(db)
    const result = await executeCommand(db, createProduct, { ...SERVICE, reference: 'cha-001' })
    expect(result).toMatchObject({ ok: false, reason: { key: 'catalog.rules.referenceTaken', values: { fieldKey: 'reference', reference: 'cha-001', otherProblems: 0 } } })
    expect(await snapshot(db)).toEqual(before)
    expect(await lastEntry(db)).toMatchObject({ command: 'catalog.createProduct', outcome: 'refused', reason: { key: 'catalog.rules.referenceTaken' } })
  })

  it('refused: a stock-managed service, a VAT rate not in force, an unknown family, a negative price', async () => {
    const { db } = await company()
    const before = await snapshot(db)
    const refusal = async (input: object) => {
      const result = await executeCommand(db, createProduct, { ...SERVICE, ...input })
      return result.ok ? null : result.reason
    }
    expect(await refusal({ stockManaged: true })).toMatchObject({ key: 'catalog.rules.serviceStockManaged', values: { fieldKey: 'stockManaged' } })
    expect(await refusal({ vatRatePercent: 19.6 })).toMatchObject({ key: 'catalog.rules.vatRateNotInForce', values: { ratePercent: 19.6, atDate: '2026-03-02', source: 'CGI art. 278 et suivants' } })
    expect(await refusal({ familyId: 'fam-unknown' })).toMatchObject({ key: 'catalog.rules.unknownFamily' })
    expect(await refusal({ priceCents: -100, reference: '' })).toMatchObject({ key: 'catalog.rules.required', values: { fieldKey: 'reference', otherProblems: 1 } })
    expect(await snapshot(db)).toEqual(before)
  })

  it('refused by the input shape: a price given as text', async () => {
    const { db } = await company()
    const result = await executeCommand(db, createProduct, { ...SERVICE, priceCents: '55' })
    expect(result).toMatchObject({ ok: false, reason: { key: 'command.invalid.invalid_type', values: { field: 'priceCents' } } })
    expect(await db.products.count()).toBe(3)
  })
})

describe('catalog.updateProduct', () => {
  it('accepted: a new price is stored and journaled with what changed; existing documents keep their line prices (snapshots)', async () => {
    const { db, records } = await company()
    const docsBefore = await db.salesDocs.orderBy('id').toArray()
    const result = await executeCommand(db, updateProduct, { id: 'p-chair', priceCents: 15_900 })
    expect(result).toMatchObject({
      ok: true,
      value: { productId: 'p-chair', reference: 'CHA-001', changed: [{ field: 'priceCents', before: 14_500, after: 15_900 }], existingDocumentsUnchanged: true, priceChanged: true, warnings: [] },
    })
    expect(await db.products.get('p-chair')).toEqual({ ...records.products.chair, priceCents: 15_900 })
    expect(await db.salesDocs.orderBy('id').toArray()).toEqual(docsBefore)
    expect((await db.salesDocs.get('i-1'))!.lines[0]!.unitPriceCents).toBe(14_500)
    expect(await lastEntry(db)).toMatchObject({ command: 'catalog.updateProduct', outcome: 'done', input: { id: 'p-chair', priceCents: 15_900 } })
  })

  it('accepted: the product keeps its own reference; the English designation and the activity change', async () => {
    const { db } = await company()
    const result = await executeCommand(db, updateProduct, { id: 'p-book', reference: 'LIV-100', designation: { fr: "Guide de l'ergonomie", en: 'Ergonomics handbook' }, active: true })
    expect(result).toMatchObject({ ok: true, value: { changed: [{ field: 'active', before: false, after: true }, { field: 'designation.en', before: 'Ergonomics guide', after: 'Ergonomics handbook' }], priceChanged: false } })
  })

  it('accepted with nothing changed: nothing is written', async () => {
    const { db, records } = await company()
    const result = await executeCommand(db, updateProduct, { id: 'p-desk', priceCents: records.products.desk.priceCents })
    expect(result).toMatchObject({ ok: true, value: { changed: [], priceChanged: false } })
  })

  it('refused: unknown product, another product\'s reference, a stock-managed product with movements switched off — nothing changes', async () => {
    const { db } = await company()
    const before = await snapshot(db)
    expect(await executeCommand(db, updateProduct, { id: 'p-none', priceCents: 1 })).toMatchObject({ ok: false, reason: { key: 'catalog.errors.unknownProduct', values: { productId: 'p-none' } } })
    expect(await executeCommand(db, updateProduct, { id: 'p-desk', reference: 'CHA-001' })).toMatchObject({ ok: false, reason: { key: 'catalog.rules.referenceTaken' } })
    expect(await executeCommand(db, updateProduct, { id: 'p-chair', stockManaged: false, safetyStock: 0, reorderPoint: 0 })).toMatchObject({ ok: false, reason: { key: 'catalog.errors.stockManagedWithMoves', values: { reference: 'CHA-001' } } })
    expect(await executeCommand(db, updateProduct, { id: 'p-chair', kind: 'service' })).toMatchObject({ ok: false, reason: { key: 'catalog.rules.serviceStockManaged' } })
    expect(await snapshot(db)).toEqual(before)
    expect((await db.journal.where('command').equals('catalog.updateProduct').toArray()).map((e) => e.outcome)).toEqual(['refused', 'refused', 'refused', 'refused'])
  })
})
