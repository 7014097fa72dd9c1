import { describe, expect, it } from 'vitest'
import { updateCompanySettings } from '@/commands/company'
import { sendReminder } from '@/commands/dunning'
import { DEFAULT_DUNNING_PLAN, type CompanySettings } from '@/domain'
import { loadDunningRun } from '@/db/queries/dunning'
import { META_KEYS } from '@/seed/catalog'
import { makeSalesDoc } from '../../factories/company-records'
import { attempt, run, salesWorkspace } from './sales/sales-workspace'

// DOMAIN-FR §3: the plan's offsets are parameters of the company (company.updateSettings, dunningPlan).
describe('the dunning plan in the company settings', () => {
  it('a plan with relance 1 at J+3 is saved and used by the reminders; a bad plan is refused naming the level', async () => {
    const { db } = await salesWorkspace(undefined, '2026-02-03')
    await db.salesDocs.add(makeSalesDoc({
      id: 'f1', number: 'FA-1', type: 'invoice', customerId: 'cus-dubois', date: '2026-01-01', dueDate: '2026-01-31', lines: [], status: 'validated',
      totals: { grossCents: 0, netCommercialCents: 0, totalExclVatCents: 0, totalVatCents: 0, totalInclVatCents: 1000, amountDueCents: 1000 },
    }))
    const levels = DEFAULT_DUNNING_PLAN.levels.filter((l) => !l.optional).map((l) => (l.id === 'relance1' ? { ...l, offsetDays: 3 } : l))
    const bad = await attempt(db, updateCompanySettings, { dunningPlan: { levels: levels.map((l, i) => (i === 1 ? { ...l, offsetDays: 2 } : l)) } })
    expect(bad.ok ? undefined : bad.reason).toEqual({ key: 'dunning.errors.plan.offsetOrder', values: { field: 'dunningPlan.levels[1].offsetDays' } })

    await run(db, updateCompanySettings, { dunningPlan: { levels } })
    const stored = (await db.meta.get(META_KEYS.settings))!.value as CompanySettings
    expect(stored.dunningPlan!.levels.map((l) => [l.id, l.offsetDays])).toEqual([['relance1', 3], ['relance2', 15], ['formalNotice', 30], ['litigation', 45]])
    // The run reads the company's plan: relance 1 is due at J+3 (the default plan says J+5).
    expect((await loadDunningRun(db, '2026-02-03')).due.map((p) => [p.invoiceId, p.level.id, p.dueOn])).toEqual([['f1', 'relance1', '2026-02-03']])
    await run(db, sendReminder, { customerId: 'cus-dubois', invoiceIds: ['f1'], level: 'relance1', channel: 'email' })
    expect((await db.journal.toArray()).map((e) => e.command)).toContain('company.updateSettings')
  })
})
