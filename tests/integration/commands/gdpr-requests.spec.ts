import { describe, expect, it } from 'vitest'
import { executeCommand, type CommandDefinition } from '@/commands/command'
import { answerRequest, erase, extendRequest, openRequest, recordObjection } from '@/commands/gdpr'
import type { WorkspaceDb } from '@/db/workspace-db'
import { FIXED_NOW, makeWorkspace } from '../../factories/workspace'
import { writeGdprCompany } from '../../factories/gdpr'

async function setup(simDate = '2026-03-02') {
  const { db } = await makeWorkspace(simDate)
  await writeGdprCompany(db)
  const run = <I, R extends Record<string, unknown>>(command: CommandDefinition<I, R>, input: unknown) => executeCommand(db, command, input, { now: FIXED_NOW })
  return { db, run }
}
const lastEntry = async (db: WorkspaceDb) => (await db.journal.orderBy('seq').last())!

describe('gdpr.openRequest (RGPD art. 12 §3: one month)', () => {
  it('records the request with its due date one calendar month after receipt', async () => {
    const { db, run } = await setup()
    const result = await run(openRequest, { tierId: 'C045', right: 'erasure', receivedOn: '2026-01-31', details: 'Courrier recommandé' })
    expect(result).toMatchObject({ ok: true, value: { requestId: 'DRGPD-0002', tierId: 'C045', dueOn: '2026-02-28' } })
    expect(await db.gdprRequests.get('DRGPD-0002')).toEqual({
      id: 'DRGPD-0002', tierId: 'C045', right: 'erasure', receivedOn: '2026-01-31', dueOn: '2026-02-28', extended: false, status: 'open', details: 'Courrier recommandé',
    })
    expect(await lastEntry(db)).toMatchObject({ command: 'gdpr.openRequest', outcome: 'done' })
  })

  it('refuses a carrier or supplier, a date after today and an unknown right', async () => {
    const { db, run } = await setup()
    expect(await run(openRequest, { tierId: 'S001', right: 'access', receivedOn: '2026-03-01' })).toMatchObject({ ok: false, reason: { key: 'gdpr.errors.notPersonal' } })
    expect(await run(openRequest, { tierId: 'C045', right: 'access', receivedOn: '2026-03-05' })).toMatchObject({ ok: false, reason: { key: 'gdpr.errors.futureDate', values: { field: 'receivedOn' } } })
    expect(await run(openRequest, { tierId: 'C045', right: 'forget', receivedOn: '2026-03-01' })).toMatchObject({ ok: false, reason: { key: 'command.invalid.invalid_value', values: { field: 'right' } } })
    expect(await db.gdprRequests.count()).toBe(1)
  })
})

describe('gdpr.extendRequest (art. 12 §3: two more months, once)', () => {
  it('extends to three months after receipt and keeps the reason', async () => {
    const { db, run } = await setup()
    expect(await run(extendRequest, { requestId: 'DRGPD-0001', reason: 'Trois ans d\'échanges à rassembler' })).toMatchObject({ ok: true, value: { dueOn: '2026-05-25' } })
    expect(await db.gdprRequests.get('DRGPD-0001')).toMatchObject({ extended: true, dueOn: '2026-05-25', extensionReason: 'Trois ans d\'échanges à rassembler' })
  })

  it('refuses a second extension, and nothing changes', async () => {
    const { db, run } = await setup()
    await run(extendRequest, { requestId: 'DRGPD-0001', reason: 'Demande complexe' })
    const before = await db.gdprRequests.get('DRGPD-0001')
    expect(await run(extendRequest, { requestId: 'DRGPD-0001', reason: 'Encore' }))
      .toMatchObject({ ok: false, reason: { key: 'gdpr.errors.extension.alreadyExtended', values: { source: 'RGPD art. 12 §3' } } })
    expect(await db.gdprRequests.get('DRGPD-0001')).toEqual(before)
    expect(await lastEntry(db)).toMatchObject({ command: 'gdpr.extendRequest', outcome: 'refused' })
  })

  it('refuses after the first month has run out', async () => {
    const { run } = await setup('2026-03-26')
    expect(await run(extendRequest, { requestId: 'DRGPD-0001', reason: 'Trop tard' })).toMatchObject({ ok: false, reason: { key: 'gdpr.errors.extension.tooLate' } })
  })
})

describe('gdpr.answerRequest', () => {
  it('closes the request with the answer and the file sent, in time', async () => {
    const { db, run } = await setup()
    const result = await run(answerRequest, { requestId: 'DRGPD-0001', outcome: 'answered', answer: 'Copie des données envoyée par e-mail', fileName: 'rgpd-C030.json' })
    expect(result).toMatchObject({ ok: true, value: { outcome: 'answered', answeredOn: '2026-03-02', late: false } })
    expect(await db.gdprRequests.get('DRGPD-0001')).toMatchObject({ status: 'answered', answeredOn: '2026-03-02', answer: 'Copie des données envoyée par e-mail' })
    expect(await lastEntry(db)).toMatchObject({ input: { fileName: 'rgpd-C030.json' } })
  })

  it('says when the answer comes after the due date', async () => {
    const { run } = await setup('2026-04-02')
    expect(await run(answerRequest, { requestId: 'DRGPD-0001', outcome: 'answered', answer: 'Envoyé' })).toMatchObject({ ok: true, value: { late: true } })
  })

  it('refuses to answer a closed request', async () => {
    const { db, run } = await setup()
    await run(answerRequest, { requestId: 'DRGPD-0001', outcome: 'answered', answer: 'Envoyé' })
    const before = await db.gdprRequests.get('DRGPD-0001')
    expect(await run(answerRequest, { requestId: 'DRGPD-0001', outcome: 'refused', answer: 'Non' })).toMatchObject({ ok: false, reason: { key: 'gdpr.errors.answer.closed' } })
    expect(await db.gdprRequests.get('DRGPD-0001')).toEqual(before)
  })

  it('grants an erasure request only after the erasure, an objection only once recorded', async () => {
    const { run } = await setup()
    const erasure = await run(openRequest, { tierId: 'C045', right: 'erasure', receivedOn: '2026-03-01' })
    const objection = await run(openRequest, { tierId: 'C001', right: 'objection', receivedOn: '2026-03-01' })
    if (!erasure.ok || !objection.ok) throw new Error('set-up failed')
    expect(await run(answerRequest, { requestId: erasure.value.requestId, outcome: 'answered', answer: 'Effacé' })).toMatchObject({ ok: false, reason: { key: 'gdpr.errors.answer.eraseFirst' } })
    expect(await run(answerRequest, { requestId: objection.value.requestId, outcome: 'answered', answer: 'Noté' })).toMatchObject({ ok: false, reason: { key: 'gdpr.errors.answer.objectFirst' } })
    expect((await run(erase, { tierId: 'C045' })).ok).toBe(true)
    expect((await run(recordObjection, { tierId: 'C001', objects: true, date: '2026-03-01', source: 'Demande écrite', channel: 'paper' })).ok).toBe(true)
    expect(await run(answerRequest, { requestId: erasure.value.requestId, outcome: 'answered', answer: 'Effacé' })).toMatchObject({ ok: true })
    expect(await run(answerRequest, { requestId: objection.value.requestId, outcome: 'answered', answer: 'Noté' })).toMatchObject({ ok: true })
  })
})
