import { describe, expect, it } from 'vitest'
import {
  checkDunningPlan, checkPaymentPlan, claimTotals, DEFAULT_DUNNING_PLAN, dunningRun, escalationRefusal, isFormalNoticeDeadline, nextLevel,
  type DunningAction, type SalesDoc,
} from '@/domain'
import { makePayment, makeSalesDoc } from '../../factories/company-records'

/** A validated invoice of a fixed amount TTC due on `dueDate`. */
function invoice(id: string, customerId: string, dueDate: string, amountCents: number): SalesDoc {
  return makeSalesDoc({
    id, type: 'invoice', customerId, date: '2026-01-01', lines: [], number: id.toUpperCase(), status: 'validated', dueDate,
    totals: { grossCents: 0, netCommercialCents: 0, totalExclVatCents: 0, totalVatCents: 0, totalInclVatCents: amountCents, amountDueCents: amountCents },
  })
}
let n = 0
function done(invoiceId: string, level: string, doneOn: string, channel: DunningAction['channel'] = 'email'): DunningAction {
  return { id: `a${++n}`, customerId: 'c1', invoiceIds: [invoiceId], level, channel, dueOn: doneOn, doneOn, status: 'done' }
}
const plan = DEFAULT_DUNNING_PLAN

// DOMAIN-FR §3 typical plan: J−5 courtesy (optional), J+5 relance 1, J+15 relance 2, J+30 mise en demeure, J+45 contentieux.
describe('dunningRun: levels in order, never a skipped level', () => {
  const f1 = invoice('f1', 'c1', '2026-01-31', 486000)

  it('proposes the optional courtesy reminder from J−5, then drops it once relance 1 is due', () => {
    expect(dunningRun([f1], [], [], plan, '2026-01-27').due.map((p) => p.level.id)).toEqual(['courtesy'])
    expect(dunningRun([f1], [], [], plan, '2026-02-05').due.map((p) => p.level.id)).toEqual(['relance1'])
  })

  it('nothing is due between two levels', () => {
    const run = dunningRun([f1], [], [done('f1', 'relance1', '2026-02-05')], plan, '2026-02-10')
    expect(run.due).toEqual([])
    expect(run.upcoming.map((p) => [p.level.id, p.dueOn])).toEqual([['relance2', '2026-02-15']])
  })

  it('at J+35 with nothing done, proposes relance 1, not the formal notice: a level comes only after the previous one', () => {
    const run = dunningRun([f1], [], [], plan, '2026-03-07')
    expect(run.due.map((p) => p.level.id)).toEqual(['relance1'])
  })

  it('a late relance 1 does not bring relance 2 forward: it waits the 10 days between the levels', () => {
    expect(nextLevel('f1', '2026-01-31', [done('f1', 'relance1', '2026-03-07')], plan, '2026-03-08')).toEqual({ level: plan.levels[2], dueOn: '2026-03-17' })
  })

  it('recalls the penalties from relance 2 on: 23 days × 12.15 % on 4 860.00 TTC → 37.21 € + 40 €', () => {
    // due 31 Jan, relance 2 due 15 Feb; asked on 23 Feb (23 days late)
    const run = dunningRun([f1], [], [done('f1', 'relance1', '2026-02-05')], plan, '2026-02-23')
    expect(run.due).toHaveLength(1)
    expect(run.due[0]).toMatchObject({ daysLate: 23, remainingCents: 486000, penalty: { penaltyCents: 3721, indemnityCents: 4000, totalCents: 7721 } })
  })

  it('claims what the letter claims: no penalty once waived, no 40 € for a private customer (D441-5, B2B only)', () => {
    const relance1 = done('f1', 'relance1', '2026-02-05')
    const waiver: DunningAction = { ...done('f1', 'waiver', '2026-02-20'), penaltiesWaived: true }
    const waived = dunningRun([f1], [], [relance1, waiver], plan, '2026-02-23')
    expect(waived.due[0]?.penalty).toBeUndefined()
    expect(waived.due[0]?.penaltyUnavailable).toBe(false)
    const consumer = dunningRun([f1], [], [relance1], plan, '2026-02-23', { professionalOf: (id) => id !== 'c1' })
    expect(consumer.due[0]).toMatchObject({ penalty: { penaltyCents: 3721, indemnityCents: 0, totalCents: 3721 } })
  })

  it('leaves paid invoices and drafts aside', () => {
    const paid = makePayment({ id: 'p', customerId: 'c1', date: '2026-02-03', amountCents: 486000, allocations: [{ docId: 'f1', amountCents: 486000 }] })
    expect(dunningRun([f1], [paid], [], plan, '2026-02-10').due).toEqual([])
    expect(dunningRun([{ ...f1, status: 'draft' }], [], [], plan, '2026-02-10').due).toEqual([])
  })

  it('is done once every level is done', () => {
    const all = plan.levels.filter((l) => !l.optional).map((l) => done('f1', l.id, '2026-03-30'))
    expect(dunningRun([f1], [], all, plan, '2026-06-30')).toMatchObject({ due: [], upcoming: [] })
  })

  it('says when the penalty table has no figure (H2 2026) instead of guessing a rate', () => {
    const late = invoice('f9', 'c1', '2026-06-20', 100000)
    const run = dunningRun([late], [], [done('f9', 'relance1', '2026-06-25')], plan, '2026-07-10')
    expect(run.due[0]).toMatchObject({ level: { id: 'relance2' }, penaltyUnavailable: true })
    expect(run.due[0]!.penalty).toBeUndefined()
  })
})

describe('dunningRun: suspensions (dispute, promise to pay)', () => {
  const f1 = invoice('f1', 'c1', '2026-01-31', 120000)
  const dispute: DunningAction = { id: 's1', customerId: 'c1', invoiceIds: ['f1'], level: 'suspension', channel: 'phone', dueOn: '2026-02-06', status: 'suspended', suspension: 'dispute', reason: 'Livraison incomplète' }

  it('does not chase an invoice in dispute', () => {
    const run = dunningRun([f1], [], [dispute], plan, '2026-02-20')
    expect(run.due).toEqual([])
    expect(run.suspended).toEqual([{ customerId: 'c1', invoiceId: 'f1', kind: 'dispute', reason: 'Livraison incomplète' }])
  })

  it('resumes when the dispute is lifted', () => {
    expect(dunningRun([f1], [], [{ ...dispute, liftedOn: '2026-02-10' }], plan, '2026-02-20').due.map((p) => p.level.id)).toEqual(['relance1'])
  })

  it('a promise to pay suspends until its date; not kept, the next level comes the day after', () => {
    const promise: DunningAction = { ...dispute, suspension: 'promise', until: '2026-02-20', promisedCents: 120000, reason: 'Virement promis' }
    const actions = [done('f1', 'relance1', '2026-02-05', 'phone'), promise]
    expect(dunningRun([f1], [], actions, plan, '2026-02-20').due).toEqual([])
    expect(dunningRun([f1], [], actions, plan, '2026-02-21').due.map((p) => p.level.id)).toEqual(['relance2'])
  })
})

describe('claims: the 40 € once per late invoice, never per letter (D441-5)', () => {
  it('two letters about one invoice claim 40 € each time for that invoice, two invoices 80 €', () => {
    const line = (invoiceId: string) => ({ invoiceId, dueDate: '2026-01-31', daysLate: 23, remainingCents: 486000, penaltyCents: 3721, indemnityCents: 4000 })
    expect(claimTotals([line('f1')])).toEqual({ principalCents: 486000, penaltyCents: 3721, indemnityCents: 4000, totalCents: 493721 })
    expect(claimTotals([line('f1'), line('f2')]).indemnityCents).toBe(8000)
  })
})

describe('payment plans within delegation (REAC CP4.3)', () => {
  const ok = [{ date: '2026-03-01', amountCents: 60000 }, { date: '2026-03-31', amountCents: 60000 }]
  it('accepts instalments summing to what is owed, within the days granted', () => {
    expect(checkPaymentPlan(ok, 120000, '2026-02-20', 60)).toEqual([])
  })
  it('refuses a last instalment beyond the delegation', () => {
    expect(checkPaymentPlan(ok, 120000, '2026-02-20', 30)).toEqual([{ code: 'beyondDelegation', extensionDays: 39, maxDays: 30 }])
  })
  it('refuses a plan that does not add up, or instalments in the past or out of order', () => {
    expect(checkPaymentPlan(ok, 130000, '2026-02-20', 60)).toEqual([{ code: 'sumMismatch', sumCents: 120000, owedCents: 130000 }])
    expect(checkPaymentPlan([...ok].reverse(), 120000, '2026-02-20', 60)).toEqual([{ code: 'instalmentOrder', index: 1 }])
    expect(checkPaymentPlan(ok, 120000, '2026-03-05', 60)).toContainEqual({ code: 'instalmentInPast', index: 0 })
    expect(checkPaymentPlan([], 1, '2026-03-05', 60)).toEqual([{ code: 'noInstalment' }])
  })
})

describe('formal notice and escalation (DOMAIN-FR §3, CPC 1405)', () => {
  it('the formal notice gives 8 to 15 days', () => {
    expect([7, 8, 15, 16].map(isFormalNoticeDeadline)).toEqual([false, true, true, false])
  })
  const sure = { certain: true, liquid: true, due: true }
  it('the simplified procedure is for claims up to 5 000 €', () => {
    expect(escalationRefusal('simplifiedProcedure', 500000, sure, true)).toBeUndefined()
    expect(escalationRefusal('simplifiedProcedure', 500001, sure, true)).toBe('overSimplifiedMax')
  })
  it('the injonction de payer needs a certain, liquid and due claim, and every route a formal notice first', () => {
    expect(escalationRefusal('injunction', 900000, { ...sure, certain: false }, true)).toBe('claimNotCertainLiquidDue')
    expect(escalationRefusal('injunction', 900000, sure, true)).toBeUndefined()
    expect(escalationRefusal('agency', 900000, sure, false)).toBe('noFormalNotice')
  })
})

describe('checkDunningPlan', () => {
  it('the default plan is valid', () => expect(checkDunningPlan(plan)).toEqual([]))
  it('names the field of a bad level', () => {
    const levels = plan.levels.map((l) => ({ ...l }))
    levels[2]!.offsetDays = 5
    levels[3]!.id = 'relance1'
    levels[4]!.channels = []
    expect(checkDunningPlan({ levels })).toEqual([
      { field: 'levels[2].offsetDays', code: 'offsetOrder' },
      { field: 'levels[3].id', code: 'duplicateId' },
      { field: 'levels[4].channels', code: 'noChannel' },
    ])
    expect(checkDunningPlan({ levels: [] })).toEqual([{ field: 'levels', code: 'empty' }])
  })
})
