import { describe, expect, it } from 'vitest'
import {
  afterContactFromPerson, consentStatus, defaultGdprFile, lastDealDate, recordsToReview, retentionEnd,
  type ConsentRecord, type Tier, type TierGdpr,
} from '@/domain'
import { makeCustomer, makeSupplier } from '../../factories/company-records'

const consent = (purpose: ConsentRecord['purpose'], given: boolean, date: string, id = `${purpose}-${date}-${String(given)}`): ConsentRecord =>
  ({ id, purpose, given, date, source: 'Salon Bureaux Expo', channel: 'paper' })
const file = (overrides: Partial<TierGdpr> = {}): TierGdpr =>
  ({ legalBasis: 'consent', consents: [], objectsToProspecting: false, lastContactOn: '2023-01-10', ...overrides })
const person = (overrides: Partial<Tier> = {}): Tier =>
  makeCustomer({ id: 'P1', name: 'Camille Roussel', legal: 'person', kind: 'prospect', createdOn: '2023-01-10', gdpr: file(), ...overrides })

describe('the file a customer or prospect starts with (RGPD art. 6 §1)', () => {
  it('rests on legitimate interest for B2B, the contract for a consumer customer, consent for a consumer prospect', () => {
    expect(defaultGdprFile({ kind: 'customer', legal: 'company', createdOn: '2026-01-05' }))
      .toEqual({ legalBasis: 'legitimateInterest', consents: [], objectsToProspecting: false, lastContactOn: '2026-01-05' })
    expect(defaultGdprFile({ kind: 'customer', legal: 'person', createdOn: '2026-01-05' }).legalBasis).toBe('contract')
    expect(defaultGdprFile({ kind: 'prospect', legal: 'person', createdOn: '2026-01-05' }).legalBasis).toBe('consent')
  })
})

describe('consent status: the latest record decides (RGPD art. 7 §1 proof, §3 withdrawal)', () => {
  const gdpr = file({ consents: [consent('emailMarketing', true, '2024-05-02'), consent('emailMarketing', false, '2025-03-01'), consent('phoneMarketing', true, '2025-03-01')] })

  it('reads given, withdrawn or none per purpose', () => {
    expect(consentStatus(gdpr, 'emailMarketing').state).toBe('withdrawn')
    expect(consentStatus(gdpr, 'phoneMarketing').state).toBe('given')
    expect(consentStatus(gdpr, 'partnerSharing')).toEqual({ state: 'none' })
  })

  it('reads the state on a past date', () => {
    expect(consentStatus(gdpr, 'emailMarketing', '2024-12-31').state).toBe('given')
    expect(consentStatus(gdpr, 'emailMarketing', '2024-01-01').state).toBe('none')
  })

  it('takes the record written last among records of the same day', () => {
    const sameDay = file({ consents: [consent('emailMarketing', true, '2025-03-01', 'a'), consent('emailMarketing', false, '2025-03-01', 'b')] })
    expect(consentStatus(sameDay, 'emailMarketing').record?.id).toBe('b')
  })
})

describe('retention end (CNIL: 3 years; DOMAIN-FR §5)', () => {
  it('prospect: 3 years from collection', () => {
    expect(retentionEnd(person(), '2026-03-02')).toEqual({
      rule: 'prospect', startedBy: 'collection', startOn: '2023-01-10', endOn: '2026-01-10', years: 3,
      source: expect.stringContaining('CNIL') as string,
    })
  })

  it('prospect: 3 years from the last contact the person initiated, when later', () => {
    const tier = person({ gdpr: file({ lastContactOn: '2024-06-15' }) })
    expect(retentionEnd(tier, '2026-03-02')).toMatchObject({ startedBy: 'lastContact', startOn: '2024-06-15', endOn: '2027-06-15' })
  })

  it('customer: 3 years after the end of the relationship, its last order or invoice', () => {
    const tier = makeCustomer({ id: 'C1', name: 'Atelier', createdOn: '2019-04-01', gdpr: file({ legalBasis: 'legitimateInterest', lastContactOn: '2021-02-01' }) })
    expect(retentionEnd(tier, '2026-03-02', '2025-11-30')).toMatchObject({ rule: 'customer', startedBy: 'lastDeal', startOn: '2025-11-30', endOn: '2028-11-30' })
    expect(retentionEnd(tier, '2026-03-02')).toMatchObject({ rule: 'customer', startedBy: 'lastContact', endOn: '2024-02-01' })
  })

  it('clamps 29 February to 28 February three years on', () => {
    expect(retentionEnd(person({ createdOn: '2024-02-29', gdpr: file({ lastContactOn: '2024-02-29' }) }), '2026-03-02')?.endOn).toBe('2027-02-28')
  })

  it('has no retention for suppliers and carriers (no personal-data file)', () => {
    expect(retentionEnd(makeSupplier({ id: 'S1', name: 'Sièges du Nord' }), '2026-03-02')).toBeNull()
  })

  it('restarts with a contact from the person (a click counts, opening an email does not)', () => {
    const gdpr = file({ lastContactOn: '2024-06-15' })
    expect(afterContactFromPerson(gdpr, '2026-02-01').lastContactOn).toBe('2026-02-01')
    expect(afterContactFromPerson(gdpr, '2024-01-01')).toBe(gdpr)
  })
})

describe('end of the relationship: the last order or invoice', () => {
  it('ignores quotes, drafts and cancelled orders', () => {
    expect(lastDealDate([
      { type: 'quote', status: 'sent', date: '2026-02-01' },
      { type: 'order', status: 'cancelled', date: '2026-01-20' },
      { type: 'invoice', status: 'validated', date: '2025-12-15' },
      { type: 'order', status: 'confirmed', date: '2025-11-02' },
    ])).toBe('2025-12-15')
    expect(lastDealDate([])).toBeUndefined()
  })
})

describe('files to review on a date (CNIL retention; RGPD art. 6, 7 and 21)', () => {
  it('lists a prospect whose retention has passed, with the end date', () => {
    const items = recordsToReview([{ tier: person({ gdpr: file({ consents: [consent('emailMarketing', true, '2023-01-10')] }) }) }], '2026-03-02')
    expect(items).toEqual([{ tierId: 'P1', reasons: [{ code: 'retentionPassed', endOn: '2026-01-10', rule: 'prospect', source: expect.any(String) as string }] }])
  })

  it('keeps a file whose retention ends on the date itself out of the list', () => {
    expect(recordsToReview([{ tier: person({ gdpr: file({ consents: [consent('emailMarketing', true, '2023-01-10')] }) }) }], '2026-01-10')).toEqual([])
  })

  it('lists a consent-based file without any consent given (no legal basis left)', () => {
    const tier = person({ createdOn: '2025-09-01', gdpr: file({ lastContactOn: '2025-09-01', consents: [consent('emailMarketing', true, '2025-09-01'), consent('emailMarketing', false, '2025-12-01')] }) })
    expect(recordsToReview([{ tier }], '2026-03-02')).toEqual([{ tierId: 'P1', reasons: [{ code: 'consentMissing', source: 'RGPD art. 6 §1 a), art. 7 §1' }] }])
  })

  it('lists an objection while a marketing consent still reads as given (art. 21 §3)', () => {
    const tier = makeCustomer({
      id: 'C2', name: 'Hugo Fabre', legal: 'person', createdOn: '2025-06-01',
      gdpr: file({ legalBasis: 'contract', lastContactOn: '2025-06-01', objectsToProspecting: true, objectionOn: '2025-10-01', consents: [consent('phoneMarketing', true, '2025-06-01')] }),
    })
    expect(recordsToReview([{ tier, lastDealOn: '2025-12-01' }], '2026-03-02')[0]!.reasons)
      .toEqual([{ code: 'objectionWithConsent', purposes: ['phoneMarketing'], source: 'RGPD art. 21 §3' }])
  })

  it('leaves out active customers, erased files, and suppliers', () => {
    const active = makeCustomer({ id: 'C3', name: 'Atelier', createdOn: '2015-01-01', gdpr: file({ legalBasis: 'legitimateInterest', lastContactOn: '2015-01-01' }) })
    const erased = person({ gdpr: file({ erasedOn: '2026-01-20' }) })
    expect(recordsToReview([{ tier: active, lastDealOn: '2026-02-01' }, { tier: erased }, { tier: makeSupplier({ id: 'S1', name: 'Sièges' }) }], '2026-03-02')).toEqual([])
  })
})
