import { salesDocPricingInput } from '@/domain/accounts'
import { priceDocument } from '@/domain/pricing'
import { lineNetShares, lineVatRatePercent, salesTotals } from '@/domain/sales/pricing'
import type { PriceDocumentInput, Product, SalesDoc, SalesTotals, Tier, VatCategory } from '@/domain'

/**
 * Prices the generator's documents with the domain's own rules: `salesDocPricingInput` (a line at 0 %
 * takes the customer's regime category — intra-EU reverse charge, CGI art. 262 ter I; export, CGI
 * art. 262 I — or the product's own category) and `priceDocument`. The invariant tests re-price the
 * stored documents the same way and must find the stored totals.
 */
export class Pricer {
  private readonly categories = new Map<string, VatCategory>()

  constructor(products: readonly Product[]) {
    for (const product of products) if (product.vatCategory && product.vatCategory !== 'standard') this.categories.set(product.id, product.vatCategory)
  }

  /** The rate a line carries: the product's in France, 0 for an exempt product or an exempt customer. */
  lineVatRate(product: Product, customer: Tier): number {
    return lineVatRatePercent(product, customer.customer?.vatRegime)
  }

  input(doc: Pick<SalesDoc, 'type' | 'lines' | 'date' | 'discountsPercent' | 'shippingCents'>, customer: Tier): PriceDocumentInput {
    return salesDocPricingInput(doc as SalesDoc, customer.customer?.vatRegime, (id) => this.categories.get(id))
  }

  /**
   * Prices a document and fills each line's `netCents`: its net after line discounts and its share of
   * the document discounts (largest remainder, so the lines add up to the net commercial exactly),
   * before escompte — the CA HT statistics aggregate.
   */
  price(doc: Pick<SalesDoc, 'type' | 'lines' | 'date' | 'discountsPercent' | 'shippingCents'>, customer: Tier, withLineNets: boolean): SalesTotals {
    const priced = priceDocument(this.input(doc, customer))
    if (withLineNets) {
      const shares = lineNetShares(priced)
      doc.lines.forEach((line, index) => { line.netCents = shares[index] })
    }
    return salesTotals(priced)
  }
}
