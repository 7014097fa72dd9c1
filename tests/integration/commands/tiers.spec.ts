import { describe, expect, it } from 'vitest'
import { executeCommand } from '@/commands/command'
import { convertToCustomer, createTier, updateTier, type CreateTierInput } from '@/commands/tiers'
import type { WorkspaceDb } from '@/db/workspace-db'
import { draftFromTier, type Tier, type TierDraft } from '@/domain'
import { META_KEYS } from '@/seed/catalog'
import { FIXED_NOW, makeWorkspace } from '../../factories/workspace'
import { makeCarrier, makeCustomer, makeSupplier } from '../../factories/company-records'

/** A workspace holding a customer (C001), a supplier and a carrier, and two salespeople. */
async function workspace() {
  const { db } = await makeWorkspace('2026-03-02')
  await db.tiers.bulkAdd([
    makeCustomer({ id: 'C001', name: 'Atelier Dubois SARL', siren: '732829320', vatNumber: 'FR44732829320', customer: { ...makeCustomer({ id: 'x', name: 'x' }).customer!, salespersonId: 'SP1' } }),
    makeSupplier({ id: 'S001', name: 'Sièges du Nord' }),
    makeCarrier({ id: 'T001', name: 'Transports Rapides' }),
  ])
  await db.meta.put({ key: META_KEYS.salespeople, value: [{ id: 'SP1', firstName: 'Inès', lastName: 'Moreau', email: '', regions: [], objectives: [] }, { id: 'SP2', firstName: 'Marc', lastName: 'Roux', email: '', regions: [], objectives: [] }] })
  return db
}

const prospect = (overrides: Partial<CreateTierInput> = {}): CreateTierInput => ({
  kind: 'prospect', legal: 'company', name: 'Clermont Biotech', siren: '404 833 048',
  billingAddress: { line1: '28 place de Jaude', postalCode: '63000', city: 'Clermont-Ferrand', country: 'FR' },
  deliveryAddresses: [],
  contacts: [{ firstName: 'Émilie', lastName: 'Chassaing', role: 'Services généraux', email: 'e.chassaing@ca-biotech.example', language: 'fr' }],
  language: 'fr',
  ...overrides,
})
const terms = { channel: 'direct', salespersonId: 'SP2', paymentTerms: { kind: 'net', days: 30 }, paymentMethod: 'transfer', discountPercent: 3, creditLimitCents: 1_000_000 } as const

const run = <I>(db: WorkspaceDb, command: Parameters<typeof executeCommand<I, Record<string, unknown>>>[1], input: unknown) => executeCommand(db, command, input, { now: FIXED_NOW })
const lastEntry = async (db: WorkspaceDb) => (await db.journal.orderBy('seq').last())!
const allTiers = async (db: WorkspaceDb) => (await db.tiers.orderBy('id').toArray()) as Tier[]

describe('tiers.create', () => {
  it('accepted: stores a B2B prospect with the next C id, its contacts\' ids, region, default GDPR file, and journals it', async () => {
    const db = await workspace()
    const result = await run(db, createTier, prospect())
    expect(result).toMatchObject({ ok: true, value: { tierId: 'C002', name: 'Clermont Biotech', kind: 'prospect', acknowledgedDuplicates: [] } })
    const stored = (await db.tiers.get('C002'))!
    expect(stored).toMatchObject({
      id: 'C002', kind: 'prospect', siren: '404833048', region: 'Auvergne-Rhône-Alpes', createdOn: '2026-03-02',
      contacts: [{ id: 'C002-1', lastName: 'Chassaing', language: 'fr' }],
      gdpr: { legalBasis: 'legitimateInterest', consents: [], objectsToProspecting: false, lastContactOn: '2026-03-02' },
    })
    expect(stored.customer).toBeUndefined()
    expect(await lastEntry(db)).toMatchObject({ command: 'tiers.create', outcome: 'done', simDate: '2026-03-02', result: { tierId: 'C002' }, input: { name: 'Clermont Biotech' } })
  })

  it('a private customer gets the contract as GDPR basis, its VAT regime from the address, and a supplier an S id with no GDPR file', async () => {
    const db = await workspace()
    const person = await run(db, createTier, prospect({
      kind: 'customer', legal: 'person', name: 'Léa Martin', siren: undefined, customer: { ...terms, channel: 'webshop', paymentTerms: { kind: 'onReceipt' }, paymentMethod: 'card' },
      billingAddress: { line1: 'Rue Neuve 1', postalCode: '1000', city: 'Bruxelles', country: 'be' }, contacts: [],
    }))
    expect(person.ok).toBe(true)
    expect(await db.tiers.get('C002')).toMatchObject({ legal: 'person', region: 'EU', billingAddress: { country: 'BE' }, gdpr: { legalBasis: 'contract' }, customer: { vatRegime: 'france', channel: 'webshop' } })
    const supplier = await run(db, createTier, prospect({
      kind: 'supplier', name: 'Papeteries de l\'Anjou', siren: '359818465', contacts: [],
      supplier: { paymentTerms: { kind: 'daysEndOfMonth', days: 45, method: 'addDaysThenEndOfMonth' }, leadTimeDays: 8, minimumOrderCents: 30_000, incoterm: 'DAP Lyon' },
    }))
    expect(supplier).toMatchObject({ ok: true, value: { tierId: 'S002' } })
    expect((await db.tiers.get('S002'))?.gdpr).toBeUndefined()
  })

  it('refused on a wrong SIREN key (INSEE): nothing stored, the refusal journaled with the field and the rule', async () => {
    const db = await workspace()
    const before = await allTiers(db)
    const result = await run(db, createTier, prospect({ siren: '404 833 049' }))
    expect(result).toMatchObject({ ok: false, reason: { key: 'tiers.rules.sirenKey', values: { fieldKey: 'siren', source: 'INSEE (clé de Luhn)', otherProblems: 0 } } })
    expect(await allTiers(db)).toEqual(before)
    expect(await lastEntry(db)).toMatchObject({ command: 'tiers.create', outcome: 'refused', reason: { key: 'tiers.rules.sirenKey' } })
  })

  it('refused beyond the legal payment terms (C. com. L441-10 I), and a customer without terms', async () => {
    const db = await workspace()
    const long = await run(db, createTier, prospect({ kind: 'customer', customer: { ...terms, paymentTerms: { kind: 'net', days: 90 } } }))
    expect(long).toMatchObject({ ok: false, reason: { key: 'tiers.rules.netTermsTooLong', values: { fieldKey: 'customer.paymentTerms.days', days: 90, maxDays: 60 } } })
    const none = await run(db, createTier, prospect({ kind: 'customer' }))
    expect(none).toMatchObject({ ok: false, reason: { key: 'tiers.rules.termsRequired', values: { fieldKey: 'customer' } } })
    expect(await db.tiers.count()).toBe(3)
    expect(await db.journal.where('outcome').equals('refused').count()).toBe(2)
  })

  it('refused with a salesperson the company does not have, and a typed number that is not one', async () => {
    const db = await workspace()
    expect(await run(db, createTier, prospect({ customer: { ...terms, salespersonId: 'SP9' } }))).toMatchObject({ ok: false, reason: { key: 'tiers.rules.unknownSalesperson' } })
    expect(await run(db, createTier, prospect({ customer: { ...terms, discountPercent: Number.NaN } }))).toMatchObject({ ok: false, reason: { key: 'tiers.rules.notANumber', values: { fieldKey: 'customer.discountPercent' } } })
    expect(await db.tiers.count()).toBe(3)
  })

  it('refuses a certain duplicate (same SIREN), even acknowledged: the existing file is to be completed instead', async () => {
    const db = await workspace()
    const result = await run(db, createTier, prospect({ name: 'Autre nom', siren: '732 829 320', acknowledgedDuplicateIds: ['C001'] }))
    expect(result).toMatchObject({ ok: false, reason: { key: 'tiers.errors.duplicateCertain', values: { names: 'Atelier Dubois SARL (C001)', count: 1 } } })
    expect(await db.tiers.count()).toBe(3)
    expect(await lastEntry(db)).toMatchObject({ outcome: 'refused', reason: { key: 'tiers.errors.duplicateCertain' } })
  })

  it('refuses a probable duplicate (same name once normalised) until it is acknowledged, then creates and journals the acknowledgement', async () => {
    const db = await workspace()
    const draft = prospect({ name: 'ATELIER DUBOIS', siren: undefined })
    expect(await run(db, createTier, draft)).toMatchObject({ ok: false, reason: { key: 'tiers.errors.duplicateProbable', values: { names: 'Atelier Dubois SARL (C001)', count: 1 } } })
    expect(await db.tiers.count()).toBe(3)
    const result = await run(db, createTier, { ...draft, acknowledgedDuplicateIds: ['C001'] })
    expect(result).toMatchObject({ ok: true, value: { tierId: 'C002', acknowledgedDuplicates: ['C001'] } })
    expect(await lastEntry(db)).toMatchObject({ outcome: 'done', input: { acknowledgedDuplicateIds: ['C001'] } })
  })

  it('refuses an input of the wrong shape before any rule (unknown kind)', async () => {
    const db = await workspace()
    expect(await run(db, createTier, { ...prospect(), kind: 'partner' })).toMatchObject({ ok: false, reason: { key: 'command.invalid.invalid_value', values: { field: 'kind' } } })
    expect(await db.tiers.count()).toBe(3)
  })
})

describe('tiers.update', () => {
  const edit = (tier: Tier, change: (draft: TierDraft) => TierDraft) => ({ id: tier.id, tier: change(draftFromTier(tier)) })

  it('accepted: changes a contact\'s language, keeps ids, creation date and GDPR file, and journals what changed', async () => {
    const db = await workspace()
    const c001 = (await db.tiers.get('C001'))!
    const result = await run(db, updateTier, edit(c001, (d) => ({ ...d, contacts: [{ ...d.contacts[0]!, language: 'en' }, { firstName: 'Paul', lastName: 'Roy', role: 'Comptable', language: 'fr' }] })))
    expect(result).toMatchObject({ ok: true, value: { tierId: 'C001' } })
    const stored = (await db.tiers.get('C001'))!
    expect(stored.contacts.map((c) => [c.id, c.language])).toEqual([['C001-c1', 'en'], ['C001-1', 'fr']])
    expect(stored.createdOn).toBe(c001.createdOn)
    const entry = await lastEntry(db)
    expect(entry).toMatchObject({ command: 'tiers.update', outcome: 'done' })
    expect(entry.result?.changed).toEqual(expect.arrayContaining([{ path: 'contacts.0.language', before: 'fr', after: 'en' }]))
  })

  it('an unchanged file is accepted with nothing changed', async () => {
    const db = await workspace()
    const c001 = (await db.tiers.get('C001'))!
    expect(await run(db, updateTier, edit(c001, (d) => d))).toMatchObject({ ok: true, value: { changed: [] } })
    expect(await db.tiers.get('C001')).toEqual(c001)
  })

  it('refuses a customer going back to prospect, and a prospect made customer without the conversion', async () => {
    const db = await workspace()
    const c001 = (await db.tiers.get('C001'))!
    expect(await run(db, updateTier, edit(c001, (d) => ({ ...d, kind: 'prospect' })))).toMatchObject({ ok: false, reason: { key: 'tiers.errors.kindLocked', values: { from: 'customer', to: 'prospect' } } })
    expect(await db.tiers.get('C001')).toEqual(c001)
    await run(db, createTier, prospect())
    const p = (await db.tiers.get('C002'))!
    expect(await run(db, updateTier, edit(p, (d) => ({ ...d, kind: 'customer', customer: { ...terms } })))).toMatchObject({ ok: false, reason: { key: 'tiers.errors.convertInstead' } })
    expect((await db.tiers.get('C002'))!.kind).toBe('prospect')
    expect(await lastEntry(db)).toMatchObject({ command: 'tiers.update', outcome: 'refused' })
  })

  it('refuses a broken rule (VAT number of another SIREN, CGI art. 286 ter) and an unknown tier, changing nothing', async () => {
    const db = await workspace()
    const c001 = (await db.tiers.get('C001'))!
    expect(await run(db, updateTier, edit(c001, (d) => ({ ...d, vatNumber: 'FR83404833048' })))).toMatchObject({ ok: false, reason: { key: 'tiers.rules.vatNotSiren', values: { expected: 'FR44732829320' } } })
    expect(await db.tiers.get('C001')).toEqual(c001)
    expect(await run(db, updateTier, { id: 'C999', tier: draftFromTier(c001) })).toMatchObject({ ok: false, reason: { key: 'tiers.errors.notFound', values: { id: 'C999' } } })
  })
})

describe('tiers.convertToCustomer', () => {
  it('accepted: the prospect becomes a customer with its terms and VAT regime, the date is recorded', async () => {
    const db = await workspace()
    await run(db, createTier, prospect())
    const result = await run(db, convertToCustomer, { id: 'C002', customer: terms })
    expect(result).toMatchObject({ ok: true, value: { tierId: 'C002', name: 'Clermont Biotech', convertedOn: '2026-03-02' } })
    expect(await db.tiers.get('C002')).toMatchObject({ kind: 'customer', convertedOn: '2026-03-02', createdOn: '2026-03-02', customer: { ...terms, vatRegime: 'france' }, gdpr: { legalBasis: 'legitimateInterest' } })
    expect(await lastEntry(db)).toMatchObject({ command: 'tiers.convertToCustomer', outcome: 'done', result: { convertedOn: '2026-03-02' } })
  })

  it('a private prospect\'s GDPR basis becomes the contract', async () => {
    const db = await workspace()
    await run(db, createTier, prospect({ legal: 'person', name: 'Hugo Fabre', siren: undefined, contacts: [] }))
    expect((await db.tiers.get('C002'))!.gdpr?.legalBasis).toBe('consent')
    await run(db, convertToCustomer, { id: 'C002', customer: terms })
    expect((await db.tiers.get('C002'))!.gdpr?.legalBasis).toBe('contract')
  })

  it('keeps the terms already on file when none are given', async () => {
    const db = await workspace()
    await run(db, createTier, prospect({ customer: terms }))
    expect(await run(db, convertToCustomer, { id: 'C002' })).toMatchObject({ ok: true })
    expect((await db.tiers.get('C002'))!.customer).toMatchObject(terms)
  })

  it('refuses without terms, without the SIREN a customer\'s file needs, or for a tier that is not a prospect — nothing changes', async () => {
    const db = await workspace()
    await run(db, createTier, prospect())
    await run(db, createTier, prospect({ name: 'Sans SIREN', siren: undefined, contacts: [] }))
    const before = await allTiers(db)
    expect(await run(db, convertToCustomer, { id: 'C002' })).toMatchObject({ ok: false, reason: { key: 'tiers.rules.termsRequired' } })
    expect(await run(db, convertToCustomer, { id: 'C003', customer: terms })).toMatchObject({ ok: false, reason: { key: 'tiers.rules.sirenRequired', values: { fieldKey: 'siren', source: 'décret 2022-1299' } } })
    expect(await run(db, convertToCustomer, { id: 'C001', customer: terms })).toMatchObject({ ok: false, reason: { key: 'tiers.errors.notAProspect', values: { kind: 'customer' } } })
    expect(await allTiers(db)).toEqual(before)
    expect(await lastEntry(db)).toMatchObject({ command: 'tiers.convertToCustomer', outcome: 'refused' })
  })
})
