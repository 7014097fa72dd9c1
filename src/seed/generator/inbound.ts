/**
 * A few orders waiting in the order inbox on the start date (deterministic, no randomness): one from
 * the web shop that passes every check, one from the marketplace at a price below the customer's, and
 * one from a buyer the CRM does not know.
 */
import { addDays } from '@/domain/calendar'
import { customerExposure } from '@/domain/accounts'
import { CREDIT_DEFAULTS } from '@/domain/credit'
import { percentOfCents } from '@/domain/money'
import { customerUnitPrice } from '@/domain/products'
import type { InboundOrder, Payment, Product, SalesDoc, Tier } from '@/domain'

const addressOf = (tier: Tier) => {
  const a = tier.deliveryAddresses[0] ?? tier.billingAddress
  return { line1: a.line1, postalCode: a.postalCode, city: a.city, country: a.country }
}

/** The pending inbound orders of a company whose history ends the day before `endDate`. */
export function inboundOrders(input: { tiers: readonly Tier[]; products: readonly Product[]; endDate: string; salesDocs?: readonly SalesDoc[]; payments?: readonly Payment[] }): InboundOrder[] {
  const customers = input.tiers.filter((t) => t.kind === 'customer' && t.customer && t.siren && t.legal === 'company' && t.customer.vatRegime === 'france')
  const goods = input.products.filter((p) => p.active && p.kind === 'good' && p.priceCents > 0)
  // The web order "passes every check", the credit check at order time included (issue 11): its
  // customer has no invoice overdue beyond the threshold and credit left for it (DOMAIN-FR §4).
  const inGoodStanding = (tier: Tier) => {
    if (!input.salesDocs) return true
    const exposure = customerExposure(input.salesDocs.filter((d) => d.customerId === tier.id), (input.payments ?? []).filter((p) => p.customerId === tier.id), input.endDate)
    return exposure.oldestOverdueDays <= CREDIT_DEFAULTS.overdueThresholdDays && tier.customer!.creditLimitCents - exposure.exposureCents >= 500_000
  }
  const first = customers.find(inGoodStanding)
  const second = customers.find((t) => t !== first)
  if (!first || !second || goods.length < 3) return []
  const netPrice = (tier: Tier, product: Product) => customerUnitPrice({ product, customerDiscountPercent: tier.customer!.discountPercent, agreements: [], date: input.endDate }).netUnitPriceCents
  const line = (tier: Tier | undefined, product: Product, quantity: number, unitPriceCents?: number) => ({
    reference: product.reference, designation: product.designation.fr, quantity,
    unitPriceCents: unitPriceCents ?? (tier ? netPrice(tier, product) : product.priceCents), vatRatePercent: 20,
  })
  const [a, b, c] = goods as [Product, Product, Product]
  const day = (n: number) => addDays(input.endDate, -n)
  return [
    {
      id: 'inb-web-1', channel: 'webshop', externalRef: 'WEB-10482', receivedOn: day(1), status: 'pending',
      customer: { name: first.name, siren: first.siren!, address: addressOf(first), ...(first.contacts[0]?.email ? { email: first.contacts[0].email } : {}) },
      lines: [line(first, a, 4), line(first, b, 2)], shippingCents: 0,
    },
    {
      id: 'inb-mkt-1', channel: 'marketplace', externalRef: 'MKP-88213', receivedOn: day(1), status: 'pending',
      customer: { name: second.name, siren: second.siren!, address: addressOf(second) },
      // The marketplace applied an old price: 10 % under the customer's.
      lines: [line(second, c, 6, Math.round(netPrice(second, c) * 0.9))], shippingCents: 1_500,
      // The platform keeps 12 % of the goods' net HT and promised delivery within 4 days of the order.
      marketplace: { commissionPercent: 12, commissionCents: percentOfCents(6 * Math.round(netPrice(second, c) * 0.9), 12), promisedOn: addDays(day(1), 4) },
    },
    {
      id: 'inb-web-2', channel: 'webshop', externalRef: 'WEB-10495', receivedOn: day(0), status: 'pending',
      customer: { name: 'Boulangerie Les Tilleuls', email: 'contact@les-tilleuls.example', address: { line1: '12 place du Marché', postalCode: '21000', city: 'Dijon', country: 'FR' } },
      lines: [line(undefined, a, 1)], shippingCents: 990,
    },
  ]
}
