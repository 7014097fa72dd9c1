/**
 * A few orders waiting in the order inbox on the start date (deterministic, no randomness): one from
 * the web shop that passes every check, one from the marketplace at a price below the customer's, and
 * one from a buyer the CRM does not know.
 */
import { addDays } from '@/domain/calendar'
import { customerUnitPrice } from '@/domain/products'
import type { InboundOrder, Product, Tier } from '@/domain'

const addressOf = (tier: Tier) => {
  const a = tier.deliveryAddresses[0] ?? tier.billingAddress
  return { line1: a.line1, postalCode: a.postalCode, city: a.city, country: a.country }
}

/** The pending inbound orders of a company whose history ends the day before `endDate`. */
export function inboundOrders(input: { tiers: readonly Tier[]; products: readonly Product[]; endDate: string }): InboundOrder[] {
  const customers = input.tiers.filter((t) => t.kind === 'customer' && t.customer && t.siren && t.legal === 'company' && t.customer.vatRegime === 'france')
  const goods = input.products.filter((p) => p.active && p.kind === 'good' && p.priceCents > 0)
  const [first, second] = customers
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
    },
    {
      id: 'inb-web-2', channel: 'webshop', externalRef: 'WEB-10495', receivedOn: day(0), status: 'pending',
      customer: { name: 'Boulangerie Les Tilleuls', email: 'contact@les-tilleuls.example', address: { line1: '12 place du Marché', postalCode: '21000', city: 'Dijon', country: 'FR' } },
      lines: [line(undefined, a, 1)], shippingCents: 990,
    },
  ]
}
