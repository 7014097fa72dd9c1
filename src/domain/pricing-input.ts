/**
 * Checks and normalises the input of `priceDocument`: every figure becomes an exact integer, and any
 * bad value throws a {@link DomainInputError} naming its field (`lines[2].quantity`).
 */
import type { DocumentType } from './document-types'
import { DomainInputError } from './errors'
import { nonNegativeCents, type Cents } from './money'
import type { PriceDocumentInput, PriceDocumentLine } from './pricing-types'
import { parseDiscountPercent, parsePercent, parseQuantity, type Quantity, type Rate } from './rates'
import { isVatCategory, VAT_CATEGORIES, type VatCategory } from './vat-categories'
import { isVatRateInForce, vatRatesAt } from './vat-rates'

/** A line as exact integers. */
export interface NormalizedLine {
  readonly quantity: Quantity
  readonly unitPrice: Cents
  readonly rate: Rate
  readonly category: VatCategory
  readonly discounts: readonly Rate[]
}

/** The whole input as exact integers. */
export interface NormalizedInput {
  readonly lines: readonly NormalizedLine[]
  readonly discounts: readonly Rate[]
  /** `undefined` when no escompte is offered (the explanation then skips it). */
  readonly earlyPayment: Rate | undefined
  readonly shipping: Cents
  readonly downPayment: Cents
  readonly documentType: DocumentType
  /** The standard rate in force, for carriage on a document without goods. */
  readonly standardRate: Rate
}

/** Validates the input of `priceDocument`. */
export function normalizeInput(input: PriceDocumentInput): NormalizedInput {
  if (typeof input !== 'object' || input === null) throw new DomainInputError('input', 'invalidType', input)
  if (!Array.isArray(input.lines)) throw new DomainInputError('lines', 'invalidType', input.lines, 'expected an array')
  const documentType = input.documentType ?? 'invoice'
  if (documentType !== 'invoice' && documentType !== 'creditNote') {
    throw new DomainInputError('documentType', 'outOfRange', documentType)
  }
  const rates = vatRatesAt(input.vatDate, 'vatDate')
  const downPayment = nonNegativeCents(input.downPaymentCents ?? 0, 'downPaymentCents')
  if (documentType === 'creditNote' && downPayment !== 0) {
    throw new DomainInputError('downPaymentCents', 'notAllowed', input.downPaymentCents, 'a credit note has no acompte')
  }
  return {
    lines: input.lines.map((line, index) => normalizeLine(line, `lines[${index}]`, input.vatDate)),
    discounts: discountList(input.discountsPercent, 'discountsPercent'),
    earlyPayment:
      input.earlyPaymentDiscountPercent === undefined
        ? undefined
        : parseDiscountPercent(input.earlyPaymentDiscountPercent, 'earlyPaymentDiscountPercent'),
    shipping: nonNegativeCents(input.shippingCents ?? 0, 'shippingCents'),
    downPayment,
    documentType,
    standardRate: parsePercent(rates.standard, 'vatDate'),
  }
}

function normalizeLine(line: PriceDocumentLine, path: string, vatDate: string | undefined): NormalizedLine {
  if (typeof line !== 'object' || line === null) throw new DomainInputError(path, 'invalidType', line)
  const category = line.vatCategory ?? 'standard'
  if (!isVatCategory(category)) throw new DomainInputError(`${path}.vatCategory`, 'unknownCategory', category)
  const rate = parsePercent(line.vatRatePercent, `${path}.vatRatePercent`)
  if (VAT_CATEGORIES[category].taxed) {
    if (!isVatRateInForce(line.vatRatePercent, vatDate)) {
      throw new DomainInputError(`${path}.vatRatePercent`, 'unknownVatRate', line.vatRatePercent, 'not a French VAT rate in force')
    }
  } else if (rate !== 0) {
    throw new DomainInputError(`${path}.vatRatePercent`, 'categoryRateMismatch', line.vatRatePercent, `${category} is at 0 %`)
  }
  return {
    quantity: parseQuantity(line.quantity, `${path}.quantity`),
    unitPrice: nonNegativeCents(line.unitPriceCents, `${path}.unitPriceCents`),
    rate,
    category,
    discounts: discountList(line.discountsPercent, `${path}.discountsPercent`),
  }
}

function discountList(values: readonly number[] | undefined, path: string): Rate[] {
  if (values === undefined) return []
  if (!Array.isArray(values)) throw new DomainInputError(path, 'invalidType', values, 'expected an array')
  return values.map((value, index) => parseDiscountPercent(value, `${path}[${index}]`))
}
