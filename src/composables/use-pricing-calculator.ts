import { computed, ref } from 'vue'
import {
  DomainInputError, parseDecimalNumber, parseEurosToCents, parsePercentList, priceDocument,
  type DecimalInputResult, type PricedDocument, type PriceDocumentLine,
} from '@/domain'

/** One line as typed: text fields, read exactly only when the calculation runs. */
export interface TypedLine {
  quantity: string
  unitPrice: string
  vatRate: string
  discounts: string
}

export interface TypedDocument {
  lines: TypedLine[]
  discounts: string
  earlyPayment: string
  shipping: string
  downPayment: string
}

/** A problem in one field: the input's id and an i18n key with its values. */
export interface FieldProblem {
  fieldId: string
  key: string
  values: Record<string, string | number>
}

export type CalculatorOutcome = { ok: true; result: PricedDocument } | { ok: false; problems: FieldProblem[] }

/** DOMAIN-FR §1, example A: cascade 5 % then 2 %, escompte 1 %, carriage 45 €. */
export const EXAMPLE_A: TypedDocument = {
  lines: [
    { quantity: '12', unitPrice: '145,00', vatRate: '20', discounts: '' },
    { quantity: '3', unitPrice: '389,90', vatRate: '20', discounts: '' },
  ],
  discounts: '5 ; 2', earlyPayment: '1', shipping: '45,00', downPayment: '',
}

export const emptyLine = (): TypedLine => ({ quantity: '1', unitPrice: '', vatRate: '20', discounts: '' })

/**
 * The pricing calculator: the learner types a document the French way, the domain's `priceDocument`
 * prices it, and every refusal points at the field that caused it.
 */
export function calculate(doc: TypedDocument): CalculatorOutcome {
  const problems: FieldProblem[] = []
  const read = (fieldId: string, result: DecimalInputResult, optional = false): number | undefined => {
    if (result.ok) return result.value
    if (optional && result.error === 'empty') return undefined
    problems.push({ fieldId, key: `calculator.error.${result.error}`, values: {} })
    return undefined
  }
  const readList = (fieldId: string, text: string): number[] => {
    const parsed = parsePercentList(text)
    if (parsed.ok) return parsed.value
    problems.push({ fieldId, key: `calculator.error.${parsed.error}`, values: {} })
    return []
  }

  const lines: PriceDocumentLine[] = doc.lines.map((line, i) => ({
    quantity: read(`line-${i}-quantity`, parseDecimalNumber(line.quantity)) ?? 0,
    unitPriceCents: read(`line-${i}-price`, parseEurosToCents(line.unitPrice)) ?? 0,
    vatRatePercent: read(`line-${i}-vat`, parseDecimalNumber(line.vatRate)) ?? 0,
    discountsPercent: readList(`line-${i}-discounts`, line.discounts),
  }))
  const discountsPercent = readList('doc-discounts', doc.discounts)
  const earlyPaymentDiscountPercent = read('doc-early-payment', parseDecimalNumber(doc.earlyPayment), true)
  const shippingCents = read('doc-shipping', parseEurosToCents(doc.shipping), true)
  const downPaymentCents = read('doc-down-payment', parseEurosToCents(doc.downPayment), true)
  if (problems.length) return { ok: false, problems }

  try {
    return {
      ok: true,
      result: priceDocument({
        lines, discountsPercent,
        ...(earlyPaymentDiscountPercent !== undefined ? { earlyPaymentDiscountPercent } : {}),
        ...(shippingCents !== undefined ? { shippingCents } : {}),
        ...(downPaymentCents !== undefined ? { downPaymentCents } : {}),
      }),
    }
  } catch (error) {
    if (!(error instanceof DomainInputError)) throw error
    const fieldId = fieldIdOf(error.field)
    return { ok: false, problems: [{ fieldId, key: `calc.error.${error.code}`, values: {} }] }
  }
}

/** Maps a domain field path (`lines[1].quantity`, `discountsPercent[0]`) to the calculator's input id. */
function fieldIdOf(path: string): string {
  const line = /^lines\[(\d+)\]\.(\w+)/.exec(path)
  if (line) {
    const field = { quantity: 'quantity', unitPriceCents: 'price', vatRatePercent: 'vat', discountsPercent: 'discounts' }[line[2]!] ?? 'quantity'
    return `line-${line[1]}-${field}`
  }
  if (path.startsWith('discountsPercent')) return 'doc-discounts'
  if (path.startsWith('earlyPayment')) return 'doc-early-payment'
  if (path.startsWith('shipping')) return 'doc-shipping'
  if (path.startsWith('downPayment')) return 'doc-down-payment'
  return 'line-0-quantity'
}

/** i18n key of the label of a calculator input ('line-0-price' → 'calculator.fields.price'). */
export function fieldLabelKey(fieldId: string): string {
  return `calculator.fields.${fieldId.replace(/^line-\d+-/, '').replace(/^doc-/, '')}`
}

/** Reactive state of the calculator page. */
export function usePricingCalculator() {
  const doc = ref<TypedDocument>(structuredClone(EXAMPLE_A))
  const outcome = computed(() => calculate(doc.value))
  const problemFor = (fieldId: string) => (outcome.value.ok ? undefined : outcome.value.problems.find((p) => p.fieldId === fieldId))
  return {
    doc, outcome, problemFor,
    addLine: () => doc.value.lines.push(emptyLine()),
    removeLine: (index: number) => doc.value.lines.splice(index, 1),
    loadExample: () => { doc.value = structuredClone(EXAMPLE_A) },
  }
}
