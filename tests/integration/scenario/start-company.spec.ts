/**
 * Starting an attempt from a scenario that brings its own company (on an empty base: the built-in
 * company's identity and reference data, none of its records): settings and delegation, tiers with
 * the defaults a command would give, products with their stock, sales documents priced and numbered
 * by the sales code, payments, history messages; timeline events of the start day delivered at once,
 * the data-change events applied when the clock reaches them; an inconsistent file leaves nothing.
 */
import { describe, expect, it } from 'vitest'
import { executeCommand } from '@/commands/command'
import { advanceClock } from '@/commands/clock'
import { readAttempt } from '@/commands/scenario-state'
import { readSettings } from '@/commands/company-state'
import { ScenarioStartError, startScenarioAttempt } from '@/db/scenario-attempt'
import { WorkspaceDb } from '@/db/workspace-db'
import { dueDate, physicalStock, priceDocument, salesDocPricingInput } from '@/domain'
import { FIXED_NOW, makeRegistry } from '../../factories/workspace'
import { loadOrThrow, START } from '../../unit/scenario/helpers'

const message = (id: string, at: number, subject: string) => ({
  id, at, kind: 'message', from: { tierId: 'cli-dupont' }, language: 'fr', subject, body: 'Bonjour,\nOù en est notre commande ?\nJ. Dupont',
})

function scenario(overrides: Record<string, unknown> = {}) {
  return loadOrThrow({
    company: {
      base: 'none',
      settings: { defaultPaymentTerms: { kind: 'daysEndOfMonth', days: 45, method: 'addDaysThenEndOfMonth' }, earlyPaymentDiscountPercent: 2 },
      tiers: [
        {
          id: 'cli-dupont', kind: 'customer', name: 'Dupont Aménagement SARL', siren: '732829320',
          billingAddress: { line1: '4 rue Mercière', postalCode: '69002', city: 'Lyon', country: 'FR' },
          contacts: [{ id: 'cli-dupont-1', firstName: 'Jeanne', lastName: 'Dupont', email: 'j.dupont@example.fr' }],
        },
        { id: 'pro-nord', kind: 'prospect', legal: 'person', name: 'Paul Nord', language: 'en', gdpr: { objectsToProspecting: true } },
      ],
      products: [{ id: 'p-chaise', reference: 'CH-TEST', designation: { fr: 'Chaise test', en: 'Test chair' }, priceCents: 14_500, vatRatePercent: 20, costCents: 8_000, initialStock: 50 }],
      salesDocs: [
        { id: 'dev-1', type: 'quote', customerId: 'cli-dupont', date: -6, lines: [{ productId: 'p-chaise', quantity: 12 }], discountsPercent: [10, 5] },
        { id: 'cde-1', type: 'order', customerId: 'cli-dupont', date: -5, lines: [{ productId: 'p-chaise', quantity: 12 }], discountsPercent: [10, 5], sourceIds: ['dev-1'] },
        { id: 'bl-1', type: 'delivery', customerId: 'cli-dupont', date: -3, lines: [{ productId: 'p-chaise', quantity: 8 }], sourceIds: ['cde-1'] },
        { id: 'fa-1', type: 'invoice', customerId: 'cli-dupont', date: -2, lines: [{ productId: 'p-chaise', quantity: 8 }], discountsPercent: [10, 5], sourceIds: ['bl-1'] },
      ],
      payments: [{ id: 'reg-1', customerId: 'cli-dupont', date: -1, amountCents: 50_000, method: 'cheque', reference: 'CHQ 0012', allocations: [{ docId: 'fa-1', amountCents: 50_000 }] }],
      messages: [{ id: 'hist-1', direction: 'in', date: -4, tierId: 'cli-dupont', language: 'fr', subject: 'Commande', body: 'Voici notre commande.' }],
    },
    delegation: { maxDiscountPercent: 8 },
    timeline: [
      message('ev-matin', 0, 'Ce matin'),
      message('ev-demain', 1, 'Demain'),
      { id: 'ev-cheque', at: 1, kind: 'paymentRejected', paymentId: 'reg-1', reason: { fr: 'Chèque sans provision', en: 'Bounced cheque' } },
      { id: 'ev-colis', at: 1, kind: 'parcelReturned', deliveryId: 'bl-1', reason: { fr: 'Colis refusé', en: 'Parcel refused' } },
      { id: 'ev-retard', at: 2, kind: 'supplierOrderDelayed', purchaseDocId: 'cf-inconnue', newExpectedDate: 9 },
    ],
    ...overrides,
  })
}

async function start(overrides: Record<string, unknown> = {}) {
  const registry = makeRegistry()
  const record = await startScenarioAttempt(registry, scenario(overrides), { learnerName: '  Léa   Petit ', source: 'file:test.yaml', now: FIXED_NOW })
  return { registry, record, db: new WorkspaceDb(record.id) }
}

describe('starting an attempt with the scenario\'s own company', () => {
  it('writes the declared settings, the locked delegation levels and the tiers with their defaults', async () => {
    const { db, record } = await start()
    expect(record).toMatchObject({ kind: 'scenario', companySize: 'none', name: 'Scénario de test — Léa Petit' })
    const settings = (await readSettings(db))!
    expect(settings.defaultPaymentTerms).toEqual({ kind: 'daysEndOfMonth', days: 45, method: 'addDaysThenEndOfMonth' })
    expect(settings.earlyPaymentDiscountPercent).toBe(2)
    expect(settings.delegation.maxDiscountPercent).toBe(8)
    expect(await readAttempt(db)).toMatchObject({ learnerName: 'Léa Petit', source: 'file:test.yaml', startedAt: FIXED_NOW().toISOString() })

    const dupont = (await db.tiers.get('cli-dupont'))!
    expect(dupont).toMatchObject({
      legal: 'company', language: 'fr', region: 'Auvergne-Rhône-Alpes', createdOn: '2026-03-08',
      customer: { channel: 'direct', salespersonId: 'SP1', paymentTerms: settings.defaultPaymentTerms, paymentMethod: 'transfer', vatRegime: 'france' },
      gdpr: { legalBasis: 'legitimateInterest', consents: [], objectsToProspecting: false },
    })
    expect(dupont.contacts[0]).toMatchObject({ role: '', language: 'fr' })
    expect(await db.tiers.get('pro-nord')).toMatchObject({ kind: 'prospect', gdpr: { legalBasis: 'consent', objectsToProspecting: true, objectionOn: '2026-03-08' } })
    expect((await db.tiers.get('pro-nord'))!.customer).toBeUndefined()
  })

  it('prices and numbers the sales documents with the sales code, issues the delivery from stock, keeps payments and history', async () => {
    const { db } = await start()
    const invoice = (await db.salesDocs.get('fa-1'))!
    const priced = priceDocument(salesDocPricingInput(invoice))
    expect(invoice).toMatchObject({
      status: 'validated', date: '2026-03-07', validatedOn: '2026-03-07', number: expect.stringMatching(/^FA/),
      dueDate: dueDate('2026-03-07', { kind: 'daysEndOfMonth', days: 45, method: 'addDaysThenEndOfMonth' }),
      totals: { totalInclVatCents: priced.totalInclVatCents }, customerSnapshot: { name: 'Dupont Aménagement SARL' },
    })
    expect(priced.totalInclVatCents).toBe(Math.round(8 * 14_500 * 0.9 * 0.95 * 1.2))
    expect(await db.salesDocs.get('dev-1')).toMatchObject({ status: 'sent', number: expect.any(String), validUntil: '2026-04-02' })
    expect(await db.salesDocs.get('cde-1')).toMatchObject({ status: 'confirmed', warehouseId: 'W1', sourceIds: ['dev-1'] })
    expect(await db.salesDocs.get('bl-1')).toMatchObject({ status: 'shipped', number: expect.any(String) })
    const stock = physicalStock(await db.stockMoves.toArray())
    expect(stock.get('p-chaise')?.get('W1')).toBe(42)
    expect(await db.payments.get('reg-1')).toMatchObject({ date: '2026-03-08', amountCents: 50_000, allocations: [{ docId: 'fa-1', amountCents: 50_000 }] })
    expect(await db.messages.get('hist-1')).toMatchObject({ direction: 'in', date: '2026-03-05', read: true, attachmentIds: [] })
  })

  it('delivers the start day\'s events at once and the others when the clock reaches them', async () => {
    const { db } = await start()
    const inbox = async () => (await db.messages.toArray()).filter((m) => m.scenarioEventId).map((m) => [m.scenarioEventId, m.date, m.read])
    expect(await inbox()).toEqual([['ev-matin', START, false]])
    expect(await db.payments.get('reg-1')).not.toHaveProperty('rejected')

    expect((await executeCommand(db, advanceClock, { days: 1 })).ok).toBe(true)
    expect(await inbox()).toEqual([['ev-matin', START, false], ['ev-demain', '2026-03-10', false]])
    expect(await db.payments.get('reg-1')).toMatchObject({ rejected: true })
    const lines = (await db.journal.toArray()).filter((line) => line.command.startsWith('scenario.'))
    expect(lines.map((line) => [line.command, line.outcome, line.actor.kind])).toEqual([
      ['scenario.start', 'done', 'scenario'], ['scenario.paymentRejected', 'done', 'scenario'], ['scenario.parcelReturned', 'done', 'scenario'],
    ])

    expect((await executeCommand(db, advanceClock, { days: 1 })).ok).toBe(true)
    const delayed = await db.journal.where('command').equals('scenario.supplierOrderDelayed').toArray()
    expect(delayed).toEqual([expect.objectContaining({ outcome: 'refused', reason: { key: 'command.scenarioRecordMissing', values: { id: 'cf-inconnue' } } })])
    expect((await db.scheduled.toArray()).map((event) => event.status)).toEqual(['fired', 'fired', 'fired', 'fired', 'fired'])
  })

  it('keeps the clock still when the scenario says so (a journaled refusal)', async () => {
    const { db } = await start({ clock: { canAdvance: false } })
    expect(await executeCommand(db, advanceClock, { days: 1 })).toMatchObject({ ok: false, reason: { key: 'command.clockLocked' } })
    expect(await db.journal.where('command').equals('clock.advance').toArray()).toEqual([expect.objectContaining({ outcome: 'refused', actor: { kind: 'learner', name: 'Léa Petit' } })])
  })

  it('refuses a company that does not fit, names the field, and leaves no workspace behind', async () => {
    const registry = makeRegistry()
    const broken = scenario({ company: { base: 'none', tierUpdates: [{ id: 'C999', name: 'Inconnu' }] } })
    const error = await startScenarioAttempt(registry, broken, { learnerName: 'Léa', source: 'file:x.yaml' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ScenarioStartError)
    expect(error).toMatchObject({ field: 'company.tierUpdates[0].id', reason: { key: 'scenario-play.start.errors.unknownTier', values: { id: 'C999' } } })
    expect(await registry.list()).toEqual([])

    const unknownProduct = scenario({ company: { base: 'none', tiers: [{ id: 'c1', kind: 'customer', name: 'Client' }], salesDocs: [{ id: 'd1', type: 'quote', customerId: 'c1', date: 0, lines: [{ productId: 'nope', quantity: 1 }] }] } })
    await expect(startScenarioAttempt(registry, unknownProduct, { learnerName: 'Léa', source: 'file:x.yaml' })).rejects.toMatchObject({ field: 'company.salesDocs[0].lines[0].productId' })
    expect(await registry.list()).toEqual([])
  })

  it('refuses a settings value the law refuses, with the rule', async () => {
    const registry = makeRegistry()
    const illegal = scenario({ company: { base: 'none', settings: { defaultPaymentTerms: { kind: 'net', days: 60 }, latePenaltyRatePercent: 1 } } })
    await expect(startScenarioAttempt(registry, illegal, { learnerName: 'Léa', source: 'file:x.yaml' })).rejects.toMatchObject({ reason: { key: expect.stringMatching(/^company\.rules\./) } })
    expect(await registry.list()).toEqual([])
  })

  it('needs the learner\'s name', async () => {
    const registry = makeRegistry()
    await expect(startScenarioAttempt(registry, scenario(), { learnerName: '   ', source: 'file:x.yaml' })).rejects.toMatchObject({ reason: { key: 'scenario-play.start.errors.nameRequired' } })
    expect(await registry.list()).toEqual([])
  })
})
