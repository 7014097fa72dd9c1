/**
 * Statistics expectations (CP6) grade on the attempt's sales facts indexed once per grading: a
 * scenario with several `salesTotal` terms (the §9 monthly review: CA HT, achievement, relative gap,
 * evolution) builds one fact index, and every term reads it (DOMAIN-FR §9: CA HT net of credit notes).
 */
import { describe, expect, it, vi } from 'vitest'
import { gradeAttempt } from '@/scenario'
import { line, makeCustomer, makeProduct, makeSalesDoc } from '../../factories/company-records'
import { check, emptySnapshot, loadOrThrow } from './helpers'

const indexFacts = vi.hoisted(() => ({ calls: 0 }))
vi.mock('@/domain', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/domain')>()
  return { ...actual, indexFacts: (...args: Parameters<typeof actual.indexFacts>) => { indexFacts.calls += 1; return actual.indexFacts(...args) } }
})

const chair = makeProduct({ id: 'p-chair', reference: 'CH-01' }) // 145,00 € HT
const customer = makeCustomer({ id: 'c-1', name: 'Bureau Lumière SARL', createdOn: '2024-01-10' })
const march = { from: '2026-03-01', to: '2026-03-31' }
const question = (id: string) => ({ id, title: { fr: id, en: id }, instructions: { fr: 'I', en: 'I' }, question: { kind: 'number', decimals: 2 } })

describe('grading statistics expectations', () => {
  const scenario = loadOrThrow({
    tasks: ['t-ca', 't-realisation', 't-ecart', 't-evolution'].map(question),
    checks: [
      check('ca', { kind: 'answer', task: 't-ca', expected: { salesTotal: march } }),
      check('realisation', { kind: 'answer', task: 't-realisation', tolerance: 0.01, expected: { rate: { formula: 'achievement', value: { salesTotal: march }, reference: { cents: 540_000 } } } }),
      check('ecart', { kind: 'answer', task: 't-ecart', tolerance: 0.01, expected: { rate: { formula: 'relativeGap', value: { salesTotal: march }, reference: { cents: 540_000 } } } }),
      check('evolution', { kind: 'answer', task: 't-evolution', tolerance: 0.01, expected: { rate: { formula: 'evolution', value: { salesTotal: march }, reference: { salesTotal: { from: '2025-03-01', to: '2025-03-31' } } } } }),
    ],
  })
  const snapshot = emptySnapshot({
    tiers: [customer], products: [chair],
    salesDocs: [
      makeSalesDoc({ id: 'inv-2025', number: 'FA-2025-0010', type: 'invoice', customerId: 'c-1', date: '2025-03-12', lines: [line(chair, 20)] }),
      makeSalesDoc({ id: 'inv-2026', number: 'FA-2026-0010', type: 'invoice', customerId: 'c-1', date: '2026-03-12', lines: [line(chair, 30)] }),
    ],
    // 30 × 145 € = 4 350 € against 5 400 €: 80,56 %, −19,44 %; against 20 × 145 € = 2 900 €: +50 %.
    answers: { 't-ca': 435_000, 't-realisation': 80.56, 't-ecart': -19.44, 't-evolution': 50 },
  })

  it('indexes the sales facts once for all the salesTotal terms, and grades them right', () => {
    indexFacts.calls = 0
    const report = gradeAttempt(scenario, snapshot, [])
    expect(report.checks.map((result) => [result.id, result.passed])).toEqual([['ca', true], ['realisation', true], ['ecart', true], ['evolution', true]])
    expect(indexFacts.calls).toBe(1)
    gradeAttempt(scenario, snapshot, [])
    expect(indexFacts.calls).toBe(2) // one index per grading, not one per workspace
  })
})
