/**
 * Shapes of the sales commands' inputs, and the catalogue snapshot of a line: designation in the
 * customer's language, the customer's price (catalogue price, general discount or price agreement,
 * through the catalogue's own rule `customerUnitPrice`), the VAT rate of the customer's regime and the
 * unit cost, copied once so a later catalogue change never alters the document.
 */
import { z } from 'zod'
import { customerUnitPrice, lineVatRatePercent, type Address, type PriceAgreement, type Product, type SalesLine, type Tier } from '@/domain'
import { refuse } from '../refusal'
import { guardFigures, regimeOf } from './sales-records'

export const idSchema = z.string().min(1).max(64)
export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)
const percentSchema = z.number().min(0).max(100)
export const discountsSchema = z.array(percentSchema).max(5)

/** A line asked from the catalogue: product, quantity, optional line discounts (cascade) or unit price. */
export const lineInputSchema = z.object({
  productId: idSchema,
  quantity: z.number().positive().max(1_000_000),
  /** Line discounts in cascade; the customer's own discount (or agreement) when left out. */
  discountsPercent: discountsSchema.optional(),
  /** A negotiated unit price HT in cents; the customer's price when left out. */
  unitPriceCents: z.number().int().min(0).max(1_000_000_000).optional(),
}).strict()

export type LineInput = z.infer<typeof lineInputSchema>

/** The commercial part of a quote or a direct order. */
export const commercialFields = {
  lines: z.array(lineInputSchema).min(1).max(200),
  /** Document remises/rabais in cascade, after the line discounts. */
  discountsPercent: discountsSchema.optional(),
  /** Escompte, deducted on the document (course convention, DOMAIN-FR §1). */
  earlyPaymentDiscountPercent: z.number().min(0).max(10).optional(),
  /** Carriage HT, in cents. */
  shippingCents: z.number().int().min(0).max(100_000_000).optional(),
  /** Index in the customer's delivery addresses; the first one (or the billing address) when left out. */
  deliveryAddressIndex: z.number().int().min(0).max(50).optional(),
  notes: z.string().max(2000).optional(),
}

/** The sales lines of `inputs`, snapshotted from the catalogue for `customer` on `date`. */
export function snapshotLines(inputs: readonly LineInput[], customer: Tier, products: ReadonlyMap<string, Product>, agreements: readonly PriceAgreement[], date: string): SalesLine[] {
  return inputs.map((input) => {
    const product = products.get(input.productId)!
    if (!product.active) refuse('sales.errors.inactiveProduct', { reference: product.reference })
    const price = guardFigures(() => customerUnitPrice({ product, customerDiscountPercent: customer.customer?.discountPercent ?? 0, agreements, date }))
    const discounts = input.discountsPercent ?? (input.unitPriceCents === undefined && price.discountPercent > 0 ? [price.discountPercent] : [])
    return {
      productId: product.id,
      designation: product.designation[customer.language],
      quantity: input.quantity,
      unitPriceCents: input.unitPriceCents ?? price.unitPriceCents,
      vatRatePercent: lineVatRatePercent(product, regimeOf(customer)),
      ...(discounts.length ? { discountsPercent: discounts } : {}),
      unitCostCents: product.costCents,
    }
  })
}

/** The delivery address at `index` of the customer's list (the first, else none, when left out). */
export function deliveryAddressOf(customer: Tier, index: number | undefined): Address | undefined {
  if (index === undefined) return customer.deliveryAddresses[0] ? { ...customer.deliveryAddresses[0] } : undefined
  const address = customer.deliveryAddresses[index]
  if (!address) refuse('sales.errors.unknownDeliveryAddress', { index: index + 1, count: customer.deliveryAddresses.length })
  return { ...address }
}
