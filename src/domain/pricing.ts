/**
 * Prices a quote, an invoice or a credit note in the French order of calculation (DOMAIN-FR §1):
 * gross per line → line discounts → document discounts in cascade → escompte → carriage → VAT per
 * rate on the total → TTC → acompte → amount due. Every amount is rounded half away from zero to the
 * cent at its own step, and every step is written to the explanation.
 */
import { DOCUMENT_TYPES } from './document-types'
import { explain, type ExplanationStep } from './explanation'
import { addCents, applyRate, multiplyByQuantity, subtractCents, sumCents, type Cents } from './money'
import { normalizeInput, type NormalizedLine } from './pricing-input'
import type { DiscountStep, DocumentDiscountStep, PriceDocumentInput, PricedDocument, PricedLine, VatBreakdown, VatSplitPart } from './pricing-types'
import { cascadeEquivalentRate, PERCENT_SCALE, QUANTITY_SCALE, quantityToNumber, rateToPercent, type Rate } from './rates'
import { displayQuotient } from './rounding'
import { VAT_CATEGORIES } from './vat-categories'
import { allocate, groupByRate, part, splitDownPayment, splitShipping, type VatGroup } from './vat-groups'

const CATEGORY_STEP = {
  exportExempt: 'vatExportExempt',
  intraEuReverseCharge: 'vatIntraEuReverseCharge',
  franchise: 'vatFranchise',
} as const

/**
 * Prices a document: amounts are positive even on a credit note (`documentType: 'creditNote'`);
 * the result's `sign` says how it affects the customer's balance.
 *
 * @example
 * priceDocument({
 *   lines: [{ quantity: 12, unitPriceCents: 14500, vatRatePercent: 20 }, { quantity: 3, unitPriceCents: 38990, vatRatePercent: 20 }],
 *   discountsPercent: [5, 2], earlyPaymentDiscountPercent: 1, shippingCents: 4500,
 * }).totalInclVatCents // 327221 (DOMAIN-FR §1, example A)
 * @throws DomainInputError naming the field: NaN, negative price, unknown VAT rate, more than 3 decimals…
 */
export function priceDocument(input: PriceDocumentInput): PricedDocument {
  const doc = normalizeInput(input)
  const explanation: ExplanationStep[] = []
  if (doc.documentType === 'creditNote') explanation.push(explain('creditNote', {}))

  // 1–2. Gross per line, then each line's own discounts.
  const lines = doc.lines.map((line, index) => priceLine(line, index + 1, explanation))
  const grossCents = sumCents(lines.map((line) => line.grossCents))
  const linesNetCents = sumCents(lines.map((line) => line.netCents))
  const lineDiscountCents = subtractCents(grossCents, linesNetCents)
  explanation.push(explain('gross', { amountCents: grossCents }))
  if (lines.some((line) => line.discountSteps.length > 0)) {
    explanation.push(explain('lineDiscountTotal', { grossCents, discountCents: lineDiscountCents, amountCents: linesNetCents }))
  }
  const groups = groupByRate(doc.lines, lines)

  // 3. Document discounts in cascade, each on the net left by the previous one and rounded first.
  const discountSteps: DocumentDiscountStep[] = []
  let net = linesNetCents
  doc.discounts.forEach((rate, index) => {
    const step = discountStep(net, rate)
    explanation.push(explain('documentDiscount', { step: index + 1, ...stepValues(step, rate) }))
    const split = allocate(step.amountCents, groups, (share, weightCents) =>
      explanation.push(explain('documentDiscountSplit', { step: index + 1, ratePercent: share.ratePercent, weightCents, amountCents: share.amountCents })),
    )
    discountSteps.push({ ...step, split })
    net = step.resultCents
  })
  if (doc.discounts.length > 1) {
    const equivalent = cascadeEquivalentRate(doc.discounts)
    explanation.push(explain('cascadeEquivalent', {
      percent: displayQuotient(equivalent.numerator * 100n, equivalent.denominator),
      sumPercent: rateToPercent(doc.discounts.reduce((sum, rate) => (sum + rate) as Rate, 0 as Rate)),
    }))
  }
  const netCommercialCents = net
  explanation.push(explain('netCommercial', { amountCents: netCommercialCents }))

  // 4. Escompte on the net commercial.
  let earlyPaymentDiscountCents = 0 as Cents
  let earlyPaymentDiscountSplit: VatSplitPart[] = []
  if (doc.earlyPayment !== undefined) {
    const step = discountStep(netCommercialCents, doc.earlyPayment)
    explanation.push(explain('earlyPaymentDiscount', stepValues(step, doc.earlyPayment)))
    earlyPaymentDiscountCents = step.amountCents
    earlyPaymentDiscountSplit = allocate(step.amountCents, groups, (share, weightCents) =>
      explanation.push(explain('earlyPaymentDiscountSplit', { ratePercent: share.ratePercent, weightCents, amountCents: share.amountCents })),
    )
  }
  const netFinancialCents = subtractCents(netCommercialCents, earlyPaymentDiscountCents)
  if (doc.earlyPayment !== undefined) explanation.push(explain('netFinancial', { amountCents: netFinancialCents }))

  // 5. Carriage, after the reductions, at the goods' rates pro rata (standard rate without goods).
  const shippingByGroup = splitShipping(doc.shipping, groups, doc.standardRate, explanation)

  // 6. VAT per rate on the total of each base.
  const vat = groups.map((group, index): VatBreakdown => {
    const shippingCents = shippingByGroup[index] ?? (0 as Cents)
    const baseCents = addCents(group.goods, shippingCents)
    const vatCents = VAT_CATEGORIES[group.category].taxed ? applyRate(baseCents, group.rate) : (0 as Cents)
    return { ratePercent: rateToPercent(group.rate), category: group.category, goodsCents: group.goods, shippingCents, baseCents, vatCents }
  })
  explainVat(vat, groups, doc.shipping, explanation)
  const totalExclVatCents = sumCents(vat.map((entry) => entry.baseCents))
  const totalVatCents = sumCents(vat.map((entry) => entry.vatCents))
  const totalInclVatCents = addCents(totalExclVatCents, totalVatCents)
  explanation.push(explain('totalExclVat', { amountCents: totalExclVatCents }))
  explanation.push(explain('totalVat', { amountCents: totalVatCents }))
  explanation.push(explain('totalInclVat', { exclVatCents: totalExclVatCents, vatCents: totalVatCents, amountCents: totalInclVatCents }))

  // 7. Acompte already received, then what is left to pay (or to deduct, on a credit note).
  const downPaymentSplit = splitDownPayment(doc.downPayment, totalInclVatCents, vat, explanation)
  const amountDueCents = subtractCents(totalInclVatCents, doc.downPayment)
  explanation.push(
    doc.documentType === 'creditNote'
      ? explain('amountToDeduct', { amountCents: amountDueCents })
      : explain('amountDue', { totalCents: totalInclVatCents, downPaymentCents: doc.downPayment, amountCents: amountDueCents }),
  )

  return {
    documentType: doc.documentType,
    sign: DOCUMENT_TYPES[doc.documentType].sign,
    lines,
    grossCents,
    lineDiscountCents,
    discountSteps,
    netCommercialCents,
    earlyPaymentDiscountCents,
    earlyPaymentDiscountSplit,
    netFinancialCents,
    shippingCents: doc.shipping,
    shippingSplit: doc.shipping === 0 ? [] : groups.map((group, i) => part(group, shippingByGroup[i] ?? (0 as Cents))),
    vat,
    totalExclVatCents,
    totalVatCents,
    totalInclVatCents,
    downPaymentCents: doc.downPayment,
    downPaymentSplit,
    amountDueCents,
    explanation,
  }
}

function priceLine(line: NormalizedLine, number: number, explanation: ExplanationStep[]): PricedLine {
  const grossCents = multiplyByQuantity(line.unitPrice, line.quantity)
  explanation.push(explain('lineGross', {
    line: number,
    quantity: quantityToNumber(line.quantity),
    unitPriceCents: line.unitPrice,
    exactCents: displayQuotient(BigInt(line.unitPrice) * BigInt(line.quantity), QUANTITY_SCALE),
    amountCents: grossCents,
  }))
  const discountSteps: DiscountStep[] = []
  let net = grossCents
  for (const rate of line.discounts) {
    const step = discountStep(net, rate)
    explanation.push(explain('lineDiscount', { line: number, ...stepValues(step, rate) }))
    discountSteps.push(step)
    net = step.resultCents
  }
  return { grossCents, discountSteps, netCents: net, vatRatePercent: rateToPercent(line.rate), vatCategory: line.category }
}

function discountStep(baseCents: Cents, rate: Rate): DiscountStep {
  const amountCents = applyRate(baseCents, rate)
  return { percent: rateToPercent(rate), baseCents, amountCents, resultCents: subtractCents(baseCents, amountCents) }
}

function stepValues(step: DiscountStep, rate: Rate) {
  return {
    percent: step.percent,
    baseCents: step.baseCents,
    exactCents: displayQuotient(BigInt(step.baseCents) * BigInt(rate), PERCENT_SCALE),
    amountCents: step.amountCents,
    resultCents: step.resultCents,
  }
}


function explainVat(vat: readonly VatBreakdown[], groups: readonly VatGroup[], shipping: Cents, explanation: ExplanationStep[]): void {
  vat.forEach((entry, index) => {
    if (shipping > 0 || vat.length > 1) {
      explanation.push(explain('vatBase', { ratePercent: entry.ratePercent, goodsCents: entry.goodsCents, shippingCents: entry.shippingCents, baseCents: entry.baseCents }))
    }
    if (entry.category === 'standard') {
      const rate = (groups[index] as VatGroup).rate
      explanation.push(explain('vat', {
        ratePercent: entry.ratePercent,
        baseCents: entry.baseCents,
        exactCents: displayQuotient(BigInt(entry.baseCents) * BigInt(rate), PERCENT_SCALE),
        vatCents: entry.vatCents,
      }))
    } else {
      explanation.push(explain(CATEGORY_STEP[entry.category], { baseCents: entry.baseCents }))
    }
  })
}
