import { describe, expect, it } from 'vitest'
import { gradeAttempt, type CheckResult } from '@/scenario'
import { line, makeCustomer, makeProduct, makeSalesDoc } from '../../factories/company-records'
import { check, emptySnapshot, entry, loadOrThrow, sentMessage, START } from './helpers'

const chair = makeProduct({ id: 'p-chair', reference: 'CH-01' }) // 145,00 € HT, TVA 20 %
const customer = makeCustomer({ id: 'c-1', name: 'Bureau Lumière SARL', createdOn: '2024-01-10' })
const terms = { kind: 'net' as const, days: 30 }
const invoiceInput = { lines: [{ quantity: 10, unitPriceCents: 14_500, vatRatePercent: 20 }], discountsPercent: [10, 5] }

function only(overrides: Record<string, unknown>, criteria = ['CP1.1']) {
  return loadOrThrow({ criteria, checks: [check('c1', overrides, criteria)] })
}
function grade1(condition: Record<string, unknown>, snapshot = emptySnapshot(), journal = [entry('noop')]): CheckResult {
  return gradeAttempt(only(condition), snapshot, journal).checks[0]!
}

describe('documentExists / recordExists', () => {
  const invoice = makeSalesDoc({ id: 'inv-1', number: 'FA-2026-0001', type: 'invoice', customerId: 'c-1', date: '2026-03-10', lines: [line(chair, 10)], paymentTerms: terms })
  const history = makeSalesDoc({ id: 'inv-0', number: 'FA-2025-0100', type: 'invoice', customerId: 'c-1', date: '2025-12-01', lines: [line(chair, 1)] })
  const snapshot = emptySnapshot({ tiers: [customer], products: [chair], salesDocs: [history, invoice] })

  it('finds a document by type, customer, status and properties, with the document as evidence', () => {
    const result = grade1({ kind: 'documentExists', type: 'invoice', customer: 'c-1', status: 'validated', where: { dueDate: { dueDate: { terms } } } }, snapshot)
    expect(result.passed).toBe(true)
    expect(result.evidence).toEqual([{ kind: 'record', collection: 'salesDocs', id: 'inv-1', label: 'FA-2026-0001', date: '2026-03-10' }])
    expect(result.feedback).toEqual({ fr: 'Réussi.', en: 'Passed.' })
  })

  it('finds the customer by its record when its id is not known in advance', () => {
    expect(grade1({ kind: 'documentExists', type: 'invoice', customer: { where: { name: { contains: 'lumiere' } } } }, snapshot).passed).toBe(true)
    expect(grade1({ kind: 'documentExists', type: 'invoice', customer: { where: { name: { contains: 'soleil' } } } }, snapshot).passed).toBe(false)
  })

  it('leaves the history before the start date out unless scope is all', () => {
    const condition = { kind: 'documentExists', type: 'invoice', where: { number: 'FA-2025-0100' } }
    const missed = grade1(condition, snapshot)
    expect(missed).toMatchObject({ passed: false, miss: 'notFound', feedback: { fr: 'Manqué : la règle.', en: 'Missed: the rule.' } })
    expect(missed.evidence).toEqual([{ kind: 'none', what: 'record', candidates: 1 }])
    expect(grade1({ ...condition, scope: 'all' }, snapshot).passed).toBe(true)
  })

  it('misses a wrong due date (the one of another reading of the terms)', () => {
    const wrong = { ...invoice, dueDate: '2026-04-30' }
    const result = grade1({ kind: 'documentExists', type: 'invoice', where: { dueDate: { dueDate: { terms } } } }, { ...snapshot, salesDocs: [wrong] })
    expect(result).toMatchObject({ passed: false, miss: 'notFound' })
  })

  it('counts records in a range', () => {
    const condition = { kind: 'recordExists', collection: 'tiers', scope: 'all', where: { kind: 'customer' }, count: { min: 2 } }
    expect(grade1(condition, snapshot)).toMatchObject({ passed: false, miss: 'countOutOfRange' })
    expect(grade1(condition, { ...snapshot, tiers: [customer, makeCustomer({ id: 'c-2', name: 'Autre' })] }).passed).toBe(true)
  })
})

describe('amountEquals: a computed expected value, never a typed-in figure', () => {
  const expected = { priceDocument: invoiceInput, field: 'totalInclVatCents' }

  it('passes when the document total equals the domain computation (cascade 10 % then 5 %)', () => {
    const right = makeSalesDoc({ id: 'q-1', type: 'quote', customerId: 'c-1', date: START, lines: [line(chair, 10)], discountsPercent: [10, 5] })
    const result = grade1({ kind: 'amountEquals', document: { type: 'quote' }, expected }, emptySnapshot({ salesDocs: [right] }))
    expect(result.passed).toBe(true)
    expect(result.evidence[0]).toMatchObject({ id: 'q-1', field: 'totals.totalInclVatCents', value: 148_770, expected: 148_770 })
  })

  it('misses discounts added instead of cascaded (15 %), with the value found and the one expected', () => {
    const added = makeSalesDoc({ id: 'q-1', type: 'quote', customerId: 'c-1', date: START, lines: [line(chair, 10)], discountsPercent: [15] })
    const result = grade1({ kind: 'amountEquals', document: { type: 'quote' }, expected }, emptySnapshot({ salesDocs: [added] }))
    expect(result).toMatchObject({ passed: false, miss: 'valueDiffers' })
    expect(result.evidence[0]).toMatchObject({ value: 147_900, expected: 148_770 })
  })

  it('accepts a difference within the tolerance in cents', () => {
    const doc = makeSalesDoc({ id: 'q-1', type: 'quote', customerId: 'c-1', date: START, lines: [line(chair, 10)], discountsPercent: [10, 5] })
    const off = { ...doc, totals: { ...doc.totals!, totalInclVatCents: 148_771 } }
    expect(grade1({ kind: 'amountEquals', document: { type: 'quote' }, expected }, emptySnapshot({ salesDocs: [off] })).passed).toBe(false)
    expect(grade1({ kind: 'amountEquals', document: { type: 'quote' }, expected, toleranceCents: 1 }, emptySnapshot({ salesDocs: [off] })).passed).toBe(true)
  })

  it('misses when no document is there', () => {
    expect(grade1({ kind: 'amountEquals', document: { type: 'creditNote' }, expected })).toMatchObject({ passed: false, miss: 'notFound' })
  })
})

describe('commands in the journal', () => {
  const journal = [
    entry('tiers.create', { kind: 'prospect', name: 'Nordic Office Supplies AB' }, { seq: 10, result: { id: 't-9' } }),
    entry('sales.confirmOrder', { orderId: 'o-1' }, { seq: 11, outcome: 'refused', reason: { key: 'sales.errors.creditLimit', values: { over: 1200 } } }),
    entry('tiers.convertToCustomer', { tierId: 't-9' }, { seq: 12, simDate: '2026-03-11' }),
    entry('tiers.create', { kind: 'customer', name: 'Scénario' }, { seq: 13, actor: { kind: 'scenario' } }),
  ]

  it('commandHappened matches input, result and a window of simulated days', () => {
    expect(grade1({ kind: 'commandHappened', command: 'tiers.create', input: { kind: 'prospect' }, result: { id: 't-9' } }, emptySnapshot(), journal))
      .toMatchObject({ passed: true, evidence: [{ kind: 'journal', seq: 10, command: 'tiers.create', outcome: 'done' }] })
    expect(grade1({ kind: 'commandHappened', command: 'tiers.convertToCustomer', between: { from: 2 } }, emptySnapshot(), journal).passed).toBe(true)
    expect(grade1({ kind: 'commandHappened', command: 'tiers.convertToCustomer', between: { to: 1 } }, emptySnapshot(), journal).passed).toBe(false)
  })

  it('only counts the learner: entries of the scenario engine or the system are not the learner’s work', () => {
    expect(grade1({ kind: 'commandHappened', command: 'tiers.create', input: { kind: 'customer' } }, emptySnapshot(), journal)).toMatchObject({ passed: false, miss: 'notFound' })
  })

  it('commandRefused sees refusals and their reason', () => {
    expect(grade1({ kind: 'commandRefused', command: 'sales.confirmOrder', reason: 'sales.errors.creditLimit' }, emptySnapshot(), journal))
      .toMatchObject({ passed: true, evidence: [{ kind: 'journal', seq: 11, outcome: 'refused', reason: 'sales.errors.creditLimit', reasonValues: { over: 1200 } }] })
    expect(grade1({ kind: 'commandRefused', command: 'sales.confirmOrder', reason: 'sales.errors.stock' }, emptySnapshot(), journal).passed).toBe(false)
  })

  it('commandNotHappened passes when nothing matched, and shows what happened otherwise', () => {
    expect(grade1({ kind: 'commandNotHappened', command: 'sales.confirmOrder' }, emptySnapshot(), journal).passed).toBe(true)
    expect(grade1({ kind: 'commandNotHappened', command: 'sales.confirmOrder', outcome: 'any' }, emptySnapshot(), journal))
      .toMatchObject({ passed: false, miss: 'happened', evidence: [{ seq: 11 }] })
  })

  it('happenedBefore compares journal order and simulated dates', () => {
    const before = { kind: 'happenedBefore', first: { command: 'tiers.create' }, then: { command: 'tiers.convertToCustomer' } }
    expect(grade1(before, emptySnapshot(), journal)).toMatchObject({ passed: true, evidence: [{ seq: 10 }, { seq: 12 }] })
    const reversed = { kind: 'happenedBefore', first: { command: 'tiers.convertToCustomer' }, then: { command: 'tiers.create' } }
    expect(grade1(reversed, emptySnapshot(), journal)).toMatchObject({ passed: false, miss: 'wrongOrder' })
    const missing = { kind: 'happenedBefore', first: { command: 'tiers.create' }, then: { command: 'messages.send' } }
    expect(grade1(missing, emptySnapshot(), journal)).toMatchObject({ passed: false, miss: 'thenMissing' })
    // Later in the journal but on an earlier simulated date (the clock cannot go back, a replayed journal could).
    const skewed = [entry('a.first', {}, { seq: 1, simDate: '2026-03-12' }), entry('b.then', {}, { seq: 2, simDate: '2026-03-10' })]
    expect(grade1({ kind: 'happenedBefore', first: { command: 'a.first' }, then: { command: 'b.then' } }, emptySnapshot(), skewed).passed).toBe(false)
  })
})

describe('messageSent', () => {
  const tier = makeCustomer({ id: 't-9', name: 'Nordic Office Supplies AB', language: 'en', createdOn: START })
  const condition = {
    kind: 'messageSent', to: { tier: { name: { contains: 'nordic office' } } }, language: 'en', channel: 'email',
    facts: [{ anyOf: ['30 days', '30-day'] }, '1 234,56', { amount: { priceDocument: invoiceInput, field: 'totalInclVatCents' } }],
  }
  const body = 'Dear Ms Lindqvist, payment is due within 30 days. The balance is EUR 1,234.56 and the quote totals 1,487.70 EUR.'

  it('passes with the right party, language, channel and every fact, in any number format', () => {
    const result = grade1(condition, emptySnapshot({ tiers: [tier], messages: [sentMessage({ id: 'm1', tierId: 't-9', language: 'en', body })] }))
    expect(result.passed).toBe(true)
    expect(result.evidence).toEqual([{
      kind: 'message', id: 'm1', date: START, language: 'en', channel: 'email', languageOk: true, channelOk: true,
      found: ['30 days | 30-day', '1 234,56', '1\u202f487,70 €'], missing: [],
    }])
  })

  it('misses a message in the wrong language, saying so', () => {
    const result = grade1(condition, emptySnapshot({ tiers: [tier], messages: [sentMessage({ id: 'm1', tierId: 't-9', language: 'fr', body })] }))
    expect(result).toMatchObject({ passed: false, miss: 'wrongLanguage', evidence: [{ languageOk: false }] })
  })

  it('misses a missing fact, listing it', () => {
    const result = grade1(condition, emptySnapshot({ tiers: [tier], messages: [sentMessage({ id: 'm1', tierId: 't-9', language: 'en', body: 'Payment within 30 days.' })] }))
    expect(result).toMatchObject({ passed: false, miss: 'factsMissing', evidence: [{ found: ['30 days | 30-day'], missing: ['1 234,56', '1\u202f487,70 €'] }] })
  })

  it('misses a message to someone else, an internal note or an incoming message', () => {
    const other = makeCustomer({ id: 't-1', name: 'Autre client', createdOn: START })
    const messages = [
      sentMessage({ id: 'm1', tierId: 't-1', language: 'en', body }),
      sentMessage({ id: 'm2', tierId: 't-9', language: 'en', body, direction: 'in' }),
    ]
    expect(grade1(condition, emptySnapshot({ tiers: [tier, other], messages }))).toMatchObject({ passed: false, miss: 'notFound' })
    const note = sentMessage({ id: 'm3', tierId: 't-9', language: 'en', body, channel: 'note' })
    expect(grade1(condition, emptySnapshot({ tiers: [tier], messages: [note] }))).toMatchObject({ passed: false, miss: 'wrongChannel' })
  })

  it('checks the reply to a scenario message', () => {
    const scenario = loadOrThrow({
      timeline: [{ id: 'ev-1', at: 1, kind: 'message', from: { department: 'accounting' }, language: 'fr', subject: 'Relance', body: 'Merci de relancer.' }],
      checks: [check('c1', { kind: 'messageSent', to: { department: 'accounting' }, replyToEvent: 'ev-1', channel: ['email', 'note'] })],
    })
    const incoming = { ...sentMessage({ id: 'in-1', body: 'Merci de relancer.', department: 'accounting', date: '2026-03-10' }), direction: 'in' as const, scenarioEventId: 'ev-1' }
    const reply = sentMessage({ id: 'out-1', body: 'Fait.', department: 'accounting', inReplyTo: 'in-1', date: '2026-03-10' })
    const unrelated = sentMessage({ id: 'out-2', body: 'Autre.', department: 'accounting', date: '2026-03-10' })
    expect(gradeAttempt(scenario, emptySnapshot({ messages: [incoming, reply] }), []).checks[0]!.passed).toBe(true)
    expect(gradeAttempt(scenario, emptySnapshot({ messages: [incoming, unrelated] }), []).checks[0]!.passed).toBe(false)
  })
})

describe('answers and checklists', () => {
  const tasks = [
    { id: 't-amount', title: { fr: 'M', en: 'A' }, instructions: { fr: 'I', en: 'I' }, question: { kind: 'amount' } },
    { id: 't-rate', title: { fr: 'T', en: 'R' }, instructions: { fr: 'I', en: 'I' }, question: { kind: 'number', decimals: 2 } },
    { id: 't-choice', title: { fr: 'C', en: 'C' }, instructions: { fr: 'I', en: 'I' }, question: { kind: 'choice', options: [{ id: 'a', label: { fr: 'A', en: 'A' } }, { id: 'b', label: { fr: 'B', en: 'B' } }] } },
    { id: 't-list', title: { fr: 'L', en: 'L' }, instructions: { fr: 'I', en: 'I' }, question: { kind: 'checklist', items: ['x', 'y', 'z', 'bad'].map((id) => ({ id, label: { fr: id, en: id } })) } },
  ]
  const scenario = loadOrThrow({
    tasks,
    checks: [
      check('amount', { kind: 'answer', task: 't-amount', expected: { priceDocument: invoiceInput, field: 'totalInclVatCents' } }),
      check('rate', { kind: 'answer', task: 't-rate', value: 14.5, tolerance: 0.05 }),
      check('choice', { kind: 'answer', task: 't-choice', choice: 'b' }),
      check('list', { kind: 'checklist', task: 't-list', required: ['x', 'y'], forbidden: ['bad'] }),
    ],
  })
  const grade = (answers: Record<string, number | string | string[]>) => Object.fromEntries(gradeAttempt(scenario, emptySnapshot({ answers }), []).checks.map((c) => [c.id, c]))

  it('grades right answers as passed', () => {
    const results = grade({ 't-amount': 148_770, 't-rate': 14.46, 't-choice': 'b', 't-list': ['y', 'x', 'z'] })
    expect(Object.values(results).map((r) => [r.id, r.passed])).toEqual([['amount', true], ['rate', true], ['choice', true], ['list', true]])
    expect(results.amount!.evidence).toEqual([{ kind: 'answer', task: 't-amount', value: 148_770, expected: 148_770 }])
  })

  it('grades wrong and missing answers as missed, with what was expected', () => {
    const results = grade({ 't-amount': 147_900, 't-rate': 14.56, 't-list': ['x', 'bad', 'y'] })
    expect(results.amount).toMatchObject({ passed: false, miss: 'wrongAnswer', evidence: [{ value: 147_900, expected: 148_770 }] })
    expect(results.rate).toMatchObject({ passed: false, miss: 'wrongAnswer' })
    expect(results.choice).toMatchObject({ passed: false, miss: 'noAnswer' })
    expect(results.list).toMatchObject({ passed: false, miss: 'forbiddenItems', evidence: [{ forbiddenItems: ['bad'], missingItems: [] }] })
    expect(grade({ 't-list': ['x'] }).list).toMatchObject({ passed: false, miss: 'itemsMissing', evidence: [{ missingItems: ['y'] }] })
  })
})

describe('composites', () => {
  const journal = [entry('a.one'), entry('b.two')]
  const happened = (command: string) => ({ kind: 'commandHappened', command })

  it('all / any / not combine conditions and keep each child’s result', () => {
    const all = grade1({ kind: 'all', of: [happened('a.one'), happened('c.three')] }, emptySnapshot(), journal)
    expect(all).toMatchObject({ passed: false, miss: 'childrenMissed', children: [{ passed: true }, { passed: false, miss: 'notFound' }] })
    expect(grade1({ kind: 'any', of: [happened('a.one'), happened('c.three')] }, emptySnapshot(), journal).passed).toBe(true)
    expect(grade1({ kind: 'not', condition: happened('c.three') }, emptySnapshot(), journal).passed).toBe(true)
    expect(grade1({ kind: 'not', condition: happened('a.one') }, emptySnapshot(), journal)).toMatchObject({ passed: false, miss: 'conditionHeld' })
  })
})

describe('report: scores per criterion and competence, trainer part apart', () => {
  const scenario = loadOrThrow({
    criteria: ['CP1.1', 'CP1.2', 'CP4.1', 'CP3.5'],
    checks: [
      check('a', { kind: 'commandHappened', command: 'x.a' }, ['CP1.1'], 2),
      check('b', { kind: 'commandHappened', command: 'x.b' }, ['CP1.1', 'CP1.2'], 1),
      check('c', { kind: 'commandHappened', command: 'x.c' }, ['CP4.1'], 3),
    ],
    rubric: [{ id: 'r1', criteria: ['CP3.5'], label: { fr: 'Anglais écrit', en: 'Written English' }, points: 5 }],
  })
  const report = gradeAttempt(scenario, emptySnapshot(), [entry('x.a'), entry('x.c')])

  it('weights checks per criterion', () => {
    const byId = Object.fromEntries(report.criteria.map((c) => [c.id, c]))
    expect(byId['CP1.1']).toMatchObject({ competenceId: 'CP1', earned: 2, possible: 3, status: 'partly', checks: ['a', 'b'] })
    expect(byId['CP1.2']).toMatchObject({ earned: 0, possible: 1, ratio: 0, status: 'notYet' })
    expect(byId['CP4.1']).toMatchObject({ earned: 3, possible: 3, ratio: 1, status: 'evidenced' })
    expect(byId['CP3.5']).toMatchObject({ possible: 0, ratio: null, status: 'trainerOnly', rubric: ['r1'] })
  })

  it('counts each check once per competence', () => {
    expect(report.competences).toEqual([
      { id: 'CP1', criteria: ['CP1.1', 'CP1.2'], earned: 2, possible: 3, ratio: 2 / 3, status: 'partly' },
      { id: 'CP3', criteria: ['CP3.5'], earned: 0, possible: 0, ratio: null, status: 'trainerOnly' },
      { id: 'CP4', criteria: ['CP4.1'], earned: 3, possible: 3, ratio: 1, status: 'evidenced' },
    ])
    expect(report.automatic).toEqual({ earned: 5, possible: 6, ratio: 5 / 6, passed: 2, total: 3 })
  })

  it('lists rubric items for the trainer without scoring them', () => {
    expect(report.trainer).toEqual({
      items: [{ id: 'r1', criteria: ['CP3.5'], label: { fr: 'Anglais écrit', en: 'Written English' }, points: 5, status: 'toBeGradedByTrainer' }],
      points: 5,
    })
    expect(report.checks.map((c) => c.id)).not.toContain('r1')
  })

  it('is deterministic and serialisable (a result file stores it)', () => {
    const again = gradeAttempt(scenario, emptySnapshot(), [entry('x.a', {}, { seq: 1 }), entry('x.c', {}, { seq: 2 })])
    expect(JSON.parse(JSON.stringify(again))).toEqual(again)
    expect(again.checks.map((c) => c.passed)).toEqual(report.checks.map((c) => c.passed))
  })
})
