/**
 * Credit commands (REAC CP4.1, CP4.3; DOMAIN-FR §4): the credit check of an order before it is
 * recorded (journaled with its figures), the solvency check the learner records, and the check
 * `sales.createOrder` runs on every order — a blocked order is refused with its figures unless the
 * learner answers the block within their delegation (override), with an acompte, or with the
 * manager's approval.
 */
import { z } from 'zod'
import {
  checkOrderCredit, countsOnAccount, priceSalesDoc, currentSolvency, customerExposure, isNewCustomer, resolveCreditBlock, CREDIT_DEFAULTS,
  type CreditResolution, type OrderCreditCheck,
} from '@/domain'
import type { CompanySettings, SolvencyCheck, Tier } from '@/domain/model'
import type { WorkspaceDb } from '@/db/workspace-db'
import type { CommandContext, CommandDefinition } from './command'
import { refuse } from './refusal'
import { commercialFields, idSchema, snapshotLines } from './sales/sales-inputs'
import {
  customerDocs, guardFigures, loadProducts, newDocId, priceFor, regimeOf, requireCustomer, requireDoc, requireSettings, withEuros,
} from './sales/sales-records'

/** How the learner answers a blocked order (input `creditResolution` of `sales.createOrder`). */
export const creditResolutionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('override') }).strict(),
  z.object({ kind: z.literal('acompte'), amountCents: z.number().int().positive().max(1_000_000_000) }).strict(),
  z.object({ kind: z.literal('managerApproval'), reference: z.string().trim().min(1).max(120) }).strict(),
])

/** The company's credit thresholds, the domain's defaults where the settings say nothing. */
export function creditThresholds(settings: CompanySettings) {
  return {
    overdueThresholdDays: settings.overdueThresholdDays ?? CREDIT_DEFAULTS.overdueThresholdDays,
    unusualOrderThresholdCents: settings.unusualOrderThresholdCents ?? CREDIT_DEFAULTS.unusualOrderThresholdCents,
  }
}

/** The credit check of an order of `orderInclVatCents` for `customer` at `simDate`, from the stored records. */
export async function assessOrderCredit(db: WorkspaceDb, customer: Tier, orderInclVatCents: number, simDate: string, settings: CompanySettings): Promise<OrderCreditCheck> {
  const docs = await customerDocs(db, customer.id)
  const payments = await db.payments.where('customerId').equals(customer.id).toArray()
  const checks = await db.solvencyChecks.where('customerId').equals(customer.id).toArray()
  const exposure = customerExposure(docs, payments, simDate)
  const solvency = currentSolvency(checks, simDate)
  const hasInvoice = docs.some((d) => d.type === 'invoice' && countsOnAccount(d, simDate))
  return checkOrderCredit({
    exposure: exposure.parts, orderInclVatCents, limitCents: customer.customer?.creditLimitCents ?? 0,
    oldestOverdueDays: exposure.oldestOverdueDays, ...creditThresholds(settings),
    ...(solvency ? { solvency } : {}),
    newCustomer: isNewCustomer(customer.createdOn, simDate, hasInvoice),
    maxCreditOverrunCents: settings.delegation.maxCreditOverrunCents,
  })
}

/** The check's figures as a journal/refusal keeps them (flat, with euros for the messages). */
export function creditFigures(check: OrderCreditCheck): Record<string, string | number> {
  const overdue = check.reasons.find((r) => r.code === 'overdueBeyondThreshold')
  const solvency = check.reasons.find((r) => r.code === 'solvencyMissing')
  return withEuros({
    exposureCents: check.exposureCents, orderCents: check.orderCents, exposureAfterCents: check.exposureAfterCents,
    limitCents: check.limitCents, availableCents: check.availableCents, excessCents: check.excessCents,
    reasons: check.reasons.map((r) => r.code).join(','), options: check.options.map((o) => o.kind).join(','),
    ...(overdue ? { oldestOverdueDays: overdue.values.oldestOverdueDays, thresholdDays: overdue.values.thresholdDays, overdueCents: overdue.values.overdueCents } : {}),
    ...(solvency ? { why: solvency.values.why, thresholdCents: solvency.values.thresholdCents } : {}),
    source: check.source,
  })
}

/**
 * The credit check `sales.createOrder` runs (CP4.1): nothing when the order passes; blocked without a
 * resolution, refused with the figures (`credit.rules.blocked.<first reason>`); a resolution that does
 * not lift the block (override beyond the delegation, acompte below the excess…) refused too
 * (`credit.rules.<issue>`). Returns the check and the accepted resolution.
 */
export async function enforceOrderCredit(
  ctx: CommandContext, customer: Tier, orderInclVatCents: number, settings: CompanySettings, resolution: CreditResolution | undefined,
): Promise<{ check: OrderCreditCheck; resolution?: CreditResolution }> {
  const check = await assessOrderCredit(ctx.db, customer, orderInclVatCents, ctx.simDate, settings)
  if (check.status === 'ok') return { check }
  if (!resolution) refuse(`credit.rules.blocked.${check.reasons[0]!.code}`, creditFigures(check))
  const issue = resolveCreditBlock(check, resolution, settings.delegation.maxCreditOverrunCents)
  if (issue) refuse(`credit.rules.${issue.code}`, { ...creditFigures(check), ...withEuros({ ...issue.values }) })
  return { check, resolution }
}

const checkOrderInput = z.union([
  /** An amount TTC already known… */
  z.object({ customerId: idSchema, orderInclVatCents: z.number().int().min(0).max(1_000_000_000) }).strict(),
  /** …an accepted quote about to be ordered… */
  z.object({ quoteId: idSchema }),
  /** …or the order being entered (the input of `sales.createOrder`; logistics fields are ignored). */
  z.object({ customerId: idSchema, ...commercialFields }),
])
type CheckOrderInput = z.infer<typeof checkOrderInput>

/** The customer and the order's TTC as `sales.createOrder` would price it. */
async function orderToCheck(ctx: CommandContext, input: CheckOrderInput): Promise<{ customer: Tier; cents: number }> {
  if ('orderInclVatCents' in input) return { customer: await requireCustomer(ctx.db, input.customerId, false), cents: input.orderInclVatCents }
  if ('quoteId' in input) {
    const quote = await requireDoc(ctx.db, input.quoteId, ['quote'])
    const customer = await requireCustomer(ctx.db, quote.customerId, false)
    return { customer, cents: quote.totals?.totalInclVatCents ?? guardFigures(() => priceSalesDoc(quote, regimeOf(customer))).totalInclVatCents }
  }
  const customer = await requireCustomer(ctx.db, input.customerId, false)
  const products = await loadProducts(ctx.db, input.lines.map((l) => l.productId))
  const agreements = await ctx.db.priceAgreements.where('customerId').equals(customer.id).toArray()
  const { priced } = priceFor({
    id: 'credit-check', type: 'order', status: 'confirmed', customerId: customer.id, date: ctx.simDate, salespersonId: '', channel: 'direct', sourceIds: [],
    lines: snapshotLines(input.lines, customer, products, agreements, ctx.simDate),
    ...(input.discountsPercent?.length ? { discountsPercent: input.discountsPercent } : {}),
    ...(input.earlyPaymentDiscountPercent ? { earlyPaymentDiscountPercent: input.earlyPaymentDiscountPercent } : {}),
    ...(input.shippingCents ? { shippingCents: input.shippingCents } : {}),
  }, customer, products.values())
  return { customer, cents: priced.totalInclVatCents }
}

/**
 * `credit.checkOrder`: the credit check of an order being prepared, before it is recorded (CP4.1):
 * an amount TTC, an accepted quote, or the order as entered (priced as `sales.createOrder` prices
 * it). Changes nothing; the journal keeps its figures (encours, order, plafond, excess, reasons, options).
 */
export const checkOrder: CommandDefinition<CheckOrderInput, Record<string, unknown>> = {
  name: 'credit.checkOrder',
  input: checkOrderInput,
  async run(ctx, input) {
    const settings = await requireSettings(ctx.db)
    const { customer, cents } = await orderToCheck(ctx, input)
    const check = await assessOrderCredit(ctx.db, customer, cents, ctx.simDate, settings)
    return { status: check.status, customerId: customer.id, ...creditFigures(check), check, maxCreditOverrunCents: settings.delegation.maxCreditOverrunCents }
  },
}

const solvencyInput = z.object({
  customerId: idSchema,
  /** Banque de France cotation as the customer shared it (activity letter + credit grade, e.g. "C4", "D5+"). */
  bdfRating: z.string().trim().max(12).optional(),
  score: z.string().trim().max(40).optional(),
  insurerCoverCents: z.number().int().min(0).max(1_000_000_000).optional(),
  legalProceedings: z.boolean(),
  decision: z.enum(['accept', 'acompte', 'refuse']),
  note: z.string().trim().max(1000).optional(),
}).strict()

/**
 * `credit.recordSolvencyCheck`: what the learner found out about a customer's (or prospect's)
 * solvency at the simulated date (DOMAIN-FR §4: Banque de France rating, a provider's score, the
 * credit insurer's cover, proceedings) and their decision. A new customer or an unusual order needs
 * one before the order (valid a year).
 */
export const recordSolvencyCheck: CommandDefinition<z.infer<typeof solvencyInput>, { solvencyCheckId: string; decision: string }> = {
  name: 'credit.recordSolvencyCheck',
  input: solvencyInput,
  async run(ctx, input) {
    const customer = await requireCustomer(ctx.db, input.customerId, true)
    const record: SolvencyCheck = {
      id: newDocId(), customerId: customer.id, date: ctx.simDate, legalProceedings: input.legalProceedings, decision: input.decision,
      ...(input.bdfRating ? { bdfRating: input.bdfRating.toUpperCase() } : {}),
      ...(input.score ? { score: input.score } : {}),
      ...(input.insurerCoverCents !== undefined ? { insurerCoverCents: input.insurerCoverCents } : {}),
      ...(input.note ? { note: input.note } : {}),
    }
    await ctx.db.solvencyChecks.add(record)
    return { solvencyCheckId: record.id, decision: record.decision }
  },
}
