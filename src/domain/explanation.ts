/**
 * The step-by-step explanation of a calculation. Each step is an i18n key under `calc.step.` with the
 * figures to put in its message, plus the rule it applies (an i18n key under `calc.source.`). The
 * domain never formats: value names say how the UI must show them.
 *
 * Value naming convention (the panel relies on it):
 * - `…Cents`: an amount in cents (integer; a fractional value is an exact, unrounded intermediate);
 * - `…Percent` / `percent`: a percent number (5.5 is 5,5 %);
 * - `…Date`: a calendar date 'YYYY-MM-DD';
 * - anything else: a plain number (line number, quantity, days) or text.
 */

/** One step of an explanation. */
export interface ExplanationStep {
  /** i18n key of the step's message, under `calc.step.` (e.g. `calc.step.lineGross`). */
  readonly key: string
  /** The figures the message interpolates, named after the placeholders `{{name}}`. */
  readonly values: Readonly<Record<string, number | string>>
  /** i18n key of the rule's source, under `calc.source.` (e.g. `calc.source.vatPerRate`). */
  readonly source: string
}

/** Every step the domain can emit: its value names (= placeholders) and the source of its rule. */
export const EXPLANATION_STEPS = {
  creditNote: { values: [], source: 'creditNote' },
  lineGross: { values: ['line', 'quantity', 'unitPriceCents', 'exactCents', 'amountCents'], source: 'invoiceMentions' },
  lineDiscount: { values: ['line', 'percent', 'baseCents', 'exactCents', 'amountCents', 'resultCents'], source: 'commercialReductions' },
  gross: { values: ['amountCents'], source: 'invoiceMentions' },
  lineDiscountTotal: { values: ['grossCents', 'discountCents', 'amountCents'], source: 'lineNetTotal' },
  documentDiscount: { values: ['step', 'percent', 'baseCents', 'exactCents', 'amountCents', 'resultCents'], source: 'commercialReductions' },
  documentDiscountSplit: { values: ['step', 'ratePercent', 'weightCents', 'amountCents'], source: 'allowanceVatSplit' },
  cascadeEquivalent: { values: ['percent', 'sumPercent'], source: 'cascadeConvention' },
  netCommercial: { values: ['amountCents'], source: 'commercialReductions' },
  earlyPaymentDiscount: { values: ['percent', 'baseCents', 'exactCents', 'amountCents', 'resultCents'], source: 'earlyPaymentDiscount' },
  earlyPaymentDiscountSplit: { values: ['ratePercent', 'weightCents', 'amountCents'], source: 'allowanceVatSplit' },
  netFinancial: { values: ['amountCents'], source: 'earlyPaymentDiscount' },
  shipping: { values: ['amountCents'], source: 'accessoryFollowsPrincipal' },
  shippingSplit: { values: ['ratePercent', 'weightCents', 'totalWeightCents', 'exactCents', 'amountCents'], source: 'accessoryFollowsPrincipal' },
  shippingStandardRate: { values: ['ratePercent', 'amountCents'], source: 'standardRate' },
  vatBase: { values: ['ratePercent', 'goodsCents', 'shippingCents', 'baseCents'], source: 'vatPerRate' },
  vat: { values: ['ratePercent', 'baseCents', 'exactCents', 'vatCents'], source: 'vatPerRate' },
  vatExportExempt: { values: ['baseCents'], source: 'exportExempt' },
  vatIntraEuReverseCharge: { values: ['baseCents'], source: 'intraEuReverseCharge' },
  vatFranchise: { values: ['baseCents'], source: 'franchise' },
  totalExclVat: { values: ['amountCents'], source: 'totalExclVat' },
  totalVat: { values: ['amountCents'], source: 'totalVat' },
  totalInclVat: { values: ['exclVatCents', 'vatCents', 'amountCents'], source: 'totalInclVat' },
  downPayment: { values: ['amountCents'], source: 'downPayment' },
  downPaymentSplit: { values: ['ratePercent', 'inclVatCents', 'exclVatCents', 'vatCents'], source: 'downPayment' },
  amountDue: { values: ['totalCents', 'downPaymentCents', 'amountCents'], source: 'amountDue' },
  amountToDeduct: { values: ['amountCents'], source: 'creditNote' },
  penaltyDaysLate: { values: ['dueDate', 'paymentDate', 'days'], source: 'latePayment' },
  penalty: { values: ['amountCents', 'ratePercent', 'days', 'exactCents', 'penaltyCents'], source: 'penaltyFormula' },
  penaltyIndemnity: { values: ['amountCents'], source: 'recoveryIndemnity' },
  penaltyTotal: { values: ['penaltyCents', 'indemnityCents', 'amountCents'], source: 'latePayment' },
} as const satisfies Record<string, { values: readonly string[]; source: string }>

/** The name of a step (its key without `calc.step.`). */
export type ExplanationStepName = keyof typeof EXPLANATION_STEPS

/** The values a step of that name takes: exactly its declared placeholders. */
export type ExplanationValues<N extends ExplanationStepName> = {
  readonly [K in (typeof EXPLANATION_STEPS)[N]['values'][number]]: number | string
}

/** Every i18n key under `calc.step.` the domain can emit. */
export const EXPLANATION_STEP_KEYS: readonly string[] = Object.keys(EXPLANATION_STEPS).map((name) => `calc.step.${name}`)

/** Every i18n key under `calc.source.` the domain can emit. */
export const EXPLANATION_SOURCE_KEYS: readonly string[] = [
  ...new Set(Object.values(EXPLANATION_STEPS).map((step) => `calc.source.${step.source}`)),
]

/** Builds a step, type-checked against {@link EXPLANATION_STEPS}. */
export function explain<N extends ExplanationStepName>(name: N, values: ExplanationValues<N>): ExplanationStep {
  return { key: `calc.step.${name}`, values, source: `calc.source.${EXPLANATION_STEPS[name].source}` }
}
