import { describe, expect, it } from 'vitest'
import { gdprOverview, tierGdprView } from '@/db/queries/gdpr'
import { loadAccessExport } from '@/db/queries/gdpr-export'
import { META_KEYS } from '@/seed/catalog'
import { makeWorkspace } from '../../factories/workspace'
import { gdprCompany, gdprFile, writeGdprCompany } from '../../factories/gdpr'
import { makeCustomer } from '../../factories/company-records'
import { makeSettings } from '../../factories/settings'

describe('GDPR queries', () => {
  it('gives a tier\'s panel its requests, the end of the relationship and the erasure plan', async () => {
    const { db } = await makeWorkspace('2026-03-02')
    await writeGdprCompany(db)
    const view = await tierGdprView(db, 'C030', '2026-03-02')
    expect(view).toMatchObject({ lastDealOn: '2025-12-01', requests: [{ id: 'DRGPD-0001' }] })
    expect(view!.plan.keep.map((k) => k.what)).toEqual(['salesDocuments', 'payments', 'identity', 'requests'])
    expect(await tierGdprView(db, 'nobody', '2026-03-02')).toBeNull()
  })

  it('lists the files to review (retention passed, a customer by its last deal) and the open requests by due date', async () => {
    const { db } = await makeWorkspace('2029-01-15')
    const company = gdprCompany()
    // A customer whose contacts are old but who ordered recently is not to review.
    const active = makeCustomer({ id: 'C002', name: 'Bureau Actif', createdOn: '2018-01-01', gdpr: gdprFile({ legalBasis: 'legitimateInterest', lastContactOn: '2018-01-01' }) })
    await writeGdprCompany(db, { ...company, supplier: active })
    await db.salesDocs.add({ ...company.invoice, id: 'i-2', number: 'FA-2028-0001', customerId: 'C002', date: '2028-06-01' })
    await db.gdprRequests.add({ id: 'DRGPD-0000', tierId: 'C045', right: 'erasure', receivedOn: '2028-12-20', dueOn: '2029-01-20', extended: false, status: 'open' })
    const { review, openRequests } = await gdprOverview(db, '2029-01-15')
    expect(review.map((r) => [r.tier.name, r.reasons.map((x) => x.code)])).toEqual([
      ['Atelier Dubois', ['retentionPassed']],
      ['Camille Roussel', ['retentionPassed', 'consentMissing']],
      ['Léa Martin', ['retentionPassed']],
    ])
    expect(review.find((r) => r.tierId === 'C030')!.reasons[0]).toMatchObject({ endOn: '2028-12-01', rule: 'customer' })
    expect(openRequests.map((r) => [r.request.id, r.tierName])).toEqual([['DRGPD-0001', 'Léa Martin'], ['DRGPD-0000', 'Camille Roussel']])
  })

  it('builds the access file with the company as controller and names it', async () => {
    const { db } = await makeWorkspace('2026-03-02')
    await writeGdprCompany(db)
    await db.meta.put({ key: META_KEYS.settings, value: makeSettings() })
    const result = await loadAccessExport(db, 'C030', 'access', '2026-03-02')
    expect(result!.fileName).toBe('rgpd-acces-C030-2026-03-02.json')
    expect(result!.data.controller.name).toBe(makeSettings().identity.name)
    expect(result!.data.documents.map((d) => d.number)).toEqual(['FA-2025-0042', 'BC-2025-0040'])
    expect(result!.data.messages.map((m) => m.subject)).toEqual(['Votre facture FA-2025-0042', 'Mes données'])
    expect(result!.data.gdpr).toMatchObject({ consents: [{ purpose: 'emailMarketing', given: true }] })
    expect(await loadAccessExport(db, 'nobody', 'access', '2026-03-02')).toBeNull()
  })
})
