/**
 * Grader benchmark data: a 40-check scenario (every check kind, some over the whole history) graded
 * on a realistic snapshot — the built-in company's three years (standard size) plus an attempt's own
 * records — and a 300-entry learner journal. Run by tests/bench/scenario-grader.mjs.
 */
import { stringify } from 'yaml'
import { addDays } from '@/domain'
import type { JournalEntry } from '@/db/types'
import type { Message, SalesDoc } from '@/domain/model'
import { generateBuiltInCompany } from '@/db/seed-company'
import { gradeAttempt, loadScenario, type GradingSnapshot, type Scenario } from '@/scenario'

const START = '2026-03-09'
const feedback = { pass: { fr: 'Réussi.', en: 'Passed.' }, miss: { fr: 'Manqué.', en: 'Missed.' } }
const terms = { kind: 'net', days: 30 }

function checks(customerIds: string[]): Record<string, unknown>[] {
  const list: Record<string, unknown>[] = []
  const add = (condition: Record<string, unknown>) => list.push({ id: `c${list.length + 1}`, criteria: ['CP1.1'], feedback, ...condition })
  const price = (quantity: number) => ({ priceDocument: { lines: [{ quantity, unitPriceCents: 14_500, vatRatePercent: 20 }], discountsPercent: [10, 5] }, field: 'totalInclVatCents' })
  for (let i = 0; i < 6; i += 1) add({ kind: 'documentExists', type: 'invoice', customer: { where: { name: { contains: 'a' } } }, where: { dueDate: { dueDate: { terms } } }, scope: i % 2 ? 'all' : 'attempt' })
  add({ kind: 'documentExists', type: 'order', status: ['confirmed', 'partlyDelivered'], customer: customerIds[0], scope: 'all' })
  add({ kind: 'documentExists', type: 'creditNote', where: { lines: { some: { unitPriceCents: { max: 14_000 } } } }, scope: 'all' })
  for (let i = 0; i < 6; i += 1) add({ kind: 'amountEquals', document: { type: ['invoice', 'quote'], scope: i % 3 ? 'attempt' : 'all' }, expected: price(i + 1), toleranceCents: 1 })
  for (let i = 0; i < 6; i += 1) add({ kind: 'commandHappened', command: `sales.step${i}`, input: { docId: { exists: true } }, between: { from: 0, to: 10 } })
  for (let i = 0; i < 3; i += 1) add({ kind: 'commandRefused', command: 'sales.confirmOrder', reason: 'sales.errors.creditLimit' })
  for (let i = 0; i < 3; i += 1) add({ kind: 'commandNotHappened', command: 'sales.cancel', input: { docId: `o-${i}` } })
  for (let i = 0; i < 4; i += 1) add({ kind: 'happenedBefore', first: { command: `sales.step${i}` }, then: { command: `sales.step${i + 1}` } })
  for (let i = 0; i < 5; i += 1) {
    add({ kind: 'messageSent', to: { tier: { name: { contains: 'e' } } }, language: 'fr', facts: ['échéance', { anyOf: ['30 jours', 'trente jours'] }, { amount: price(i + 1) }] })
  }
  add({ kind: 'answer', task: 't-amount', expected: price(3) })
  add({ kind: 'answer', task: 't-rate', value: 14.5, tolerance: 0.05 })
  add({ kind: 'checklist', task: 't-list', required: ['a', 'b'], forbidden: ['c'] })
  add({ kind: 'all', of: [{ kind: 'recordExists', collection: 'payments', scope: 'all', where: { amountCents: { min: 100_000 } } }, { kind: 'commandHappened', command: 'sales.step1' }, { kind: 'not', condition: { kind: 'commandHappened', command: 'x.y' } }] })
  add({ kind: 'any', of: [{ kind: 'recordExists', collection: 'messages', scope: 'all', where: { body: { contains: 'relance' } } }, { kind: 'documentExists', type: 'delivery', scope: 'all' }] })
  return list
}

const task = (id: string, question: Record<string, unknown>) => ({ id, title: { fr: id, en: id }, instructions: { fr: 'Faire.', en: 'Do.' }, question })

export function buildBench(): { scenario: Scenario; snapshot: GradingSnapshot; journal: JournalEntry[]; records: Record<string, number> } {
  const company = generateBuiltInCompany(START, 'standard')
  const customers = company.tiers.filter((tier) => tier.kind === 'customer')
  const text = stringify({
    id: 'bench', version: 1, title: { fr: 'Banc', en: 'Bench' }, brief: { fr: 'B', en: 'B' }, level: 'advanced', durationMinutes: 40,
    criteria: ['CP1.1'], startDate: START,
    tasks: [task('t-amount', { kind: 'amount' }), task('t-rate', { kind: 'number' }),
      task('t-list', { kind: 'checklist', items: ['a', 'b', 'c'].map((id) => ({ id, label: { fr: id, en: id } })) })],
    checks: checks(customers.map((tier) => tier.id)),
  })
  const loaded = loadScenario(text, 'bench.yaml')
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors))
  const template = company.salesDocs.find((doc) => doc.type === 'invoice')!
  const attemptDocs: SalesDoc[] = Array.from({ length: 30 }, (_, i) => ({ ...template, id: `att-${i}`, number: `FA-2026-9${i}`, date: addDays(START, i % 5) }))
  const outbox: Message[] = Array.from({ length: 15 }, (_, i) => ({
    id: `msg-${i}`, direction: 'out', channel: 'email', date: addDays(START, i % 5), tierId: customers[i % customers.length]!.id, language: 'fr',
    subject: 'Relevé de compte', body: `Bonjour,\nvotre échéance à 30 jours approche : 1 487,70 € restent dus sur la facture FA-2026-${i}.\nCordialement`,
    attachmentIds: [], read: true,
  }))
  const journal: JournalEntry[] = Array.from({ length: 300 }, (_, i) => ({
    seq: i + 1, command: `sales.step${i % 8}`, simDate: addDays(START, Math.floor(i / 60)), wallTime: '2026-01-01T00:00:00Z', actor: { kind: 'learner' },
    input: { docId: `d-${i}`, quantity: i }, outcome: i % 25 === 0 ? 'refused' : 'done', ...(i % 25 === 0 ? { reason: { key: 'sales.errors.creditLimit' } } : {}),
  }))
  const snapshot: GradingSnapshot = {
    tiers: company.tiers, products: company.products, salesDocs: [...company.salesDocs, ...attemptDocs], payments: company.payments,
    messages: [...company.messages, ...outbox], purchaseDocs: company.purchaseDocs, stockMoves: company.stockMoves, gdprRequests: company.gdprRequests,
    answers: { 't-amount': 446_310, 't-rate': 14.48, 't-list': ['a', 'b'] },
  }
  const records = Object.fromEntries(Object.entries(snapshot).filter(([, value]) => Array.isArray(value)).map(([key, value]) => [key, (value as unknown[]).length]))
  return { scenario: loaded.scenario, snapshot, journal, records }
}

/** CPU time of this process in ms (user + system), when the runtime tells it (Node). */
function cpuMs(): number {
  const usage = (globalThis as { process?: { cpuUsage(): { user: number; system: number } } }).process?.cpuUsage()
  return usage ? (usage.user + usage.system) / 1000 : Number.NaN
}

/**
 * Grades `runs` times; returns each wall-clock and CPU duration in ms and the last report's summary.
 * CPU time is the fairer figure on a shared machine (other processes inflate the wall clock).
 */
export function runGraderBench(runs = 30): { checks: number; passed: number; records: Record<string, number>; journal: number; timesMs: number[]; cpuMs: number[] } {
  const { scenario, snapshot, journal, records } = buildBench()
  const timesMs: number[] = []
  const cpu: number[] = []
  let passed = 0
  for (let i = 0; i < runs; i += 1) {
    const startedCpu = cpuMs()
    const started = performance.now()
    const report = gradeAttempt(scenario, snapshot, journal)
    timesMs.push(performance.now() - started)
    cpu.push(cpuMs() - startedCpu)
    passed = report.automatic.passed
  }
  return { checks: scenario.checks?.length ?? 0, passed, records, journal: journal.length, timesMs, cpuMs: cpu }
}
