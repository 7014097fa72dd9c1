/**
 * The goods of a document grouped by VAT rate and category, and the pro-rata allocation of the
 * document-level amounts to these groups: discounts, escompte, carriage and acompte. Every split uses
 * the largest remainder, so the parts add up exactly and an e-invoice can give each its VAT rate.
 */
import { DomainInputError } from './errors'
import { exclVatFromInclVat } from './excl-vat'
import { explain, type ExplanationStep } from './explanation'
import { addCents, subtractCents, sumCents, type Cents } from './money'
import type { NormalizedLine } from './pricing-input'
import type { DownPaymentPart, PricedLine, VatBreakdown, VatSplitPart } from './pricing-types'
import { rateToPercent, type Rate } from './rates'
import { displayQuotient } from './rounding'
import { splitProRata } from './split'
import { VAT_CATEGORIES, VAT_CATEGORY_ORDER, type VatCategory } from './vat-categories'

/** The goods of one VAT rate and category while the document-level amounts are applied. */
export interface VatGroup {
  readonly rate: Rate
  readonly category: VatCategory
  readonly gross: Cents
  goods: Cents
}

/** One group per VAT rate and category, ascending by rate (then taxed before exempt). */
export function groupByRate(lines: readonly NormalizedLine[], priced: readonly PricedLine[]): VatGroup[] {
  const groups = new Map<string, VatGroup>()
  lines.forEach((line, index) => {
    const key = `${line.category}:${line.rate}`
    const pricedLine = priced[index] as PricedLine
    const group = groups.get(key)
    groups.set(key, {
      rate: line.rate,
      category: line.category,
      gross: addCents(group?.gross ?? (0 as Cents), pricedLine.grossCents),
      goods: addCents(group?.goods ?? (0 as Cents), pricedLine.netCents),
    })
  })
  return [...groups.values()].sort(
    (a, b) => a.rate - b.rate || VAT_CATEGORY_ORDER.indexOf(a.category) - VAT_CATEGORY_ORDER.indexOf(b.category),
  )
}

/** The share of an amount that falls on a group. */
export function part(group: VatGroup, amountCents: Cents): VatSplitPart {
  return { ratePercent: rateToPercent(group.rate), category: group.category, amountCents }
}

/**
 * Splits a document allowance across the groups pro rata to their current goods (largest remainder),
 * deducts each share from its group, and reports each share when there is more than one group.
 */
export function allocate(amount: Cents, groups: VatGroup[], report: (share: VatSplitPart, weightCents: Cents) => void): VatSplitPart[] {
  const weights = groups.map((group) => group.goods)
  const shares = splitProRata(amount, weights)
  return groups.map((group, index) => {
    const share = part(group, shares[index] ?? (0 as Cents))
    group.goods = subtractCents(group.goods, share.amountCents)
    if (groups.length > 1) report(share, weights[index] ?? (0 as Cents))
    return share
  })
}

/**
 * Carriage follows the goods (CGI art. 267 I-2°): split pro rata to each group's goods after the
 * discounts; if they are all zero (100 % discount), pro rata to the gross amounts; if there are no
 * goods at all, a standard-rate group is added. Returns the share per group, in group order.
 */
export function splitShipping(shipping: Cents, groups: VatGroup[], standardRate: Rate, explanation: ExplanationStep[]): Cents[] {
  if (shipping === 0) return groups.map(() => 0 as Cents)
  explanation.push(explain('shipping', { amountCents: shipping }))
  if (groups.length === 0) {
    groups.push({ rate: standardRate, category: 'standard', gross: 0 as Cents, goods: 0 as Cents })
    explanation.push(explain('shippingStandardRate', { ratePercent: rateToPercent(standardRate), amountCents: shipping }))
    return [shipping]
  }
  const byGoods = groups.map((group) => group.goods)
  const weights = byGoods.some((weight) => weight > 0) ? byGoods : groups.map((group) => group.gross)
  const totalWeight = sumCents(weights)
  const shares = splitProRata(shipping, weights)
  if (groups.length > 1) {
    groups.forEach((group, index) => {
      const weightCents = weights[index] ?? (0 as Cents)
      explanation.push(explain('shippingSplit', {
        ratePercent: rateToPercent(group.rate),
        weightCents,
        totalWeightCents: totalWeight,
        exactCents: totalWeight === 0 ? (shares[index] ?? 0) : displayQuotient(BigInt(shipping) * BigInt(weightCents), BigInt(totalWeight)),
        amountCents: shares[index] ?? 0,
      }))
    })
  }
  return shares
}

/**
 * An acompte TTC is split pro rata to each rate's TTC, then each share into HT and VAT
 * ({@link exclVatFromInclVat}): the figures of the acompte invoice (type 386) it was paid against.
 */
export function splitDownPayment(downPayment: Cents, totalInclVat: Cents, vat: readonly VatBreakdown[], explanation: ExplanationStep[]): DownPaymentPart[] {
  if (downPayment === 0) return []
  if (downPayment > totalInclVat) {
    throw new DomainInputError('downPaymentCents', 'exceedsTotal', downPayment, `above the total including VAT (${totalInclVat})`)
  }
  explanation.push(explain('downPayment', { amountCents: downPayment }))
  const shares = splitProRata(downPayment, vat.map((entry) => addCents(entry.baseCents, entry.vatCents)))
  return vat.map((entry, index) => {
    const inclVatCents = shares[index] ?? (0 as Cents)
    const { exclVatCents, vatCents } = exclVatFromInclVat(inclVatCents, VAT_CATEGORIES[entry.category].taxed ? entry.ratePercent : 0)
    explanation.push(explain('downPaymentSplit', { ratePercent: entry.ratePercent, inclVatCents, exclVatCents, vatCents }))
    return { ratePercent: entry.ratePercent, category: entry.category, inclVatCents, exclVatCents, vatCents }
  })
}
