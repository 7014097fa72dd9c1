import { describe, expect, it } from 'vitest'
import { executeCommand, type CommandDefinition } from '@/commands/command'
import { recordConsent, recordObjection } from '@/commands/gdpr'
import type { WorkspaceDb } from '@/db/workspace-db'
import { FIXED_NOW, makeWorkspace } from '../../factories/workspace'
import { writeGdprCompany } from '../../factories/gdpr'

async function setup() {
  const { db } = await makeWorkspace('2026-03-02')
  const company = await writeGdprCompany(db)
  const run = <I, R extends Record<string, unknown>>(command: CommandDefinition<I, R>, input: unknown) => executeCommand(db, command, input, { now: FIXED_NOW })
  return { db, company, run }
}
const lastEntry = async (db: WorkspaceDb) => (await db.journal.orderBy('seq').last())!
const consentInput = { tierId: 'C045', purpose: 'emailMarketing', given: true, date: '2026-02-20', source: 'Salon Bureaux Expo, Lyon', channel: 'paper' }

describe('gdpr.recordConsent (RGPD art. 7 §1: proof of consent)', () => {
  it('records what, when, source and channel, and restarts the prospect\'s retention from that contact (CNIL)', async () => {
    const { db, run } = await setup()
    const result = await run(recordConsent, consentInput)
    expect(result).toMatchObject({ ok: true, value: { tierId: 'C045', consentId: 'C045-k1', lastContactOn: '2026-02-20' } })
    const tier = await db.tiers.get('C045')
    expect(tier!.gdpr!.consents).toEqual([{ id: 'C045-k1', purpose: 'emailMarketing', given: true, date: '2026-02-20', source: 'Salon Bureaux Expo, Lyon', channel: 'paper' }])
    expect(tier!.gdpr!.lastContactOn).toBe('2026-02-20')
    expect(await lastEntry(db)).toMatchObject({ command: 'gdpr.recordConsent', outcome: 'done', input: { tierId: 'C045', purpose: 'emailMarketing' } })
  })

  it('records a withdrawal without touching the last contact date', async () => {
    const { db, run } = await setup()
    expect((await run(recordConsent, { ...consentInput, tierId: 'C030', given: false, date: '2026-03-01', source: 'Lien de désinscription', channel: 'email' })).ok).toBe(true)
    const tier = await db.tiers.get('C030')
    expect(tier!.gdpr!.consents.map((c) => [c.id, c.given])).toEqual([['C030-k1', true], ['C030-k2', false]])
    expect(tier!.gdpr!.lastContactOn).toBe('2025-12-01')
  })

  it('refuses a supplier (no personal-data file): nothing changes and the refusal is journaled', async () => {
    const { db, run, company } = await setup()
    const result = await run(recordConsent, { ...consentInput, tierId: 'S001' })
    expect(result).toMatchObject({ ok: false, reason: { key: 'gdpr.errors.notPersonal', values: { name: 'Sièges du Nord', kind: 'supplier' } } })
    expect(await db.tiers.get('S001')).toEqual(company.supplier)
    expect(await lastEntry(db)).toMatchObject({ command: 'gdpr.recordConsent', outcome: 'refused' })
  })

  it('refuses a date after the simulated date, and a missing source, naming the field', async () => {
    const { run } = await setup()
    expect(await run(recordConsent, { ...consentInput, date: '2026-03-03' })).toMatchObject({ ok: false, reason: { key: 'gdpr.errors.futureDate', values: { field: 'date' } } })
    expect(await run(recordConsent, { ...consentInput, source: '  ' })).toMatchObject({ ok: false, reason: { key: 'command.invalid.too_small', values: { field: 'source' } } })
    expect(await run(recordConsent, { ...consentInput, date: '2026-02-30' })).toMatchObject({ ok: false, reason: { values: { field: 'date' } } })
  })

  it('refuses a marketing consent while the objection stands (art. 21 §3)', async () => {
    const { db, run } = await setup()
    await run(recordObjection, { tierId: 'C030', objects: true, date: '2026-03-01', source: 'Appel de la cliente', channel: 'phone' })
    const before = await db.tiers.get('C030')
    expect(await run(recordConsent, { ...consentInput, tierId: 'C030' })).toMatchObject({ ok: false, reason: { key: 'gdpr.errors.objectionStands', values: { source: 'RGPD art. 21 §3' } } })
    expect(await db.tiers.get('C030')).toEqual(before)
  })
})

describe('gdpr.recordObjection (RGPD art. 21 §2–3: absolute and free)', () => {
  it('sets the objection date and withdraws the marketing consents still given', async () => {
    const { db, run } = await setup()
    const result = await run(recordObjection, { tierId: 'C030', objects: true, date: '2026-03-01', source: 'Appel de la cliente', channel: 'phone' })
    expect(result).toMatchObject({ ok: true, value: { objects: true, withdrawn: ['emailMarketing'] } })
    const gdpr = (await db.tiers.get('C030'))!.gdpr!
    expect(gdpr).toMatchObject({ objectsToProspecting: true, objectionOn: '2026-03-01' })
    expect(gdpr.consents.at(-1)).toEqual({ id: 'C030-k2', purpose: 'emailMarketing', given: false, date: '2026-03-01', source: 'Appel de la cliente', channel: 'phone' })
  })

  it('lifts an objection when the person asks for offers again, and refuses to record the same state twice', async () => {
    const { db, run } = await setup()
    const objection = { tierId: 'C001', objects: true, date: '2026-03-01', source: 'E-mail', channel: 'email' }
    expect((await run(recordObjection, objection)).ok).toBe(true)
    expect(await run(recordObjection, objection)).toMatchObject({ ok: false, reason: { key: 'gdpr.errors.alreadyObjects' } })
    expect((await run(recordObjection, { ...objection, objects: false })).ok).toBe(true)
    const gdpr = (await db.tiers.get('C001'))!.gdpr!
    expect(gdpr.objectsToProspecting).toBe(false)
    expect(gdpr).not.toHaveProperty('objectionOn')
    expect(await run(recordObjection, { ...objection, objects: false })).toMatchObject({ ok: false, reason: { key: 'gdpr.errors.noObjection' } })
  })

  it('refuses an unknown tier', async () => {
    const { run } = await setup()
    expect(await run(recordObjection, { tierId: 'nobody', objects: true, date: '2026-03-01', source: 'x', channel: 'email' }))
      .toMatchObject({ ok: false, reason: { key: 'gdpr.errors.tierNotFound', values: { tierId: 'nobody' } } })
  })
})
