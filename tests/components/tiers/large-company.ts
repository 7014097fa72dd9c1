import type { Tier } from '@/domain'
import { BUILT_IN_CATALOG } from '@/seed/company'
import { COMPANY_SIZES } from '@/seed/generator/sizes'
import { scaleCustomers } from '@/seed/generator/customers'

/** The tiers of the large company (its customers' branches included), as the generator builds them. */
export function largeCompanyTiers(): Tier[] {
  const customers = scaleCustomers(BUILT_IN_CATALOG, COMPANY_SIZES.large).map((c) => c.tier)
  return [...customers, ...BUILT_IN_CATALOG.tiers.filter((t) => !(t.kind === 'customer' && t.customer))]
}

/** `count` tiers: the large company's, repeated under new ids and names when more are asked. */
export function manyTiers(count: number): Tier[] {
  const base = largeCompanyTiers()
  return Array.from({ length: count }, (_, i) => {
    const tier = base[i % base.length]!
    const round = Math.floor(i / base.length)
    return round === 0 ? tier : { ...tier, id: `${tier.id}-x${round}`, name: `${tier.name} ${round}` }
  })
}
