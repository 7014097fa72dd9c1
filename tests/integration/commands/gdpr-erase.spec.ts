import { describe, expect, it } from 'vitest'
import { executeCommand, type CommandDefinition } from '@/commands/command'
import { erase, recordConsent } from '@/commands/gdpr'
import { FIXED_NOW, makeWorkspace } from '../../factories/workspace'
import { writeGdprCompany } from '../../factories/gdpr'

async function setup() {
  const { db } = await makeWorkspace('2026-03-02')
  const company = await writeGdprCompany(db)
  const run = <I, R extends Record<string, unknown>>(command: CommandDefinition<I, R>, input: unknown) => executeCommand(db, command, input, { now: FIXED_NOW })
  return { db, company, run }
}

describe('gdpr.erase (RGPD art. 17; invoices kept 10 years, C. com. L123-22)', () => {
  it('erases a customer\'s contacts, consents, notes, messages and delivery addresses; keeps invoices, payments, identity and requests', async () => {
    const { db, company, run } = await setup()
    const result = await run(erase, { tierId: 'C030' })
    expect(result).toMatchObject({
      ok: true,
      value: {
        complete: true,
        erased: [{ what: 'contacts', count: 1 }, { what: 'consents', count: 1 }, { what: 'notes', count: 1 }, { what: 'messages', count: 2 }, { what: 'deliveryAddresses', count: 1 }],
        kept: [
          { what: 'salesDocuments', count: 2, rule: { code: 'accountingRecords', until: '2035-12-01' } },
          { what: 'payments', count: 1 }, { what: 'identity', rule: { code: 'invoiceIdentity' } }, { what: 'requests', count: 1 },
        ],
      },
    })
    const tier = (await db.tiers.get('C030'))!
    expect(tier).toMatchObject({ name: 'Léa Martin', contacts: [], deliveryAddresses: [], billingAddress: company.lea.billingAddress })
    expect(tier).not.toHaveProperty('notes')
    expect(tier.gdpr).toMatchObject({ consents: [], erasedOn: '2026-03-02' })
    expect(await db.messages.where('tierId').equals('C030').count()).toBe(0)
    expect(await db.messages.count()).toBe(1)
    expect(await db.salesDocs.where('customerId').equals('C030').count()).toBe(2)
    expect(await db.payments.count()).toBe(1)
    expect(await db.gdprRequests.count()).toBe(1)
  })

  it('anonymises a consumer prospect\'s identity when no document needs it', async () => {
    const { db, run } = await setup()
    expect(await run(erase, { tierId: 'C045' })).toMatchObject({ ok: true, value: { complete: true, kept: [] } })
    const tier = (await db.tiers.get('C045'))!
    expect(tier).toMatchObject({ name: 'C045', contacts: [], billingAddress: { line1: '', city: '', postalCode: '' } })
  })

  it('refuses to erase what the law keeps, names the rule, and changes nothing', async () => {
    const { db, company, run } = await setup()
    const result = await run(erase, { tierId: 'C030', categories: ['messages', 'salesDocuments'] })
    expect(result).toMatchObject({ ok: false, reason: { key: 'gdpr.errors.lawKeeps.salesDocuments', values: { source: 'C. com. L123-22; RGPD art. 17 §3 b)', until: '2035-12-01' } } })
    expect(await db.tiers.get('C030')).toEqual(company.lea)
    expect(await db.messages.count()).toBe(3)
    expect((await db.journal.orderBy('seq').last())).toMatchObject({ command: 'gdpr.erase', outcome: 'refused' })
  })

  it('erases only the categories asked; the file reads as erased only when everything erasable is gone', async () => {
    const { db, run } = await setup()
    expect(await run(erase, { tierId: 'C030', categories: ['messages'] })).toMatchObject({ ok: true, value: { erased: [{ what: 'messages', count: 2 }], complete: false } })
    const tier = (await db.tiers.get('C030'))!
    expect(tier.contacts).toHaveLength(1)
    expect(tier.gdpr!.erasedOn).toBeUndefined()
  })

  it('refuses a second erasure and any later consent on an erased file, and refuses suppliers', async () => {
    const { run } = await setup()
    await run(erase, { tierId: 'C045' })
    expect(await run(erase, { tierId: 'C045' })).toMatchObject({ ok: false, reason: { key: 'gdpr.errors.erased' } })
    expect(await run(recordConsent, { tierId: 'C045', purpose: 'emailMarketing', given: true, date: '2026-03-02', source: 'x', channel: 'web' }))
      .toMatchObject({ ok: false, reason: { key: 'gdpr.errors.erased' } })
    expect(await run(erase, { tierId: 'S001' })).toMatchObject({ ok: false, reason: { key: 'gdpr.errors.notPersonal' } })
  })
})
