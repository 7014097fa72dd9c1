import { describe, expect, it } from 'vitest'
import { addDays, lastDealDate, mayProspect, recordsToReview, requestDueOn, requestStatus } from '@/domain'
import { generateBuiltInCompany } from '@/db/seed-company'
import { LAPSED_PROSPECT_ID } from '@/seed/generator/gdpr'

const START = '2026-03-02'
const company = generateBuiltInCompany(START)
const people = company.tiers.filter((t) => t.kind === 'customer' || t.kind === 'prospect')

describe('the built-in company\'s GDPR files (DOMAIN-FR §5)', () => {
  it('gives every customer and prospect a file, and none to suppliers and carriers', () => {
    expect(people.every((t) => t.gdpr !== undefined)).toBe(true)
    expect(company.tiers.filter((t) => t.kind === 'supplier' || t.kind === 'carrier').every((t) => t.gdpr === undefined)).toBe(true)
    // Legal basis (RGPD art. 6 §1): legitimate interest for B2B, contract for consumer customers.
    expect(people.filter((t) => t.legal === 'company').every((t) => t.gdpr!.legalBasis === 'legitimateInterest')).toBe(true)
    expect(people.filter((t) => t.legal === 'person' && t.kind === 'customer').every((t) => t.gdpr!.legalBasis === 'contract')).toBe(true)
  })

  it('records consents with their source and channel, never in the future, and a customer\'s last order as the last contact', () => {
    const consents = people.flatMap((t) => t.gdpr!.consents)
    expect(consents.length).toBeGreaterThan(5)
    expect(consents.every((c) => c.source.length > 0 && c.date < START)).toBe(true)
    expect(new Set(consents.map((c) => c.channel)).size).toBeGreaterThan(1)
    const firm = company.tiers.find((t) => t.kind === 'customer' && t.legal === 'company')!
    const lastOrder = lastDealDate(company.salesDocs.filter((d) => d.customerId === firm.id && d.type === 'order'))
    expect(firm.gdpr!.lastContactOn).toBe(lastOrder ?? firm.createdOn)
  })

  it('holds one consumer prospect whose 3-year retention has passed on the start date (CNIL)', () => {
    const lapsed = company.tiers.find((t) => t.id === LAPSED_PROSPECT_ID)!
    expect(lapsed).toMatchObject({ kind: 'prospect', legal: 'person' })
    const review = recordsToReview(people.map((tier) => ({ tier })), START)
    expect(review.find((r) => r.tierId === LAPSED_PROSPECT_ID)?.reasons[0]).toMatchObject({ code: 'retentionPassed', rule: 'prospect' })
  })

  it('holds one objection to prospecting, with the marketing consent withdrawn (RGPD art. 21)', () => {
    const objectors = people.filter((t) => t.gdpr!.objectsToProspecting)
    expect(objectors).toHaveLength(1)
    expect(mayProspect(objectors[0]!, 'email', START)).toMatchObject({ allowed: false, rule: 'objection' })
    expect(objectors[0]!.gdpr!.consents.at(-1)).toMatchObject({ given: false, date: objectors[0]!.gdpr!.objectionOn })
  })

  it('holds one open access request received four days before the start date, due one month after receipt (art. 12 §3), and its email', () => {
    expect(company.gdprRequests).toHaveLength(1)
    const request = company.gdprRequests[0]!
    expect(request).toMatchObject({ right: 'access', status: 'open', receivedOn: addDays(START, -4), dueOn: requestDueOn(addDays(START, -4)) })
    expect(requestStatus(request, START).state).toBe('open')
    expect(company.tiers.find((t) => t.id === request.tierId)).toMatchObject({ kind: 'customer', legal: 'person' })
    expect(company.messages.find((m) => m.tierId === request.tierId && m.date === request.receivedOn)?.subject).toContain('données personnelles')
  })

  it('is deterministic', () => {
    const again = generateBuiltInCompany(START)
    expect(JSON.stringify([again.tiers, again.gdprRequests])).toBe(JSON.stringify([company.tiers, company.gdprRequests]))
  })
})
