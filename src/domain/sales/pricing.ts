/**
 * Pricing a stored sales document with the core cascade (`priceDocument`, DOMAIN-FR §1), and what the
 * sales chain derives from it: the rate a line carries for a customer, the totals kept with the
 * document, each line's share of the net commercial, the nature of the operation, and the lines of an
 * acompte invoice.
 */
import { salesDocPricingInput } from '../accounts'
import { exclVatFromInclVat } from '../excl-vat'
import { type Cents } from '../money'
import { priceDocument } from '../pricing'
import type { PricedDocument } from '../pricing-types'
import { splitProRata } from '../split'
import { VAT_CATEGORIES, type VatCategory } from '../vat-categories'
import type { OperationNature, Product, SalesDoc, SalesLine, SalesTotals, VatRegime } from '../model'

/**
 * The VAT rate of a line: the product's rate in France; 0 % for a product outside the taxed category,
 * for an intra-EU business customer (reverse charge, CGI art. 262 ter I) and for an export outside
 * the EU (CGI art. 262 I).
 */
export function lineVatRatePercent(product: Pick<Product, 'vatRatePercent' | 'vatCategory'>, regime: VatRegime = 'france'): number {
  if (product.vatCategory && !VAT_CATEGORIES[product.vatCategory].taxed) return 0
  return regime === 'intraEu' || regime === 'export' ? 0 : product.vatRatePercent
}

/** A product's own VAT category, when it is not the taxed one (read by the pricing of its lines). */
export function productVatCategories(products: Iterable<Pick<Product, 'id' | 'vatCategory'>>): (productId: string) => VatCategory | undefined {
  const categories = new Map<string, VatCategory>()
  for (const product of products) if (product.vatCategory && product.vatCategory !== 'standard') categories.set(product.id, product.vatCategory)
  return (productId) => categories.get(productId)
}

/**
 * Prices a stored document: its lines, discounts, escompte and carriage through `priceDocument`; an
 * invoice deducts the acompte it records (`downPaymentCents`). A line at 0 % takes the customer's
 * regime category unless its product has its own.
 * @throws DomainInputError naming the field on a bad line (4 decimals, unknown rate…).
 */
export function priceSalesDoc(
  doc: Pick<SalesDoc, 'type' | 'lines' | 'date' | 'discountsPercent' | 'earlyPaymentDiscountPercent' | 'shippingCents' | 'downPaymentCents'>,
  regime: VatRegime = 'france',
  vatCategoryOf: (productId: string) => VatCategory | undefined = () => undefined,
): PricedDocument {
  // Totals are left out: the acompte is read from the document's own field, never from stale totals.
  const input = salesDocPricingInput({ ...doc, totals: undefined } as SalesDoc, regime, vatCategoryOf)
  const downPaymentCents = doc.type === 'invoice' ? doc.downPaymentCents ?? 0 : 0
  return priceDocument(downPaymentCents > 0 ? { ...input, downPaymentCents } : input)
}

/** The totals a document stores. */
export function salesTotals(priced: PricedDocument): SalesTotals {
  return {
    grossCents: priced.grossCents,
    netCommercialCents: priced.netCommercialCents,
    totalExclVatCents: priced.totalExclVatCents,
    totalVatCents: priced.totalVatCents,
    totalInclVatCents: priced.totalInclVatCents,
    amountDueCents: priced.amountDueCents,
  }
}

/**
 * Each line's net HT after its own and the document's discounts, before escompte (CA HT for
 * statistics): the net commercial split pro rata to the lines' nets (largest remainder), so the
 * lines add up to it exactly.
 */
export function lineNetShares(priced: PricedDocument): Cents[] {
  const lineNets = priced.lines.map((line) => line.netCents)
  return priced.discountSteps.length === 0 ? lineNets : splitProRata(priced.netCommercialCents, lineNets)
}

/** True when two priced totals are the same to the cent. */
export function sameTotals(a: SalesTotals, b: SalesTotals): boolean {
  return (Object.keys(a) as (keyof SalesTotals)[]).every((key) => a[key] === b[key])
}

/**
 * Goods, services or both (CGI ann. II art. 242 nonies A, 8° bis, from the 2026 reform), from the
 * kinds of the products sold; null without any product.
 */
export function operationNature(kinds: Iterable<'good' | 'service'>): OperationNature | null {
  let goods = false
  let services = false
  for (const kind of kinds) {
    if (kind === 'good') goods = true
    else services = true
  }
  if (goods && services) return 'mixed'
  return goods ? 'goods' : services ? 'services' : null
}

/**
 * The lines of an acompte invoice of `amountInclVatCents` on an order (CGI 269-2 a: VAT on goods is
 * due when the acompte is received): the TTC is split across the order's VAT rates pro rata to their
 * TTC, and each share into HT (the line's price) and VAT with `exclVatFromInclVat`. The invoice's own
 * VAT, computed on those HT, may differ from the share by a cent; its stored totals are what the
 * final invoice deducts.
 */
export function downPaymentLines(orderPriced: PricedDocument, amountInclVatCents: number, designation: string): SalesLine[] {
  const groups = orderPriced.vat.filter((group) => group.baseCents + group.vatCents > 0)
  const shares = splitProRata(amountInclVatCents as Cents, groups.map((group) => (group.baseCents + group.vatCents) as Cents))
  return groups.flatMap((group, index) => {
    const share = shares[index] ?? 0
    if (share === 0) return []
    const { exclVatCents } = exclVatFromInclVat(share, group.ratePercent)
    return [{ productId: '', designation, quantity: 1, unitPriceCents: exclVatCents, vatRatePercent: group.ratePercent, unitCostCents: 0 }]
  })
}
