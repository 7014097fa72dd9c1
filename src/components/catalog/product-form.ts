/**
 * The product form's model (what the learner types, as text) and its reading into a domain
 * {@link ProductDraft}. Amounts are read the French way ("1 234,50") straight into cents, never
 * through a float; what cannot be read is a typing problem shown under the field, and nothing is sent.
 */
import {
  parseEurosToCents,
  parseScaledDecimal,
  vatRatesAt,
  VAT_CATEGORY_ORDER,
  type DecimalInputError,
  type Product,
  type ProductDraft,
  type VatCategory,
} from '@/domain'

export interface ProductFormModel {
  reference: string
  designationFr: string
  designationEn: string
  familyId: string
  unit: string
  kind: 'good' | 'service'
  price: string
  /** `rate:20` for a rate of the taxed case, `category:exportExempt` for an exempt category. */
  vat: string
  cost: string
  stockManaged: boolean
  weight: string
  safetyStock: string
  reorderPoint: string
  active: boolean
}

/** A field whose text is not a number of the expected kind. */
export interface TypingIssue {
  /** The draft field it feeds (`priceCents`, `weightGrams`…), so it shows where the rule issues show. */
  field: string
  error: DecimalInputError
  decimals: number
}

/** Cents as the learner types them back: 150050 → "1500,50" (French) or "1500.50". */
export function centsToText(cents: number, language: string): string {
  const units = Math.trunc(Math.abs(cents) / 100)
  const rest = Math.abs(cents) % 100
  const text = rest === 0 ? String(units) : `${units}${language === 'fr' ? ',' : '.'}${String(rest).padStart(2, '0')}`
  return cents < 0 ? `-${text}` : text
}

/** A quantity with up to 3 decimals as typed back ("2,5" in French). */
export function quantityToText(value: number, language: string): string {
  return language === 'fr' ? String(value).replace('.', ',') : String(value)
}

export function vatChoice(vatRatePercent: number, vatCategory: VatCategory | undefined): string {
  return vatCategory && vatCategory !== 'standard' ? `category:${vatCategory}` : `rate:${vatRatePercent}`
}

/** The VAT choices offered on `date`: the rates in force, then the exempt categories (at 0 %). */
export function vatChoices(date: string | undefined, current?: string): { value: string; ratePercent?: number; category?: VatCategory }[] {
  const rates = vatRatesAt(date)
  const choices: { value: string; ratePercent?: number; category?: VatCategory }[] = [rates.standard, ...rates.others].map((ratePercent) => ({ value: `rate:${ratePercent}`, ratePercent }))
  for (const category of VAT_CATEGORY_ORDER) if (category !== 'standard') choices.push({ value: `category:${category}`, category })
  // A stored rate no longer in force stays visible (the rule under the field says why it must change).
  if (current?.startsWith('rate:') && !choices.some((c) => c.value === current)) choices.push({ value: current, ratePercent: Number(current.slice(5)) })
  return choices
}

export function emptyModel(familyId = ''): ProductFormModel {
  return {
    reference: '', designationFr: '', designationEn: '', familyId, unit: 'u', kind: 'good', price: '', vat: 'rate:20', cost: '',
    stockManaged: true, weight: '', safetyStock: '0', reorderPoint: '0', active: true,
  }
}

export function modelFromProduct(product: Product, language: string): ProductFormModel {
  return {
    reference: product.reference,
    designationFr: product.designation.fr,
    designationEn: product.designation.en,
    familyId: product.familyId,
    unit: product.unit,
    kind: product.kind,
    price: centsToText(product.priceCents, language),
    vat: vatChoice(product.vatRatePercent, product.vatCategory),
    cost: centsToText(product.costCents, language),
    stockManaged: product.stockManaged,
    weight: String(product.weightGrams),
    safetyStock: quantityToText(product.safetyStock, language),
    reorderPoint: quantityToText(product.reorderPoint, language),
    active: product.active,
  }
}

/**
 * The draft the model stands for, and the fields whose text could not be read. A service sends no
 * weight and no stock figures; a record not kept in stock sends no reorder figures.
 */
export function readModel(model: ProductFormModel): { draft: ProductDraft; typing: TypingIssue[] } {
  const typing: TypingIssue[] = []
  const read = (field: string, text: string, decimals: number, parse: (t: string) => ReturnType<typeof parseEurosToCents>) => {
    const result = parse(text)
    if (result.ok) return result.value
    typing.push({ field, error: result.error, decimals })
    return Number.NaN
  }
  const priceCents = read('priceCents', model.price, 2, parseEurosToCents)
  const costCents = read('costCents', model.cost, 2, parseEurosToCents)
  const isService = model.kind === 'service'
  const stockManaged = !isService && model.stockManaged
  const weightGrams = isService ? 0 : read('weightGrams', model.weight, 0, (t) => parseScaledDecimal(t, 0))
  const quantity = (t: string) => {
    const scaled = parseScaledDecimal(t, 3)
    return scaled.ok ? { ok: true as const, value: scaled.value / 1000 } : scaled
  }
  const safetyStock = stockManaged ? read('safetyStock', model.safetyStock, 3, quantity) : 0
  const reorderPoint = stockManaged ? read('reorderPoint', model.reorderPoint, 3, quantity) : 0
  const [vatKind, vatValue = ''] = model.vat.split(':')
  const draft: ProductDraft = {
    reference: model.reference.trim(),
    designation: { fr: model.designationFr.trim(), en: model.designationEn.trim() },
    familyId: model.familyId,
    unit: model.unit,
    kind: model.kind,
    priceCents,
    vatRatePercent: vatKind === 'category' ? 0 : Number(vatValue),
    ...(vatKind === 'category' ? { vatCategory: vatValue as VatCategory } : {}),
    costCents,
    stockManaged,
    weightGrams,
    safetyStock,
    reorderPoint,
    active: model.active,
  }
  return { draft, typing }
}
