import { describe, expect, it } from 'vitest'
import { executeCommand } from '@/commands/command'
import { advanceClock } from '@/commands/clock'
import { readClock } from '@/commands/clock-state'
import { WorkspaceDb } from '@/db/workspace-db'
import { generateBuiltInCompany, writeCompany, type SeedProgress } from '@/db/seed-company'
import { META_KEYS } from '@/seed/catalog'
import { BUILT_IN_CATALOG } from '@/seed/company'
import { makeRegistry } from '../../factories/workspace'

const START = '2026-03-02'

async function counts(db: WorkspaceDb) {
  return {
    tiers: await db.tiers.count(), products: await db.products.count(), salesDocs: await db.salesDocs.count(),
    purchaseDocs: await db.purchaseDocs.count(), stockMoves: await db.stockMoves.count(), payments: await db.payments.count(),
    messages: await db.messages.count(),
  }
}

// DESIGN: "The app starts, with no configuration, on a built-in company" — a new workspace holds it.
describe('seeding a workspace with the built-in company', () => {
  const expected = generateBuiltInCompany(START)

  it('creates a workspace holding the company, its reference data and a journal line naming it', async () => {
    const registry = makeRegistry()
    const progress: SeedProgress[] = []
    const record = await registry.create({ name: 'Pratique libre', startDate: START, companySize: 'standard' }, (p) => progress.push(p))
    expect(record.companySize).toBe('standard')
    const db = new WorkspaceDb(record.id)
    expect(await counts(db)).toEqual({
      tiers: expected.tiers.length, products: expected.products.length, salesDocs: expected.salesDocs.length,
      purchaseDocs: expected.purchaseDocs.length, stockMoves: expected.stockMoves.length, payments: expected.payments.length,
      messages: expected.messages.length,
    })
    expect((await db.meta.get(META_KEYS.settings))?.value).toEqual(BUILT_IN_CATALOG.settings)
    expect((await db.meta.get(META_KEYS.sequences))?.value).toEqual(expected.meta.sequences)
    expect((await db.meta.get(META_KEYS.salespeople))?.value).toEqual(expected.meta.salespeople)
    expect(await db.salesDocs.get(expected.salesDocs[100]!.id)).toEqual(expected.salesDocs[100])
    expect((await readClock(db)).date).toBe(START)
    const journal = await db.journal.orderBy('seq').toArray()
    expect(journal.map((e) => e.command)).toEqual(['workspace.seed'])
    expect(journal[0]!.input).toMatchObject({ company: BUILT_IN_CATALOG.settings.identity.name, size: 'standard' })
    // Progress only goes forward and ends with everything written.
    const writes = progress.filter((p) => p.phase === 'write').map((p) => p.done)
    expect(writes).toEqual([...writes].sort((a, b) => a - b))
    expect(progress.at(-1)).toMatchObject({ phase: 'done' })
    expect(progress.at(-1)!.done).toBe(progress.at(-1)!.total)
    db.close()
  })

  it('brings the company back on reset, erasing what the learner did', async () => {
    const registry = makeRegistry()
    const record = await registry.create({ name: 'Séance', startDate: START, companySize: 'standard' })
    const db = new WorkspaceDb(record.id)
    await executeCommand(db, advanceClock, { days: 5 })
    await db.tiers.clear()
    db.close()
    await registry.reset(record.id)
    const fresh = new WorkspaceDb(record.id)
    expect(await fresh.tiers.count()).toBe(expected.tiers.length)
    expect(await fresh.salesDocs.count()).toBe(expected.salesDocs.length)
    expect((await readClock(fresh)).date).toBe(START)
    const journal = await fresh.journal.toArray()
    expect(journal.map((e) => [e.command, e.input.company])).toEqual([['workspace.seed', BUILT_IN_CATALOG.settings.identity.name]])
    fresh.close()
  })

  it("creates an empty company when asked, and says so by not naming one", async () => {
    const registry = makeRegistry()
    const record = await registry.create({ name: 'Vide', startDate: START, companySize: 'none' })
    const db = new WorkspaceDb(record.id)
    expect(Object.values(await counts(db)).every((n) => n === 0)).toBe(true)
    expect((await db.journal.toArray())[0]!.input).not.toHaveProperty('company')
    db.close()
  })

  it('writes all or nothing: a failing write leaves no half company behind', async () => {
    const db = new WorkspaceDb(`seed-atomic-${Math.random().toString(36).slice(2)}`)
    const broken = { ...expected, payments: [...expected.payments, expected.payments[0]!] } // a duplicate key
    await expect(writeCompany(db, broken)).rejects.toThrow()
    expect(Object.values(await counts(db)).every((n) => n === 0)).toBe(true)
    expect(await db.meta.get(META_KEYS.settings)).toBeUndefined()
    db.close()
  })
})
