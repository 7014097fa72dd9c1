import { z } from 'zod'
import {
  afterContactFromPerson, answerProblem, consentStatus, defaultGdprFile, erasurePlan, extendRequest as extendPlan, isCalendarDate,
  isGdprSubject, requestDueOn, type ErasureCategory, type ErasureItem, type KeptItem,
} from '@/domain'
import type { ConsentPurpose, GdprRequest, Tier, TierGdpr } from '@/domain/model'
import type { CommandContext, CommandDefinition } from './command'
import { refuse } from './refusal'

const tierId = z.string().min(1).max(80)
const requestId = z.string().min(1).max(80)
const calendarDate = z.string().refine(isCalendarDate)
const text = (max: number) => z.string().trim().min(1).max(max)
const channel = z.enum(['email', 'phone', 'paper', 'web', 'inPerson'])
const MARKETING: readonly ConsentPurpose[] = ['emailMarketing', 'phoneMarketing']
export const ERASURE_CATEGORIES = [
  'contacts', 'consents', 'notes', 'messages', 'deliveryAddresses', 'identity', 'salesDocuments', 'payments', 'requests', 'objection',
] as const satisfies readonly ErasureCategory[]

/** A customer or prospect whose data may still be handled: refused for suppliers, carriers and erased files. */
async function loadSubject(ctx: CommandContext, id: string, allowErased = false): Promise<{ tier: Tier; gdpr: TierGdpr }> {
  const tier = await ctx.db.tiers.get(id)
  if (!tier) refuse('gdpr.errors.tierNotFound', { tierId: id })
  if (!isGdprSubject(tier)) refuse('gdpr.errors.notPersonal', { name: tier.name, kind: tier.kind })
  const gdpr = tier.gdpr ?? defaultGdprFile(tier)
  if (gdpr.erasedOn && !allowErased) refuse('gdpr.errors.erased', { name: tier.name, date: gdpr.erasedOn })
  return { tier, gdpr }
}

async function loadRequest(ctx: CommandContext, id: string): Promise<GdprRequest> {
  const request = await ctx.db.gdprRequests.get(id)
  if (!request) refuse('gdpr.errors.requestNotFound', { requestId: id })
  return request
}

function notAfterToday(ctx: CommandContext, date: string, field: string) {
  if (date > ctx.simDate) refuse('gdpr.errors.futureDate', { field, date, today: ctx.simDate })
}

const nextConsentId = (tier: Tier, gdpr: TierGdpr) => {
  const used = new Set(gdpr.consents.map((c) => c.id))
  let n = gdpr.consents.length + 1
  while (used.has(`${tier.id}-k${n}`)) n += 1
  return `${tier.id}-k${n}`
}

export const recordConsentInput = z.object({
  tierId, purpose: z.enum(['emailMarketing', 'phoneMarketing', 'partnerSharing']), given: z.boolean(), date: calendarDate, source: text(200), channel,
}).strict()
export type RecordConsentInput = z.infer<typeof recordConsentInput>

/**
 * `gdpr.recordConsent`: the proof of a consent given or withdrawn — what, when, where, through which
 * channel (RGPD art. 7 §1). A consent given is a contact from the person and restarts a prospect's
 * retention (CNIL). Refused in the future, and for a marketing consent while an objection stands
 * (lift the objection first: art. 21 §3).
 */
export const recordConsent: CommandDefinition<RecordConsentInput, { tierId: string; consentId: string; lastContactOn: string }> = {
  name: 'gdpr.recordConsent',
  input: recordConsentInput,
  async run(ctx, input) {
    const { tier, gdpr } = await loadSubject(ctx, input.tierId)
    notAfterToday(ctx, input.date, 'date')
    if (input.given && gdpr.objectsToProspecting && MARKETING.includes(input.purpose)) refuse('gdpr.errors.objectionStands', { name: tier.name, source: 'RGPD art. 21 §3' })
    const consentId = nextConsentId(tier, gdpr)
    let next: TierGdpr = {
      ...gdpr, consents: [...gdpr.consents, { id: consentId, purpose: input.purpose, given: input.given, date: input.date, source: input.source, channel: input.channel }],
    }
    if (input.given) next = afterContactFromPerson(next, input.date)
    await ctx.db.tiers.put({ ...tier, gdpr: next })
    return { tierId: tier.id, consentId, lastContactOn: next.lastContactOn }
  },
}

export const recordObjectionInput = z.object({ tierId, objects: z.boolean(), date: calendarDate, source: text(200), channel }).strict()
export type RecordObjectionInput = z.infer<typeof recordObjectionInput>

/**
 * `gdpr.recordObjection`: the person objects to prospecting (absolute and free, RGPD art. 21 §2–3) —
 * or lifts the objection. Objecting withdraws every marketing consent still given, on the same date and
 * source, so no campaign picks the person up.
 */
export const recordObjection: CommandDefinition<RecordObjectionInput, { tierId: string; objects: boolean; withdrawn: ConsentPurpose[] }> = {
  name: 'gdpr.recordObjection',
  input: recordObjectionInput,
  async run(ctx, input) {
    const { tier, gdpr } = await loadSubject(ctx, input.tierId)
    notAfterToday(ctx, input.date, 'date')
    if (input.objects === gdpr.objectsToProspecting) refuse(input.objects ? 'gdpr.errors.alreadyObjects' : 'gdpr.errors.noObjection', { name: tier.name })
    let next: TierGdpr
    const withdrawn: ConsentPurpose[] = []
    if (input.objects) {
      const consents = [...gdpr.consents]
      for (const purpose of MARKETING) {
        if (consentStatus(gdpr, purpose, input.date).state !== 'given') continue
        withdrawn.push(purpose)
        consents.push({ id: nextConsentId(tier, { ...gdpr, consents }), purpose, given: false, date: input.date, source: input.source, channel: input.channel })
      }
      next = { ...gdpr, consents, objectsToProspecting: true, objectionOn: input.date }
    } else {
      next = { ...gdpr, objectsToProspecting: false }
      delete next.objectionOn
    }
    await ctx.db.tiers.put({ ...tier, gdpr: next })
    return { tierId: tier.id, objects: input.objects, withdrawn }
  },
}

export const openRequestInput = z.object({
  tierId, right: z.enum(['access', 'rectification', 'erasure', 'restriction', 'portability', 'objection']), receivedOn: calendarDate,
  details: z.string().trim().max(2000).optional(),
}).strict()
export type OpenRequestInput = z.infer<typeof openRequestInput>

/** `gdpr.openRequest`: a rights request (art. 15–21) received on a date, due one month later (art. 12 §3). */
export const openRequest: CommandDefinition<OpenRequestInput, { requestId: string; tierId: string; dueOn: string }> = {
  name: 'gdpr.openRequest',
  input: openRequestInput,
  async run(ctx, input) {
    // An erased person may still ask (e.g. what is left): the request is recorded all the same.
    const { tier } = await loadSubject(ctx, input.tierId, true)
    notAfterToday(ctx, input.receivedOn, 'receivedOn')
    let n = (await ctx.db.gdprRequests.count()) + 1
    while (await ctx.db.gdprRequests.get(`DRGPD-${String(n).padStart(4, '0')}`)) n += 1
    const request: GdprRequest = {
      id: `DRGPD-${String(n).padStart(4, '0')}`, tierId: tier.id, right: input.right, receivedOn: input.receivedOn,
      dueOn: requestDueOn(input.receivedOn), extended: false, status: 'open', ...(input.details ? { details: input.details } : {}),
    }
    await ctx.db.gdprRequests.add(request)
    return { requestId: request.id, tierId: tier.id, dueOn: request.dueOn }
  },
}

export const extendRequestInput = z.object({ requestId, reason: text(500) }).strict()
export type ExtendRequestInput = z.infer<typeof extendRequestInput>

/** `gdpr.extendRequest`: two more months, once, with the reason told to the person, within the first month (art. 12 §3). */
export const extendRequest: CommandDefinition<ExtendRequestInput, { requestId: string; dueOn: string }> = {
  name: 'gdpr.extendRequest',
  input: extendRequestInput,
  async run(ctx, input) {
    const request = await loadRequest(ctx, input.requestId)
    const extension = extendPlan(request, ctx.simDate, input.reason)
    if (!extension.ok) refuse(`gdpr.errors.extension.${extension.problem}`, { requestId: request.id, dueOn: request.dueOn, source: extension.source })
    await ctx.db.gdprRequests.put({ ...request, extended: true, dueOn: extension.dueOn, extensionReason: input.reason })
    return { requestId: request.id, dueOn: extension.dueOn }
  },
}

export const answerRequestInput = z.object({
  requestId, outcome: z.enum(['answered', 'refused']), answer: text(4000), fileName: z.string().max(200).optional(),
}).strict()
export type AnswerRequestInput = z.infer<typeof answerRequestInput>

/**
 * `gdpr.answerRequest`: closes a request with what was done, or the ground for refusing it (art. 12 §4).
 * An erasure is granted once erased, an objection once recorded; an access or portability answer
 * names the file sent. The result says whether the answer came after the due date.
 */
export const answerRequest: CommandDefinition<AnswerRequestInput, { requestId: string; outcome: string; answeredOn: string; late: boolean }> = {
  name: 'gdpr.answerRequest',
  input: answerRequestInput,
  async run(ctx, input) {
    const request = await loadRequest(ctx, input.requestId)
    const tier = await ctx.db.tiers.get(request.tierId)
    const problem = answerProblem(request, input.outcome, tier?.gdpr)
    if (problem) refuse(`gdpr.errors.answer.${problem}`, { requestId: request.id, answeredOn: request.answeredOn ?? '' })
    await ctx.db.gdprRequests.put({ ...request, status: input.outcome, answeredOn: ctx.simDate, answer: input.answer })
    return { requestId: request.id, outcome: input.outcome, answeredOn: ctx.simDate, late: ctx.simDate > request.dueOn }
  },
}

export const eraseInput = z.object({ tierId, categories: z.array(z.enum(ERASURE_CATEGORIES)).min(1).optional() }).strict()
export type EraseInput = z.infer<typeof eraseInput>

/**
 * `gdpr.erase`: erases a person's data as the plan allows (RGPD art. 17): contacts, consents, notes,
 * messages, delivery addresses, and a consumer's identity when no document needs it. Asking to erase
 * what the law keeps (sales documents and payments for 10 years, C. com. L123-22…) is refused with the
 * rule; the result lists what was erased and what was kept. The file reads as erased once everything
 * erasable is gone.
 */
export const erase: CommandDefinition<EraseInput, { tierId: string; erased: ErasureItem[]; kept: KeptItem[]; complete: boolean }> = {
  name: 'gdpr.erase',
  input: eraseInput,
  async run(ctx, input) {
    const { tier, gdpr } = await loadSubject(ctx, input.tierId)
    const [documents, messageCount, paymentCount, requestCount] = await Promise.all([
      ctx.db.salesDocs.where('customerId').equals(tier.id).toArray(),
      ctx.db.messages.where('tierId').equals(tier.id).count(),
      ctx.db.payments.where('customerId').equals(tier.id).count(),
      ctx.db.gdprRequests.where('tierId').equals(tier.id).count(),
    ])
    const plan = erasurePlan({ tier: { ...tier, gdpr }, documents, messageCount, paymentCount, requestCount, asOf: ctx.simDate })
    const wanted = input.categories ?? plan.erase.map((item) => item.what)
    for (const what of wanted) {
      const kept = plan.keep.find((item) => item.what === what)
      if (kept) refuse(`gdpr.errors.lawKeeps.${what}`, { source: kept.rule.source, until: kept.rule.until ?? '' })
    }
    const erased = plan.erase.filter((item) => wanted.includes(item.what))
    const done = new Set(erased.map((item) => item.what))
    const complete = plan.erase.every((item) => done.has(item.what))
    const next: Tier = { ...tier }
    const nextGdpr: TierGdpr = { ...gdpr }
    if (done.has('contacts')) next.contacts = []
    if (done.has('consents')) nextGdpr.consents = []
    if (done.has('notes')) delete next.notes
    if (done.has('deliveryAddresses')) next.deliveryAddresses = []
    if (done.has('identity')) {
      next.name = tier.id
      next.billingAddress = { line1: '', postalCode: '', city: '', country: tier.billingAddress.country }
      delete next.siren
      delete next.vatNumber
    }
    if (done.has('messages')) await ctx.db.messages.where('tierId').equals(tier.id).delete()
    if (complete) nextGdpr.erasedOn = ctx.simDate
    await ctx.db.tiers.put({ ...next, gdpr: nextGdpr })
    return { tierId: tier.id, erased, kept: plan.keep, complete }
  },
}
