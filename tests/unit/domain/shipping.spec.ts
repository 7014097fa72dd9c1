/**
 * Carrier comparison (DOMAIN-FR §7): cost by weight band and zone, delivery date = date + lead time,
 * CO₂e = tonnes × km × factor (C. transports L1431-3), on the built-in carriers' rate cards.
 */
import { describe, expect, it } from 'vitest'
import { bandPriceCents, compareCarriers, DomainInputError, marketplaceCommissionCents, promiseShortages, remainingToShip, shipmentDestination, shipmentWeightGrams, shippingWeights, shippingDistanceKm, shippingZoneOf, transportCo2Grams } from '@/domain'
import { CARRIERS } from '@/seed/company/carriers'
import { line, makeProduct, makeSalesDoc } from '../../factories/company-records'

describe('transportCo2Grams: tonnes × km × factor (C. transports L1431-3)', () => {
  it('gives the worked figure: 360 kg over 720 km by heavy truck at 80 g/t·km = 20 736 g', () => {
    expect(transportCo2Grams(360_000, 720, 80)).toBe(20_736)
  })
  it('rounds half-up to the gram: 1.5 g → 2 g, 1.4 g → 1 g', () => {
    expect(transportCo2Grams(1_000, 1_500, 1)).toBe(2)
    expect(transportCo2Grams(1_000, 1_400, 1)).toBe(1)
  })
  it('refuses a negative or fractional weight, naming the field', () => {
    expect(() => transportCo2Grams(-1, 10, 80)).toThrow(DomainInputError)
    expect(() => transportCo2Grams(1.5, 10, 80)).toThrow(expect.objectContaining({ field: 'weightGrams', code: 'notInteger' }))
  })
})

describe('zones and distances (a dated parameter table)', () => {
  it('puts France, EU states and the rest of the world in their zones', () => {
    expect(shippingZoneOf('fr')).toBe('france')
    expect(shippingZoneOf('DE')).toBe('eu')
    expect(shippingZoneOf('CH')).toBe('world')
    expect(shippingZoneOf('GB')).toBe('world')
  })
  it('reads the distance by country, by French département, else the zone default', () => {
    expect(shippingDistanceKm({ country: 'DE' }, '2026-03-02')).toBe(720)
    expect(shippingDistanceKm({ country: 'FR', postalCode: '75011' }, '2026-03-02')).toBe(465)
    expect(shippingDistanceKm({ country: 'FR', postalCode: '29200' }, '2026-03-02')).toBe(450)
    expect(shippingDistanceKm({ country: 'FI' }, '2026-03-02')).toBe(1_000)
    expect(() => shippingDistanceKm({ country: 'DE' }, '2019-01-01')).toThrow(expect.objectContaining({ code: 'noParameterForDate' }))
  })
})

describe('bandPriceCents: the first band holding the weight', () => {
  const rate = { bands: [{ upToKg: 100, priceCents: 9_800 }, { upToKg: 30, priceCents: 3_900 }] }
  it('takes the band whose upper bound (inclusive) holds the weight, undefined above the last', () => {
    expect(bandPriceCents(rate, 30_000)).toBe(3_900)
    expect(bandPriceCents(rate, 30_001)).toBe(9_800)
    expect(bandPriceCents(rate, 100_001)).toBeUndefined()
  })
})

describe('compareCarriers on the built-in rate cards', () => {
  // 360 kg of chairs from Lyon to Munich (720 km), leaving Monday 2 March 2026, needed by 10 March.
  const comparison = compareCarriers(CARRIERS, { weightGrams: 360_000, destination: { country: 'DE', postalCode: '80331' }, date: '2026-03-02', neededBy: '2026-03-10' })
  const offer = (service: string) => comparison.offers.find((o) => o.service === service)!

  it('prices each service of the EU zone by its weight band, with its date and emissions', () => {
    expect(comparison).toMatchObject({ zone: 'eu', distanceKm: 720 })
    expect(offer('Palette 24/48 h')).toMatchObject({ available: true, costCents: 34_000, deliveryDate: '2026-03-06', co2Grams: 20_736, late: false })
    expect(offer('Transport combiné rail-route')).toMatchObject({ available: true, costCents: 36_000, deliveryDate: '2026-03-08', co2Grams: 5_184 })
    // Air: 0.36 t × 720 km × 700 g = 181 440 g, 35 times the rail-road figure.
    expect(offer('Express aérien international')).toMatchObject({ available: true, costCents: 120_000, deliveryDate: '2026-03-03', co2Grams: 181_440 })
  })
  it('marks what cannot carry the shipment: too heavy for parcels and messagerie, zone not served', () => {
    expect(offer('Colis international Europe')).toMatchObject({ available: false, unavailableReason: 'tooHeavy' })
    expect(offer('Messagerie 48 h')).toMatchObject({ available: false, unavailableReason: 'tooHeavy' })
    expect(offer('Colis en point relais')).toMatchObject({ available: false, unavailableReason: 'zoneNotServed' })
    expect(comparison.offers.findIndex((o) => !o.available)).toBe(comparison.offers.filter((o) => o.available).length)
  })
  it('names the cheapest, the fastest, the lowest-emission and the recommended offer (lowest CO₂ in time)', () => {
    expect(comparison.cheapest?.service).toBe('Palette 24/48 h')
    expect(comparison.fastest?.service).toBe('Express aérien international')
    expect(comparison.lowestCo2?.service).toBe('Transport combiné rail-route')
    expect(comparison.recommended?.carrierId).toBe('T004')
  })
  it('recommends the next-lowest emitter when the greenest one arrives too late', () => {
    const urgent = compareCarriers(CARRIERS, { weightGrams: 360_000, destination: { country: 'DE' }, date: '2026-03-02', neededBy: '2026-03-06' })
    expect(urgent.offers.find((o) => o.carrierId === 'T004' && o.available)?.late).toBe(true)
    expect(urgent.recommended?.service).toBe('Palette 24/48 h')
  })
  it('refuses a weight of zero or a date that is not a calendar date', () => {
    expect(() => compareCarriers(CARRIERS, { weightGrams: 0, destination: { country: 'FR' }, date: '2026-03-02' })).toThrow(expect.objectContaining({ field: 'weightGrams' }))
    expect(() => compareCarriers(CARRIERS, { weightGrams: 10, destination: { country: 'FR' }, date: '2026-02-30' })).toThrow(DomainInputError)
  })
})

describe('shipmentWeightGrams', () => {
  it('sums quantity × unit weight, products without a weight counting 0', () => {
    expect(shipmentWeightGrams([{ productId: 'a', quantity: 20 }, { productId: 'b', quantity: 1.5 }, { productId: 'c', quantity: 3 }], new Map([['a', 18_000], ['b', 333], ['c', undefined]]))).toBe(360_500)
  })
})

// One rule for the carrier comparison panel and shipping.chooseCarrier: what is left to ship, weighed, and where it goes.
describe('the shipment of an order: what is left to ship, its weight and its destination (DOMAIN-FR §7)', () => {
  const chair = makeProduct({ id: 'chair', reference: 'CHA', weightGrams: 9_000 })
  const setup = makeProduct({ id: 'setup', reference: 'MONTAGE', kind: 'service', stockManaged: false, weightGrams: 5_000 })
  const order = makeSalesDoc({ id: 'o', type: 'order', customerId: 'c', date: '2026-03-01', lines: [line(chair, 10), line(setup, 2)] })
  const delivery = makeSalesDoc({ id: 'd', type: 'delivery', customerId: 'c', date: '2026-03-02', sourceIds: ['o'], lines: [line(chair, 4)] })
  it('ships ordered − delivered per line; a service weighs nothing: 6 chairs × 9 kg = 54 kg', () => {
    const lines = remainingToShip(order, [order, delivery])
    expect(lines).toEqual([{ productId: 'chair', quantity: 6 }, { productId: 'setup', quantity: 2 }])
    expect(shipmentWeightGrams(lines, shippingWeights([chair, setup]))).toBe(54_000)
    expect(remainingToShip(order, [order, { ...delivery, id: 'd2', lines: [line(chair, 10), line(setup, 2)] }])).toEqual([])
  })
  it('goes to the order\'s delivery address, else the customer\'s billing address', () => {
    const billingAddress = { line1: '1 rue A', postalCode: '69001', city: 'Lyon', country: 'FR' }
    const deliveryAddress = { line1: '2 Hauptstraße', postalCode: '10115', city: 'Berlin', country: 'DE' }
    expect(shipmentDestination({ deliveryAddress }, { billingAddress })).toBe(deliveryAddress)
    expect(shipmentDestination({}, { billingAddress })).toBe(billingAddress)
    expect(shipmentDestination({}, undefined)).toBeUndefined()
  })
})

describe('marketplace: commission and delivery promise (issue 10)', () => {
  it('takes the commission percent of the net HT, rounded half-up: 12 % of 783.15 € = 93.978 € → 93.98 €', () => {
    expect(marketplaceCommissionCents(78_315, 12)).toBe(9_398)
    expect(marketplaceCommissionCents(10_000, 8.5)).toBe(850)
    expect(() => marketplaceCommissionCents(100, 101)).toThrow(expect.objectContaining({ field: 'commissionPercent' }))
  })
  // Available (physique − réservé, DOMAIN-FR §8) in wh: a 10, b 3.5, c −2 (2 reserved, none on the shelf).
  const levels = (entries: [string, number][]) => new Map(entries.map(([id, q]) => [id, new Map([['wh', q]])]))
  const promiseContext = {
    warehouseId: 'wh',
    sources: { physical: levels([['a', 10], ['b', 3.5]]), reserved: levels([['c', 2]]), incoming: levels([]) },
    products: ['a', 'b', 'c'].map((id) => makeProduct({ id, reference: id.toUpperCase() })),
  }
  it('lists the lines the available stock cannot serve, lines of the same product added up', () => {
    expect(promiseShortages([{ productId: 'a', quantity: 6 }, { productId: 'a', quantity: 5 }, { productId: 'b', quantity: 3.5 }, { productId: 'c', quantity: 1 }], promiseContext))
      .toEqual([{ productId: 'a', requested: 11, available: 10, missing: 1 }, { productId: 'c', requested: 1, available: 0, missing: 1 }])
  })
  it('a service line (or a good not managed in stock) is never short, as in the availability check (DOMAIN-FR §8)', () => {
    const service = makeProduct({ id: 'svc', reference: 'MONTAGE', kind: 'service', stockManaged: false })
    const unmanaged = makeProduct({ id: 'free', reference: 'CATALOGUE', stockManaged: false })
    const context = { ...promiseContext, products: [...promiseContext.products, service, unmanaged] }
    expect(promiseShortages([{ productId: 'svc', quantity: 2 }, { productId: 'free', quantity: 50 }, { productId: 'b', quantity: 4 }], context))
      .toEqual([{ productId: 'b', requested: 4, available: 3.5, missing: 0.5 }])
  })
})
