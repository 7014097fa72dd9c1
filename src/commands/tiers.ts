import { z } from 'zod'
import {
  createDuplicateIndex,
  defaultTierGdpr,
  diffSettings,
  draftFromTier,
  duplicatesBlocking,
  gdprAfterConversion,
  kindChangeAllowed,
  nextTierId,
  tierFromDraft,
  validateTierDraft,
  type DuplicateCandidate,
  type Salesperson,
  type SettingsChange,
  type Tier,
  type TierDraft,
  type TierIssue,
} from '@/domain'
import type { WorkspaceDb } from '@/db/workspace-db'
import { META_KEYS } from '@/seed/catalog'
import type { CommandDefinition } from './command'
import { refuse } from './refusal'

const text = (max: number) => z.string().max(max)
// NaN passes the shape so the domain names the field ("saisissez un nombre") instead of a bare type error.
const figure = z.union([z.number(), z.nan()])
const language = z.enum(['fr', 'en'])

const addressSchema = z.object({
  line1: text(120), line2: text(120).optional(), postalCode: text(12), city: text(80), country: text(2),
}).strict()

const contactSchema = z.object({
  id: text(40).optional(),
  civility: z.enum(['M.', 'Mme']).optional(),
  firstName: text(80),
  lastName: text(80),
  role: text(120),
  email: text(120).optional(),
  phone: text(30).optional(),
  language,
}).strict()

const paymentTermsSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('onReceipt') }).strict(),
  z.object({ kind: z.literal('net'), days: figure }).strict(),
  z.object({ kind: z.literal('daysEndOfMonth'), days: figure, method: z.enum(['addDaysThenEndOfMonth', 'endOfMonthThenAddDays']) }).strict(),
])

const customerSchema = z.object({
  channel: z.enum(['direct', 'webshop', 'marketplace']),
  salespersonId: text(40),
  paymentTerms: paymentTermsSchema,
  paymentMethod: z.enum(['transfer', 'cheque', 'card', 'lcr', 'directDebit']),
  discountPercent: figure,
  creditLimitCents: figure,
}).strict()

const supplierSchema = z.object({
  paymentTerms: paymentTermsSchema, leadTimeDays: figure, minimumOrderCents: figure, incoterm: text(120).optional(),
}).strict()

const carrierSchema = z.object({
  services: z.array(text(80)).max(20), co2GramsPerTonneKm: figure, pricePerKgCents: figure,
}).strict()

/** A tier as the form sends it (the domain's {@link TierDraft}); ranges and legal rules are the domain's. */
export const tierDraftSchema = z.object({
  kind: z.enum(['customer', 'prospect', 'supplier', 'carrier']),
  legal: z.enum(['company', 'person']),
  name: text(160),
  siren: text(20).optional(),
  vatNumber: text(25).optional(),
  billingAddress: addressSchema,
  deliveryAddresses: z.array(addressSchema).max(20),
  contacts: z.array(contactSchema).max(50),
  language,
  notes: text(4000).optional(),
  customer: customerSchema.optional(),
  supplier: supplierSchema.optional(),
  carrier: carrierSchema.optional(),
}).strict()

export const createTierInput = tierDraftSchema.extend({
  /** Probable duplicates the learner checked and chose to create anyway. */
  acknowledgedDuplicateIds: z.array(text(40)).max(50).optional(),
}).strict()
export type CreateTierInput = z.infer<typeof createTierInput>

export const updateTierInput = z.object({ id: text(40), tier: tierDraftSchema }).strict()
export type UpdateTierInput = z.infer<typeof updateTierInput>

export const convertToCustomerInput = z.object({
  id: text(40),
  /** The customer's terms; required when the prospect has none yet, replaces them otherwise. */
  customer: customerSchema.optional(),
}).strict()
export type ConvertToCustomerInput = z.infer<typeof convertToCustomerInput>

export interface CreateTierResult extends Record<string, unknown> {
  tierId: string
  name: string
  kind: Tier['kind']
  /** Probable duplicates created anyway, as the learner acknowledged them. */
  acknowledgedDuplicates: string[]
}

export interface UpdateTierResult extends Record<string, unknown> {
  tierId: string
  changed: SettingsChange[]
}

export interface ConvertToCustomerResult extends Record<string, unknown> {
  tierId: string
  name: string
  /** The simulated date of the conversion. */
  convertedOn: string
}

async function salespersonIds(db: WorkspaceDb): Promise<string[]> {
  const record = await db.meta.get(META_KEYS.salespeople)
  return ((record?.value as Salesperson[] | undefined) ?? []).map((s) => s.id)
}

/** Refuses with the first broken rule, its figures and source, and how many other problems remain. */
function refuseIssues([first, ...others]: TierIssue[]): void {
  if (first) refuse(`tiers.rules.${first.code}`, { ...first.values, ...(first.source ? { source: first.source } : {}), otherProblems: others.length })
}

async function validate(db: WorkspaceDb, draft: TierDraft): Promise<void> {
  refuseIssues(validateTierDraft(draft, { salespersonIds: await salespersonIds(db) }))
}

const names = (candidates: DuplicateCandidate[]) => candidates.map((c) => `${c.name} (${c.tierId})`).join(', ')

async function getOrRefuse(db: WorkspaceDb, id: string): Promise<Tier> {
  const tier = await db.tiers.get(id)
  if (!tier) refuse('tiers.errors.notFound', { id })
  return tier
}

/**
 * `tiers.create`: a new customer, prospect, supplier or carrier, company or private person. Refused,
 * with the rule and its figures: a broken rule of the draft (`tiers.rules.*`, see `validateTierDraft`);
 * an existing tier with the same SIREN or VAT number (the same legal entity: complete that file
 * instead); a probable duplicate (same name, email or phone) the learner has not acknowledged. A new
 * customer or prospect gets its default GDPR file; its id follows the seed's (C045, S015, T005).
 */
export const createTier: CommandDefinition<CreateTierInput, CreateTierResult> = {
  name: 'tiers.create',
  input: createTierInput,
  async run(ctx, input) {
    const { acknowledgedDuplicateIds = [], ...draft } = input
    await validate(ctx.db, draft)
    const existing = await ctx.db.tiers.toArray()
    const { certain, unacknowledged } = duplicatesBlocking(createDuplicateIndex(existing).find(draft), acknowledgedDuplicateIds)
    if (certain.length > 0) refuse('tiers.errors.duplicateCertain', { names: names(certain), count: certain.length })
    if (unacknowledged.length > 0) refuse('tiers.errors.duplicateProbable', { names: names(unacknowledged), count: unacknowledged.length })
    const id = nextTierId(draft.kind, existing.map((t) => t.id))
    const gdpr = defaultTierGdpr(draft.kind, draft.legal, ctx.simDate)
    const tier = tierFromDraft(draft, { id, createdOn: ctx.simDate, ...(gdpr ? { gdpr } : {}) })
    await ctx.db.tiers.add(tier)
    const acknowledged = existing.filter((t) => acknowledgedDuplicateIds.includes(t.id)).map((t) => t.id)
    return { tierId: id, name: tier.name, kind: tier.kind, acknowledgedDuplicates: acknowledged }
  },
}

/**
 * `tiers.update`: the learner corrects or completes a tier's file, with the same rules as a creation.
 * The kind cannot go back from customer to prospect (it has bought), and a prospect becomes a customer
 * only through `tiers.convertToCustomer`, which records the date. Id, creation date, GDPR file and
 * conversion date stay as they are. The journal keeps every value that changed.
 */
export const updateTier: CommandDefinition<UpdateTierInput, UpdateTierResult> = {
  name: 'tiers.update',
  input: updateTierInput,
  async run(ctx, input) {
    const current = await getOrRefuse(ctx.db, input.id)
    const draft = input.tier
    if (!kindChangeAllowed(current.kind, draft.kind)) {
      if (current.kind === 'prospect' && draft.kind === 'customer') refuse('tiers.errors.convertInstead')
      refuse('tiers.errors.kindLocked', { from: current.kind, to: draft.kind })
    }
    await validate(ctx.db, draft)
    const next = tierFromDraft(draft, {
      id: current.id, createdOn: current.createdOn,
      ...(current.gdpr ? { gdpr: current.gdpr } : {}), ...(current.convertedOn ? { convertedOn: current.convertedOn } : {}),
    })
    // The carrier's rate card (issue 10) is not on the tier form: an edit keeps it.
    if (next.carrier && current.carrier?.rates) next.carrier.rates = current.carrier.rates
    const changed = diffSettings(current, next)
    if (changed.length > 0) await ctx.db.tiers.put(next)
    return { tierId: current.id, changed }
  },
}

/**
 * `tiers.convertToCustomer`: a prospect places its first order and becomes a customer on the simulated
 * date. It needs its commercial terms (given here, or already on file) and everything a customer's file
 * requires (a French company's SIREN…). A private person's GDPR basis becomes the contract.
 */
export const convertToCustomer: CommandDefinition<ConvertToCustomerInput, ConvertToCustomerResult> = {
  name: 'tiers.convertToCustomer',
  input: convertToCustomerInput,
  async run(ctx, input) {
    const current = await getOrRefuse(ctx.db, input.id)
    if (current.kind !== 'prospect') refuse('tiers.errors.notAProspect', { kind: current.kind })
    const draft: TierDraft = { ...draftFromTier(current), kind: 'customer' }
    if (input.customer) draft.customer = input.customer
    await validate(ctx.db, draft)
    const next = tierFromDraft(draft, {
      id: current.id, createdOn: current.createdOn, convertedOn: ctx.simDate,
      gdpr: gdprAfterConversion(current.gdpr, current.legal, ctx.simDate),
    })
    await ctx.db.tiers.put(next)
    return { tierId: current.id, name: current.name, convertedOn: ctx.simDate }
  },
}
