import { describe, expect, it } from 'vitest'
import { executeCommand } from '@/commands/command'
import { updateCompanySettings } from '@/commands/company'
import { WorkspaceDb } from '@/db/workspace-db'
import type { CompanySettings, SalesDoc } from '@/domain'
import { META_KEYS } from '@/seed/catalog'
import { FIXED_NOW, makeRegistry, makeWorkspace } from '../../factories/workspace'
import { makeSettings } from '../../factories/settings'

/** A workspace holding the factory company's settings (replacing any seeded ones, so figures are known). */
async function withSettings(db: WorkspaceDb, settings: CompanySettings = makeSettings()) {
  await db.meta.put({ key: META_KEYS.settings, value: settings })
  return db
}

const stored = async (db: WorkspaceDb) => (await db.meta.get(META_KEYS.settings))?.value as CompanySettings | undefined
const lastEntry = async (db: WorkspaceDb) => (await db.journal.orderBy('seq').last())!
const run = (db: WorkspaceDb, input: unknown) => executeCommand(db, updateCompanySettings, input, { now: FIXED_NOW })

describe('company.updateSettings', () => {
  it('accepted: updates the settings in meta and journals what changed', async () => {
    const { db } = await makeWorkspace('2026-03-02')
    await withSettings(db)
    const result = await run(db, {
      defaultPaymentTerms: { kind: 'daysEndOfMonth', days: 45, method: 'addDaysThenEndOfMonth' },
      latePenaltyRatePercent: 9,
    })
    expect(result.ok).toBe(true)
    const settings = await stored(db)
    expect(settings?.defaultPaymentTerms).toEqual({ kind: 'daysEndOfMonth', days: 45, method: 'addDaysThenEndOfMonth' })
    expect(settings?.latePenaltyRatePercent).toBe(9)
    expect(settings?.identity).toEqual(makeSettings().identity)
    const entry = await lastEntry(db)
    expect(entry).toMatchObject({ command: 'company.updateSettings', outcome: 'done', simDate: '2026-03-02' })
    expect(entry.result).toEqual({
      sections: ['payment'],
      changed: [
        { path: 'defaultPaymentTerms.kind', before: 'net', after: 'daysEndOfMonth' },
        { path: 'defaultPaymentTerms.days', before: 30, after: 45 },
        { path: 'defaultPaymentTerms.method', before: null, after: 'addDaysThenEndOfMonth' },
        { path: 'latePenaltyRatePercent', before: null, after: 9 },
      ],
    })
  })

  it('refused below the legal floor (C. com. L441-10 II): nothing changes and the refusal is journaled with its figures', async () => {
    const { db } = await makeWorkspace('2026-03-02')
    await withSettings(db)
    const result = await run(db, { latePenaltyRatePercent: 5, defaultPaymentTerms: { kind: 'net', days: 45 } })
    expect(result).toMatchObject({
      ok: false,
      reason: { key: 'company.rules.penaltyBelowFloor', values: { ratePercent: 5, floorPercent: 7.86, legalInterestPercent: 2.62, source: 'C. com. L441-10 II' } },
    })
    expect(await stored(db)).toEqual(makeSettings())
    expect(await lastEntry(db)).toMatchObject({ command: 'company.updateSettings', outcome: 'refused', reason: { key: 'company.rules.penaltyBelowFloor' } })
  })

  it('refuses terms beyond 60 days net (C. com. L441-10 I)', async () => {
    const { db } = await makeWorkspace('2026-03-02')
    await withSettings(db)
    const result = await run(db, { defaultPaymentTerms: { kind: 'net', days: 90 } })
    expect(result).toMatchObject({ ok: false, reason: { key: 'company.rules.netTermsTooLong', values: { days: 90, maxDays: 60 } } })
    expect((await stored(db))?.defaultPaymentTerms).toEqual({ kind: 'net', days: 30 })
  })

  it('checks only the sections it changes: an old rate below today\'s floor does not block an identity change', async () => {
    const { db } = await makeWorkspace('2026-03-02')
    await withSettings(db, makeSettings({ latePenaltyRatePercent: 5 }))
    const result = await run(db, { identity: { ...makeSettings().identity, phone: '04 78 00 00 01' } })
    expect(result.ok).toBe(true)
    expect((await stored(db))?.identity.phone).toBe('04 78 00 00 01')
  })

  it('refuses a VAT number that does not match the SIREN (CGI art. 286 ter)', async () => {
    const { db } = await makeWorkspace('2026-03-02')
    await withSettings(db)
    const result = await run(db, { identity: { ...makeSettings().identity, vatNumber: 'FR44732829320' } })
    expect(result).toMatchObject({ ok: false, reason: { key: 'company.rules.vatNotSiren', values: { expected: 'FR32812456713' } } })
  })

  it('refuses a badly shaped input through zod, journaled too', async () => {
    const { db } = await makeWorkspace('2026-03-02')
    await withSettings(db)
    const result = await run(db, { latePenaltyRatePercent: 'dix' })
    expect(result).toMatchObject({ ok: false, reason: { key: 'command.invalid.invalid_type', values: { field: 'latePenaltyRatePercent' } } })
    expect((await lastEntry(db)).outcome).toBe('refused')
  })

  it('refuses an empty update and a workspace that has no settings', async () => {
    const { db } = await makeWorkspace('2026-03-02')
    await db.meta.delete(META_KEYS.settings)
    expect(await run(db, { quoteValidityDays: 45 })).toMatchObject({ ok: false, reason: { key: 'company.errors.noSettings' } })
    await withSettings(db)
    expect(await run(db, {})).toMatchObject({ ok: false, reason: { key: 'company.errors.nothingToUpdate' } })
  })

  it('keeps a numbering prefix once its series has numbered documents (C. com. L441-9, CGI ann. II art. 242 nonies A)', async () => {
    const { db } = await makeWorkspace('2026-03-02')
    await withSettings(db)
    const invoice: SalesDoc = {
      id: 'inv-1', type: 'invoice', number: 'FA-2026-00001', status: 'validated', customerId: 'c1', date: '2026-02-10',
      lines: [], salespersonId: 's1', channel: 'direct', sourceIds: [],
    }
    await db.salesDocs.add(invoice)
    // A draft quote has no number yet: its series stays free.
    await db.salesDocs.add({ ...invoice, id: 'q-1', type: 'quote', status: 'draft', number: undefined })
    const numbering = makeSettings().numbering
    const refused = await run(db, { numbering: { ...numbering, invoice: 'FAC' } })
    expect(refused).toMatchObject({ ok: false, reason: { key: 'company.errors.prefixLocked', values: { fieldKey: 'numbering.invoice', prefix: 'FA', example: 'FA-2026-00001' } } })
    expect((await stored(db))?.numbering.invoice).toBe('FA')
    const accepted = await run(db, { numbering: { ...numbering, quote: 'DEV' } })
    expect(accepted.ok).toBe(true)
    expect((await stored(db))?.numbering.quote).toBe('DEV')
  })

  it('refuses two series sharing a prefix', async () => {
    const { db } = await makeWorkspace('2026-03-02')
    await withSettings(db)
    const result = await run(db, { numbering: { ...makeSettings().numbering, creditNote: 'FA' } })
    expect(result).toMatchObject({ ok: false, reason: { key: 'company.rules.prefixDuplicate', values: { otherKey: 'numbering.invoice' } } })
  })

  it('in a scenario workspace, locks the delegation levels for the learner (DESIGN: locked during an attempt), not the rest', async () => {
    const registry = makeRegistry()
    const record = await registry.create({ name: 'Tentative', startDate: '2026-03-02', kind: 'scenario', scenarioId: 'demo' })
    const db = await withSettings(new WorkspaceDb(record.id))
    const delegation = { ...makeSettings().delegation, maxDiscountPercent: 25 }
    const refused = await run(db, { delegation })
    expect(refused).toMatchObject({ ok: false, reason: { key: 'company.errors.delegationLocked' } })
    expect((await stored(db))?.delegation.maxDiscountPercent).toBe(10)
    expect((await lastEntry(db)).outcome).toBe('refused')
    expect((await run(db, { quoteValidityDays: 60 })).ok).toBe(true)
    // The scenario engine itself sets them when it prepares the attempt.
    const bySystem = await executeCommand(db, updateCompanySettings, { delegation }, { actor: { kind: 'scenario' }, now: FIXED_NOW })
    expect(bySystem.ok).toBe(true)
  })

  it('in free practice, the learner may change the delegation levels', async () => {
    const { db } = await makeWorkspace('2026-03-02')
    await withSettings(db)
    const result = await run(db, { delegation: { ...makeSettings().delegation, mayWaivePenalties: true } })
    expect(result).toMatchObject({ ok: true, value: { changed: [{ path: 'delegation.mayWaivePenalties', before: false, after: true }] } })
  })

  it('journals CGV changes by clause title, not the whole text', async () => {
    const { db } = await makeWorkspace('2026-03-02')
    await withSettings(db)
    const cgv = [...makeSettings().cgv].reverse()
    expect((await run(db, { cgv })).ok).toBe(true)
    expect((await lastEntry(db)).input).toEqual({ cgv: ['Litiges', 'Paiement'] })
    expect((await stored(db))?.cgv[0]?.title.fr).toBe('Litiges')
  })
})
