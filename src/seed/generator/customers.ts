import { addDays, daysBetween } from '@/domain/calendar'
import type { Product, Tier } from '@/domain'
import type { CompanyCatalog } from '@/seed/catalog'
import type { Random } from './prng'
import { COMPANY_SIZES } from './sizes'
import type { CustomerHint, GenerationHints } from './types'

export type PayerHabit = 'card' | 'good' | 'late' | 'slow'

/** How one customer buys and pays over the three years (drawn once, from the seed). */
export interface CustomerProfile {
  tier: Tier
  index: number
  /** Relative share of the orders at the start of the history. */
  weight: number
  /** Yearly growth of that share: +0.3 grows 30 % a year, −0.2 declines. */
  trend: number
  /** Day (from the start of the history) of the first order: new customers arrive during the history. */
  firstDay: number
  /** Invoiced once a month for all the month's deliveries (facture périodique, C. com. L441-9 I). */
  periodic: boolean
  payer: PayerHabit
  warehouseId: string
  carrierId: string | undefined
  /** Products this customer usually buys (indexes in the sellable products). */
  favourites: number[]
  /** Mean number of lines per order. */
  linesMean: number
  /** Typical quantity per line. */
  quantityScale: number
  /** Share of this customer's orders that start as a quote. */
  quoteShare: number
  /** Yearly sales HT the catalogue asks for (hints), which sets this customer's typical line value. */
  annualRevenueCents?: number
  /** Mean HT of a line, cents, once calibrated from `annualRevenueCents`. */
  lineValueCents?: number
  /** The end state should leave this customer near (`near`) or over (`over`) its credit limit. */
  creditTarget?: 'near' | 'over'
}

/** French towns for branches derived from catalogue customers when a large company needs more of them. */
const TOWNS: readonly [string, string, string][] = [
  ['Grenoble', '38000', 'Auvergne-Rhône-Alpes'], ['Amiens', '80000', 'Hauts-de-France'], ['Nantes', '44000', 'Pays de la Loire'],
  ['Rennes', '35000', 'Bretagne'], ['Dijon', '21000', 'Bourgogne-Franche-Comté'], ['Tours', '37000', 'Centre-Val de Loire'],
  ['Reims', '51100', 'Grand Est'], ['Rouen', '76000', 'Normandie'], ['Bordeaux', '33000', 'Nouvelle-Aquitaine'],
  ['Montpellier', '34000', 'Occitanie'], ['Marseille', '13001', 'Provence-Alpes-Côte d\'Azur'], ['Versailles', '78000', 'Île-de-France'],
]

/**
 * The customers of the generated company: the catalogue's, plus for sizes above the built-in one,
 * branches derived deterministically from them so each customer keeps a plausible volume.
 */
export function scaleCustomers(catalog: CompanyCatalog, targetInvoiceLines: number): { tier: Tier; sourceId: string }[] {
  const base = catalog.tiers.filter((tier) => tier.kind === 'customer' && tier.customer)
  const wanted = Math.max(base.length, Math.ceil((base.length * targetInvoiceLines) / COMPANY_SIZES.standard))
  const customers = base.map((tier) => ({ tier, sourceId: tier.id }))
  for (let n = 0; customers.length < wanted; n += 1) {
    const source = base[n % base.length]!
    const branch = Math.floor(n / base.length) + 2
    customers.push({ tier: deriveCustomer(source, branch, n), sourceId: source.id })
  }
  return customers
}

function deriveCustomer(source: Tier, branch: number, n: number): Tier {
  const id = `${source.id}-b${branch}`
  const french = source.billingAddress.country === 'FR'
  const town = TOWNS[n % TOWNS.length]!
  const billingAddress = french ? { ...source.billingAddress, city: town[0], postalCode: town[1] } : source.billingAddress
  const name = source.legal === 'person'
    ? `${source.name} (${branch})`
    : french ? `${source.name} — ${town[0]}` : `${source.name} #${branch}`
  return {
    ...source, id, name, billingAddress, deliveryAddresses: [],
    region: french ? town[2] : source.region,
    // A branch (établissement) of the same company keeps its SIREN and VAT number.
    contacts: source.contacts.map((contact) => ({ ...contact, id: `${contact.id}-b${branch}` })),
  }
}

/** Draws each customer's habits. */
export function profileCustomers(
  scaled: { tier: Tier; sourceId: string }[], catalog: CompanyCatalog, sellable: Product[], start: string, days: number, rng: Random,
  hints: GenerationHints = {},
): CustomerProfile[] {
  const customers = scaled.map((c) => c.tier)
  const warehouses = catalog.warehouses.map((w) => w.id)
  const carriers = catalog.tiers.filter((t) => t.kind === 'carrier').map((t) => t.id)
  const families = [...new Set(sellable.map((p) => p.familyId))]
  const b2bFrench = customers.filter((t) => t.legal === 'company' && t.customer?.vatRegime === 'france' && t.customer.channel === 'direct')
  // The largest French B2B accounts are invoiced monthly, as regular customers often ask.
  const periodicIds = new Set([...b2bFrench].sort((a, b) => (b.customer!.creditLimitCents - a.customer!.creditLimitCents) || a.id.localeCompare(b.id))
    .filter((_, i) => i % 4 === 0).map((t) => t.id))
  return customers.map((tier, index) => {
    const c = tier.customer!
    const hint: CustomerHint | undefined = hints.customers?.[scaled[index]!.sourceId]
    const derived = scaled[index]!.sourceId !== tier.id
    const person = tier.legal === 'person'
    const marketplace = c.channel === 'marketplace'
    const limitScale = Math.max(0.3, Math.min(3, c.creditLimitCents / 1_500_000))
    // With a revenue hint, big accounts order more often and in larger quantities (frequency ∝ revenue^0.6).
    const weight = hint ? (hint.annualRevenueCents / 1_000_000) ** 0.6 * (0.9 + rng.next() * 0.2)
      : person ? rng.next() * 0.2 + 0.1 : marketplace ? 2.5 : limitScale * (0.6 + rng.next() * 0.8)
    const roll = rng.next()
    const trend = roll < 0.2 ? -0.15 - rng.next() * 0.2 : roll < 0.45 ? 0.2 + rng.next() * 0.3 : rng.next() * 0.12 - 0.02
    // A catalogue customer created during the history starts buying then; derived branches open at random.
    const createdIn = tier.createdOn > start && !derived ? daysBetween(start, tier.createdOn) : -1
    const isNew = createdIn >= 0 ? createdIn < days - 60 : !person && rng.chance(0.12)
    const firstDay = createdIn >= 0 ? Math.min(days - 60, createdIn + 7) : isNew ? rng.int(Math.floor(days * 0.3), Math.floor(days * 0.8)) : 0
    // Payable on receipt means paid at the order; otherwise the catalogue's hint says how the customer pays.
    const payer: PayerHabit = c.paymentTerms.kind === 'onReceipt' || (!hint && c.paymentMethod === 'card') ? 'card'
      : hint ? ({ onTime: 'good', late: 'late', veryLate: 'slow' } as const)[hint.payment]
        : rng.chance(0.65) ? 'good' : rng.chance(0.7) ? 'late' : 'slow'
    const ownFamilies = families.filter(() => rng.chance(0.6))
    if (ownFamilies.length === 0) ownFamilies.push(rng.pick(families))
    const favourites = sellable.map((p, i) => (ownFamilies.includes(p.familyId) && rng.chance(0.55) ? i : -1)).filter((i) => i >= 0)
    if (favourites.length === 0) favourites.push(rng.int(0, sellable.length - 1))
    const north = warehouses.length > 1 && rng.chance(0.3)
    const byRegion = hints.warehouseByRegion?.[tier.region]
    const creditTarget = hint?.nearCreditLimit && !derived ? (hint.payment === 'veryLate' ? 'over' as const : 'near' as const) : undefined
    return {
      tier, index, weight, trend, firstDay, periodic: periodicIds.has(tier.id), payer,
      ...(hint ? { annualRevenueCents: hint.annualRevenueCents } : {}),
      ...(creditTarget ? { creditTarget } : {}),
      warehouseId: (byRegion && warehouses.includes(byRegion) ? byRegion : north ? warehouses[1] : warehouses[0])!,
      carrierId: carriers.length ? (c.vatRegime === 'france' ? carriers[index % Math.max(1, carriers.length - 1)] : carriers[carriers.length - 1]) : undefined,
      favourites,
      linesMean: person ? 1.6 : marketplace ? 1.4 : 3.2 + rng.next() * 2.5,
      quantityScale: person || marketplace ? 1 : 2 + rng.int(0, 8),
      quoteShare: person || marketplace ? 0 : 0.25 + rng.next() * 0.3,
    }
  })
}

/** The date a customer record says it was created: the catalogue's when it is before the first order. */
export function createdOnFor(start: string, profile: CustomerProfile, rng: Random): string {
  const firstOrder = addDays(start, profile.firstDay)
  if (profile.tier.createdOn <= firstOrder) return profile.tier.createdOn
  return profile.firstDay > 0 ? addDays(start, profile.firstDay - rng.int(5, 40)) : addDays(start, -rng.int(60, 2500))
}
