import { describe, expect, it } from 'vitest'
import fr from '@/i18n/locales/fr/catalog.json'
import en from '@/i18n/locales/en/catalog.json'
import {
  agreementInForce,
  customerUnitPrice,
  overlappingAgreement,
  periodsOverlap,
  validatePriceAgreement,
  CUSTOMER_PRICE_SOURCE_KEYS,
  CUSTOMER_PRICE_STEP_KEYS,
  CUSTOMER_PRICE_STEPS,
  DomainInputError,
  type PriceAgreement,
} from '@/domain'

const CHAIR = { id: 'p-chair', priceCents: 14_500 }
const agreement = (overrides: Partial<PriceAgreement> & { id: string }): PriceAgreement => ({
  customerId: 'cus-dubois', productId: 'p-chair', validFrom: '2026-01-01', ...overrides,
})
const stepNames = (steps: readonly { key: string }[]) => steps.map((s) => s.key.replace('catalog.priceStep.', ''))

describe('customerUnitPrice: which price a customer pays (C. com. L441-1 particular conditions; company convention for the combination)', () => {
  it('no agreement, no general discount: the catalogue price', () => {
    const price = customerUnitPrice({ product: CHAIR, customerDiscountPercent: 0, agreements: [], date: '2026-03-02' })
    expect(price).toMatchObject({ basis: 'list', listPriceCents: 14_500, unitPriceCents: 14_500, discountPercent: 0, netUnitPriceCents: 14_500 })
    expect(price.agreementId).toBeUndefined()
    expect(stepNames(price.explanation)).toEqual(['listPrice', 'noDiscount', 'netUnitPrice'])
  })

  it('no agreement: the general customer discount applies, rounded half-up to the cent (145,00 × 5 % = 7,25; 14,55 × 3 % = 0,4365 → 0,44)', () => {
    const price = customerUnitPrice({ product: CHAIR, customerDiscountPercent: 5, agreements: [], date: '2026-03-02' })
    expect(price).toMatchObject({ basis: 'customerDiscount', unitPriceCents: 14_500, discountPercent: 5, netUnitPriceCents: 13_775 })
    expect(price.explanation[2]).toEqual({
      key: 'catalog.priceStep.unitDiscount', source: 'catalog.priceSource.commercialReductions',
      values: { percent: 5, baseCents: 14_500, exactCents: 725, amountCents: 725, resultCents: 13_775 },
    })
    const small = customerUnitPrice({ product: { id: 'x', priceCents: 1_455 }, customerDiscountPercent: 3, agreements: [], date: '2026-03-02' })
    expect(small.netUnitPriceCents).toBe(1_411)
    expect(small.explanation[2]?.values).toMatchObject({ exactCents: 43.65, amountCents: 44 })
  })

  it('a net agreed price wins and excludes the general discount (it is net: no cascade on top)', () => {
    const price = customerUnitPrice({
      product: CHAIR, customerDiscountPercent: 5, date: '2026-03-02',
      agreements: [agreement({ id: 'a-net', priceCents: 12_900, validUntil: '2026-12-31' })],
    })
    expect(price).toMatchObject({ basis: 'agreementPrice', unitPriceCents: 12_900, discountPercent: 0, netUnitPriceCents: 12_900, agreementId: 'a-net' })
    expect(stepNames(price.explanation)).toEqual(['listPrice', 'agreementPeriod', 'agreementNetPrice', 'netUnitPrice'])
    expect(price.explanation[1]?.values).toEqual({ fromDate: '2026-01-01', untilDate: '2026-12-31' })
    expect(price.explanation[2]?.values).toEqual({ priceCents: 12_900, customerPercent: 5 })
  })

  it('an agreed discount replaces the general discount (8 % instead of 5 %, never 5 % then 8 %)', () => {
    const price = customerUnitPrice({
      product: CHAIR, customerDiscountPercent: 5, date: '2026-03-02',
      agreements: [agreement({ id: 'a-disc', discountPercent: 8 })],
    })
    expect(price).toMatchObject({ basis: 'agreementDiscount', unitPriceCents: 14_500, discountPercent: 8, netUnitPriceCents: 13_340, agreementId: 'a-disc' })
    expect(stepNames(price.explanation)).toEqual(['listPrice', 'agreementOpenPeriod', 'agreementDiscount', 'unitDiscount', 'netUnitPrice'])
    expect(price.explanation[2]?.values).toEqual({ percent: 8, customerPercent: 5 })
  })

  it('an agreement applies only on the days of its period (bounds inclusive) and only to its product', () => {
    const agreements = [agreement({ id: 'a-q1', priceCents: 12_000, validFrom: '2026-01-01', validUntil: '2026-03-31' }), agreement({ id: 'a-other', productId: 'p-desk', priceCents: 1 })]
    const on = (date: string) => customerUnitPrice({ product: CHAIR, customerDiscountPercent: 5, agreements, date })
    expect(on('2026-01-01').basis).toBe('agreementPrice')
    expect(on('2026-03-31').basis).toBe('agreementPrice')
    expect(on('2025-12-31')).toMatchObject({ basis: 'customerDiscount', netUnitPriceCents: 13_775 })
    expect(on('2026-04-01')).toMatchObject({ basis: 'customerDiscount', netUnitPriceCents: 13_775 })
  })

  it('a 0 % agreed discount still replaces a general discount (the negotiated condition is the catalogue price)', () => {
    const price = customerUnitPrice({ product: CHAIR, customerDiscountPercent: 5, agreements: [agreement({ id: 'a0', discountPercent: 0 })], date: '2026-03-02' })
    expect(price).toMatchObject({ basis: 'agreementDiscount', discountPercent: 0, netUnitPriceCents: 14_500 })
  })

  it('refuses figures it cannot price exactly, naming the field', () => {
    expect(() => customerUnitPrice({ product: CHAIR, customerDiscountPercent: 120, agreements: [], date: '2026-03-02' })).toThrow(DomainInputError)
    expect(() => customerUnitPrice({ product: { id: 'x', priceCents: 10.5 }, customerDiscountPercent: 0, agreements: [], date: '2026-03-02' })).toThrow(/product.priceCents/)
  })

  it('emits only declared steps, with exactly their values, whose keys exist in both locales with the same placeholders', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort()
    const lookup = (tree: unknown, key: string) => key.split('.').slice(1).reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree)
    for (const key of CUSTOMER_PRICE_STEP_KEYS) {
      const name = key.replace('catalog.priceStep.', '') as keyof typeof CUSTOMER_PRICE_STEPS
      for (const tree of [fr, en]) {
        const text = lookup(tree, key)
        expect(text, key).toBeTypeOf('string')
        expect(placeholders(text as string), key).toEqual([...CUSTOMER_PRICE_STEPS[name].values].sort())
      }
    }
    for (const key of CUSTOMER_PRICE_SOURCE_KEYS) for (const tree of [fr, en]) expect(lookup(tree, key), key).toBeTypeOf('string')
    const cases = [
      customerUnitPrice({ product: CHAIR, customerDiscountPercent: 0, agreements: [], date: '2026-03-02' }),
      customerUnitPrice({ product: CHAIR, customerDiscountPercent: 5, agreements: [], date: '2026-03-02' }),
      customerUnitPrice({ product: CHAIR, customerDiscountPercent: 5, agreements: [agreement({ id: 'n', priceCents: 1, validUntil: '2026-12-31' })], date: '2026-03-02' }),
      customerUnitPrice({ product: CHAIR, customerDiscountPercent: 5, agreements: [agreement({ id: 'd', discountPercent: 3 })], date: '2026-03-02' }),
    ]
    const emitted = new Set<string>()
    for (const step of cases.flatMap((c) => c.explanation)) {
      emitted.add(step.key)
      const name = step.key.replace('catalog.priceStep.', '') as keyof typeof CUSTOMER_PRICE_STEPS
      expect(Object.keys(step.values).sort()).toEqual([...CUSTOMER_PRICE_STEPS[name].values].sort())
      expect(step.source).toBe(`catalog.priceSource.${CUSTOMER_PRICE_STEPS[name].source}`)
    }
    expect([...emitted].sort()).toEqual([...CUSTOMER_PRICE_STEP_KEYS].sort())
  })
})

describe('price agreements: figures and periods', () => {
  it('exactly one of a net price or a discount', () => {
    expect(validatePriceAgreement({ validFrom: '2026-01-01' }).map((i) => `${i.field}:${i.code}`)).toEqual(['priceCents:priceOrDiscount'])
    expect(validatePriceAgreement({ priceCents: 100, discountPercent: 5, validFrom: '2026-01-01' }).map((i) => `${i.field}:${i.code}`)).toEqual(['discountPercent:priceOrDiscount'])
    expect(validatePriceAgreement({ priceCents: 12_900, validFrom: '2026-01-01' })).toEqual([])
    expect(validatePriceAgreement({ discountPercent: 7.5, validFrom: '2026-01-01', validUntil: '2026-01-01' })).toEqual([])
  })

  it('a price in whole cents ≥ 0, a discount of 0–100 % with 3 decimals at most, real dates in order', () => {
    const codes = (d: Parameters<typeof validatePriceAgreement>[0]) => validatePriceAgreement(d).map((i) => `${i.field}:${i.code}`)
    expect(codes({ priceCents: -5, validFrom: '2026-01-01' })).toEqual(['priceCents:negative'])
    expect(codes({ priceCents: 10.5, validFrom: '2026-01-01' })).toEqual(['priceCents:notInteger'])
    expect(codes({ discountPercent: 101, validFrom: '2026-01-01' })).toEqual(['discountPercent:discountAbove100'])
    expect(codes({ discountPercent: 2.0005, validFrom: '2026-01-01' })).toEqual(['discountPercent:tooManyDecimals'])
    expect(codes({ discountPercent: 5, validFrom: '2026-02-30' })).toEqual(['validFrom:invalidDate'])
    expect(codes({ discountPercent: 5, validFrom: '2026-03-01', validUntil: '2026-02-28' })).toEqual(['validUntil:untilBeforeFrom'])
  })

  it('periods overlap when they share a day; an open end runs forever', () => {
    expect(periodsOverlap({ validFrom: '2026-01-01', validUntil: '2026-03-31' }, { validFrom: '2026-03-31' })).toBe(true)
    expect(periodsOverlap({ validFrom: '2026-01-01', validUntil: '2026-03-31' }, { validFrom: '2026-04-01' })).toBe(false)
    expect(periodsOverlap({ validFrom: '2026-06-01' }, { validFrom: '2025-01-01', validUntil: '2026-05-31' })).toBe(false)
    expect(periodsOverlap({ validFrom: '2026-06-01' }, { validFrom: '2027-01-01' })).toBe(true)
  })

  it('one agreement per customer, product and day: another customer or product never overlaps, nor the agreement itself', () => {
    const existing = [agreement({ id: 'a1', priceCents: 100, validUntil: '2026-06-30' })]
    expect(overlappingAgreement({ customerId: 'cus-dubois', productId: 'p-chair', validFrom: '2026-06-30' }, existing)?.id).toBe('a1')
    expect(overlappingAgreement({ customerId: 'cus-dubois', productId: 'p-chair', validFrom: '2026-07-01' }, existing)).toBeUndefined()
    expect(overlappingAgreement({ customerId: 'cus-other', productId: 'p-chair', validFrom: '2026-01-01' }, existing)).toBeUndefined()
    expect(overlappingAgreement({ customerId: 'cus-dubois', productId: 'p-desk', validFrom: '2026-01-01' }, existing)).toBeUndefined()
    expect(overlappingAgreement({ id: 'a1', customerId: 'cus-dubois', productId: 'p-chair', validFrom: '2026-01-01' }, existing)).toBeUndefined()
  })

  it('agreementInForce picks the one covering the date', () => {
    const list = [agreement({ id: 'old', priceCents: 1, validUntil: '2025-12-31', validFrom: '2025-01-01' }), agreement({ id: 'new', priceCents: 2 })]
    expect(agreementInForce(list, 'p-chair', '2025-06-01')?.id).toBe('old')
    expect(agreementInForce(list, 'p-chair', '2026-06-01')?.id).toBe('new')
    expect(agreementInForce(list, 'p-desk', '2026-06-01')).toBeUndefined()
  })
})
