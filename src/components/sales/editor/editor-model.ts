/**
 * The sales document editor's state, read the way the pricing calculator reads it: every figure is
 * typed the French way (text), read exactly (decimal-input) only to price and to save. The totals
 * shown are the domain's (`priceSalesDoc` → `priceDocument`) on the very lines the command will store,
 * so what the learner sees before saving is what the document holds after.
 */
import {
  DomainInputError,
  lineVatRatePercent,
  parseDecimalNumber,
  parseEurosToCents,
  parsePercentList,
  priceSalesDoc,
  productVatCategories,
  type Address,
  type CustomerPrice,
  type DecimalInputResult,
  type PricedDocument,
  type Product,
  type SalesDoc,
  type SalesLine,
  type Tier,
} from '@/domain'
import type { Language } from '@/i18n'
import type { FieldProblem } from '@/composables/use-pricing-calculator'

export type { FieldProblem }

/** What the editor makes: a draft quote or a direct order. */
export type EditorKind = 'quote' | 'order'

/** At most this many discounts in a cascade (the commands' bound). */
export const MAX_DISCOUNTS = 5

/** One line as typed. `priceEdited`: the learner typed the price or the discounts (no more prefill). */
export interface EditorLine {
  key: number
  productId: string | null
  quantity: string
  unitPrice: string
  discounts: string
  priceEdited: boolean
}

export interface EditorModel {
  customerId: string | null
  deliveryAddressIndex: number
  lines: EditorLine[]
  discounts: string
  earlyPayment: string
  shipping: string
  validUntil: string
  notes: string
  customerPoNumber: string
  warehouseId: string
  carrierId: string
}

let nextKey = 0
/** A new empty line (quantity 1), with a key of its own for the list. */
export function emptyLine(): EditorLine {
  nextKey += 1
  return { key: nextKey, productId: null, quantity: '1', unitPrice: '', discounts: '', priceEdited: false }
}

/** A new document: one empty line, the validity date given (quotes), nothing else. */
export function newModel(options: { customerId?: string | null; validUntil: string }): EditorModel {
  return {
    customerId: options.customerId ?? null, deliveryAddressIndex: 0, lines: [emptyLine()],
    discounts: '', earlyPayment: '', shipping: '', validUntil: options.validUntil, notes: '', customerPoNumber: '', warehouseId: '', carrierId: '',
  }
}

/** A decimal typed back in the language's way ("5,5" in French, "5.5" in English). */
export function typedNumber(value: number, language: Language, decimals?: number): string {
  const text = decimals === undefined ? String(value) : value.toFixed(decimals)
  return language === 'fr' ? text.replace('.', ',') : text
}

/** Integer cents as typed euros ("329,00"); exact: the cents are split, never divided as a float. */
export function typedCents(cents: number, language: Language): string {
  const whole = Math.trunc(cents / 100)
  const rest = String(Math.abs(cents % 100)).padStart(2, '0')
  return `${whole}${language === 'fr' ? ',' : '.'}${rest}`
}

/** A cascade as typed: "5 ; 2". */
export function typedPercents(percents: readonly number[] | undefined, language: Language): string {
  return (percents ?? []).map((p) => typedNumber(p, language)).join(' ; ')
}

/** The index of `address` among the customer's delivery addresses (0 when it is not one of them). */
export function addressIndexOf(customer: Pick<Tier, 'deliveryAddresses'> | undefined, address: Address | undefined): number {
  if (!customer || !address) return 0
  const same = (a: Address) => a.line1 === address.line1 && (a.line2 ?? '') === (address.line2 ?? '') && a.postalCode === address.postalCode && a.city === address.city && a.country === address.country
  return Math.max(0, customer.deliveryAddresses.findIndex(same))
}

/** A stored draft quote as typed text, its prices kept as stored (never re-prefilled). */
export function modelFromDoc(doc: SalesDoc, customer: Tier | undefined, language: Language): EditorModel {
  return {
    customerId: doc.customerId,
    deliveryAddressIndex: addressIndexOf(customer, doc.deliveryAddress),
    lines: doc.lines.map((line: SalesLine) => ({
      ...emptyLine(), productId: line.productId, quantity: typedNumber(line.quantity, language),
      unitPrice: typedCents(line.unitPriceCents, language), discounts: typedPercents(line.discountsPercent, language), priceEdited: true,
    })),
    discounts: typedPercents(doc.discountsPercent, language),
    earlyPayment: doc.earlyPaymentDiscountPercent ? typedNumber(doc.earlyPaymentDiscountPercent, language) : '',
    shipping: doc.shippingCents ? typedCents(doc.shippingCents, language) : '',
    validUntil: doc.validUntil ?? '',
    notes: doc.notes ?? '',
    customerPoNumber: doc.customerPoNumber ?? '',
    warehouseId: doc.warehouseId ?? '',
    carrierId: doc.carrierId ?? '',
  }
}

/** Writes the customer's price (catalogue price and the discount that goes with it) into a line. */
export function applyCustomerPrice(line: EditorLine, price: CustomerPrice, language: Language): void {
  line.unitPrice = typedCents(price.unitPriceCents, language)
  line.discounts = price.discountPercent > 0 ? typedNumber(price.discountPercent, language) : ''
  line.priceEdited = false
}

/** A line read into figures; `index` is its place among the typed lines (for the field ids). */
export interface ReadLine {
  index: number
  productId: string
  quantity: number
  unitPriceCents: number
  discountsPercent: number[]
}

/** The figures of the editor, and the problems of the fields that could not be read. */
export interface EditorReading {
  lines: ReadLine[]
  discountsPercent: number[]
  earlyPaymentDiscountPercent?: number
  shippingCents?: number
  problems: FieldProblem[]
}

/**
 * Reads every typed figure. Lines without an article are left out of the figures (they are reported
 * by {@link missingFields} at saving). Problems use the calculator's messages (`calculator.error.*`).
 */
export function readEditor(model: EditorModel): EditorReading {
  const problems: FieldProblem[] = []
  const read = (fieldId: string, result: DecimalInputResult, optional = false): number | undefined => {
    if (result.ok) return result.value
    if (!(optional && result.error === 'empty')) problems.push({ fieldId, key: `calculator.error.${result.error}`, values: {} })
    return undefined
  }
  const readList = (fieldId: string, text: string): number[] => {
    const parsed = parsePercentList(text)
    if (!parsed.ok) {
      problems.push({ fieldId, key: `calculator.error.${parsed.error}`, values: {} })
      return []
    }
    if (parsed.value.length > MAX_DISCOUNTS) problems.push({ fieldId, key: 'sales-editor.errors.tooManyDiscounts', values: { max: MAX_DISCOUNTS } })
    return parsed.value
  }

  const lines: ReadLine[] = []
  model.lines.forEach((line, index) => {
    const quantity = read(`line-${index}-quantity`, parseDecimalNumber(line.quantity))
    if (quantity === 0) problems.push({ fieldId: `line-${index}-quantity`, key: 'sales-editor.errors.quantityZero', values: {} })
    const unitPriceCents = read(`line-${index}-price`, parseEurosToCents(line.unitPrice))
    const discountsPercent = readList(`line-${index}-discounts`, line.discounts)
    if (line.productId && quantity !== undefined && unitPriceCents !== undefined) {
      lines.push({ index, productId: line.productId, quantity, unitPriceCents, discountsPercent })
    }
  })
  const discountsPercent = readList('doc-discounts', model.discounts)
  const earlyPaymentDiscountPercent = read('doc-early-payment', parseDecimalNumber(model.earlyPayment), true)
  const shippingCents = read('doc-shipping', parseEurosToCents(model.shipping), true)
  return {
    lines, discountsPercent, problems,
    ...(earlyPaymentDiscountPercent !== undefined ? { earlyPaymentDiscountPercent } : {}),
    ...(shippingCents !== undefined ? { shippingCents } : {}),
  }
}

/** What must be chosen before saving: a customer, an article on every line, a validity date (quotes). */
export function missingFields(model: EditorModel, kind: EditorKind): FieldProblem[] {
  const problems: FieldProblem[] = []
  if (!model.customerId) problems.push({ fieldId: 'doc-customer', key: 'sales-editor.errors.customerRequired', values: {} })
  model.lines.forEach((line, index) => {
    if (!line.productId) problems.push({ fieldId: `line-${index}-product`, key: 'sales-editor.errors.productRequired', values: {} })
  })
  if (model.lines.length === 0) problems.push({ fieldId: 'add-line', key: 'sales-editor.errors.noLine', values: {} })
  if (kind === 'quote' && !/^\d{4}-\d{2}-\d{2}$/.test(model.validUntil)) problems.push({ fieldId: 'doc-valid-until', key: 'sales-editor.errors.dateRequired', values: {} })
  return problems
}

/** The priced preview, or the problem of the field the pricing core refused. */
export type Preview = { ok: true; priced: PricedDocument; lineIndexes: number[] } | { ok: false; problems: FieldProblem[] }

/**
 * Prices the read lines for `customer` as the command will store them: each line at its product's
 * rate for the customer's VAT regime, through `priceSalesDoc` (the core's `priceDocument`). Null
 * when there is nothing to price yet.
 */
export function previewPricing(reading: EditorReading, kind: EditorKind, date: string, products: ReadonlyMap<string, Product>, customer: Tier | undefined): Preview | null {
  if (reading.lines.length === 0) return null
  const regime = customer?.customer?.vatRegime ?? 'france'
  const lines: SalesLine[] = reading.lines.map((line) => {
    const product = products.get(line.productId)
    return {
      productId: line.productId, designation: '', quantity: line.quantity, unitPriceCents: line.unitPriceCents,
      vatRatePercent: product ? lineVatRatePercent(product, regime) : 0, unitCostCents: 0,
      ...(line.discountsPercent.length ? { discountsPercent: line.discountsPercent } : {}),
    }
  })
  const used = reading.lines.map((line) => products.get(line.productId)).filter((p): p is Product => p !== undefined)
  try {
    const priced = priceSalesDoc({
      type: kind, date, lines,
      ...(reading.discountsPercent.length ? { discountsPercent: reading.discountsPercent } : {}),
      ...(reading.earlyPaymentDiscountPercent ? { earlyPaymentDiscountPercent: reading.earlyPaymentDiscountPercent } : {}),
      ...(reading.shippingCents ? { shippingCents: reading.shippingCents } : {}),
    }, regime, productVatCategories(used))
    return { ok: true, priced, lineIndexes: reading.lines.map((line) => line.index) }
  } catch (error) {
    if (!(error instanceof DomainInputError)) throw error
    return { ok: false, problems: [{ fieldId: fieldOfPath(error.field, reading.lines.map((l) => l.index)), key: `calc.error.${error.code}`, values: {} }] }
  }
}

const LINE_FIELDS: Record<string, string> = { quantity: 'quantity', unitPriceCents: 'price', discountsPercent: 'discounts', productId: 'product', vatRatePercent: 'price' }
const DOC_FIELDS: Record<string, string> = {
  customerId: 'doc-customer', deliveryAddressIndex: 'doc-address', discountsPercent: 'doc-discounts', earlyPaymentDiscountPercent: 'doc-early-payment',
  shippingCents: 'doc-shipping', validUntil: 'doc-valid-until', notes: 'doc-notes', customerPoNumber: 'doc-po', warehouseId: 'doc-warehouse', carrierId: 'doc-carrier',
}

/**
 * The field of a path named by the pricing core (`lines[1].quantity`) or by the command's input check
 * (`lines.1.quantity`); `lineIndexes` maps the sent lines back to the typed ones. '' when the path
 * names no field of the editor.
 */
export function fieldOfPath(path: string, lineIndexes: readonly number[]): string {
  const line = /^lines(?:\[(\d+)\]|\.(\d+))\.?(\w+)?/.exec(path)
  if (line) {
    const sent = Number(line[1] ?? line[2])
    return `line-${lineIndexes[sent] ?? sent}-${LINE_FIELDS[line[3] ?? ''] ?? 'product'}`
  }
  const head = /^\w+/.exec(path)?.[0] ?? ''
  return DOC_FIELDS[head] ?? ''
}

/** Refusals of the sales commands that concern one field of the editor. */
const REASON_FIELDS: Record<string, string> = {
  'sales.errors.validUntilPast': 'doc-valid-until',
  'sales.errors.unknownCustomer': 'doc-customer',
  'sales.errors.notACustomer': 'doc-customer',
  'sales.rules.prospectCannotOrder': 'doc-customer',
  'sales.errors.unknownDeliveryAddress': 'doc-address',
  'sales.errors.unknownWarehouse': 'doc-warehouse',
  'sales.errors.unknownCarrier': 'doc-carrier',
}

/**
 * The field a command's refusal is about ('' when it concerns the whole document): an input check
 * (`command.invalid.*`) or a figure the pricing core refused (`calc.error.*`) names its path; an
 * inactive article names its reference.
 */
export function fieldOfReason(reason: { key: string; values?: Record<string, unknown> }, lineIndexes: readonly number[], lineOfReference: (reference: string) => number | undefined): string {
  const values = reason.values ?? {}
  if ((reason.key.startsWith('command.invalid.') || reason.key.startsWith('calc.error.')) && typeof values.field === 'string') return fieldOfPath(values.field, lineIndexes)
  if (reason.key === 'sales.errors.inactiveProduct' && typeof values.reference === 'string') {
    const index = lineOfReference(values.reference)
    return index === undefined ? '' : `line-${index}-product`
  }
  return REASON_FIELDS[reason.key] ?? ''
}

/**
 * True when the typed price or discounts of a line are not the customer's (a price negotiated by the
 * learner); false while a figure cannot be read.
 */
export function differsFromCustomerPrice(line: Pick<EditorLine, 'unitPrice' | 'discounts'>, price: CustomerPrice): boolean {
  const typed = parseEurosToCents(line.unitPrice)
  const discounts = parsePercentList(line.discounts)
  if (!typed.ok || !discounts.ok) return false
  const expected = price.discountPercent > 0 ? [price.discountPercent] : []
  return typed.value !== price.unitPriceCents || discounts.value.join(';') !== expected.join(';')
}
