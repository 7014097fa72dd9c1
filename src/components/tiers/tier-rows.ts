import type { Tier, TierKind } from '@/domain/model'

/** One row of the tiers list: flat fields, so the table sorts on any column. */
export interface TierRow {
  id: string
  name: string
  kind: TierKind
  siren: string
  city: string
  country: string
  channel: string
  salesperson: string
  /** null for a tier that is not a customer (or while balances are read). */
  balanceCents: number | null
  creditLimitCents: number | null
  /** Lower-cased text the search box looks in: name, SIREN, city, contacts. */
  haystack: string
}

export function tierRow(tier: Tier, balances: Map<string, number> | null, salesperson: (id: string) => string, country: (code: string) => string): TierRow {
  const isCustomer = tier.kind === 'customer'
  const contacts = tier.contacts.map((c) => `${c.firstName} ${c.lastName} ${c.email ?? ''}`).join(' ')
  return {
    id: tier.id,
    name: tier.name,
    kind: tier.kind,
    siren: tier.siren ?? '',
    city: tier.billingAddress.city,
    country: country(tier.billingAddress.country),
    channel: tier.customer?.channel ?? '',
    salesperson: tier.customer ? salesperson(tier.customer.salespersonId) : '',
    balanceCents: isCustomer && balances ? balances.get(tier.id) ?? 0 : null,
    creditLimitCents: tier.customer?.creditLimitCents ?? null,
    haystack: `${tier.name} ${tier.siren ?? ''} ${tier.vatNumber ?? ''} ${tier.billingAddress.city} ${tier.billingAddress.postalCode} ${contacts}`.toLowerCase(),
  }
}
