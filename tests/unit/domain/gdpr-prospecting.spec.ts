import { describe, expect, it } from 'vitest'
import { mayProspect, PHONE_PROSPECTING_PARAMETERS, type ConsentRecord, type Tier, type TierGdpr } from '@/domain'
import { makeCustomer, makeSupplier } from '../../factories/company-records'

const consent = (purpose: ConsentRecord['purpose'], given: boolean, date: string): ConsentRecord =>
  ({ id: `${purpose}-${date}`, purpose, given, date, source: 'Formulaire du site', channel: 'web' })
const file = (overrides: Partial<TierGdpr> = {}): TierGdpr =>
  ({ legalBasis: 'consent', consents: [], objectsToProspecting: false, lastContactOn: '2025-01-10', ...overrides })
const consumer = (kind: Tier['kind'], gdpr: Partial<TierGdpr> = {}) =>
  makeCustomer({ id: 'P1', name: 'Léa Martin', legal: 'person', kind, gdpr: file(gdpr) })
const business = (gdpr: Partial<TierGdpr> = {}) => makeCustomer({ id: 'B1', name: 'Atelier Dubois', kind: 'prospect', gdpr: file({ legalBasis: 'legitimateInterest', ...gdpr }) })

describe('email prospecting (CPCE L34-5; DOMAIN-FR §5)', () => {
  it('B2C: needs prior consent (opt-in, L34-5 al. 1)', () => {
    expect(mayProspect(consumer('prospect'), 'email', '2026-03-02')).toEqual({ allowed: false, rule: 'noConsent', source: 'CPCE L34-5 al. 1' })
    expect(mayProspect(consumer('prospect', { consents: [consent('emailMarketing', true, '2025-01-10')] }), 'email', '2026-03-02'))
      .toEqual({ allowed: true, rule: 'optIn', source: 'CPCE L34-5 al. 1' })
  })

  it('B2C: an existing customer may get offers for similar products (soft opt-in, L34-5 al. 4)', () => {
    expect(mayProspect(consumer('customer', { legalBasis: 'contract' }), 'email', '2026-03-02')).toEqual({ allowed: true, rule: 'softOptIn', source: 'CPCE L34-5 al. 4' })
  })

  it('B2C: a withdrawn consent stops it, soft opt-in included (RGPD art. 7 §3)', () => {
    const tier = consumer('customer', { consents: [consent('emailMarketing', true, '2024-01-10'), consent('emailMarketing', false, '2025-06-01')] })
    expect(mayProspect(tier, 'email', '2026-03-02')).toMatchObject({ allowed: false, rule: 'withdrawn' })
    expect(mayProspect(tier, 'email', '2025-05-31')).toMatchObject({ allowed: true, rule: 'optIn' })
  })

  it('B2B: allowed unless the person objected (opt-out)', () => {
    expect(mayProspect(business(), 'email', '2026-03-02')).toMatchObject({ allowed: true, rule: 'b2bOptOut' })
    expect(mayProspect(business({ objectsToProspecting: true, objectionOn: '2026-01-05' }), 'email', '2026-03-02'))
      .toEqual({ allowed: false, rule: 'objection', source: 'RGPD art. 21 §2–3; CPCE L34-5' })
  })

  it('an objection is absolute, even with a consent on file (art. 21 §3), from the day it is made', () => {
    const tier = consumer('prospect', { consents: [consent('emailMarketing', true, '2025-01-10')], objectsToProspecting: true, objectionOn: '2026-02-01' })
    expect(mayProspect(tier, 'email', '2026-03-02')).toMatchObject({ allowed: false, rule: 'objection' })
    expect(mayProspect(tier, 'email', '2026-01-31')).toMatchObject({ allowed: true, rule: 'optIn' })
  })

  it('never after erasure (art. 17), never for suppliers and carriers', () => {
    expect(mayProspect(consumer('customer', { erasedOn: '2026-02-01' }), 'email', '2026-03-02')).toMatchObject({ allowed: false, rule: 'erased' })
    expect(mayProspect(makeSupplier({ id: 'S1', name: 'Sièges du Nord' }), 'email', '2026-03-02')).toMatchObject({ allowed: false, rule: 'notSubject' })
  })
})

describe('phone prospecting of consumers (C. consom. L223-1; loi 2025-594 of 30 June 2025)', () => {
  it('is a dated parameter: an opposition list until 10 Aug 2026, prior consent from 11 Aug 2026', () => {
    expect(PHONE_PROSPECTING_PARAMETERS.map((p) => [p.validFrom, p.validTo, p.value.consumerPriorConsent]))
      .toEqual([['2016-06-01', '2026-08-10', false], ['2026-08-11', undefined, true]])
    expect(PHONE_PROSPECTING_PARAMETERS[1]!.source).toContain('2025-594')
  })

  it('until 10 Aug 2026: allowed unless the number is on Bloctel', () => {
    expect(mayProspect(consumer('prospect'), 'phone', '2026-08-10')).toMatchObject({ allowed: true, rule: 'bloctel', source: expect.stringContaining('Bloctel') as string })
  })

  it('from 11 Aug 2026: prior consent needed', () => {
    expect(mayProspect(consumer('prospect'), 'phone', '2026-08-11')).toMatchObject({ allowed: false, rule: 'phoneConsentRequired', source: expect.stringContaining('2025-594') as string })
    expect(mayProspect(consumer('prospect', { consents: [consent('phoneMarketing', true, '2026-05-01')] }), 'phone', '2026-09-01'))
      .toMatchObject({ allowed: true, rule: 'phoneConsent' })
  })

  it('from 11 Aug 2026: allowed within a current contract', () => {
    expect(mayProspect(consumer('customer', { legalBasis: 'contract' }), 'phone', '2026-09-01', { currentContract: true })).toMatchObject({ allowed: true, rule: 'currentContract' })
    expect(mayProspect(consumer('customer', { legalBasis: 'contract' }), 'phone', '2026-09-01')).toMatchObject({ allowed: false, rule: 'phoneConsentRequired' })
  })

  it('does not apply to professionals, who may object (RGPD art. 21)', () => {
    expect(mayProspect(business(), 'phone', '2026-09-01')).toEqual({ allowed: true, rule: 'b2bOptOut', source: 'RGPD art. 6 §1 f), art. 21' })
  })
})
