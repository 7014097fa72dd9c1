/**
 * scenarios/cp1-releve-lettrage.yaml played through the commands: a right attempt passes every
 * automatic check; each typical mistake (the transfer matched to the newest invoices first, the whole
 * transfer left unmatched, the payment dated on the customer's issue day, no statement attached or one
 * sent before the payment was recorded, the answer written in English to a French customer, a wrong balance
 * announced) misses the named check only, with its feedback.
 */
import { describe, expect, it } from 'vitest'
import { sendMessage } from '@/commands/messages'
import { recordPayment } from '@/commands/payments'
import type { WorkspaceDb } from '@/db/workspace-db'
import { accountStatement, customerAgeing, openInvoices, suggestAllocations } from '@/domain'
import { computeExpected, type Check, type Condition, type Expected } from '@/scenario'
import { answer, gradePackAttempt, incomingMessage, learner, loadScenarioFile, startPackAttempt, typedEuros } from '../../factories/scenario'
import { expectAllPassed, expectMissedOnly } from './pack-expectations'

const scenario = loadScenarioFile('scenarios/cp1-releve-lettrage.yaml')
const CUSTOMER = 'cli-pernet'
const TODAY = '2026-04-14'
const TRANSFER_CENTS = 229_040
const PERIOD = { from: '2026-01-01', to: TODAY }

const check = <K extends Check['kind']>(id: string) => scenario.checks!.find((c) => c.id === id) as Extract<Check, { kind: K }>
/** The two computed amounts the answer must give: what remains on the invoice of 2 April, the statement's balance. */
const [remainingExpected, balanceExpected] = check<'messageSent'>('reponse-client').facts!
  .filter((fact): fact is { amount: Expected } => typeof fact === 'object' && 'amount' in fact)
  .map((fact) => fact.amount)
/** The amounts the lettrage check reads in the customer's remittance advice, by invoice. */
const adviceAmounts = new Map(check<'all'>('lettrage-avis').of
  .filter((c): c is Extract<Condition, { kind: 'recordExists' }> => c.kind === 'recordExists')
  .map((c) => {
    const some = (c.where!.allocations as { some: { docId: string; amountCents: number } }).some
    return [some.docId, some.amountCents] as const
  }))

async function customerState(db: WorkspaceDb) {
  const [docs, payments] = await Promise.all([
    db.salesDocs.where('customerId').equals(CUSTOMER).toArray(),
    db.payments.where('customerId').equals(CUSTOMER).toArray(),
  ])
  return { docs, payments }
}

/** "1,070.80" as an English writer types an amount. */
const englishEuros = (cents: number) => `${Math.floor(cents / 100).toLocaleString('en-GB')}.${String(cents % 100).padStart(2, '0')}`

const frenchAnswer = (remaining: string, balance: string) => `Monsieur,

Nous vous remercions de votre virement de 2 290,40 € (VIR PERNET AVR26), reçu le 14 avril et imputé comme
votre avis l'indique : les factures du 23 février et du 12 mars sont soldées, et 500,00 € viennent en
acompte sur celle du 2 avril.

Vous trouverez ci-joint votre relevé de compte au 14 avril. Son solde est de ${balance} € : il reste
${remaining} € sur la facture du 2 avril, à régler pour le 2 mai, et la facture du 10 avril, à échéance
du 10 mai.

Bien cordialement,
Confluence Bureau`

const englishAnswer = (remaining: string, balance: string) => `Dear Mr Roux,

Thank you for your transfer of €2,290.40, received on 14 April and matched as your advice says.

Please find attached your account statement at 14 April. Its balance is €${balance}: €${remaining}
remain due on the invoice of 2 April, payable by 2 May.

Kind regards,
Confluence Bureau`

interface Attempt {
  /** How the transfer is matched: as the advice says (oldest first), newest invoices first, or not at all. */
  allocation?: 'advice' | 'newestFirst' | 'none'
  language?: 'fr' | 'en'
  /** The balance announced: the statement's, or only what remains on the invoice of 2 April. */
  balance?: 'statement' | 'april'
  /** The statement attached to the answer (the default), or left out. */
  attachStatement?: boolean
  /** The payment dated on the day the bank credited it (the default), or on the day the customer says it sent it. */
  paymentDate?: string
  /** A first statement sent alone on receipt of the advice, before the payment is recorded. */
  statementFirst?: boolean
}

async function play(db: WorkspaceDb, attempt: Attempt = {}): Promise<void> {
  const advice = await incomingMessage(db, 'ev-avis-virement')
  if (attempt.statementFirst) {
    await learner(db, sendMessage, {
      channel: 'email', tierId: CUSTOMER, language: 'fr', inReplyTo: advice.id, attachmentIds: [], statement: PERIOD,
      subject: 'Votre relevé de compte', body: 'Monsieur,\n\nVeuillez trouver ci-joint votre relevé de compte.\n\nBien cordialement,\nConfluence Bureau',
    })
  }
  const before = await customerState(db)
  // The open invoices, oldest due date first, as the payment form suggests them.
  const open = openInvoices(before.docs, before.payments, TODAY)
  const order = attempt.allocation === 'newestFirst' ? [...open].reverse() : open
  const allocations = attempt.allocation === 'none' ? undefined : suggestAllocations(order, TRANSFER_CENTS).allocations
  await learner(db, recordPayment, {
    customerId: CUSTOMER, date: attempt.paymentDate ?? TODAY, amountCents: TRANSFER_CENTS, method: 'transfer', reference: 'VIR PERNET AVR26',
    ...(allocations ? { allocations } : {}),
  })
  // The learner reads the balance on the statement, and what the advice leaves on the invoice of 2 April.
  const after = await customerState(db)
  const closing = accountStatement(after.docs, after.payments, PERIOD).closingBalanceCents
  const april = after.docs.find((d) => d.id === 'fa-pernet-avril')!
  const remaining = april.totals!.amountDueCents - 50_000
  const balance = attempt.balance === 'april' ? remaining : closing
  const english = attempt.language === 'en'
  await learner(db, sendMessage, {
    channel: 'email', tierId: CUSTOMER, language: english ? 'en' : 'fr', inReplyTo: advice.id, attachmentIds: [], ...(attempt.attachStatement === false ? {} : { statement: PERIOD }),
    subject: english ? 'Your account statement' : 'Votre relevé de compte au 14 avril',
    body: english ? englishAnswer(englishEuros(remaining), englishEuros(balance)) : frenchAnswer(typedEuros(remaining), typedEuros(balance)),
  })
  await answer(db, 't-balance', 'non-echu')
}

// Each test starts an attempt on the whole built-in company (a few seconds on a busy machine).
describe('scenario pack: cp1-releve-lettrage', { timeout: 60_000 }, () => {
  it('a right attempt passes every automatic check', async () => {
    const db = await startPackAttempt(scenario)
    // The customer starts with its four validated invoices only, at 30 days net; the advice's amounts are their totals.
    const { docs, payments } = await customerState(db)
    expect(payments).toEqual([])
    expect(docs.map((d) => [d.id, d.type, d.status, d.date, d.dueDate])).toEqual(expect.arrayContaining([
      ['fa-pernet-fevrier', 'invoice', 'validated', '2026-02-23', '2026-03-25'],
      ['fa-pernet-mars', 'invoice', 'validated', '2026-03-12', '2026-04-11'],
      ['fa-pernet-avril', 'invoice', 'validated', '2026-04-02', '2026-05-02'],
      ['fa-pernet-toners', 'invoice', 'validated', '2026-04-10', '2026-05-10'],
    ]))
    expect(docs).toHaveLength(4)
    for (const doc of docs) expect(doc.number).toMatch(/^FA-2026-/)
    const total = (id: string) => docs.find((d) => d.id === id)!.totals!.amountDueCents
    expect(total('fa-pernet-fevrier')).toBe(adviceAmounts.get('fa-pernet-fevrier'))
    expect(total('fa-pernet-mars')).toBe(adviceAmounts.get('fa-pernet-mars'))
    expect(total('fa-pernet-fevrier') + total('fa-pernet-mars') + adviceAmounts.get('fa-pernet-avril')!).toBe(TRANSFER_CENTS)
    expect(accountStatement(docs, payments, PERIOD).closingBalanceCents).toBe(docs.reduce((sum, d) => sum + d.totals!.amountDueCents, 0))

    await play(db)
    const after = await customerState(db)
    expect(after.payments).toHaveLength(1)
    expect(after.payments[0]!.allocations).toEqual([
      { docId: 'fa-pernet-fevrier', amountCents: 85_680 },
      { docId: 'fa-pernet-mars', amountCents: 93_360 },
      { docId: 'fa-pernet-avril', amountCents: 50_000 },
    ])
    // The statement's closing balance and the rest of the invoice of 2 April are the scenario's computed amounts.
    expect(accountStatement(after.docs, after.payments, PERIOD).closingBalanceCents).toBe(computeExpected(balanceExpected!))
    expect(openInvoices(after.docs, after.payments, TODAY).map((i) => [i.docId, i.remainingCents]))
      .toEqual([['fa-pernet-avril', computeExpected(remainingExpected!)], ['fa-pernet-toners', total('fa-pernet-toners')]])
    // Nothing overdue remains: the answer "non échu" is what the aged balance shows.
    const ageing = customerAgeing(after.docs, after.payments, TODAY)
    expect(ageing.buckets).toEqual({ notDue: computeExpected(balanceExpected!), days1to30: 0, days31to60: 0, days61to90: 0, over90: 0 })

    const report = await gradePackAttempt(db)
    expectAllPassed(report)
    expect(report.criteria.map((c) => [c.id, c.status])).toEqual([
      ['CP1.1', 'evidenced'], ['CP1.2', 'evidenced'], ['CP1.3', 'evidenced'], ['CP1.4', 'evidenced'], ['CT1.2', 'trainerOnly'],
    ])
  })

  it('the transfer matched to the newest invoices first: lettrage-avis misses', async () => {
    const db = await startPackAttempt(scenario)
    await play(db, { allocation: 'newestFirst' })
    // The invoice of 12 March, overdue, stays partly open: the aged balance shows it late.
    const after = await customerState(db)
    expect(customerAgeing(after.docs, after.payments, TODAY).buckets.days1to30).toBeGreaterThan(0)
    expect(expectMissedOnly(scenario, await gradePackAttempt(db), 'lettrage-avis').miss).toBe('childrenMissed')
  })

  it('the whole transfer left unmatched: lettrage-avis misses', async () => {
    const db = await startPackAttempt(scenario)
    await play(db, { allocation: 'none' })
    const after = await customerState(db)
    expect(after.payments[0]!.allocations).toEqual([])
    expectMissedOnly(scenario, await gradePackAttempt(db), 'lettrage-avis')
  })

  it('the answer written in English to a French customer: reponse-client misses', async () => {
    const db = await startPackAttempt(scenario)
    await play(db, { language: 'en' })
    const missed = expectMissedOnly(scenario, await gradePackAttempt(db), 'reponse-client')
    expect(missed.miss).toBe('wrongLanguage')
    expect(missed.evidence[0]).toMatchObject({ kind: 'message', language: 'en', languageOk: false })
  })

  it('the balance announced without the invoice of 10 April: reponse-client misses the balance', async () => {
    const db = await startPackAttempt(scenario)
    await play(db, { balance: 'april' })
    const missed = expectMissedOnly(scenario, await gradePackAttempt(db), 'reponse-client')
    expect(missed.miss).toBe('factsMissing')
    expect(missed.evidence[0]).toMatchObject({ kind: 'message', languageOk: true, missing: [expect.stringMatching(/^1\u202f070,80 €$/)] })
  })

  it('the payment dated on the day the customer says it sent it: reglement-enregistre misses', async () => {
    const db = await startPackAttempt(scenario)
    await play(db, { paymentDate: '2026-04-13' })
    expectMissedOnly(scenario, await gradePackAttempt(db), 'reglement-enregistre')
  })

  it('the answer sent without the statement: releve-apres-reglement misses', async () => {
    const db = await startPackAttempt(scenario)
    await play(db, { attachStatement: false })
    expectMissedOnly(scenario, await gradePackAttempt(db), 'releve-apres-reglement')
  })

  it('a statement sent before the payment was recorded: releve-apres-reglement misses', async () => {
    const db = await startPackAttempt(scenario)
    await play(db, { statementFirst: true })
    const missed = expectMissedOnly(scenario, await gradePackAttempt(db), 'releve-apres-reglement')
    expect(missed.children!.map((child) => [child.kind, child.passed, child.miss])).toEqual([['recordExists', true, undefined], ['happenedBefore', false, 'wrongOrder']])
  })
})
