/**
 * Catalogue commands: create and edit products and services, and set or remove a customer's price
 * agreement (a net price or a discount on one product for a period). The trade rules are the
 * domain's (`src/domain/products.ts`); these commands read what the rules need, refuse with the
 * first broken rule (`catalog.rules.<code>`) or a state problem (`catalog.errors.<key>`), and write.
 */
import { z } from 'zod'
import {
  overlappingAgreement,
  productErrors,
  tidyProductDraft,
  validatePriceAgreement,
  validateProductDraft,
  VAT_CATEGORY_ORDER,
  type PriceAgreement,
  type Product,
  type ProductDraft,
  type ProductFamily,
  type ProductIssue,
  type VatCategory,
} from '@/domain'
import type { WorkspaceDb } from '@/db/workspace-db'
import { META_KEYS } from '@/seed/catalog'
import type { CommandContext, CommandDefinition } from './command'
import { refuse } from './refusal'

const text = (max: number) => z.string().max(max)

// Shapes only: the ranges and trade rules are the domain's, so the learner reads them with the field's name.
const draftShape = {
  reference: text(60),
  designation: z.object({ fr: text(400), en: text(400) }).strict(),
  familyId: text(60),
  unit: text(10),
  kind: z.enum(['good', 'service']),
  priceCents: z.number(),
  vatRatePercent: z.number(),
  vatCategory: z.enum(VAT_CATEGORY_ORDER as readonly VatCategory[] as [VatCategory, ...VatCategory[]]).optional(),
  costCents: z.number(),
  stockManaged: z.boolean(),
  weightGrams: z.number(),
  safetyStock: z.number(),
  reorderPoint: z.number(),
  active: z.boolean(),
}

export const createProductInput = z.object({
  ...draftShape,
  safetyStock: draftShape.safetyStock.default(0),
  reorderPoint: draftShape.reorderPoint.default(0),
  active: draftShape.active.default(true),
}).strict()
export type CreateProductInput = z.input<typeof createProductInput>

/** Fields not given keep their stored value. */
export const updateProductInput = z.object({ id: text(80), ...z.object(draftShape).partial().shape }).strict()
export type UpdateProductInput = z.input<typeof updateProductInput>

/** Refuses with the first error of the draft; the others are counted in the message. */
function refuseOnErrors(issues: readonly ProductIssue[]): void {
  const [first, ...others] = productErrors(issues)
  if (first) refuse(`catalog.rules.${first.code}`, { ...first.values, ...(first.source ? { source: first.source } : {}), otherProblems: others.length })
}

async function familyIds(db: WorkspaceDb): Promise<string[]> {
  const record = await db.meta.get(META_KEYS.families)
  return ((record?.value as ProductFamily[] | undefined) ?? []).map((f) => f.id)
}

/** References of the other products equal to `reference` (case ignored), through the reference index. */
async function sameReferences(db: WorkspaceDb, reference: string, exceptId?: string): Promise<string[]> {
  const trimmed = reference.trim()
  if (trimmed === '') return []
  const found = await db.products.where('reference').equalsIgnoreCase(trimmed).toArray()
  return found.filter((p) => p.id !== exceptId).map((p) => p.reference)
}

async function checkDraft(ctx: CommandContext, draft: ProductDraft, exceptId?: string): Promise<ProductIssue[]> {
  const issues = validateProductDraft(draft, {
    date: ctx.simDate,
    otherReferences: await sameReferences(ctx.db, draft.reference, exceptId),
    familyIds: await familyIds(ctx.db),
  })
  refuseOnErrors(issues)
  return issues.filter((i) => i.severity === 'warning')
}

const DRAFT_FIELDS = Object.keys(draftShape) as (keyof ProductDraft)[]

function draftOf(input: Partial<ProductDraft>): Partial<ProductDraft> {
  return Object.fromEntries(DRAFT_FIELDS.filter((key) => input[key] !== undefined).map((key) => [key, input[key]])) as Partial<ProductDraft>
}

export interface CreateProductResult extends Record<string, unknown> {
  productId: string
  reference: string
  /** Warning codes (a price below the cost…): the product is created all the same. */
  warnings: string[]
}

/**
 * `catalog.createProduct`: a new good or service in the catalogue. Refused on the first broken rule
 * of the record (reference missing or already used, VAT rate not in force, a stock-managed service…).
 * A new product has no supplier yet; its cost is the one typed (CUMP once purchases come in).
 */
export const createProduct: CommandDefinition<z.output<typeof createProductInput>, CreateProductResult> = {
  name: 'catalog.createProduct',
  input: createProductInput,
  async run(ctx, input) {
    const draft = tidyProductDraft(input)
    const warnings = await checkDraft(ctx, draft)
    const product: Product = { id: crypto.randomUUID(), ...draft, suppliers: [] }
    if (draft.vatCategory === 'standard') delete product.vatCategory
    await ctx.db.products.add(product)
    return { productId: product.id, reference: product.reference, warnings: warnings.map((w) => w.code) }
  },
}

export interface ProductChange extends Record<string, unknown> {
  field: string
  before: unknown
  after: unknown
}

export interface UpdateProductResult extends Record<string, unknown> {
  productId: string
  reference: string
  changed: ProductChange[]
  warnings: string[]
  /**
   * Always true: quotes, orders and invoices already written keep the designation, price, rate and
   * cost copied on their lines (each line is a snapshot); only new lines take the new values.
   */
  existingDocumentsUnchanged: true
  priceChanged: boolean
}

function flatFields(draft: ProductDraft): Record<string, unknown> {
  const { designation, ...rest } = draft
  return { ...rest, 'designation.fr': designation.fr, 'designation.en': designation.en, vatCategory: draft.vatCategory ?? 'standard' }
}

/**
 * `catalog.updateProduct`: changes some fields of a product (those given). Refused for an unknown
 * product, a broken rule, or a stock-managed product switched off while stock movements exist (the
 * stock on hand would disappear from the books). A price change never alters existing documents:
 * their lines are snapshots; the result says so.
 */
export const updateProduct: CommandDefinition<z.output<typeof updateProductInput>, UpdateProductResult> = {
  name: 'catalog.updateProduct',
  input: updateProductInput,
  async run(ctx, input) {
    const current = await ctx.db.products.get(input.id)
    if (!current) refuse('catalog.errors.unknownProduct', { productId: input.id })
    const { id: _id, suppliers, ...stored } = current
    const merged = tidyProductDraft({ ...(stored as ProductDraft), ...draftOf(input) })
    const warnings = await checkDraft(ctx, merged, current.id)

    if (current.stockManaged && !merged.stockManaged) {
      const moved = await ctx.db.stockMoves.where('productIds').equals(current.id).first()
      if (moved) refuse('catalog.errors.stockManagedWithMoves', { reference: current.reference })
    }

    const before = flatFields(stored as ProductDraft)
    const after = flatFields(merged)
    const changed = Object.keys(after).filter((key) => before[key] !== after[key]).map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null }))
    if (changed.length > 0) {
      const next: Product = { ...merged, id: current.id, suppliers }
      if (!next.vatCategory || next.vatCategory === 'standard') delete next.vatCategory
      await ctx.db.products.put(next)
    }
    return {
      productId: current.id, reference: merged.reference, changed, warnings: warnings.map((w) => w.code),
      existingDocumentsUnchanged: true, priceChanged: current.priceCents !== merged.priceCents,
    }
  },
}

export const setPriceAgreementInput = z.object({
  /** Given to change an existing agreement; left out to add one. */
  id: text(80).optional(),
  customerId: text(80),
  productId: text(80),
  priceCents: z.number().optional(),
  discountPercent: z.number().optional(),
  validFrom: text(10),
  validUntil: text(10).optional(),
}).strict()
export type SetPriceAgreementInput = z.input<typeof setPriceAgreementInput>

export interface SetPriceAgreementResult extends Record<string, unknown> {
  agreementId: string
  customerId: string
  productId: string
  /** True when an existing agreement was changed. */
  replaced: boolean
}

/**
 * `catalog.setPriceAgreement`: a customer's net price or discount on one product, from a date,
 * optionally until one. Refused: both or neither of price and discount; an unknown customer or
 * product; a tier that is not a customer (a prospect signs its conditions once converted); a period
 * overlapping another agreement of the same customer and product (one condition per day); an unknown
 * agreement id, or one of another customer or product.
 */
export const setPriceAgreement: CommandDefinition<z.output<typeof setPriceAgreementInput>, SetPriceAgreementResult> = {
  name: 'catalog.setPriceAgreement',
  input: setPriceAgreementInput,
  async run(ctx, input) {
    const [first, ...others] = validatePriceAgreement(input)
    if (first) refuse(`catalog.rules.${first.code}`, { ...first.values, otherProblems: others.length })

    const tier = await ctx.db.tiers.get(input.customerId)
    if (!tier) refuse('catalog.errors.unknownCustomer', { customerId: input.customerId })
    if (tier.kind !== 'customer') refuse('catalog.errors.notACustomer', { name: tier.name, kind: tier.kind })
    const product = await ctx.db.products.get(input.productId)
    if (!product) refuse('catalog.errors.unknownProduct', { productId: input.productId })

    if (input.id !== undefined) {
      const existing = await ctx.db.priceAgreements.get(input.id)
      if (!existing) refuse('catalog.errors.unknownAgreement', { agreementId: input.id })
      if (existing.customerId !== input.customerId || existing.productId !== input.productId) refuse('catalog.errors.agreementMismatch')
    }

    const agreement: PriceAgreement = {
      id: input.id ?? crypto.randomUUID(),
      customerId: input.customerId,
      productId: input.productId,
      ...(input.priceCents !== undefined ? { priceCents: input.priceCents } : {}),
      ...(input.discountPercent !== undefined ? { discountPercent: input.discountPercent } : {}),
      validFrom: input.validFrom,
      ...(input.validUntil !== undefined ? { validUntil: input.validUntil } : {}),
    }
    const sameCustomer = await ctx.db.priceAgreements.where('customerId').equals(input.customerId).toArray()
    const overlap = overlappingAgreement(agreement, sameCustomer)
    if (overlap) {
      refuse(overlap.validUntil === undefined ? 'catalog.errors.agreementOverlapOpen' : 'catalog.errors.agreementOverlap', {
        reference: product.reference, name: tier.name, fromDate: overlap.validFrom, ...(overlap.validUntil ? { untilDate: overlap.validUntil } : {}),
      })
    }
    await ctx.db.priceAgreements.put(agreement)
    return { agreementId: agreement.id, customerId: agreement.customerId, productId: agreement.productId, replaced: input.id !== undefined }
  },
}

export const removePriceAgreementInput = z.object({ id: text(80) }).strict()
export type RemovePriceAgreementInput = z.input<typeof removePriceAgreementInput>

export interface RemovePriceAgreementResult extends Record<string, unknown> {
  agreementId: string
  customerId: string
  productId: string
  removed: PriceAgreement
}

/**
 * `catalog.removePriceAgreement`: deletes a customer's agreement; later lines take the general
 * conditions again (documents already written keep their prices). The journal keeps what was removed.
 */
export const removePriceAgreement: CommandDefinition<z.output<typeof removePriceAgreementInput>, RemovePriceAgreementResult> = {
  name: 'catalog.removePriceAgreement',
  input: removePriceAgreementInput,
  async run(ctx, input) {
    const existing = await ctx.db.priceAgreements.get(input.id)
    if (!existing) refuse('catalog.errors.unknownAgreement', { agreementId: input.id })
    await ctx.db.priceAgreements.delete(input.id)
    return { agreementId: existing.id, customerId: existing.customerId, productId: existing.productId, removed: existing }
  },
}
