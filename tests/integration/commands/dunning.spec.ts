import { beforeEach, describe, expect, it } from 'vitest'
import {
  agreePaymentPlan, alertManagement, escalate, logCall, resume, sendFormalNotice, sendReminder, suspend, waivePenalties,
} from '@/commands/dunning'
import type { SalesDoc } from '@/domain'
import type { WorkspaceDb } from '@/db/workspace-db'
import { writeClock } from '@/commands/clock-state'
import { makeCustomer, makeSalesDoc } from '../../factories/company-records'
import { makeSettings } from '../../factories/settings'
import { attempt, run, salesWorkspace } from './sales/sales-workspace'

/** A validated invoice of a fixed amount TTC. */
const invoice = (id: string, customerId: string, dueDate: string, amountCents: number): SalesDoc => makeSalesDoc({
  id, number: `FA-${id}`, type: 'invoice', customerId, date: '2026-01-01', dueDate, lines: [], status: 'validated',
  totals: { grossCents: 0, netCommercialCents: 0, totalExclVatCents: 0, totalVatCents: 0, totalInclVatCents: amountCents, amountDueCents: amountCents },
})
const brook = makeCustomer({
  id: 'cus-brook', name: 'Brook & Sons Ltd', language: 'en',
  contacts: [{ id: 'cus-brook-c1', civility: 'M.', firstName: 'John', lastName: 'Brook', role: 'Buyer', email: 'john@brook.example', language: 'en' }],
})

let db: WorkspaceDb
/** Moves the simulated date (as `clock.advance` does). */
async function at(date: string) {
  await writeClock(db, { date })
}
async function refusal(command: Parameters<typeof attempt>[1], input: unknown) {
  const before = { actions: await db.dunningActions.count(), messages: await db.messages.count(), cases: await db.recoveryCases.count() }
  const result = await attempt(db, command, input)
  expect({ actions: await db.dunningActions.count(), messages: await db.messages.count(), cases: await db.recoveryCases.count() }).toEqual(before)
  return result.ok ? undefined : result.reason
}

beforeEach(async () => {
  ;({ db } = await salesWorkspace(makeSettings({ delegation: { maxDiscountPercent: 10, maxCreditOverrunCents: 0, maxPaymentExtensionDays: 30, maxGoodwillCreditCents: 0, mayWaivePenalties: false } }), '2026-02-05'))
  await db.tiers.add(brook)
  // DOMAIN-FR §3 worked example: 4 860.00 TTC due 31 Jan 2026.
  await db.salesDocs.bulkAdd([invoice('f1', 'cus-dubois', '2026-01-31', 486000), invoice('f2', 'cus-brook', '2026-01-31', 120000)])
})

describe('dunning.sendReminder', () => {
  it('relance 1 to an English customer: an email in English listing the invoice, the level recorded done', async () => {
    const result = await run(db, sendReminder, { customerId: 'cus-brook', invoiceIds: ['f2'], level: 'relance1', channel: 'email' })
    expect(result).toMatchObject({ language: 'en', to: 'john@brook.example' })
    const message = (await db.messages.get(result.messageId))!
    expect(message).toMatchObject({ channel: 'email', language: 'en', tierId: 'cus-brook', contactId: 'cus-brook-c1' })
    expect(message.body).toContain('Dear Mr Brook')
    expect(message.body).toContain('Invoice FA-f2 due on 31/01/2026: €1,200.00 incl. VAT')
    expect(await db.dunningActions.get(result.actionId)).toMatchObject({ level: 'relance1', status: 'done', doneOn: '2026-02-05', invoiceIds: ['f2'] })
  })

  it('relance 2 in French recalls 23 days × 12,15 % on the TTC amount → 37,21 € and the 40 € (DOMAIN-FR §3)', async () => {
    await run(db, sendReminder, { customerId: 'cus-dubois', invoiceIds: ['f1'], level: 'relance1', channel: 'email' })
    await at('2026-02-23')
    const result = await run(db, sendReminder, { customerId: 'cus-dubois', invoiceIds: ['f1'], level: 'relance2', channel: 'letter' })
    expect(result.claim).toEqual({ principalCents: 486000, penaltyCents: 3721, indemnityCents: 4000, totalCents: 493721 })
    const body = (await db.messages.get(result.messageId))!.body.replace(/\u202f|\u00a0/g, ' ')
    expect(body).toContain('Bonjour Mme Martin')
    expect(body).toContain('23 jours de retard, pénalités 37,21 €, indemnité forfaitaire 40,00 €')
    expect(body).toContain('Montant total dû : 4 937,21 €')
    expect(body).toContain('avant le 03/03/2026')
  })

  it('refuses a skipped level (formal notice or relance 2 before relance 1) and a level done twice', async () => {
    await at('2026-03-05')
    expect(await refusal(sendReminder, { customerId: 'cus-dubois', invoiceIds: ['f1'], level: 'relance2', channel: 'letter' }))
      .toMatchObject({ key: 'dunning.errors.levelSkipped', values: { field: 'level', expected: 'relance1' } })
    expect(await refusal(sendFormalNotice, { customerId: 'cus-dubois', invoiceIds: ['f1'], deadlineDays: 8 }))
      .toMatchObject({ key: 'dunning.errors.levelSkipped' })
    await run(db, sendReminder, { customerId: 'cus-dubois', invoiceIds: ['f1'], level: 'relance1', channel: 'email' })
    expect(await refusal(sendReminder, { customerId: 'cus-dubois', invoiceIds: ['f1'], level: 'relance1', channel: 'email' }))
      .toMatchObject({ key: 'dunning.errors.levelSkipped', values: { expected: 'relance2' } })
  })

  it('refuses a disputed invoice until the dispute is lifted', async () => {
    await run(db, suspend, { customerId: 'cus-dubois', invoiceIds: ['f1'], kind: 'dispute', reason: 'Livraison incomplète' })
    expect(await refusal(sendReminder, { customerId: 'cus-dubois', invoiceIds: ['f1'], level: 'relance1', channel: 'email' }))
      .toMatchObject({ key: 'dunning.errors.suspended', values: { reason: 'Livraison incomplète' } })
    await run(db, resume, { customerId: 'cus-dubois', invoiceIds: ['f1'] })
    await run(db, sendReminder, { customerId: 'cus-dubois', invoiceIds: ['f1'], level: 'relance1', channel: 'email' })
  })

  it('refuses a wrong channel, a registered-letter level, another customer\'s invoice, and a text with a placeholder left', async () => {
    expect(await refusal(sendReminder, { customerId: 'cus-dubois', invoiceIds: ['f1'], level: 'relance1', channel: 'letter' })).toMatchObject({ key: 'dunning.errors.wrongChannel', values: { field: 'channel' } })
    expect(await refusal(sendReminder, { customerId: 'cus-dubois', invoiceIds: ['f2'], level: 'relance1', channel: 'email' })).toMatchObject({ key: 'dunning.errors.unknownInvoice', values: { field: 'invoiceIds' } })
    expect(await refusal(sendReminder, { customerId: 'cus-dubois', invoiceIds: ['f1'], level: 'relance1', channel: 'email', subject: 'Relance', body: 'Bonjour {{contact.name}}' }))
      .toMatchObject({ values: { field: 'body' } })
  })
})

describe('dunning.logCall and promises to pay', () => {
  it('a call completes relance 1; the promise suspends until its date and sets the follow-up the day after', async () => {
    const result = await run(db, logCall, { customerId: 'cus-dubois', invoiceIds: ['f1'], level: 'relance1', outcome: 'Virement promis le 15/02', promise: { date: '2026-02-15', amountCents: 486000 } })
    expect(result.followUpOn).toBe('2026-02-16')
    expect((await db.messages.get(result.messageId))!).toMatchObject({ channel: 'phone', outcome: 'Virement promis le 15/02', followUpOn: '2026-02-16' })
    await at('2026-02-15')
    expect(await refusal(sendReminder, { customerId: 'cus-dubois', invoiceIds: ['f1'], level: 'relance2', channel: 'letter' })).toMatchObject({ key: 'dunning.errors.suspended' })
    await at('2026-02-16')
    await run(db, sendReminder, { customerId: 'cus-dubois', invoiceIds: ['f1'], level: 'relance2', channel: 'letter' })
  })

  it('refuses a promise beyond the delegation, in the past, or above what is owed', async () => {
    const call = (promise: object) => ({ customerId: 'cus-dubois', invoiceIds: ['f1'], outcome: 'Appel', promise })
    expect(await refusal(logCall, call({ date: '2026-03-10', amountCents: 1000 }))).toMatchObject({ key: 'dunning.errors.beyondDelegation', values: { days: 30 } })
    expect(await refusal(logCall, call({ date: '2026-02-01', amountCents: 1000 }))).toMatchObject({ key: 'dunning.errors.promiseInPast' })
    expect(await refusal(logCall, call({ date: '2026-02-10', amountCents: 486001 }))).toMatchObject({ key: 'dunning.errors.promiseAmount', values: { field: 'promise.amountCents' } })
  })
})

describe('delegation (REAC CP4.3)', () => {
  it('a payment plan within 30 days is agreed; beyond it is refused', async () => {
    expect(await refusal(agreePaymentPlan, { customerId: 'cus-dubois', invoiceIds: ['f1'], instalments: [{ date: '2026-02-20', amountCents: 243000 }, { date: '2026-03-20', amountCents: 243000 }] }))
      .toMatchObject({ key: 'dunning.errors.beyondDelegation', values: { days: 30 } })
    expect(await refusal(agreePaymentPlan, { customerId: 'cus-dubois', invoiceIds: ['f1'], instalments: [{ date: '2026-02-20', amountCents: 243000 }] }))
      .toMatchObject({ key: 'dunning.errors.sumMismatch', values: { sumEuros: 2430, owedEuros: 4860 } })
    const ok = await run(db, agreePaymentPlan, { customerId: 'cus-dubois', invoiceIds: ['f1'], instalments: [{ date: '2026-02-20', amountCents: 243000 }, { date: '2026-03-06', amountCents: 243000 }] })
    expect(ok.until).toBe('2026-03-06')
  })

  it('waiving penalties is refused without the delegation', async () => {
    expect(await refusal(waivePenalties, { customerId: 'cus-dubois', invoiceIds: ['f1'], reason: 'Bon client' })).toMatchObject({ key: 'dunning.errors.waiveNotDelegated' })
  })
})

describe('formal notice, escalation and the alert to management', () => {
  async function upToFormalNotice() {
    await run(db, sendReminder, { customerId: 'cus-dubois', invoiceIds: ['f1'], level: 'relance1', channel: 'email' })
    await at('2026-02-15')
    await run(db, sendReminder, { customerId: 'cus-dubois', invoiceIds: ['f1'], level: 'relance2', channel: 'letter' })
    await at('2026-03-02')
  }

  it('the mise en demeure claims principal + penalties + 40 € once, with 8 to 15 days', async () => {
    await upToFormalNotice()
    expect(await refusal(sendFormalNotice, { customerId: 'cus-dubois', invoiceIds: ['f1'], deadlineDays: 20 })).toMatchObject({ key: 'dunning.errors.deadlineRange', values: { field: 'deadlineDays', min: 8, max: 15 } })
    const result = await run(db, sendFormalNotice, { customerId: 'cus-dubois', invoiceIds: ['f1'], deadlineDays: 8 })
    // 30 days × 12,15 % × 4 860,00 / 365 = 48,53 €; the 40 € is owed once for the invoice, not once per letter.
    expect(result.claim).toEqual({ principalCents: 486000, penaltyCents: 4853, indemnityCents: 4000, totalCents: 494853 })
    expect(result.payBy).toBe('2026-03-10')
    expect(await db.dunningActions.get(result.actionId)).toMatchObject({ level: 'formalNotice', channel: 'registeredLetter', deadlineDays: 8 })
    expect((await db.messages.get(result.messageId))!.body).toContain('mettons en demeure')
  })

  it('escalation needs the formal notice first, allows the simplified procedure up to 5 000 €, with the checklist', async () => {
    const file = { customerId: 'cus-dubois', invoiceIds: ['f1'], route: 'simplifiedProcedure', conditions: { certain: true, liquid: true, due: true }, checklist: ['invoices', 'deliveryProof', 'formalNoticeReceipt'] }
    expect(await refusal(escalate, file)).toMatchObject({ key: 'dunning.errors.noFormalNotice' })
    await upToFormalNotice()
    await run(db, sendFormalNotice, { customerId: 'cus-dubois', invoiceIds: ['f1'], deadlineDays: 8 })
    await at('2026-03-20')
    expect(await refusal(escalate, { ...file, checklist: ['invoices'] })).toMatchObject({ key: 'dunning.errors.checklistIncomplete', values: { items: 'deliveryProof, formalNoticeReceipt' } })
    expect(await refusal(escalate, { ...file, route: 'injunction', conditions: { certain: false, liquid: true, due: true } })).toMatchObject({ key: 'dunning.errors.claimNotCertainLiquidDue' })
    const result = await run(db, escalate, file)
    expect(await db.recoveryCases.get(result.caseId)).toMatchObject({ stage: 'simplifiedProcedure', status: 'open', claimCents: result.claimCents })
    expect(result.claimCents).toBeLessThanOrEqual(500000)
  })

  it('alerting management writes an internal message with the sums at stake, journaled', async () => {
    const result = await run(db, alertManagement, { customerId: 'cus-dubois', invoiceIds: ['f1'], note: 'Promesse non tenue, mise en demeure envoyée.' })
    const message = (await db.messages.get(result.messageId))!
    expect(message).toMatchObject({ department: 'management', subject: 'Alerte impayé – Atelier Dubois' })
    expect(message.body).toContain('Promesse non tenue')
    expect((await db.journal.toArray()).at(-1)!.command).toBe('dunning.alertManagement')
    expect(await refusal(alertManagement, { customerId: 'cus-dubois', invoiceIds: ['f1'], note: ' ' })).toMatchObject({ key: 'dunning.errors.emptyNote', values: { field: 'note' } })
  })
})
