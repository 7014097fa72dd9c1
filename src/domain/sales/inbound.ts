/**
 * The order inbox (DOMAIN-FR §1, "Order"): an order from the web shop or the marketplace is checked
 * before it is recorded — the customer is known in the CRM, each reference exists and is sold, each
 * price is the customer's price (catalogue, general discount or price agreement), a delivery address
 * is given. Each check gives a finding with the rule it applies; a blocking finding must be corrected
 * (or the order rejected) before recording.
 */
import type { Address, InboundOrder, IsoDate, PriceAgreement, Product, Tier } from '../model'
import { customerUnitPrice } from '../products'

/** The rules the inbox applies, cited by each finding. */
export const INBOUND_SOURCES = {
  /** A sale is made to an identified buyer: the invoice names them (C. com. L441-9; CGI 242 nonies A). */
  customer: 'C. com. L441-9',
  /** Only a customer orders; a prospect is converted first (the terms of sale apply to a customer, C. com. L441-1). */
  prospect: 'C. com. L441-1',
  /** The catalogue and the CGV's price list, or the agreement made with the buyer (C. com. L441-1, L441-3). */
  price: 'C. com. L441-1',
  /** The delivery address is a mention of the invoice since the 2026 reform (CGI 242 nonies A). */
  address: 'CGI ann. II 242 nonies A',
  /** Goods no longer sold cannot be ordered (catalogue, DOMAIN-FR §1). */
  reference: 'DOMAIN-FR §1',
} as const

/** What a check found (texts: `sales-inbox.findings.<code>`). */
export type InboundFindingCode =
  | 'customerMatched' | 'customerUnknown' | 'customerIsProspect'
  | 'noLines' | 'unknownReference' | 'inactiveReference' | 'priceGap' | 'priceMatches'
  | 'missingDeliveryAddress'

/** One check's outcome: blocking ones must be corrected or the order rejected. */
export interface InboundFinding {
  readonly code: InboundFindingCode
  readonly blocking: boolean
  /** The rule applied. */
  readonly source: string
  /** The figures (amounts in cents: `…Cents`). */
  readonly values: Readonly<Record<string, string | number>>
}

/** How the customer of an inbound order was found in the CRM. */
export type CustomerMatchBy = 'id' | 'siren' | 'email' | 'name'

const normalise = (text: string): string => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim()

/**
 * The CRM customer (or prospect) the channel's customer is, looked up by its id, then its SIREN, then
 * an e-mail of one of its contacts, then its name (accents, case and punctuation ignored).
 */
export function matchInboundCustomer(order: Pick<InboundOrder, 'customer'>, tiers: readonly Tier[]): { tier: Tier; by: CustomerMatchBy } | undefined {
  const candidates = tiers.filter((tier) => tier.kind === 'customer' || tier.kind === 'prospect')
  const sent = order.customer
  const byId = sent.tierId ? candidates.find((tier) => tier.id === sent.tierId) : undefined
  if (byId) return { tier: byId, by: 'id' }
  const siren = sent.siren?.replace(/\s/g, '')
  const bySiren = siren ? candidates.find((tier) => tier.siren === siren) : undefined
  if (bySiren) return { tier: bySiren, by: 'siren' }
  const email = sent.email?.trim().toLowerCase()
  const byEmail = email ? candidates.find((tier) => tier.contacts.some((c) => c.email?.toLowerCase() === email)) : undefined
  if (byEmail) return { tier: byEmail, by: 'email' }
  const name = normalise(sent.name)
  const byName = name ? candidates.find((tier) => normalise(tier.name) === name) : undefined
  return byName ? { tier: byName, by: 'name' } : undefined
}

/** What the learner corrected before recording. */
export interface InboundCorrections {
  /** The CRM customer chosen (when the channel's one was not found, or was wrong). */
  readonly customerId?: string
  /** Apply the customer's price to the lines whose price differs. */
  readonly customerPrices?: boolean
  /** A delivery address taken from the customer's file. */
  readonly deliveryAddress?: Address
}

export interface InboundCheckInput {
  readonly order: InboundOrder
  /** Customers and prospects of the CRM. */
  readonly tiers: readonly Tier[]
  /** The catalogue (at least the products of the order's references). */
  readonly products: readonly Product[]
  /** Price agreements (those of the matched customer are used). */
  readonly agreements: readonly PriceAgreement[]
  /** The day the order is checked (price agreements in force then). */
  readonly date: IsoDate
  readonly corrections?: InboundCorrections
}

/** A line of the order with the product its reference names and the price it should carry. */
export interface InboundLineCheck {
  readonly reference: string
  readonly quantity: number
  readonly receivedCents: number
  readonly product?: Product
  /** The customer's net unit price HT (cents), when both the customer and the product are known. */
  readonly expectedCents?: number
  /** The unit price to record: the customer's price when corrected, else the price received. */
  readonly unitPriceCents?: number
}

export interface InboundCheck {
  readonly customer?: Tier
  readonly matchedBy?: CustomerMatchBy | 'chosen'
  readonly lines: readonly InboundLineCheck[]
  readonly deliveryAddress?: Address
  readonly findings: readonly InboundFinding[]
  /** How many findings still block the recording. */
  readonly blocking: number
}

const finding = (code: InboundFindingCode, blocking: boolean, source: string, values: Record<string, string | number> = {}): InboundFinding => ({ code, blocking, source, values })

const hasAddress = (address: Partial<Address> | undefined): address is Address =>
  Boolean(address?.line1?.trim() && address.postalCode?.trim() && address.city?.trim() && address.country?.trim())

/**
 * The checks a learner makes on an inbound order before recording it, as a list of findings (each
 * with its rule and figures), the lines resolved against the catalogue and the customer found.
 * Pure: the caller loads the CRM, catalogue and agreements.
 */
export function checkInboundOrder(input: InboundCheckInput): InboundCheck {
  const { order, corrections = {} } = input
  const findings: InboundFinding[] = []
  let customer: Tier | undefined
  let matchedBy: InboundCheck['matchedBy']
  if (corrections.customerId) {
    customer = input.tiers.find((tier) => tier.id === corrections.customerId && (tier.kind === 'customer' || tier.kind === 'prospect'))
    matchedBy = customer ? 'chosen' : undefined
  } else {
    const match = matchInboundCustomer(order, input.tiers)
    customer = match?.tier
    matchedBy = match?.by
  }
  if (!customer) {
    findings.push(finding('customerUnknown', true, INBOUND_SOURCES.customer, { name: order.customer.name, siren: order.customer.siren ?? '', email: order.customer.email ?? '' }))
  } else {
    findings.push(finding('customerMatched', false, INBOUND_SOURCES.customer, { name: customer.name, by: matchedBy! }))
    if (customer.kind === 'prospect') findings.push(finding('customerIsProspect', true, INBOUND_SOURCES.prospect, { name: customer.name }))
  }

  if (order.lines.length === 0) findings.push(finding('noLines', true, INBOUND_SOURCES.reference))
  const byReference = new Map(input.products.map((p) => [p.reference.toUpperCase(), p]))
  const agreements = customer ? input.agreements.filter((a) => a.customerId === customer.id) : []
  const lines = order.lines.map((line): InboundLineCheck => {
    const product = byReference.get(line.reference.trim().toUpperCase())
    const base = { reference: line.reference, quantity: line.quantity, receivedCents: line.unitPriceCents }
    if (!product) {
      findings.push(finding('unknownReference', true, INBOUND_SOURCES.reference, { reference: line.reference, designation: line.designation }))
      return base
    }
    if (!product.active) findings.push(finding('inactiveReference', true, INBOUND_SOURCES.reference, { reference: product.reference, designation: product.designation.fr }))
    if (!customer) return { ...base, product, unitPriceCents: line.unitPriceCents }
    const expectedCents = customerUnitPrice({ product, customerDiscountPercent: customer.customer?.discountPercent ?? 0, agreements, date: input.date }).netUnitPriceCents
    const gapCents = line.unitPriceCents - expectedCents
    const values = { reference: product.reference, receivedCents: line.unitPriceCents, expectedCents, gapCents, quantity: line.quantity, totalGapCents: Math.round(gapCents * line.quantity) }
    if (gapCents === 0) {
      findings.push(finding('priceMatches', false, INBOUND_SOURCES.price, values))
      return { ...base, product, expectedCents, unitPriceCents: line.unitPriceCents }
    }
    findings.push(finding('priceGap', !corrections.customerPrices, INBOUND_SOURCES.price, values))
    return corrections.customerPrices ? { ...base, product, expectedCents } : { ...base, product, expectedCents, unitPriceCents: line.unitPriceCents }
  })

  const deliveryAddress = hasAddress(order.customer.address) ? order.customer.address : corrections.deliveryAddress
  if (!hasAddress(deliveryAddress)) findings.push(finding('missingDeliveryAddress', true, INBOUND_SOURCES.address, { name: order.customer.name }))

  return {
    ...(customer ? { customer, matchedBy } : {}),
    lines,
    ...(hasAddress(deliveryAddress) ? { deliveryAddress: { ...deliveryAddress } } : {}),
    findings,
    blocking: findings.filter((f) => f.blocking).length,
  }
}
