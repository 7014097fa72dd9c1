import { beforeEach, describe, expect, it } from 'vitest'
import { updateCompanySettings } from '@/commands/company'
import { sendReminder } from '@/commands/dunning'
import { writeClock } from '@/commands/clock-state'
import { loadDunningRun, loadInvoiceDunning } from '@/db/queries/dunning'
import type { WorkspaceDb } from '@/db/workspace-db'
import { halfYearDates, type CompanySettings, type RecordedPenaltyRates, type SalesDoc } from '@/domain'
import { META_KEYS } from '@/seed/catalog'
import { makeSalesDoc } from '../../factories/company-records'
import { makeSettings } from '../../factories/settings'
import { attempt, lastEntry, run, salesWorkspace, snapshot } from './sales/sales-workspace'

// « Taux publiés »: the trainer records a half-year published after the release (C. com. L441-10 II);
// the figures below are the trainer's input of the test, the built-in table stays as shipped (ends H1 2026).
const h2026: RecordedPenaltyRates = { ...halfYearDates(2026, 2), ecbPercent: 2, legalInterestPercent: 2.5, source: 'JO, arrêté du 18 juin 2026' }

/** 4 860,00 TTC due 20 June 2026 (DOMAIN-FR §3 amount), validated. */
const invoice: SalesDoc = makeSalesDoc({
  id: 'f1', number: 'FA-f1', type: 'invoice', customerId: 'cus-dubois', date: '2026-05-21', dueDate: '2026-06-20', lines: [], status: 'validated',
  totals: { grossCents: 0, netCommercialCents: 0, totalExclVatCents: 0, totalVatCents: 0, totalInclVatCents: 486000, amountDueCents: 486000 },
})

let db: WorkspaceDb
const stored = async () => (await db.meta.get(META_KEYS.settings))?.value as CompanySettings

beforeEach(async () => {
  ;({ db } = await salesWorkspace(makeSettings(), '2026-06-25'))
  await db.salesDocs.add(invoice)
})

describe('company.updateSettings records published penalty rates (C. com. L441-10 II)', () => {
  it('saves a half-year with the company settings and journals it', async () => {
    const result = await run(db, updateCompanySettings, { penaltyRates: [h2026] })
    expect(result.sections).toEqual(['penaltyRates'])
    expect((await stored()).penaltyRates).toEqual([h2026])
    expect(await lastEntry(db)).toMatchObject({ command: 'company.updateSettings', outcome: 'done', input: { penaltyRates: [h2026] } })
  })

  it('refuses a broken half-year, changes nothing and journals the refusal with the field', async () => {
    const before = await snapshot(db)
    const result = await attempt(db, updateCompanySettings, { penaltyRates: [{ ...h2026, ecbPercent: 2.005 }] })
    expect(result).toMatchObject({ ok: false, reason: { key: 'company.rules.twoDecimals', values: { fieldKey: 'penaltyRates.ecbPercent', source: 'C. com. L441-10 II' } } })
    expect(await snapshot(db)).toEqual(before)
    expect(await lastEntry(db)).toMatchObject({ command: 'company.updateSettings', outcome: 'refused', reason: { key: 'company.rules.twoDecimals' } })

    const builtIn = await attempt(db, updateCompanySettings, { penaltyRates: [{ ...h2026, ...halfYearDates(2026, 1) }] })
    expect(builtIn).toMatchObject({ ok: false, reason: { key: 'company.rules.halfYearBuiltIn', values: { year: 2026, half: 1 } } })
    expect(await snapshot(db)).toEqual(before)
  })
})

describe('dunning in H2 2026 reads the recorded half-year', () => {
  async function relance2On10July() {
    await run(db, sendReminder, { customerId: 'cus-dubois', invoiceIds: ['f1'], level: 'relance1', channel: 'email' })
    await writeClock(db, { date: '2026-07-10' })
  }

  it('without it, relance 2 is refused « taux non publié »; once recorded, it claims 10 days at 12,15 % and 10 days at 12 %', async () => {
    await relance2On10July()
    const refused = await attempt(db, sendReminder, { customerId: 'cus-dubois', invoiceIds: ['f1'], level: 'relance2', channel: 'letter' })
    expect(refused).toMatchObject({ ok: false, reason: { key: 'dunning.errors.noPenaltyRate', values: { date: '2026-07-10' } } })
    expect((await loadInvoiceDunning(db, 'f1', '2026-07-10'))!.noRate).toBe(true)

    await run(db, updateCompanySettings, { penaltyRates: [h2026] })
    // 4 860,00 × 12,15 % × 10 / 365 = 16,18 € (21–30 June) + 4 860,00 × 12 % × 10 / 365 = 15,98 € (1–10 July).
    const view = (await loadInvoiceDunning(db, 'f1', '2026-07-10'))!
    expect(view.noRate).toBe(false)
    expect(view.claimWithPenalties).toMatchObject({ daysLate: 20, penaltyCents: 3216, indemnityCents: 4000 })
    const dunningRun = await loadDunningRun(db, '2026-07-10')
    expect(dunningRun.due).toEqual([expect.objectContaining({ invoiceId: 'f1', penaltyUnavailable: false, penalty: { daysLate: 20, penaltyCents: 3216, indemnityCents: 4000, totalCents: 7216 } })])

    const result = await run(db, sendReminder, { customerId: 'cus-dubois', invoiceIds: ['f1'], level: 'relance2', channel: 'letter' })
    expect(result.claim).toEqual({ principalCents: 486000, penaltyCents: 3216, indemnityCents: 4000, totalCents: 493216 })
  })
})
