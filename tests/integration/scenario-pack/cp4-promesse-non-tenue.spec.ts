/**
 * scenarios/cp4-promesse-non-tenue.yaml played through the dunning commands: a right attempt (formal
 * notice with the domain's figures, management alerted) passes every automatic check; each typical
 * mistake (management not alerted, a payment plan beyond delegation tried, penalties on the amount
 * excluding VAT, the 40 € claimed with every letter) misses the named check only.
 */
import { describe, expect, it } from 'vitest'
import { agreePaymentPlan, alertManagement, sendFormalNotice } from '@/commands/dunning'
import type { WorkspaceDb } from '@/db/workspace-db'
import { DEFAULT_DUNNING_PLAN, dunningRun } from '@/domain'
import { computeExpected, type Check, type Expected } from '@/scenario'
import { gradePackAttempt, incomingMessage, learner, learnerTries, loadScenarioFile, startPackAttempt } from '../../factories/scenario'
import { expectAllPassed, expectMissedOnly } from './pack-expectations'

const scenario = loadScenarioFile('scenarios/cp4-promesse-non-tenue.yaml')
const TODAY = '2026-04-20'
const check = <K extends Check['kind']>(id: string) => scenario.checks!.find((c) => c.id === id) as Extract<Check, { kind: K }>
const [penaltyExpected, totalExpected] = check<'messageSent'>('mise-en-demeure-montant').facts!
  .filter((fact): fact is { amount: Expected } => typeof fact === 'object' && 'amount' in fact).map((fact) => fact.amount)

const notice = (penalty: string, indemnity: string, total: string) => `Monsieur,

Malgré nos relances du 26 mars et du 4 avril et votre promesse d'un virement pour le 17 avril, la facture
de 3 734,40 € TTC échue le 20/03/2026 reste impayée. Pénalités de retard (L441-10) : ${penalty} ;
indemnité forfaitaire (D441-5) : ${indemnity}.

Par la présente, nous vous mettons en demeure de régler la somme de ${total} sous 8 jours. À défaut, nous
engagerons une procédure d'injonction de payer.

Veuillez agréer nos salutations distinguées.`

interface Attempt {
  letter?: 'template' | 'penaltiesOnHt' | 'indemnityPerLetter'
  alert?: boolean
  tryPlan?: boolean
}

async function play(db: WorkspaceDb, attempt: Attempt = {}) {
  await incomingMessage(db, 'ev-demande-bertin')
  if (attempt.tryPlan) {
    await learnerTries(db, agreePaymentPlan, {
      customerId: 'cli-bertin', invoiceIds: ['fa-bertin'], note: 'Quatre mensualités',
      instalments: [{ date: '2026-04-30', amountCents: 93360 }, { date: '2026-05-31', amountCents: 93360 }, { date: '2026-06-30', amountCents: 93360 }, { date: '2026-07-31', amountCents: 93360 }],
    })
  }
  const base = { customerId: 'cli-bertin', invoiceIds: ['fa-bertin'], deadlineDays: 8 }
  if (attempt.letter === 'penaltiesOnHt') {
    // 3 112,00 × 12,15 % × 31 / 365 = 32,11 € instead of 38,54 €.
    await learner(db, sendFormalNotice, { ...base, subject: 'Mise en demeure de payer – LRAR', body: notice('32,11 €', '40,00 €', '3 806,51 €') })
  } else if (attempt.letter === 'indemnityPerLetter') {
    await learner(db, sendFormalNotice, { ...base, subject: 'Mise en demeure de payer – LRAR', body: notice('38,54 €', '120,00 € (3 courriers)', '3 892,94 €') })
  } else {
    await learner(db, sendFormalNotice, base)
  }
  if (attempt.alert !== false) {
    await learner(db, alertManagement, {
      customerId: 'cli-bertin', invoiceIds: ['fa-bertin'],
      note: 'Promesse du 17 avril non tenue, mise en demeure envoyée ce jour. M. Bertin demande 4 mensualités jusqu\'à fin juillet et l\'abandon des pénalités : hors de ma délégation, merci de décider.',
    })
  }
}

describe('scenario pack: cp4-promesse-non-tenue', { timeout: 60_000 }, () => {
  it('a right attempt passes every automatic check', async () => {
    const db = await startPackAttempt(scenario)
    const invoice = (await db.salesDocs.get('fa-bertin'))!
    expect([invoice.dueDate, invoice.totals!.totalExclVatCents, invoice.totals!.amountDueCents]).toEqual(['2026-03-20', 311200, 373440])
    // The promise of 17 April has lapsed: the run proposes the formal notice today.
    const [docs, payments, actions] = await Promise.all([db.salesDocs.toArray(), db.payments.toArray(), db.dunningActions.toArray()])
    const run = dunningRun(docs, payments, actions, DEFAULT_DUNNING_PLAN, TODAY)
    expect(run.due.filter((p) => p.customerId === 'cli-bertin').map((p) => [p.level.id, p.dueOn, p.daysLate])).toEqual([['formalNotice', '2026-04-19', 31]])
    expect(computeExpected(penaltyExpected!)).toBe(3854)
    expect(computeExpected(totalExpected!)).toBe(381294)

    await play(db)
    const letter = (await db.messages.where('tierId').equals('cli-bertin').toArray()).find((m) => m.channel === 'letter')!
    expect(letter.body.replace(/\u202f|\u00a0/g, ' ')).toContain('mettons en demeure de régler la somme de 3 812,94 € au plus tard le 28/04/2026')
    const report = await gradePackAttempt(db)
    expectAllPassed(report)
    expect(report.criteria.map((c) => [c.id, c.status])).toEqual([['CP4.2', 'evidenced'], ['CP4.3', 'evidenced']])
  })

  it('management not alerted: alerte-direction misses', async () => {
    const db = await startPackAttempt(scenario)
    await play(db, { alert: false })
    expectMissedOnly(scenario, await gradePackAttempt(db), 'alerte-direction')
  })

  it('a four-month payment plan tried beyond the 30-day delegation is refused: delegation-respectee misses', async () => {
    const db = await startPackAttempt(scenario)
    await play(db, { tryPlan: true })
    expect(await db.dunningActions.filter((a) => a.suspension === 'paymentPlan').count()).toBe(0)
    expectMissedOnly(scenario, await gradePackAttempt(db), 'delegation-respectee')
  })

  it('penalties computed on the amount excluding VAT: mise-en-demeure-montant misses', async () => {
    const db = await startPackAttempt(scenario)
    await play(db, { letter: 'penaltiesOnHt' })
    expect(expectMissedOnly(scenario, await gradePackAttempt(db), 'mise-en-demeure-montant').miss).toBe('factsMissing')
  })

  it('the 40 € claimed with each of the three letters: mise-en-demeure-montant misses', async () => {
    const db = await startPackAttempt(scenario)
    await play(db, { letter: 'indemnityPerLetter' })
    expectMissedOnly(scenario, await gradePackAttempt(db), 'mise-en-demeure-montant')
  })
})
