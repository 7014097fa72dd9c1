/**
 * scenarios/cp1-devis-remises-cascade.yaml played through the commands: a right attempt passes every
 * automatic check; each typical mistake (discounts added instead of cascaded, VAT summed line by
 * line, the customer's 60-day terms put on her record, the default validity, a French email) misses
 * the named check only, with its feedback.
 */
import { describe, expect, it } from 'vitest'
import { sendMessage } from '@/commands/messages'
import { createQuote, sendQuote } from '@/commands/sales/quotes'
import { updateTier } from '@/commands/tiers'
import type { WorkspaceDb } from '@/db/workspace-db'
import { draftFromTier, priceDocument } from '@/domain'
import type { Check } from '@/scenario'
import { answer, gradePackAttempt, incomingMessage, learner, loadScenarioFile, startPackAttempt, typedEuros } from '../../factories/scenario'
import { expectAllPassed, expectMissedOnly } from './pack-expectations'

const scenario = loadScenarioFile('scenarios/cp1-devis-remises-cascade.yaml')
const CUSTOMER = 'cli-lumen'
const LINES = [
  { productId: 'P004', quantity: 12 },
  { productId: 'P019', quantity: 12 },
  { productId: 'P008', quantity: 1 },
  { productId: 'P026', quantity: 8 },
]

const ENGLISH = (number: string) => `Dear Ms Carter,

Thank you for your request. Please find attached our quotation ${number} for your new Gerland office.
As agreed with Mr Morel, it includes a 10% volume discount followed by a 5% account-opening discount.

1. The quotation is valid until 29 May 2026, after your budget committee of 20 May.
2. Our terms of sale provide for payment within 30 days of the invoice date; French law does not allow
   60 days end of month. In return, we grant you a 2% early payment discount for payment within 10 days.

Kind regards,
Confluence Bureau`

const FRENCH = (number: string) => `Madame,

Veuillez trouver ci-joint notre devis ${number}. Il est valable jusqu'au 29 mai 2026 ; le paiement se fait à
30 jours date de facture, avec un escompte de 2 % pour paiement anticipé (early payment) à 10 jours.

Cordialement,
Confluence Bureau`

interface Attempt {
  discounts?: number[]
  validUntil?: string | null
  /** The learner gives in to the customer and puts 60-day terms on her record before quoting. */
  customerTerms?: boolean
  language?: 'en' | 'fr'
  /**
   * The VAT typed in the control task: as the ERP shows it on the quote, recalculated by hand on the
   * granted terms (right whatever was keyed), or summed line by line.
   */
  vat?: 'erp' | 'byHand' | 'perLine'
}

/** The quote's pricing as the file declares it (the inputs of `remises-cascade`). */
const declared = (scenario.checks!.find((check) => check.id === 'remises-cascade') as Extract<Check, { kind: 'amountEquals' }>).expected.priceDocument!

/** The typical slip: each line priced on its own, its VAT rounded, then the VATs added up. */
function vatSummedPerLine(): number {
  return declared.lines.reduce((sum, line) => sum + priceDocument({ ...declared, lines: [line] }).totalVatCents, 0)
}

async function play(db: WorkspaceDb, attempt: Attempt = {}): Promise<void> {
  const request = await incomingMessage(db, 'ev-demande')
  if (attempt.customerTerms) {
    const draft = draftFromTier((await db.tiers.get(CUSTOMER))!)
    draft.customer = { ...draft.customer!, paymentTerms: { kind: 'net', days: 60 } }
    await learner(db, updateTier, { id: CUSTOMER, tier: draft })
  }
  const validUntil = attempt.validUntil === undefined ? '2026-05-29' : attempt.validUntil
  const quote = await learner(db, createQuote, {
    customerId: CUSTOMER, lines: LINES, discountsPercent: attempt.discounts ?? [10, 5], earlyPaymentDiscountPercent: 2,
    ...(validUntil ? { validUntil } : {}),
  })
  await learner(db, sendQuote, { quoteId: quote.quoteId })
  const language = attempt.language ?? 'en'
  await learner(db, sendMessage, {
    channel: 'email', tierId: CUSTOMER, contactId: 'cli-lumen-1', language, inReplyTo: request.id, attachmentIds: [quote.quoteId],
    subject: language === 'en' ? `Quotation ${quote.number} – Gerland office` : `Devis ${quote.number}`,
    body: (language === 'en' ? ENGLISH : FRENCH)(quote.number),
  })
  const stored = (await db.salesDocs.get(quote.quoteId))!
  const vat = attempt.vat === 'perLine' ? vatSummedPerLine() : attempt.vat === 'byHand' ? priceDocument(declared).totalVatCents : stored.totals!.totalVatCents
  await answer(db, 't-controle', typedEuros(vat))
}

// Each test starts an attempt on the whole built-in company (a few seconds on a busy machine).
describe('scenario pack: cp1-devis-remises-cascade', { timeout: 60_000 }, () => {
  it('a right attempt passes every automatic check; the rubric is left to the trainer', async () => {
    const db = await startPackAttempt(scenario)
    // The attempt starts with the customer on file, her request and the manager's terms in the inbox.
    expect(await db.tiers.get(CUSTOMER)).toMatchObject({ language: 'en', customer: { paymentTerms: { kind: 'net', days: 30 } } })
    const inbox = (await db.messages.toArray()).filter((m) => m.scenarioEventId)
    expect(inbox.map((m) => [m.scenarioEventId, m.date, m.language])).toEqual([['ev-demande', '2026-04-13', 'en'], ['ev-conditions', '2026-04-13', 'fr']])
    expect((await db.meta.get('company.settings'))!.value).toMatchObject({ delegation: { maxDiscountPercent: 10, maxPaymentExtensionDays: 0 } })
    await play(db)
    const quote = (await db.salesDocs.where('customerId').equals(CUSTOMER).toArray())[0]!
    // The ERP's figures and the file's expectation meet: 13 337.00 gross, −10 % −5 %, −2 %, VAT 20 %.
    expect(quote).toMatchObject({ status: 'sent', validUntil: '2026-05-29', discountsPercent: [10, 5], totals: { grossCents: 1_333_700 } })
    expect(quote.totals!.totalInclVatCents).toBe(priceDocument(declared).totalInclVatCents)
    const report = await gradePackAttempt(db)
    expectAllPassed(report)
    expect(report.criteria.map((c) => [c.id, c.status])).toEqual([
      ['CP1.1', 'evidenced'], ['CP1.2', 'evidenced'], ['CP1.3', 'evidenced'], ['CP1.4', 'evidenced'], ['CP3.5', 'evidenced'],
    ])
    expect(report.trainer.items.map((item) => [item.id, item.status])).toEqual([['qualite-anglais', 'toBeGradedByTrainer'], ['refus-argumente', 'toBeGradedByTrainer']])
  })

  it('discounts added (15 %) instead of cascaded (10 % then 5 %): remises-cascade misses', async () => {
    const db = await startPackAttempt(scenario)
    // A keying slip: the two rates typed as one in the ERP, the hand-made VAT control right.
    await play(db, { discounts: [15], vat: 'byHand' })
    const report = await gradePackAttempt(db)
    const missed = expectMissedOnly(scenario, report, 'remises-cascade')
    expect(missed.miss).toBe('valueDiffers')
    expect(missed.evidence[0]).toMatchObject({ kind: 'record', expected: priceDocument(declared).totalInclVatCents })
  })

  it('VAT summed line by line in the control: controle-tva misses', async () => {
    expect(vatSummedPerLine()).not.toBe(priceDocument(declared).totalVatCents)
    const db = await startPackAttempt(scenario)
    await play(db, { vat: 'perLine' })
    const report = await gradePackAttempt(db)
    expect(expectMissedOnly(scenario, report, 'controle-tva').miss).toBe('wrongAnswer')
  })

  it('the customer\'s 60-day terms put on her record: conditions-cgv misses', async () => {
    const db = await startPackAttempt(scenario)
    await play(db, { customerTerms: true })
    const report = await gradePackAttempt(db)
    expectMissedOnly(scenario, report, 'conditions-cgv')
  })

  it('the default 30-day validity, before the customer\'s committee: validite misses', async () => {
    const db = await startPackAttempt(scenario)
    await play(db, { validUntil: null })
    const report = await gradePackAttempt(db)
    expectMissedOnly(scenario, report, 'validite')
    expect((await db.salesDocs.where('customerId').equals(CUSTOMER).first())!.validUntil).toBe('2026-05-13')
  })

  it('the quote emailed in French to an English-speaking customer: courriel-anglais misses', async () => {
    const db = await startPackAttempt(scenario)
    await play(db, { language: 'fr' })
    const report = await gradePackAttempt(db)
    expect(expectMissedOnly(scenario, report, 'courriel-anglais').miss).toBe('wrongLanguage')
  })
})
