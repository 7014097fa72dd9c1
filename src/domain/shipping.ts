/**
 * Carrier choice on a shipment (DOMAIN-FR §7): each carrier's rate card gives a price by weight band
 * and zone, a lead time and an emission factor; a comparison puts cost, delivery date and greenhouse
 * gas side by side. The emissions are the ones the carrier must tell its client (C. transports
 * L1431-3): grams CO₂e = tonnes × kilometres × factor (g CO₂e per t·km).
 */
import { addDays, parseCalendarDate } from './calendar'
import { availabilityCheck, type AvailabilityContext, type AvailabilityRequest } from './availability'
import { DomainInputError } from './errors'
import type { Address, CarrierRate, Product, SalesDoc, ShippingZone, Tier, TransportMode } from './model'
import { parameterAt, type DatedParameter } from './parameters'
import { orderProgress } from './sales/chain'
import { divideRounded } from './rounding'
import { percentOfCents } from './money'
import { isEuCountry } from './tiers'

/** The seller's departure point the distances are measured from (the company's Lyon warehouse). */
export const SHIPPING_ORIGIN = 'Lyon'

/** Road distances from Lyon, km: by destination country, by French département, and per zone by default. */
export interface DistanceTable {
  /** ISO country → km (capital or main business area). */
  countries: Readonly<Record<string, number>>
  /** French département (first two digits of the postal code) → km. */
  departements: Readonly<Record<string, number>>
  /** When neither table names the destination. */
  zoneDefaults: Readonly<Record<ShippingZone, number>>
}

/**
 * Distances used for the greenhouse-gas figure, as a dated parameter. Orders of magnitude of road
 * distances from Lyon (rounded to 5 km), the same for every mode (a simplification: the Base Carbone
 * method takes each mode's real distance). A course convention, not a legal figure.
 */
export const SHIPPING_DISTANCES_KM: readonly DatedParameter<DistanceTable>[] = [
  {
    validFrom: '2020-01-01',
    source: 'Distances routières depuis Lyon (ordres de grandeur, convention du cours) ; méthode : arrêté du 24 avril 2017, Information GES des prestations de transport',
    value: {
      countries: {
        AT: 820, BE: 720, CH: 150, DE: 720, DK: 1_330, ES: 1_050, GB: 1_050, IE: 1_400, IT: 450, LU: 520, NL: 950, PL: 1_350, PT: 1_650, SE: 1_900,
        US: 7_500, CA: 6_500, CN: 9_000, JP: 9_800, MA: 2_000,
      },
      departements: {
        '01': 70, '06': 470, '13': 315, '21': 195, '31': 540, '33': 560, '34': 300, '35': 720, '38': 70, '42': 65, '44': 650, '59': 690,
        '67': 490, '69': 25, '73': 110, '74': 140, '75': 465, '77': 450, '78': 480, '91': 450, '92': 470, '93': 470, '94': 460, '95': 480,
      },
      zoneDefaults: { france: 450, eu: 1_000, world: 6_000 },
    },
  },
]

/** The zone a destination country falls in: mainland France (incl. Corsica), another EU state, or the world. */
export function shippingZoneOf(country: string): ShippingZone {
  const code = country.trim().toUpperCase()
  if (code === 'FR') return 'france'
  return isEuCountry(code) ? 'eu' : 'world'
}

/** Road distance from Lyon to the destination, km, from the table in force on `date`. */
export function shippingDistanceKm(destination: { country: string; postalCode?: string }, date: string): number {
  const table = parameterAt(SHIPPING_DISTANCES_KM, date, 'date').value
  const country = destination.country.trim().toUpperCase()
  if (country === 'FR') {
    const dept = (destination.postalCode ?? '').trim().slice(0, 2)
    return table.departements[dept] ?? table.zoneDefaults.france
  }
  return table.countries[country] ?? table.zoneDefaults[shippingZoneOf(country)]
}

/**
 * Greenhouse gas of a transport, grams CO₂e = tonnes × km × factor (C. transports L1431-3; ADEME
 * Base Carbone factors per t·km), rounded half-up to the gram.
 * @throws DomainInputError when a figure is negative or not an integer where one is required.
 */
export function transportCo2Grams(weightGrams: number, distanceKm: number, gramsPerTonneKm: number): number {
  for (const [field, value] of [['weightGrams', weightGrams], ['distanceKm', distanceKm], ['co2GramsPerTonneKm', gramsPerTonneKm]] as const) {
    if (typeof value !== 'number' || !Number.isFinite(value)) throw new DomainInputError(field, 'notANumber', value)
    if (!Number.isInteger(value)) throw new DomainInputError(field, 'notInteger', value)
    if (value < 0) throw new DomainInputError(field, 'negative', value)
  }
  // weight in grams ÷ 1 000 000 = tonnes.
  return Number(divideRounded(BigInt(weightGrams) * BigInt(distanceKm) * BigInt(gramsPerTonneKm), 1_000_000n))
}

/** The price of a rate for `weightGrams`: the first band whose upper bound (kg) holds it; undefined above the last band. */
export function bandPriceCents(rate: Pick<CarrierRate, 'bands'>, weightGrams: number): number | undefined {
  const bands = [...rate.bands].sort((a, b) => a.upToKg - b.upToKg)
  return bands.find((band) => weightGrams <= band.upToKg * 1000)?.priceCents
}

/** One carrier service's offer for a shipment, or why it cannot carry it. */
export interface CarrierOffer {
  carrierId: string
  carrierName: string
  service: string
  mode: TransportMode
  zone: ShippingZone
  /** False when the service does not serve the zone or the shipment is above its last weight band. */
  available: boolean
  unavailableReason?: 'zoneNotServed' | 'tooHeavy'
  costCents: number
  leadTimeDays: number
  /** Simulated date + lead time (calendar days). */
  deliveryDate: string
  co2Grams: number
  distanceKm: number
  /** True when the delivery date is after `neededBy` (when one was given). */
  late: boolean
}

/** A shipment to compare carriers on: weight, destination, the day it leaves, and the date the customer needs it. */
export interface ShipmentRequest {
  weightGrams: number
  destination: { country: string; postalCode?: string }
  /** The day the goods leave (the simulated date). */
  date: string
  neededBy?: string
}

/** The comparison: every offer (available first, by cost), and the best available one on each axis. */
export interface CarrierComparison {
  zone: ShippingZone
  distanceKm: number
  offers: CarrierOffer[]
  cheapest?: CarrierOffer
  fastest?: CarrierOffer
  lowestCo2?: CarrierOffer
  /** The lowest-emission offer that arrives by `neededBy` (or any date when none is given), cheapest among equals. */
  recommended?: CarrierOffer
}

/**
 * Compares the carriers' services for a shipment (DOMAIN-FR §7 levers: no air express, rail or
 * waterway for heavy goods that are not urgent). Each carrier's rate for the destination zone gives
 * the cost by weight band, the delivery date (date + lead time) and the CO₂e (tonnes × km × factor).
 * Carriers without a rate card are left out.
 * @throws DomainInputError on a weight that is not a positive whole number of grams, or dates that are not calendar dates.
 */
export function compareCarriers(carriers: readonly Tier[], request: ShipmentRequest): CarrierComparison {
  const { weightGrams } = request
  if (typeof weightGrams !== 'number' || !Number.isInteger(weightGrams)) throw new DomainInputError('weightGrams', 'notInteger', weightGrams)
  if (weightGrams <= 0) throw new DomainInputError('weightGrams', 'outOfRange', weightGrams)
  const date = parseCalendarDate(request.date, 'date')
  const neededBy = request.neededBy === undefined ? undefined : parseCalendarDate(request.neededBy, 'neededBy')
  const zone = shippingZoneOf(request.destination.country)
  const distanceKm = shippingDistanceKm(request.destination, date)
  const offers: CarrierOffer[] = []
  for (const carrier of carriers) {
    if (carrier.kind !== 'carrier' || !carrier.carrier?.rates) continue
    const services = new Set(carrier.carrier.rates.map((r) => r.service))
    for (const service of services) {
      const rate = carrier.carrier.rates.find((r) => r.service === service && r.zone === zone)
      const any = carrier.carrier.rates.find((r) => r.service === service)!
      const price = rate ? bandPriceCents(rate, weightGrams) : undefined
      const used = rate ?? any
      const deliveryDate = addDays(date, used.leadTimeDays)
      offers.push({
        carrierId: carrier.id, carrierName: carrier.name, service, mode: used.mode, zone,
        available: price !== undefined,
        ...(rate ? (price === undefined ? { unavailableReason: 'tooHeavy' as const } : {}) : { unavailableReason: 'zoneNotServed' as const }),
        costCents: price ?? 0, leadTimeDays: used.leadTimeDays, deliveryDate,
        co2Grams: transportCo2Grams(weightGrams, distanceKm, used.co2GramsPerTonneKm), distanceKm,
        late: neededBy !== undefined && deliveryDate > neededBy,
      })
    }
  }
  offers.sort((a, b) => Number(b.available) - Number(a.available) || a.costCents - b.costCents || a.co2Grams - b.co2Grams)
  const available = offers.filter((o) => o.available)
  const best = (key: (o: CarrierOffer) => number, among = available) =>
    among.reduce<CarrierOffer | undefined>((found, o) => (!found || key(o) < key(found) || (key(o) === key(found) && o.costCents < found.costCents) ? o : found), undefined)
  const cheapest = best((o) => o.costCents)
  const fastest = best((o) => o.leadTimeDays)
  const lowestCo2 = best((o) => o.co2Grams)
  const recommended = best((o) => o.co2Grams, available.filter((o) => !o.late))
  return {
    zone, distanceKm, offers,
    ...(cheapest ? { cheapest } : {}), ...(fastest ? { fastest } : {}), ...(lowestCo2 ? { lowestCo2 } : {}), ...(recommended ? { recommended } : {}),
  }
}

/**
 * What is left to ship on an order, as lines (a product and a quantity): each line's ordered − delivered
 * by the delivery notes among `docs`, the lines with something left.
 */
export function remainingToShip(order: SalesDoc, docs: readonly SalesDoc[]): { productId: string; quantity: number }[] {
  return orderProgress(order, docs, docs).lines.filter((l) => l.remaining > 0).map((l) => ({ productId: l.productId, quantity: l.remaining }))
}

/** The unit weights a shipment is weighed with, grams per product: a good's weight, 0 for a service. */
export function shippingWeights(products: Iterable<Pick<Product, 'id' | 'kind' | 'weightGrams'>>): Map<string, number> {
  return new Map([...products].map((p) => [p.id, p.kind === 'good' ? p.weightGrams : 0]))
}

/** Where an order's goods go: its delivery address, else the customer's billing address. */
export function shipmentDestination(order: Pick<SalesDoc, 'deliveryAddress'>, customer: Pick<Tier, 'billingAddress'> | undefined): Address | undefined {
  return order.deliveryAddress ?? customer?.billingAddress
}

/** Gross weight of goods lines, grams: Σ quantity × unit weight, rounded half-up (products without a weight count 0). */
export function shipmentWeightGrams(lines: readonly { productId: string; quantity: number }[], weights: ReadonlyMap<string, number | undefined>): number {
  let thousandths = 0n
  for (const line of lines) thousandths += BigInt(Math.round(line.quantity * 1000)) * BigInt(weights.get(line.productId) ?? 0)
  return Number(divideRounded(thousandths, 1000n))
}

/**
 * A marketplace's commission on an order: `percent` of the amount HT it applies to, in cents,
 * rounded half-up (the platform's contract fixes the base; the course takes the goods' net HT).
 * @throws DomainInputError when the amount is not whole cents or the percent is outside 0–100.
 */
export function marketplaceCommissionCents(amountCents: number, percent: number): number {
  if (typeof percent !== 'number' || !Number.isFinite(percent) || percent < 0 || percent > 100) throw new DomainInputError('commissionPercent', 'outOfRange', percent)
  // The same percentage rule as every other one (half-up to the cent): money.ts.
  return percentOfCents(amountCents, percent)
}

/** One line a delivery promise cannot be kept on from the available stock. */
export interface PromiseShortage {
  productId: string
  requested: number
  available: number
  missing: number
}

/**
 * The products of an order the available stock (physique − réservé in `context.warehouseId`,
 * DOMAIN-FR §8) cannot serve in full, lines of the same product added up: a marketplace's delivery
 * promise can only be kept on them by a partial delivery or a backorder the buyer is told about before
 * the promise date. The stock rule is {@link availabilityCheck}'s: a service or a good not managed in
 * stock is never short. Quantities in thousandths to stay exact.
 */
export function promiseShortages(lines: readonly AvailabilityRequest[], context: AvailabilityContext): PromiseShortage[] {
  const wanted = new Map<string, number>()
  for (const line of lines) wanted.set(line.productId, (wanted.get(line.productId) ?? 0) + Math.round(line.quantity * 1000))
  const perProduct = [...wanted].map(([productId, thousandths]) => ({ productId, quantity: thousandths / 1000 }))
  return availabilityCheck(perProduct, context)
    .filter((line) => line.status === 'short')
    .map(({ productId, requested, available, missing }) => ({ productId, requested, available, missing }))
}
