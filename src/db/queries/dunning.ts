/** Read-only queries of the recovery area: today's dunning run, one invoice's dunning file, histories and recovery cases. */
import {
  accountSign, countsOnAccount,
  activeSuspension, claimDetailAt, claimLineAt, dunningRun, effectiveDunningPlan, levelsDone, nextLevel, penaltiesWaived, penaltyRateTableOf, settleInvoices,
  type ClaimLine, type DunningPlan, type DunningRun, type ExplanationStep, type Settlement,
} from '@/domain'
import type { CompanySettings, DunningAction, DunningLevel, IsoDate, RecoveryCase, SalesDoc, Tier } from '@/domain/model'
import { META_KEYS } from '@/seed/catalog'
import type { MetaRecord } from '../types'
import type { WorkspaceDb } from '../workspace-db'

async function settingsOf(db: WorkspaceDb): Promise<CompanySettings | undefined> {
  return ((await db.meta.get(META_KEYS.settings)) as MetaRecord<CompanySettings> | undefined)?.value
}

/** Today's run with the customers' names. */
export interface DunningRunView extends DunningRun {
  names: Map<string, string>
  plan: DunningPlan
}

/** The dunning run at `asOf` over every customer's validated invoices, payments and dunning actions. */
export async function loadDunningRun(db: WorkspaceDb, asOf: IsoDate): Promise<DunningRunView> {
  const [customers, docs, payments, actions, settings] = await Promise.all([
    db.tiers.where('kind').equals('customer').toArray(),
    db.salesDocs.where('type').anyOf('invoice', 'downPayment').toArray(),
    db.payments.toArray(),
    db.dunningActions.toArray(),
    settingsOf(db),
  ])
  const plan = effectiveDunningPlan(settings?.dunningPlan)
  const professional = new Set(customers.filter((tier) => tier.legal === 'company').map((tier) => tier.id))
  const run = dunningRun(docs, payments, actions, plan, asOf, {
    agreedRatePercent: settings?.latePenaltyRatePercent ?? null, professionalOf: (customerId) => professional.has(customerId),
    rateTable: penaltyRateTableOf(settings),
  })
  return { ...run, plan, names: new Map(customers.map((tier) => [tier.id, tier.name])) }
}

/** Everything the dunning page of one invoice shows. */
export interface InvoiceDunningView {
  tier: Tier
  invoice: SalesDoc
  settlement: Settlement
  plan: DunningPlan
  settings?: CompanySettings
  next?: { level: DunningLevel; dueOn: IsoDate }
  done: string[]
  suspension?: DunningAction
  /** This invoice's actions, oldest first. */
  history: DunningAction[]
  /** The claim with penalties at today's date (undefined: no published rate for the period). */
  claimWithPenalties?: ClaimLine
  claimWithoutPenalties: ClaimLine
  /** The penalties worked out step by step (amount TTC × rate × days / 365). */
  explanation: readonly ExplanationStep[]
  /** The rate table has no figure for a day of the lateness. */
  noRate: boolean
  formalNoticeSent: boolean
  openCase?: RecoveryCase
}

/** One invoice's dunning file at `asOf`, or undefined when it is not a validated invoice. */
export async function loadInvoiceDunning(db: WorkspaceDb, invoiceId: string, asOf: IsoDate): Promise<InvoiceDunningView | undefined> {
  const invoice = await db.salesDocs.get(invoiceId)
  if (!invoice || !countsOnAccount(invoice) || accountSign(invoice) <= 0) return undefined
  const [tier, payments, actions, settings, cases] = await Promise.all([
    db.tiers.get(invoice.customerId),
    db.payments.where('customerId').equals(invoice.customerId).toArray(),
    db.dunningActions.where('customerId').equals(invoice.customerId).toArray(),
    settingsOf(db),
    db.recoveryCases.where('customerId').equals(invoice.customerId).toArray(),
  ])
  if (!tier) return undefined
  const settlement = settleInvoices([invoice], payments, asOf).get(invoice.id)!
  const plan = effectiveDunningPlan(settings?.dunningPlan)
  const agreedRatePercent = settings?.latePenaltyRatePercent ?? null
  const rateTable = penaltyRateTableOf(settings)
  const options = { waived: penaltiesWaived(invoice.id, actions), agreedRatePercent, professional: tier.legal === 'company', rateTable }
  // The penalties once: the claim line and its explanation step by step.
  const { line: claimWithPenalties, explanation } = claimDetailAt(invoice, settlement, asOf, { ...options, withPenalties: true })
  const mine = actions.filter((a) => a.invoiceIds.includes(invoice.id)).sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.id.localeCompare(b.id))
  const next = nextLevel(invoice.id, settlement.dueDate, actions, plan, asOf)
  const suspension = activeSuspension(invoice.id, actions, asOf)
  const openCase = cases.find((c) => c.status === 'open' && c.invoiceIds.includes(invoice.id))
  return {
    tier, invoice, settlement, plan, ...(settings ? { settings } : {}), ...(next ? { next } : {}), done: levelsDone(invoice.id, actions, plan),
    ...(suspension ? { suspension } : {}), history: mine, ...(claimWithPenalties ? { claimWithPenalties } : {}),
    claimWithoutPenalties: claimLineAt(invoice, settlement, asOf, { ...options, withPenalties: false })!,
    explanation, noRate: claimWithPenalties === undefined,
    formalNoticeSent: mine.some((a) => a.status === 'done' && a.channel === 'registeredLetter'), ...(openCase ? { openCase } : {}),
  }
}

/** A customer's dunning history (for the tier page), newest first, with the invoices' numbers. */
export async function loadCustomerDunning(db: WorkspaceDb, customerId: string): Promise<{ actions: DunningAction[]; numbers: Map<string, string> }> {
  const [actions, docs] = await Promise.all([
    db.dunningActions.where('customerId').equals(customerId).toArray(),
    db.salesDocs.where('customerId').equals(customerId).toArray(),
  ])
  actions.sort((a, b) => b.dueOn.localeCompare(a.dueOn) || b.id.localeCompare(a.id))
  return { actions, numbers: new Map(docs.map((d) => [d.id, d.number ?? d.id])) }
}

/** Every recovery case with its customer's name, the open ones first. */
export async function loadRecoveryCases(db: WorkspaceDb): Promise<{ cases: RecoveryCase[]; names: Map<string, string> }> {
  const [cases, customers] = await Promise.all([db.recoveryCases.toArray(), db.tiers.where('kind').equals('customer').toArray()])
  cases.sort((a, b) => (a.status === b.status ? b.openedOn.localeCompare(a.openedOn) : a.status === 'open' ? -1 : 1))
  return { cases, names: new Map(customers.map((tier) => [tier.id, tier.name])) }
}
