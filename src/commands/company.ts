import { z } from 'zod'
import {
  checkDunningPlan,
  diffSettings,
  validateCompanySettings,
  NUMBERING_SERIES,
  SETTINGS_SECTION_OF,
  type CompanySettings,
  type SettingsChange,
  type SettingsSection,
} from '@/domain'
import { META_KEYS } from '@/seed/catalog'
import type { CommandDefinition } from './command'
import { refuse } from './refusal'
import { firstNumberedDocument, readSettings, readWorkspaceKind } from './company-state'

const text = (max: number) => z.string().max(max)
const bilingual = z.object({ fr: text(8000), en: text(8000) }).strict()

const identitySchema = z.object({
  name: text(120),
  legalForm: text(60),
  shareCapitalCents: z.number(),
  address: z.object({
    line1: text(120), line2: text(120).optional(), postalCode: text(12), city: text(80), country: text(2),
  }).strict(),
  siren: text(20),
  siret: text(25),
  rcsCity: text(80),
  vatNumber: text(25),
  apeCode: text(10),
  phone: text(30),
  email: text(120),
  website: text(200),
  logo: text(200),
  bank: z.object({ name: text(80), iban: text(42), bic: text(15) }).strict(),
  size: z.enum(['PME', 'ETI', 'GE']),
  vatOnDebits: z.boolean(),
}).strict()

const paymentTermsSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('onReceipt') }).strict(),
  z.object({ kind: z.literal('net'), days: z.number() }).strict(),
  z.object({ kind: z.literal('daysEndOfMonth'), days: z.number(), method: z.enum(['addDaysThenEndOfMonth', 'endOfMonthThenAddDays']) }).strict(),
])

const prefix = text(40)
const numberingSchema = z.object({
  quote: prefix, order: prefix, delivery: prefix, invoice: prefix, creditNote: prefix, downPayment: prefix, supplierOrder: prefix, reception: prefix,
}).strict()

const delegationSchema = z.object({
  maxDiscountPercent: z.number(),
  maxCreditOverrunCents: z.number(),
  maxPaymentExtensionDays: z.number(),
  maxGoodwillCreditCents: z.number(),
  mayWaivePenalties: z.boolean(),
}).strict()

const dunningPlanSchema = z.object({
  levels: z.array(z.object({
    id: text(40), offsetDays: z.number(), channels: z.array(z.enum(['phone', 'email', 'letter', 'registeredLetter'])).max(4), templateKey: text(60),
    optional: z.boolean().optional(), recallPenalties: z.boolean().optional(), deadlineDays: z.number().optional(),
  }).strict()).max(10),
}).strict()

/** Half-years of late-payment rates published after the release (C. com. L441-10 II); the domain checks them. */
const penaltyRatesSchema = z.array(z.object({
  validFrom: text(10), validTo: text(10), ecbPercent: z.number(), legalInterestPercent: z.number(), source: text(300),
}).strict()).max(40)

/**
 * A partial update: each top-level part given replaces that part of the settings (the page saves one
 * section at a time); parts left out stay as they are. Ranges and legal limits are the domain's
 * rules (`validateCompanySettings`), checked after this shape.
 */
export const updateSettingsInput = z.object({
  identity: identitySchema.optional(),
  cgv: z.array(z.object({ title: bilingual, body: bilingual }).strict()).max(100).optional(),
  defaultPaymentTerms: paymentTermsSchema.optional(),
  defaultPaymentMethod: z.enum(['transfer', 'cheque', 'card', 'lcr', 'directDebit']).optional(),
  latePenaltyRatePercent: z.number().nullable().optional(),
  earlyPaymentDiscountPercent: z.number().optional(),
  earlyPaymentDiscountDays: z.number().optional(),
  quoteValidityDays: z.number().optional(),
  stockValuation: z.enum(['cump', 'fifo']).optional(),
  numbering: numberingSchema.optional(),
  delegation: delegationSchema.optional(),
  dunningPlan: dunningPlanSchema.optional(),
  /** The whole list of recorded half-years (the page adds or removes one and sends the list). */
  penaltyRates: penaltyRatesSchema.optional(),
  /** Credit check thresholds (domain defaults CREDIT_DEFAULTS when absent). */
  overdueThresholdDays: z.number().int().min(0).max(365).optional(),
  unusualOrderThresholdCents: z.number().int().min(0).max(1_000_000_000).optional(),
}).strict()

export type UpdateSettingsInput = z.infer<typeof updateSettingsInput>

export interface UpdateSettingsResult extends Record<string, unknown> {
  sections: SettingsSection[]
  /** Each changed value with its old and new value (long texts cut). */
  changed: SettingsChange[]
}

/**
 * `company.updateSettings`: a trainer (or a learner in free practice) changes the company's settings.
 * Refused, with the rule and its figures: a broken domain rule (penalty rate below the legal floor,
 * terms beyond 60 days net / 45 days end of month, a recorded half-year of penalty rates that is not
 * a half-year, overlaps a built-in one, has a rate with more than 2 decimals or no source…); a new prefix for a series that already numbered
 * documents, since the series must stay one continuous sequence (C. com. L441-9, CGI ann. II art.
 * 242 nonies A); a learner's change of delegation levels in a scenario attempt, where they are part of
 * the exercise and locked; a workspace that has no settings (created before the company was seeded).
 */
export const updateCompanySettings: CommandDefinition<UpdateSettingsInput, UpdateSettingsResult> = {
  name: 'company.updateSettings',
  input: updateSettingsInput,
  async run(ctx, input) {
    const keys = (Object.keys(input) as (keyof CompanySettings)[]).filter((key) => input[key] !== undefined)
    if (keys.length === 0) refuse('company.errors.nothingToUpdate')
    const current = await readSettings(ctx.db)
    if (!current) refuse('company.errors.noSettings')

    if (input.delegation && ctx.actor.kind === 'learner' && (await readWorkspaceKind(ctx.db)) === 'scenario') {
      refuse('company.errors.delegationLocked')
    }

    if (input.dunningPlan) {
      const [planIssue] = checkDunningPlan(input.dunningPlan)
      if (planIssue) refuse(`dunning.errors.plan.${planIssue.code}`, { field: `dunningPlan.${planIssue.field}` })
    }

    const next: CompanySettings = { ...current, ...Object.fromEntries(keys.map((key) => [key, input[key]])) }
    const sections = [...new Set(keys.map((key) => SETTINGS_SECTION_OF[key]))]
    const [first, ...others] = validateCompanySettings(next, ctx.simDate, sections)
    if (first) refuse(`company.rules.${first.code}`, { ...first.values, ...(first.source ? { source: first.source } : {}), otherProblems: others.length })

    if (input.numbering) {
      for (const series of NUMBERING_SERIES) {
        if (input.numbering[series] === current.numbering[series]) continue
        const example = await firstNumberedDocument(ctx.db, series)
        if (example) refuse('company.errors.prefixLocked', { fieldKey: `numbering.${series}`, prefix: current.numbering[series], example })
      }
    }

    const changed = diffSettings(current, next)
    if (changed.length > 0) await ctx.db.meta.put({ key: META_KEYS.settings, value: next })
    return { sections, changed }
  },
  summarize(input) {
    // CGV bodies can run to pages: the journal keeps the clause titles, the result keeps the changes.
    return input.cgv ? { ...input, cgv: input.cgv.map((clause) => clause.title.fr) } : input
  },
}
