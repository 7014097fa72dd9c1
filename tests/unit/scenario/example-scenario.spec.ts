/**
 * The example scenario of scenarios/ (exemple-crm-rgpd.yaml): it loads, a right attempt passes every
 * automatic check, and each typical mistake misses the named check — with its feedback — while the
 * others still pass. The attempts are synthetic journals and snapshots: the CRM, GDPR and message
 * commands are written in parallel; only their names and the stored records matter here.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { JournalEntry } from '@/db/types'
import type { Tier } from '@/domain/model'
import { gradeAttempt, loadScenario, type GradingSnapshot, type Scenario } from '@/scenario'
import { makeCustomer } from '../../factories/company-records'
import { emptySnapshot, entry, sentMessage } from './helpers'

const FILE = 'scenarios/exemple-crm-rgpd.yaml'

function load(): Scenario {
  const result = loadScenario(readFileSync(FILE, 'utf8'), 'exemple-crm-rgpd.yaml')
  if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 2))
  return result.scenario
}

const DAY0 = '2026-03-09'
const DAY2 = '2026-03-11'

function nordic(overrides: Partial<Tier> = {}): Tier {
  return makeCustomer({
    id: 't-nordic', name: 'Nordic Office Supplies AB', language: 'en', region: 'EU', createdOn: DAY0,
    billingAddress: { line1: 'Sveavägen 44', postalCode: '111 34', city: 'Stockholm', country: 'SE' },
    contacts: [{ id: 'ct-1', civility: 'Mme', firstName: 'Ingrid', lastName: 'Lindqvist', role: 'Purchasing Manager', email: 'ingrid.lindqvist@nordic-office.example', language: 'en' }],
    gdpr: {
      legalBasis: 'consent', objectsToProspecting: false, lastContactOn: DAY0,
      consents: [{ id: 'cs-1', purpose: 'emailMarketing', given: true, date: DAY0, source: 'Salon Bureaux & Espaces, Lyon', channel: 'inPerson' }],
    },
    ...overrides,
  })
}

const WELCOME = 'Dear Ms Lindqvist,\n\nWelcome! Our invoices are payable within 30 days. You will find our full catalogue online.\n'
  + 'You can unsubscribe from our newsletter at any time with the link in each issue.\n\nBest regards,\nConfluence Bureau'

interface Attempt {
  snapshot: GradingSnapshot
  journal: JournalEntry[]
}

function rightAttempt(): Attempt {
  const incoming = { ...sentMessage({ id: 'in-1', body: 'Passez leur fiche en client…', department: 'management', date: DAY2 }), direction: 'in' as const, scenarioEventId: 'ev-commande' }
  return {
    snapshot: emptySnapshot({
      tiers: [nordic()],
      messages: [incoming, sentMessage({ id: 'out-1', tierId: 't-nordic', language: 'en', date: DAY2, subject: 'Welcome to Confluence Bureau', body: WELCOME })],
      answers: { 't-preuve': ['date', 'source', 'finalite'] },
    }),
    journal: [
      entry('tiers.create', { kind: 'prospect', legal: 'company', name: 'Nordic Office Supplies AB', language: 'en' }, { seq: 1, simDate: DAY0, result: { tierId: 't-nordic', name: 'Nordic Office Supplies AB', kind: 'prospect', acknowledgedDuplicates: [] } }),
      entry('gdpr.recordConsent', { tierId: 't-nordic', purpose: 'emailMarketing', given: true, date: DAY0, source: 'Salon', channel: 'inPerson' }, { seq: 2, simDate: DAY0 }),
      entry('clock.advance', { days: 2 }, { seq: 3, simDate: DAY0 }),
      entry('tiers.convertToCustomer', { id: 't-nordic' }, { seq: 4, simDate: DAY2 }),
      entry('messages.send', { channel: 'email', tierId: 't-nordic', language: 'en', subject: 'Welcome to Confluence Bureau', body: WELCOME, attachmentIds: [] }, { seq: 5, simDate: DAY2 }),
    ],
  }
}

function missedOnly(scenario: Scenario, attempt: Attempt, checkId: string) {
  const report = gradeAttempt(scenario, attempt.snapshot, attempt.journal)
  expect(report.checks.filter((check) => !check.passed).map((check) => check.id)).toEqual([checkId])
  const missed = report.checks.find((check) => check.id === checkId)!
  expect(missed.feedback).toEqual(scenario.checks!.find((check) => check.id === checkId)!.feedback.miss)
  return missed
}

describe('scenarios/exemple-crm-rgpd.yaml', () => {
  const scenario = load()

  it('loads, with its tasks, checks, event and rubric', () => {
    expect(scenario).toMatchObject({ id: 'exemple-crm-rgpd', startDate: DAY0, criteria: ['CP1.4', 'CP5.2', 'CP8.4', 'CP3.5'] })
    expect(scenario.checks).toHaveLength(8)
    expect(scenario.timeline?.map((event) => event.id)).toEqual(['ev-commande'])
  })

  it('grades a right attempt: every automatic check passes, the rubric is left to the trainer', () => {
    const { snapshot, journal } = rightAttempt()
    const report = gradeAttempt(scenario, snapshot, journal)
    expect(report.checks.filter((check) => !check.passed).map((check) => [check.id, check.miss, check.evidence])).toEqual([])
    expect(report.automatic).toMatchObject({ passed: 8, total: 8, ratio: 1 })
    expect(report.criteria.map((criterion) => [criterion.id, criterion.status])).toEqual([
      ['CP1.4', 'evidenced'], ['CP5.2', 'evidenced'], ['CP8.4', 'evidenced'], ['CP3.5', 'evidenced'],
    ])
    expect(report.trainer.items).toEqual([expect.objectContaining({ id: 'qualite-anglais', status: 'toBeGradedByTrainer', points: 4 })])
  })

  it('misses prospect-cree when the contact is created as a customer straight away', () => {
    const attempt = rightAttempt()
    attempt.journal[0] = { ...attempt.journal[0]!, input: { ...attempt.journal[0]!.input, kind: 'customer' } }
    missedOnly(scenario, attempt, 'prospect-cree')
  })

  it('misses contact-complet when the contact has no email', () => {
    const attempt = rightAttempt()
    const { email: _email, ...contact } = nordic().contacts[0]!
    attempt.snapshot = { ...attempt.snapshot, tiers: [nordic({ contacts: [contact] })] }
    missedOnly(scenario, attempt, 'contact-complet')
  })

  it('misses consentement-courriel when no consent is recorded', () => {
    const attempt = rightAttempt()
    attempt.snapshot = { ...attempt.snapshot, tiers: [nordic({ gdpr: { ...nordic().gdpr!, consents: [] } })] }
    missedOnly(scenario, attempt, 'consentement-courriel')
  })

  it('misses pas-de-partage when a consent to partner sharing she refused is recorded', () => {
    const attempt = rightAttempt()
    const gdpr = nordic().gdpr!
    const sharing = { id: 'cs-2', purpose: 'partnerSharing' as const, given: true, date: DAY0, source: 'Salon', channel: 'inPerson' as const }
    attempt.snapshot = { ...attempt.snapshot, tiers: [nordic({ gdpr: { ...gdpr, consents: [...gdpr.consents, sharing] } })] }
    attempt.journal.push(entry('gdpr.recordConsent', { tierId: 't-nordic', purpose: 'partnerSharing', given: true }, { seq: 6, simDate: DAY2 }))
    missedOnly(scenario, attempt, 'pas-de-partage')
  })

  it('misses consentement-avant-envoi when the email goes out before the consent is recorded', () => {
    const attempt = rightAttempt()
    const [create, consent, advance, convert, send] = attempt.journal
    attempt.journal = [create!, advance!, convert!, { ...send!, seq: 5 }, { ...consent!, seq: 6, simDate: DAY2 }]
    missedOnly(scenario, attempt, 'consentement-avant-envoi')
  })

  it('misses preuve-consentement when the date of birth is ticked', () => {
    const attempt = rightAttempt()
    attempt.snapshot = { ...attempt.snapshot, answers: { 't-preuve': ['date', 'source', 'finalite', 'naissance'] } }
    expect(missedOnly(scenario, attempt, 'preuve-consentement').miss).toBe('forbiddenItems')
  })

  it('misses passage-client when the prospect is converted before the order (day 0)', () => {
    const attempt = rightAttempt()
    attempt.journal[3] = { ...attempt.journal[3]!, simDate: DAY0 }
    missedOnly(scenario, attempt, 'passage-client')
  })

  it('misses courriel-bienvenue when the email is written in French', () => {
    const attempt = rightAttempt()
    const french = sentMessage({ id: 'out-1', tierId: 't-nordic', language: 'fr', date: DAY2, body: 'Bienvenue ! Paiement à 30 jours, catalogue en ligne, désinscription possible.' })
    attempt.snapshot = { ...attempt.snapshot, messages: [attempt.snapshot.messages[0]!, french] }
    expect(missedOnly(scenario, attempt, 'courriel-bienvenue').miss).toBe('wrongLanguage')
  })

  it('misses courriel-bienvenue when the email forgets how to unsubscribe', () => {
    const attempt = rightAttempt()
    const partial = sentMessage({ id: 'out-1', tierId: 't-nordic', language: 'en', date: DAY2, body: 'Welcome! Payment within 30 days; see our catalog.' })
    attempt.snapshot = { ...attempt.snapshot, messages: [attempt.snapshot.messages[0]!, partial] }
    const missed = missedOnly(scenario, attempt, 'courriel-bienvenue')
    expect(missed.evidence[0]).toMatchObject({ missing: ['unsubscribe | opt out | opt-out'] })
  })
})
