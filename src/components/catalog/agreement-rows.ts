import { customerUnitPrice, isAgreementInForce, type CustomerPrice, type PriceAgreement, type Product, type Tier } from '@/domain'

/** One price agreement as the tables show it. */
export interface AgreementRow {
  agreement: PriceAgreement
  /** The other party: the customer's name on a product page, the product on a customer's tab. */
  name: string
  link: string
  /** Product reference and customer name, for the remove button's label. */
  reference: string
  customerName: string
  status: 'active' | 'expired' | 'future'
  /** The customer's net unit price for this product on `asOf` (null when the product or customer is unknown). */
  price: CustomerPrice | null
}

export function agreementStatus(agreement: PriceAgreement, asOf: string): AgreementRow['status'] {
  if (isAgreementInForce(agreement, asOf)) return 'active'
  return agreement.validFrom > asOf ? 'future' : 'expired'
}

/** The customer's price for `product` on `asOf` from all their agreements, or null if it cannot be priced. */
export function priceFor(product: Product | undefined, customer: Tier | undefined, agreements: readonly PriceAgreement[], asOf: string): CustomerPrice | null {
  if (!product || !customer) return null
  try {
    return customerUnitPrice({ product, customerDiscountPercent: customer.customer?.discountPercent ?? 0, agreements, date: asOf })
  } catch {
    return null
  }
}

/** The rows of `agreements` (all on one side: one customer or one product), in start-date order. */
export function agreementRows(
  agreements: readonly PriceAgreement[],
  side: 'customer' | 'product',
  lookup: { product: (id: string) => Product | undefined; customer: (id: string) => Tier | undefined; productLabel: (p: Product) => string },
  asOf: string,
): AgreementRow[] {
  return agreements.map((agreement) => {
    const product = lookup.product(agreement.productId)
    const customer = lookup.customer(agreement.customerId)
    const sameCustomer = agreements.filter((a) => a.customerId === agreement.customerId)
    return {
      agreement,
      name: side === 'customer' ? customer?.name ?? agreement.customerId : product ? lookup.productLabel(product) : agreement.productId,
      link: side === 'customer' ? `/tiers/${agreement.customerId}` : `/stock-achats/produits/${agreement.productId}`,
      reference: product?.reference ?? agreement.productId,
      customerName: customer?.name ?? agreement.customerId,
      status: agreementStatus(agreement, asOf),
      price: priceFor(product, customer, sameCustomer, asOf),
    }
  })
}
