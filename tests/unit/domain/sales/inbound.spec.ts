import { describe, expect, it } from 'vitest'
import { checkInboundOrder, deliveriesOfMonth, matchInboundCustomer, periodicInvoiceTerms, type InboundOrder, type PriceAgreement, type SalesDoc } from '@/domain'
import { makeCustomer, makeProduct } from '../../../factories/company-records'

// DOMAIN-FR §1 (order inbox): customer known, references sold, customer's price, delivery address.
const dubois = makeCustomer({ id: 'cus-dubois', name: 'Atelier Dubois', customer: { ...makeCustomer({ id: 'x', name: 'x' }).customer!, discountPercent: 10 } })
const nova = makeCustomer({ id: 'pro-nova', name: 'Nova Conseil', kind: 'prospect', siren: '443061841' })
const chair = makeProduct({ id: 'p-chair', reference: 'CHA-001' })
const old = makeProduct({ id: 'p-old', reference: 'OLD-001', active: false })
const address = { line1: '3 rue des Lilas', postalCode: '69100', city: 'Villeurbanne', country: 'FR' }

function order(overrides: Partial<InboundOrder> = {}): InboundOrder {
  return {
    id: 'inb-1', channel: 'webshop', externalRef: 'WEB-1', receivedOn: '2026-03-01', status: 'pending',
    customer: { name: 'Atelier Dubois', siren: dubois.siren!, address },
    lines: [{ reference: 'CHA-001', designation: 'Chaise', quantity: 4, unitPriceCents: 13_050, vatRatePercent: 20 }],
    shippingCents: 0, ...overrides,
  }
}
const check = (o: InboundOrder, extra: Partial<Parameters<typeof checkInboundOrder>[0]> = {}) =>
  checkInboundOrder({ order: o, tiers: [dubois, nova], products: [chair, old], agreements: [], date: '2026-03-02', ...extra })

describe('matchInboundCustomer', () => {
  it('finds the customer by SIREN, then by a contact e-mail, then by name (accents and case ignored)', () => {
    expect(matchInboundCustomer(order(), [dubois])?.by).toBe('siren')
    expect(matchInboundCustomer({ customer: { name: 'Autre', email: 'CLAIRE.martin@example.fr', address } }, [dubois])?.by).toBe('email')
    expect(matchInboundCustomer({ customer: { name: 'atelier  DUBOÎS', address } }, [dubois])?.by).toBe('name')
    expect(matchInboundCustomer({ customer: { name: 'Inconnu SARL', address } }, [dubois])).toBeUndefined()
  })
})

describe('checkInboundOrder (DOMAIN-FR §1, order inbox)', () => {
  it('passes an order at the customer price (catalogue 145.00 − 10 % = 130.50) with no blocking finding', () => {
    const result = check(order())
    expect(result.blocking).toBe(0)
    expect(result.customer?.id).toBe('cus-dubois')
    expect(result.findings.map((f) => f.code)).toEqual(['customerMatched', 'priceMatches'])
    expect(result.lines[0]).toMatchObject({ expectedCents: 13_050, unitPriceCents: 13_050 })
  })

  it('flags a price gap with the figures and the rule; applying the customer price clears it', () => {
    const wrong = order({ lines: [{ reference: 'CHA-001', designation: 'Chaise', quantity: 4, unitPriceCents: 11_745, vatRatePercent: 20 }] })
    const gap = check(wrong).findings.find((f) => f.code === 'priceGap')!
    expect(gap).toMatchObject({ blocking: true, source: 'C. com. L441-1', values: { receivedCents: 11_745, expectedCents: 13_050, gapCents: -1_305, totalGapCents: -5_220 } })
    const corrected = check(wrong, { corrections: { customerPrices: true } })
    expect(corrected.blocking).toBe(0)
    expect(corrected.lines[0]!.unitPriceCents).toBeUndefined()
  })

  it('uses a price agreement in force for the expected price', () => {
    const agreement: PriceAgreement = { id: 'ag-1', customerId: 'cus-dubois', productId: 'p-chair', priceCents: 12_000, validFrom: '2026-01-01' } as PriceAgreement
    const result = check(order({ lines: [{ reference: 'CHA-001', designation: 'Chaise', quantity: 1, unitPriceCents: 12_000, vatRatePercent: 20 }] }), { agreements: [agreement] })
    expect(result.blocking).toBe(0)
  })

  it('blocks an unknown customer until one is chosen, and a prospect (C. com. L441-1)', () => {
    const unknown = order({ customer: { name: 'Boulangerie Les Tilleuls', address } })
    expect(check(unknown).findings[0]).toMatchObject({ code: 'customerUnknown', blocking: true, source: 'C. com. L441-9' })
    expect(check(unknown, { corrections: { customerId: 'cus-dubois' } }).blocking).toBe(0)
    const prospect = check(order({ customer: { name: 'Nova', siren: '443061841', address } }))
    expect(prospect.findings.map((f) => f.code)).toContain('customerIsProspect')
  })

  it('blocks unknown and inactive references, and a missing delivery address (CGI 242 nonies A)', () => {
    const result = check(order({
      customer: { name: 'Atelier Dubois', siren: dubois.siren!, address: { line1: '', postalCode: '', city: '', country: 'FR' } },
      lines: [
        { reference: 'ZZZ-999', designation: '?', quantity: 1, unitPriceCents: 100, vatRatePercent: 20 },
        { reference: 'old-001', designation: 'Ancien', quantity: 1, unitPriceCents: 13_050, vatRatePercent: 20 },
      ],
    }))
    expect(result.findings.filter((f) => f.blocking).map((f) => f.code)).toEqual(['unknownReference', 'inactiveReference', 'missingDeliveryAddress'])
    expect(check(order({ customer: { name: 'Atelier Dubois', siren: dubois.siren!, address: { line1: '', postalCode: '', city: '', country: 'FR' } } }), { corrections: { deliveryAddress: address } }).blocking).toBe(0)
  })
})

describe('periodic invoices (CGI 289 I-3; C. com. L441-10 I: 45 days from its date)', () => {
  it('keeps shorter terms and caps longer ones at 45 days net', () => {
    expect(periodicInvoiceTerms({ kind: 'net', days: 30 }, '2026-03-31')).toEqual({ kind: 'net', days: 30 })
    expect(periodicInvoiceTerms({ kind: 'net', days: 60 }, '2026-03-31')).toEqual({ kind: 'net', days: 45 })
    expect(periodicInvoiceTerms({ kind: 'daysEndOfMonth', days: 45, method: 'endOfMonthThenAddDays' }, '2026-03-10')).toEqual({ kind: 'net', days: 45 })
  })

  it('takes the delivery notes of the customer dated in the month, oldest first', () => {
    const d = (id: string, date: string, customerId = 'c1', type: SalesDoc['type'] = 'delivery') => ({ id, date, customerId, type }) as SalesDoc
    const docs = [d('b', '2026-03-20'), d('a', '2026-03-01'), d('x', '2026-04-01'), d('y', '2026-03-05', 'c2'), d('z', '2026-03-31', 'c1', 'order'), d('c', '2026-03-31')]
    expect(deliveriesOfMonth(docs, 'c1', '2026-03').map((x) => x.id)).toEqual(['a', 'b', 'c'])
  })
})
