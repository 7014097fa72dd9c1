/**
 * The grader: a pure function (scenario, final state, journal) → report. Each check passes or is
 * missed with the evidence found (documents, journal entries, messages, answers); scores are given per
 * REAC criterion and competence from the checks' weights; rubric items are listed for the trainer and
 * never scored here — the report does not pretend to have judged what no automatic check can judge.
 *
 * Conventions:
 * - Only the learner's journal entries count (`actor.kind === 'learner'`), in journal order (`seq`).
 * - A record selector's `scope` is `attempt` by default: records the scenario declared itself and
 *   records dated before the start date (the built-in company's history) are left out.
 * - Expected amounts are computed once per grading through the domain API.
 */
import type { JournalEntry, Outcome } from '@/db/types'
import type {
  Analysis, DunningAction, GdprRequest, Message, MessageChannel, Payment, PriceAgreement, Product, PurchaseDoc, RecoveryCase, SalesDoc, SolvencyCheck, StockMove,
  SupplierClaim, Tier,
} from '@/domain/model'
import { ACOM_COMPETENCES, acomCriterion } from './referentials'
import { indexFacts, salesFacts, type FactIndex } from '@/domain'
import { computeExpected, type ExpectedData } from './expected'
import { matchesAll, valueAt } from './matchers'
import { mentions, normalizeText, numbersIn } from './text'
import { resolveWhen } from './validate'
import type { Check, Condition, Expected, Matchers, Scenario } from './schema'

/** A learner's answer to a task's question: cents for an amount, a number, an option id, checked item ids. */
export type AnswerValue = number | string | readonly string[]

/** The attempt's final state: the workspace's records, as arrays of the model types. */
export interface GradingSnapshot {
  tiers: readonly Tier[]
  products: readonly Product[]
  salesDocs: readonly SalesDoc[]
  payments: readonly Payment[]
  messages: readonly Message[]
  purchaseDocs?: readonly PurchaseDoc[]
  stockMoves?: readonly StockMove[]
  gdprRequests?: readonly GdprRequest[]
  priceAgreements?: readonly PriceAgreement[]
  supplierClaims?: readonly SupplierClaim[]
  solvencyChecks?: readonly SolvencyCheck[]
  dunningActions?: readonly DunningAction[]
  recoveryCases?: readonly RecoveryCase[]
  analyses?: readonly Analysis[]
  /** Answers to the tasks' questions, by task id. */
  answers?: Readonly<Record<string, AnswerValue>>
}

export type Collection =
  | 'salesDocs' | 'tiers' | 'products' | 'payments' | 'messages' | 'purchaseDocs' | 'stockMoves' | 'gdprRequests' | 'priceAgreements'
  | 'supplierClaims' | 'solvencyChecks' | 'dunningActions' | 'recoveryCases' | 'analyses'

/** What a check found (or did not find), for the learner's and the trainer's report. */
export type Evidence =
  | { kind: 'record'; collection: Collection; id: string; label?: string; date?: string; field?: string; value?: unknown; expected?: unknown }
  | {
    kind: 'journal'; seq: number; command: string; simDate: string; outcome: Outcome
    /** A refusal's i18n key, and the values it interpolates (so the report shows the figures, never `{{…}}`). */
    reason?: string; reasonValues?: Record<string, string | number>
  }
  | {
    kind: 'message'; id: string; date: string; language: string; channel: string; languageOk: boolean; channelOk: boolean
    found: string[]; missing: string[]
  }
  | { kind: 'answer'; task: string; value: AnswerValue | null; expected?: number | string | readonly string[]; missingItems?: string[]; forbiddenItems?: string[] }
  | { kind: 'none'; what: 'record' | 'command' | 'message' | 'answer'; candidates?: number }
  | { kind: 'count'; found: number; min?: number; max?: number }

/** Why a condition was missed, for the report's wording. */
export type MissReason =
  | 'notFound' | 'countOutOfRange' | 'valueDiffers' | 'happened' | 'firstMissing' | 'thenMissing' | 'wrongOrder'
  | 'factsMissing' | 'wrongLanguage' | 'wrongChannel' | 'noAnswer' | 'wrongAnswer' | 'itemsMissing' | 'forbiddenItems'
  | 'childrenMissed' | 'conditionHeld'

export interface ConditionResult {
  kind: Condition['kind']
  passed: boolean
  miss?: MissReason
  evidence: Evidence[]
  children?: ConditionResult[]
}

export interface CheckResult extends ConditionResult {
  id: string
  criteria: string[]
  weight: number
  /** The feedback that applies: the check's `pass` text when passed, its `miss` text otherwise. */
  feedback: { fr: string; en: string }
}

export type CriterionStatus = 'evidenced' | 'partly' | 'notYet' | 'trainerOnly'

export interface Score {
  earned: number
  possible: number
  /** earned / possible, null when no automatic check covers it. */
  ratio: number | null
  status: CriterionStatus
}

export interface CriterionScore extends Score {
  id: string
  competenceId: string
  checks: string[]
  rubric: string[]
}

export interface CompetenceScore extends Score {
  id: string
  criteria: string[]
}

export interface RubricLine {
  id: string
  criteria: string[]
  label: { fr: string; en: string }
  guidance?: { fr: string; en: string }
  points: number
  task?: string
  status: 'toBeGradedByTrainer'
}

export interface GradeReport {
  scenarioId: string
  scenarioVersion: number
  checks: CheckResult[]
  criteria: CriterionScore[]
  competences: CompetenceScore[]
  /** The part graded here. */
  automatic: { earned: number; possible: number; ratio: number | null; passed: number; total: number }
  /** The part a trainer grades: listed, never scored here. */
  trainer: { items: RubricLine[]; points: number }
}

/** Default points of a rubric item. */
export const DEFAULT_RUBRIC_POINTS = 4
/** Evidence items kept per condition. */
const MAX_EVIDENCE = 5
/** Written channels a `messageSent` check looks at when it names none. */
const DEFAULT_CHANNELS: readonly MessageChannel[] = ['email', 'letter']

const DATE_FIELD: Record<Collection, string | undefined> = {
  salesDocs: 'date', tiers: 'createdOn', products: undefined, payments: 'date', messages: 'date',
  purchaseDocs: 'date', stockMoves: 'date', gdprRequests: 'receivedOn', priceAgreements: 'validFrom',
  supplierClaims: 'openedOn', solvencyChecks: 'date', dunningActions: 'dueOn', recoveryCases: 'openedOn', analyses: 'date',
}

const DECLARED: Partial<Record<Collection, 'tiers' | 'products' | 'salesDocs' | 'payments' | 'messages'>> = {
  tiers: 'tiers', products: 'products', salesDocs: 'salesDocs', payments: 'payments', messages: 'messages',
}

interface Ordered {
  entry: JournalEntry
  order: number
}

type AnyRecord = { id: string } & Record<string, unknown>

class Grading {
  readonly journal: Ordered[]
  readonly byCommand = new Map<string, Ordered[]>()
  private readonly scoped = new Map<Collection, AnyRecord[]>()
  private readonly expectedCache = new Map<Expected, number>()
  private readonly messageTexts = new Map<string, { normalized: string; numbers: Set<string>; raw: string }>()
  private readonly tierCache = new Map<Matchers, Set<string>>()
  private readonly docsByType = new Map<AnyRecord[], Map<string, AnyRecord[]>>()

  constructor(readonly scenario: Scenario, readonly snapshot: GradingSnapshot, journal: readonly JournalEntry[]) {
    this.data = {
      salesIndex: () => {
        this.factIndex ??= indexFacts(salesFacts(snapshot.salesDocs, {
          products: new Map(snapshot.products.map((product) => [product.id, product])),
          tiers: new Map(snapshot.tiers.map((tier) => [tier.id, tier])),
        }))
        return this.factIndex
      },
      salesDocs: snapshot.salesDocs,
    }
    this.journal = journal
      .map((entry, index) => ({ entry, order: entry.seq ?? index }))
      .filter(({ entry }) => entry.actor?.kind === 'learner')
      .sort((a, b) => a.order - b.order)
    for (const item of this.journal) {
      const list = this.byCommand.get(item.entry.command)
      if (list) list.push(item)
      else this.byCommand.set(item.entry.command, [item])
    }
  }

  all(collection: Collection): AnyRecord[] {
    return ((this.snapshot[collection] ?? []) as unknown as AnyRecord[])
  }

  /** The records of the attempt: not declared by the scenario, not dated before its start. */
  records(collection: Collection, scope: 'attempt' | 'all' = 'attempt'): AnyRecord[] {
    if (scope === 'all') return this.all(collection)
    let cached = this.scoped.get(collection)
    if (!cached) {
      const declaredKey = DECLARED[collection]
      const declared = new Set((declaredKey ? this.scenario.company?.[declaredKey] ?? [] : []).map((record) => record.id))
      const dateField = DATE_FIELD[collection]
      const start = this.scenario.startDate
      cached = this.all(collection).filter((record) => {
        if (declared.has(record.id)) return false
        if (!dateField) return true
        const date = record[dateField]
        return typeof date !== 'string' || date >= start
      })
      this.scoped.set(collection, cached)
    }
    return cached
  }

  private factIndex: FactIndex | undefined

  /** What statistics expectations read: the attempt's sales facts, indexed once per grading, and documents. */
  readonly data: ExpectedData

  expected(expected: Expected): number {
    let value = this.expectedCache.get(expected)
    if (value === undefined) {
      value = computeExpected(expected, [], this.data)
      this.expectedCache.set(expected, value)
    }
    return value
  }

  date(when: number | string): string {
    return resolveWhen(when, this.scenario.startDate)
  }

  inWindow(date: string, window: { from?: number | string; to?: number | string } | undefined): boolean {
    if (!window) return true
    if (window.from !== undefined && date < this.date(window.from)) return false
    if (window.to !== undefined && date > this.date(window.to)) return false
    return true
  }

  tierIds(ref: string | { where: Matchers }): Set<string> {
    if (typeof ref === 'string') return new Set([ref])
    let ids = this.tierCache.get(ref.where)
    if (!ids) {
      ids = new Set(this.snapshot.tiers.filter((tier) => matchesAll(tier, ref.where)).map((tier) => tier.id))
      this.tierCache.set(ref.where, ids)
    }
    return ids
  }

  /** Sales documents of the scope, by type (most checks name one). */
  salesDocsOfType(scope: 'attempt' | 'all' | undefined, types: ReadonlySet<string> | undefined): AnyRecord[] {
    const records = this.records('salesDocs', scope)
    if (!types) return records
    let byType = this.docsByType.get(records)
    if (!byType) {
      byType = new Map()
      for (const doc of records) {
        const list = byType.get(doc.type as string)
        if (list) list.push(doc)
        else byType.set(doc.type as string, [doc])
      }
      this.docsByType.set(records, byType)
    }
    const lists = [...types].map((type) => byType!.get(type) ?? [])
    return lists.length === 1 ? lists[0]! : lists.flat()
  }

  messageText(message: Message): { normalized: string; numbers: Set<string>; raw: string } {
    let text = this.messageTexts.get(message.id)
    if (!text) {
      const raw = `${message.subject}\n${message.body}`
      text = { raw, normalized: normalizeText(raw), numbers: numbersIn(raw) }
      this.messageTexts.set(message.id, text)
    }
    return text
  }
}

// ── Evidence helpers ────────────────────────────────────────────────────────────────────────────

function recordEvidence(collection: Collection, record: AnyRecord, extra: Partial<Extract<Evidence, { kind: 'record' }>> = {}): Evidence {
  const label = typeof record.number === 'string' ? record.number : typeof record.name === 'string' ? record.name
    : typeof record.reference === 'string' ? record.reference : typeof record.subject === 'string' ? record.subject : undefined
  const dateField = DATE_FIELD[collection]
  const date = dateField ? record[dateField] : undefined
  return { kind: 'record', collection, id: record.id, ...(label ? { label } : {}), ...(typeof date === 'string' ? { date } : {}), ...extra }
}

function journalEvidence({ entry, order }: Ordered): Evidence {
  return {
    kind: 'journal', seq: order, command: entry.command, simDate: entry.simDate, outcome: entry.outcome,
    ...(entry.reason ? { reason: entry.reason.key } : {}),
    ...(entry.reason?.values && Object.keys(entry.reason.values).length ? { reasonValues: { ...entry.reason.values } } : {}),
  }
}

function inRange(count: number, range: { min?: number; max?: number } | undefined): boolean {
  const min = range?.min ?? 1
  return count >= min && (range?.max === undefined || count <= range.max)
}

/** "1 234,56 €": a computed amount as the learner would write it. */
export function formatEuros(cents: number): string {
  const sign = cents < 0 ? '-' : ''
  const abs = Math.abs(cents)
  const euros = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f')
  return `${sign}${euros},${String(abs % 100).padStart(2, '0')} €`
}

/** The exact decimal of `cents` / 100 ("1234.5"), as `numbersIn` reads numbers. */
function centsAsDecimal(cents: number): string {
  const sign = cents < 0 ? '-' : ''
  const abs = Math.abs(cents)
  const fraction = String(abs % 100).padStart(2, '0').replace(/0+$/, '')
  return `${sign}${Math.floor(abs / 100)}${fraction ? `.${fraction}` : ''}`
}

// ── Conditions ──────────────────────────────────────────────────────────────────────────────────

type DocumentSelector = Extract<Condition, { kind: 'amountEquals' }>['document']

/**
 * The sales documents a selector names. `limit` stops the search once that many match (a check
 * without `count` needs one, and shows a few); `candidates` counts those of the type and customer.
 */
function selectDocuments(grading: Grading, selector: DocumentSelector, limit = Infinity, accept?: (doc: AnyRecord) => boolean): { docs: AnyRecord[]; candidates: number } {
  const types = selector.type === undefined ? undefined : new Set<string>(Array.isArray(selector.type) ? selector.type : [selector.type])
  const statuses = selector.status === undefined ? undefined : new Set<string>(Array.isArray(selector.status) ? selector.status : [selector.status])
  const customers = selector.customer === undefined ? undefined : grading.tierIds(selector.customer)
  const docs: AnyRecord[] = []
  let candidates = 0
  for (const doc of grading.salesDocsOfType(selector.scope, types)) {
    if (customers && !customers.has(doc.customerId as string)) continue
    candidates += 1
    if (docs.length >= limit) continue
    if ((!statuses || statuses.has(doc.status as string)) && matchesAll(doc, selector.where) && (!accept || accept(doc))) docs.push(doc)
  }
  return { docs, candidates }
}

function commandEntries(grading: Grading, command: string, outcome: Outcome | 'any', input?: Matchers, result?: Matchers,
  window?: { from?: number | string; to?: number | string }, reason?: string): Ordered[] {
  return (grading.byCommand.get(command) ?? []).filter(({ entry }) =>
    (outcome === 'any' || entry.outcome === outcome)
    && grading.inWindow(entry.simDate, window)
    && matchesAll(entry.input, input)
    && (result === undefined || matchesAll(entry.result ?? {}, result))
    && (reason === undefined || entry.reason?.key === reason))
}

function evaluate(grading: Grading, condition: Condition | Check): ConditionResult {
  const kind = condition.kind
  switch (condition.kind) {
    case 'all':
    case 'any': {
      const children = condition.of.map((child) => evaluate(grading, child))
      const passed = condition.kind === 'all' ? children.every((child) => child.passed) : children.some((child) => child.passed)
      return { kind, passed, ...(passed ? {} : { miss: 'childrenMissed' as const }), evidence: [], children }
    }
    case 'not': {
      const child = evaluate(grading, condition.condition)
      return { kind, passed: !child.passed, ...(child.passed ? { miss: 'conditionHeld' as const } : {}), evidence: child.evidence, children: [child] }
    }
    case 'documentExists': {
      const { docs, candidates } = selectDocuments(grading, condition, condition.count ? Infinity : MAX_EVIDENCE)
      const passed = inRange(docs.length, condition.count)
      const evidence: Evidence[] = docs.slice(0, MAX_EVIDENCE).map((doc) => recordEvidence('salesDocs', doc))
      if (docs.length === 0) evidence.push({ kind: 'none', what: 'record', candidates })
      else if (condition.count) evidence.push({ kind: 'count', found: docs.length, ...condition.count })
      return { kind, passed, ...(passed ? {} : { miss: docs.length === 0 ? 'notFound' as const : 'countOutOfRange' as const }), evidence }
    }
    case 'recordExists': {
      const all = grading.records(condition.collection, condition.scope)
      const found = all.filter((record) => matchesAll(record, condition.where))
      const passed = inRange(found.length, condition.count)
      const evidence: Evidence[] = found.slice(0, MAX_EVIDENCE).map((record) => recordEvidence(condition.collection, record))
      if (found.length === 0) evidence.push({ kind: 'none', what: 'record', candidates: all.length })
      else if (condition.count) evidence.push({ kind: 'count', found: found.length, ...condition.count })
      return { kind, passed, ...(passed ? {} : { miss: found.length === 0 ? 'notFound' as const : 'countOutOfRange' as const }), evidence }
    }
    case 'amountEquals': {
      const expected = grading.expected(condition.expected)
      const field = condition.field ?? 'totals.totalInclVatCents'
      const tolerance = condition.toleranceCents ?? 0
      const equal = (doc: AnyRecord) => {
        const value = valueAt(doc, field)
        return typeof value === 'number' && Math.abs(value - expected) <= tolerance
      }
      const show = (doc: AnyRecord) => recordEvidence('salesDocs', doc, { field, value: valueAt(doc, field) ?? null, expected })
      const match = selectDocuments(grading, condition.document, 1, equal).docs[0]
      if (match) return { kind, passed: true, evidence: [show(match)] }
      // None equals: show the documents found and what they hold instead.
      const { docs, candidates } = selectDocuments(grading, condition.document, MAX_EVIDENCE)
      if (docs.length === 0) return { kind, passed: false, miss: 'notFound', evidence: [{ kind: 'none', what: 'record', candidates }] }
      return { kind, passed: false, miss: 'valueDiffers', evidence: docs.map(show) }
    }
    case 'commandHappened': {
      const entries = commandEntries(grading, condition.command, 'done', condition.input, condition.result, condition.between)
      const passed = inRange(entries.length, condition.count)
      const evidence: Evidence[] = entries.slice(0, MAX_EVIDENCE).map(journalEvidence)
      if (entries.length === 0) evidence.push({ kind: 'none', what: 'command', candidates: grading.byCommand.get(condition.command)?.length ?? 0 })
      else if (condition.count) evidence.push({ kind: 'count', found: entries.length, ...condition.count })
      return { kind, passed, ...(passed ? {} : { miss: entries.length === 0 ? 'notFound' as const : 'countOutOfRange' as const }), evidence }
    }
    case 'commandRefused': {
      const entries = commandEntries(grading, condition.command, 'refused', condition.input, undefined, condition.between, condition.reason)
      const evidence: Evidence[] = entries.slice(0, MAX_EVIDENCE).map(journalEvidence)
      if (entries.length === 0) evidence.push({ kind: 'none', what: 'command', candidates: grading.byCommand.get(condition.command)?.length ?? 0 })
      return { kind, passed: entries.length > 0, ...(entries.length ? {} : { miss: 'notFound' as const }), evidence }
    }
    case 'commandNotHappened': {
      const entries = commandEntries(grading, condition.command, condition.outcome ?? 'done', condition.input, undefined, condition.between)
      return { kind, passed: entries.length === 0, ...(entries.length ? { miss: 'happened' as const } : {}), evidence: entries.slice(0, MAX_EVIDENCE).map(journalEvidence) }
    }
    case 'happenedBefore': {
      const first = commandEntries(grading, condition.first.command, condition.first.outcome ?? 'done', condition.first.input, condition.first.result)[0]
      const then = commandEntries(grading, condition.then.command, condition.then.outcome ?? 'done', condition.then.input, condition.then.result)[0]
      const evidence = [first, then].filter((item): item is Ordered => item !== undefined).map(journalEvidence)
      if (!first || !then) {
        evidence.push({ kind: 'none', what: 'command' })
        return { kind, passed: false, miss: first ? 'thenMissing' : 'firstMissing', evidence }
      }
      const passed = first.order < then.order && first.entry.simDate <= then.entry.simDate
      return { kind, passed, ...(passed ? {} : { miss: 'wrongOrder' as const }), evidence }
    }
    case 'messageSent':
      return evaluateMessage(grading, condition)
    case 'analysisFigure':
      return evaluateAnalysisFigure(grading, condition)
    case 'answer':
      return evaluateAnswer(grading, condition)
    case 'checklist': {
      const value = grading.snapshot.answers?.[condition.task]
      if (!Array.isArray(value)) {
        return { kind, passed: false, miss: 'noAnswer', evidence: [{ kind: 'answer', task: condition.task, value: value ?? null }] }
      }
      const ticked = new Set<string>(value)
      const missingItems = condition.required.filter((id) => !ticked.has(id))
      const forbiddenItems = (condition.forbidden ?? []).filter((id) => ticked.has(id))
      const covered = condition.required.length - missingItems.length
      const enough = condition.minimum === undefined ? missingItems.length === 0 : covered >= condition.minimum
      const passed = enough && forbiddenItems.length === 0
      return {
        kind, passed, ...(passed ? {} : { miss: forbiddenItems.length ? 'forbiddenItems' as const : 'itemsMissing' as const }),
        evidence: [{ kind: 'answer', task: condition.task, value, expected: condition.required, missingItems, forbiddenItems }],
      }
    }
  }
}

type MessageCondition = Extract<Condition, { kind: 'messageSent' }>

function evaluateMessage(grading: Grading, condition: MessageCondition): ConditionResult {
  const kind = condition.kind
  const to = condition.to
  const tierIds = to.tier ? grading.tierIds({ where: to.tier }) : undefined
  const channels = condition.channel === undefined ? DEFAULT_CHANNELS : Array.isArray(condition.channel) ? condition.channel : [condition.channel]
  let replyTo: Set<string> | undefined
  if (condition.replyToEvent !== undefined) {
    replyTo = new Set(grading.snapshot.messages.filter((message) => message.scenarioEventId === condition.replyToEvent).map((message) => message.id))
  }
  const candidates = (grading.records('messages') as unknown as Message[]).filter((message) =>
    message.direction === 'out'
    && (to.tierId === undefined || message.tierId === to.tierId)
    && (to.department === undefined || message.department === to.department)
    && (tierIds === undefined || (message.tierId !== undefined && tierIds.has(message.tierId)))
    && grading.inWindow(message.date, condition.between)
    && (replyTo === undefined || (message.inReplyTo !== undefined && replyTo.has(message.inReplyTo))))
  if (candidates.length === 0) return { kind, passed: false, miss: 'notFound', evidence: [{ kind: 'none', what: 'message' }] }

  const facts = (condition.facts ?? []).map((fact) => {
    if (typeof fact === 'string') return { label: fact, test: (text: ReturnType<Grading['messageText']>) => mentions(text.raw, text.normalized, text.numbers, fact) }
    if ('anyOf' in fact) {
      return { label: fact.anyOf.join(' | '), test: (text: ReturnType<Grading['messageText']>) => fact.anyOf.some((option) => mentions(text.raw, text.normalized, text.numbers, option)) }
    }
    const cents = grading.expected(fact.amount)
    const decimal = centsAsDecimal(cents)
    return { label: formatEuros(cents), test: (text: ReturnType<Grading['messageText']>) => text.numbers.has(decimal) }
  })
  const assessed = candidates.map((message) => {
    const text = grading.messageText(message)
    const found: string[] = []
    const missing: string[] = []
    for (const fact of facts) (fact.test(text) ? found : missing).push(fact.label)
    const languageOk = condition.language === undefined || message.language === condition.language
    const channelOk = channels.includes(message.channel)
    const passed = languageOk && channelOk && missing.length === 0
    return { message, found, missing, languageOk, channelOk, passed, score: (passed ? 1000 : 0) + (channelOk ? 100 : 0) + (languageOk ? 100 : 0) + found.length }
  })
  const best = assessed.reduce((a, b) => (b.score > a.score ? b : a))
  const evidence: Evidence = {
    kind: 'message', id: best.message.id, date: best.message.date, language: best.message.language, channel: best.message.channel,
    languageOk: best.languageOk, channelOk: best.channelOk, found: best.found, missing: best.missing,
  }
  if (best.passed) return { kind, passed: true, evidence: [evidence] }
  const miss: MissReason = !best.channelOk ? 'wrongChannel' : !best.languageOk ? 'wrongLanguage' : 'factsMissing'
  return { kind, passed: false, miss, evidence: [evidence] }
}

type AnalysisFigureCondition = Extract<Condition, { kind: 'analysisFigure' }>

/** A saved analysis of the attempt keeps the figure (under one of its names), equal to the domain's value. */
function evaluateAnalysisFigure(grading: Grading, condition: AnalysisFigureCondition): ConditionResult {
  const kind = condition.kind
  const expected = grading.expected(condition.expected)
  const names = Array.isArray(condition.figure) ? condition.figure : [condition.figure as string]
  const tolerance = condition.tolerance ?? 0
  const all = grading.records('analyses')
  const shown: Evidence[] = []
  for (const analysis of all) {
    if (!matchesAll(analysis, condition.where)) continue
    const figures = analysis.figures as Record<string, unknown> | undefined
    for (const name of names) {
      const value = figures && Object.prototype.hasOwnProperty.call(figures, name) ? figures[name] : undefined
      if (typeof value !== 'number') continue
      const evidence = recordEvidence('analyses', analysis, { field: `figures.${name}`, value, expected })
      // The float error of an unrounded rate is not the learner's.
      if (Number.isFinite(value) && Math.abs(value - expected) <= tolerance + 1e-9) return { kind, passed: true, evidence: [evidence] }
      if (shown.length < MAX_EVIDENCE) shown.push(evidence)
    }
  }
  if (shown.length === 0) return { kind, passed: false, miss: 'notFound', evidence: [{ kind: 'none', what: 'record', candidates: all.length }] }
  return { kind, passed: false, miss: 'valueDiffers', evidence: shown }
}

type AnswerCondition = Extract<Condition, { kind: 'answer' }>

function evaluateAnswer(grading: Grading, condition: AnswerCondition): ConditionResult {
  const kind = condition.kind
  const value = grading.snapshot.answers?.[condition.task]
  let expected: number | string | readonly string[]
  let passed: boolean
  if (condition.choice !== undefined) {
    const choices = Array.isArray(condition.choice) ? condition.choice : [condition.choice as string]
    expected = choices
    passed = typeof value === 'string' && choices.includes(value)
  } else {
    expected = condition.expected ? grading.expected(condition.expected) : condition.value!
    const tolerance = condition.tolerance ?? 0
    // A number answer within a tolerance: the rounding error of floats is not the learner's.
    passed = typeof value === 'number' && Number.isFinite(value) && Math.abs(value - expected) <= tolerance + 1e-9
  }
  if (value === undefined) return { kind, passed: false, miss: 'noAnswer', evidence: [{ kind: 'answer', task: condition.task, value: null, expected }] }
  return { kind, passed, ...(passed ? {} : { miss: 'wrongAnswer' as const }), evidence: [{ kind: 'answer', task: condition.task, value, expected }] }
}

// ── Scores ──────────────────────────────────────────────────────────────────────────────────────

function score(earned: number, possible: number, hasRubric: boolean): Score {
  const ratio = possible > 0 ? earned / possible : null
  const status: CriterionStatus = ratio === null ? (hasRubric ? 'trainerOnly' : 'notYet') : ratio >= 1 ? 'evidenced' : ratio > 0 ? 'partly' : 'notYet'
  return { earned, possible, ratio, status }
}

/**
 * Grades an attempt: every check of `scenario` against the final `snapshot` and the `journal`.
 * Pure and deterministic: the same inputs give the same report.
 */
export function gradeAttempt(scenario: Scenario, snapshot: GradingSnapshot, journal: readonly JournalEntry[]): GradeReport {
  const grading = new Grading(scenario, snapshot, journal)
  const checks: CheckResult[] = (scenario.checks ?? []).map((check) => {
    const result = evaluate(grading, check)
    return {
      ...result, id: check.id, criteria: [...check.criteria], weight: check.weight ?? 1,
      feedback: { ...(result.passed ? check.feedback.pass : check.feedback.miss) },
    }
  })
  const rubric = scenario.rubric ?? []

  const criterionIds = [...new Set([...scenario.criteria, ...checks.flatMap((check) => check.criteria), ...rubric.flatMap((item) => item.criteria)])]
  const criteria: CriterionScore[] = criterionIds.map((id) => {
    const covering = checks.filter((check) => check.criteria.includes(id))
    const rubricIds = rubric.filter((item) => item.criteria.includes(id)).map((item) => item.id)
    const earned = covering.reduce((sum, check) => sum + (check.passed ? check.weight : 0), 0)
    const possible = covering.reduce((sum, check) => sum + check.weight, 0)
    return { id, competenceId: acomCriterion(id)?.competenceId ?? '', checks: covering.map((check) => check.id), rubric: rubricIds, ...score(earned, possible, rubricIds.length > 0) }
  })

  const competences: CompetenceScore[] = ACOM_COMPETENCES
    .map((competence) => ({ competence, ids: criteria.filter((criterion) => criterion.competenceId === competence.id).map((criterion) => criterion.id) }))
    .filter(({ ids }) => ids.length > 0)
    .map(({ competence, ids }) => {
      const covering = checks.filter((check) => check.criteria.some((id) => ids.includes(id)))
      const hasRubric = rubric.some((item) => item.criteria.some((id) => ids.includes(id)))
      const earned = covering.reduce((sum, check) => sum + (check.passed ? check.weight : 0), 0)
      const possible = covering.reduce((sum, check) => sum + check.weight, 0)
      return { id: competence.id, criteria: ids, ...score(earned, possible, hasRubric) }
    })

  const earned = checks.reduce((sum, check) => sum + (check.passed ? check.weight : 0), 0)
  const possible = checks.reduce((sum, check) => sum + check.weight, 0)
  const items: RubricLine[] = rubric.map((item) => ({
    id: item.id, criteria: [...item.criteria], label: { ...item.label }, ...(item.guidance ? { guidance: { ...item.guidance } } : {}),
    points: item.points ?? DEFAULT_RUBRIC_POINTS, ...(item.task ? { task: item.task } : {}), status: 'toBeGradedByTrainer' as const,
  }))
  return {
    scenarioId: scenario.id,
    scenarioVersion: scenario.version,
    checks,
    criteria,
    competences,
    automatic: { earned, possible, ratio: possible > 0 ? earned / possible : null, passed: checks.filter((check) => check.passed).length, total: checks.length },
    trainer: { items, points: items.reduce((sum, item) => sum + item.points, 0) },
  }
}
