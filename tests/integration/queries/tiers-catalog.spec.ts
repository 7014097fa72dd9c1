import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { customerBalances, getTier, listTiers } from '@/db/queries/tiers'
import { emptySummaryCache } from '@/db/queries/sales-docs'
import { companyReference, listProducts, productMoves, stockLevels } from '@/db/queries/catalog'
import type { WorkspaceDb } from '@/db/workspace-db'
import { productStock } from '@/domain'
import { writeCompany } from '../../factories/company-records'
import { makeWorkspace } from '../../factories/workspace'

let db: WorkspaceDb

beforeEach(async () => {
  db = (await makeWorkspace()).db
  await writeCompany(db)
})
afterEach(() => db.close())

describe('tiers queries', () => {
  it('lists every kind of tier by name and reads one', async () => {
    expect((await listTiers(db)).map((t) => t.name)).toEqual(['Atelier Dubois', 'Brasserie Lumière', 'Nova Conseil', 'Sièges du Nord', 'Transports Rapides'])
    expect((await getTier(db, 'car-1'))?.carrier?.co2GramsPerTonneKm).toBe(80)
  })

  it('computes every customer\'s balance = invoices − credit notes − payments, TTC (DOMAIN-FR §4)', async () => {
    const cache = emptySummaryCache()
    const balances = await customerBalances(db, cache, '2026-03-02')
    expect(balances.get('cus-dubois')).toBe(327_221 - 32_075 - 200_000)
    expect(balances.get('cus-lumiere')).toBe(272_643)
    expect(balances.has('pro-nova')).toBe(false)
    // The summaries read for the balances are kept for the sales list's totals.
    expect(cache.types).toEqual(new Set(['invoice', 'downPayment', 'creditNote']))
    expect((await customerBalances(db, cache, '2026-01-15')).get('cus-dubois')).toBe(327_221)
  })
})

describe('catalogue queries', () => {
  it('lists products by reference and the company reference lists from meta', async () => {
    expect((await listProducts(db)).map((p) => p.reference)).toEqual(['BUR-010', 'CHA-001', 'LIV-100'])
    const reference = await companyReference(db)
    expect(reference.warehouses.map((w) => w.id)).toEqual(['wh-lyon', 'wh-paris'])
    expect(reference.families).toHaveLength(3)
  })

  it('computes physical stock per warehouse from the movements (DOMAIN-FR §8)', async () => {
    const levels = await stockLevels(db)
    expect(productStock(levels, 'p-chair').byWarehouse).toEqual(new Map([['wh-lyon', 40], ['wh-paris', 15]]))
    expect(productStock(levels, 'p-desk').total).toBe(7)
    expect((await productMoves(db, 'p-desk')).map((m) => m.id).sort()).toEqual(['m-0', 'm-3'])
  })
})
