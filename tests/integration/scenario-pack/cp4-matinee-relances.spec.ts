/**
 * scenarios/cp4-matinee-relances.yaml played through the dunning commands: a right attempt passes every
 * automatic check; each typical mistake (penalties computed on the amount excluding VAT, the 40 € claimed
 * again with the second letter, a skipped level tried, the disputed invoice chased anyway, the English
 * customer written to in French) misses the named check only, with its feedback.
 */
import { describe, expect, it } from 'vitest'
import { logCall, sendFormalNotice, sendReminder, suspend } from '@/commands/dunning'
import type { WorkspaceDb } from '@/db/workspace-db'
import { DEFAULT_DUNNING_PLAN, dunningRun, latePenalty, defaultPenaltyRatePercent } from '@/domain'
import { computeExpected, type Check, type Expected } from '@/scenario'
import { gradePackAttempt, incomingMessage, learner, learnerTries, loadScenarioFile, startPackAttempt } from '../../factories/scenario'
import { expectAllPassed, expectMissedOnly } from './pack-expectations'

const scenario = loadScenarioFile('scenarios/cp4-matinee-relances.yaml')
const TODAY = '2026-03-16'
const check = <K extends Check['kind']>(id: string) => scenario.checks!.find((c) => c.id === id) as Extract<Check, { kind: K }>
const [penaltyExpected, totalExpected] = check<'messageSent'>('relance2-fabre').facts!
  .filter((fact): fact is { amount: Expected } => typeof fact === 'object' && 'amount' in fact).map((fact) => fact.amount)

async function run(db: WorkspaceDb) {
  const [docs, payments, actions] = await Promise.all([db.salesDocs.toArray(), db.payments.toArray(), db.dunningActions.toArray()])
  return dunningRun(docs, payments, actions, DEFAULT_DUNNING_PLAN, TODAY)
}

/** The letter of relance 2 to Fabre as the learner may rewrite it (the figures typed by hand). */
const fabreLetter = (penalty: string, indemnity: string, total: string) => `Monsieur,

Malgré notre précédente relance, la facture de 5 400,00 € TTC échue le 25/02/2026 reste impayée.
Pénalités de retard (article L441-10 du Code de commerce) : ${penalty} ; indemnité forfaitaire (D441-5) : ${indemnity}.
Montant total dû : ${total}. Merci de régulariser sous 8 jours.

Veuillez agréer nos salutations distinguées.`

interface Attempt {
  /** The relance 2 to Fabre: the template's figures (right), penalties on HT, or the 40 € twice (one per letter). */
  fabre?: 'template' | 'penaltiesOnHt' | 'indemnityPerLetter'
  /** The learner first tries the formal notice on Fabre (a skipped level). */
  trySkip?: boolean
  /** The disputed invoice is chased before the dispute is recorded. */
  chaseDispute?: boolean
  /** The English customer written to in French. */
  hartleyInFrench?: boolean
}

async function play(db: WorkspaceDb, attempt: Attempt = {}) {
  await incomingMessage(db, 'ev-litige-vidal')
  // Relance 1: Morel by phone (with a promise), Hartley by email in his language.
  await learner(db, logCall, { customerId: 'cli-morel', invoiceIds: ['fa-morel'], level: 'relance1', outcome: 'Mme Morel règle par virement le 20 mars.', promise: { date: '2026-03-20', amountCents: 140040 } })
  await learner(db, sendReminder, { customerId: 'cli-hartley', invoiceIds: ['fa-hartley'], level: 'relance1', channel: 'email', ...(attempt.hartleyInFrench ? { language: 'fr' } : {}) })
  // Relance 2 to Fabre.
  if (attempt.trySkip) await learnerTries(db, sendFormalNotice, { customerId: 'cli-fabre', invoiceIds: ['fa-fabre'], deadlineDays: 8 })
  const fabre = { customerId: 'cli-fabre', invoiceIds: ['fa-fabre'], level: 'relance2', channel: 'letter' as const }
  if (attempt.fabre === 'penaltiesOnHt') {
    const onHt = latePenalty({ amountCents: 450000, annualRatePercent: defaultPenaltyRatePercent(TODAY), dueDate: '2026-02-25', paymentDate: TODAY })
    await learner(db, sendReminder, { ...fabre, subject: 'Deuxième relance', body: fabreLetter('28,46 €', '40,00 €', `${(540000 + onHt.totalCents) / 100} €`.replace('.', ',')) })
  } else if (attempt.fabre === 'indemnityPerLetter') {
    await learner(db, sendReminder, { ...fabre, subject: 'Deuxième relance', body: fabreLetter('34,15 €', '80,00 € (2 relances)', '5 514,15 €') })
  } else {
    await learner(db, sendReminder, fabre)
  }
  await learner(db, sendFormalNotice, { customerId: 'cli-roux', invoiceIds: ['fa-roux'], deadlineDays: 8 })
  if (attempt.chaseDispute) await learner(db, sendReminder, { customerId: 'cli-vidal', invoiceIds: ['fa-vidal'], level: 'relance2', channel: 'letter' })
  await learner(db, suspend, { customerId: 'cli-vidal', invoiceIds: ['fa-vidal'], kind: 'dispute', reason: 'Deux fauteuils manquants sur la livraison du 24 janvier' })
}

describe('scenario pack: cp4-matinee-relances', { timeout: 60_000 }, () => {
  it('a right attempt passes every automatic check', async () => {
    const db = await startPackAttempt(scenario)
    // The five invoices and their due dates as the scenario's comment says; the run proposes each at its level.
    const docs = await db.salesDocs.where('customerId').anyOf('cli-morel', 'cli-hartley', 'cli-fabre', 'cli-vidal', 'cli-roux').toArray()
    expect(docs.map((d) => [d.id, d.dueDate, d.totals!.amountDueCents]).sort()).toEqual([
      ['fa-fabre', '2026-02-25', 540000], ['fa-hartley', '2026-03-06', 142800], ['fa-morel', '2026-03-08', 140040],
      ['fa-roux', '2026-02-12', 233400], ['fa-vidal', '2026-02-24', 114240],
    ])
    const before = await run(db)
    expect(before.due.filter((p) => p.customerId.startsWith('cli-')).map((p) => [p.invoiceId, p.level.id]).sort()).toEqual([
      ['fa-fabre', 'relance2'], ['fa-hartley', 'relance1'], ['fa-morel', 'relance1'], ['fa-roux', 'formalNotice'], ['fa-vidal', 'relance2'],
    ])
    // DOMAIN-FR §3 formula on the TTC: 5 400,00 × 12,15 % × 19 / 365 = 34,15 €; + 40 € once.
    expect(computeExpected(penaltyExpected!)).toBe(3415)
    expect(computeExpected(totalExpected!)).toBe(547415)

    await play(db)
    const fabreLetterSent = (await db.messages.where('tierId').equals('cli-fabre').toArray()).find((m) => m.channel === 'letter')!
    expect(fabreLetterSent.body.replace(/\u202f|\u00a0/g, ' ')).toContain('Montant total dû : 5 474,15 €')
    const after = await run(db)
    expect(after.due.filter((p) => p.customerId.startsWith('cli-'))).toEqual([])
    expect(after.suspended.map((s) => [s.invoiceId, s.kind]).sort()).toEqual([['fa-morel', 'promise'], ['fa-vidal', 'dispute']])

    const report = await gradePackAttempt(db)
    expectAllPassed(report)
    expect(report.criteria.map((c) => [c.id, c.status])).toEqual([['CP4.2', 'evidenced']])
  })

  it('penalties computed on the amount excluding VAT: relance2-fabre misses', async () => {
    const db = await startPackAttempt(scenario)
    await play(db, { fabre: 'penaltiesOnHt' })
    expect(expectMissedOnly(scenario, await gradePackAttempt(db), 'relance2-fabre').miss).toBe('factsMissing')
  })

  it('the 40 € claimed again with the second letter: relance2-fabre misses', async () => {
    const db = await startPackAttempt(scenario)
    await play(db, { fabre: 'indemnityPerLetter' })
    expectMissedOnly(scenario, await gradePackAttempt(db), 'relance2-fabre')
  })

  it('a formal notice tried before relance 2 (a skipped level) is refused and pas-de-niveau-saute misses', async () => {
    const db = await startPackAttempt(scenario)
    await play(db, { trySkip: true })
    expectMissedOnly(scenario, await gradePackAttempt(db), 'pas-de-niveau-saute')
  })

  it('the disputed invoice chased anyway: litige-pas-relance misses', async () => {
    const db = await startPackAttempt(scenario)
    await play(db, { chaseDispute: true })
    expectMissedOnly(scenario, await gradePackAttempt(db), 'litige-pas-relance')
  })

  it('the English customer written to in French: relance1-hartley-anglais misses', async () => {
    const db = await startPackAttempt(scenario)
    await play(db, { hartleyInFrench: true })
    expect(expectMissedOnly(scenario, await gradePackAttempt(db), 'relance1-hartley-anglais').miss).toBe('wrongLanguage')
  })
})
