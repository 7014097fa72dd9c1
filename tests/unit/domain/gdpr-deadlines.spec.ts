import { describe, expect, it } from 'vitest'
import { addMonths, answerProblem, extendRequest, requestDueOn, requestStatus, DomainInputError, type GdprRequest } from '@/domain'

const request = (overrides: Partial<GdprRequest> = {}): GdprRequest => ({
  id: 'r-1', tierId: 'C029', right: 'access', receivedOn: '2026-01-31', dueOn: '2026-02-28', extended: false, status: 'open', ...overrides,
})

describe('addMonths: periods in calendar months (règlement 1182/71 art. 3 §2 c)', () => {
  it('keeps the day of the month when the target month has it', () => {
    expect(addMonths('2026-03-15', 1)).toBe('2026-04-15')
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28')
    expect(addMonths('2026-12-10', 1)).toBe('2027-01-10')
    expect(addMonths('2026-03-15', -3)).toBe('2025-12-15')
  })

  it('clamps to the last day of a shorter month: 31 Jan → 28 Feb, or 29 Feb in a leap year', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28')
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29')
    expect(addMonths('2026-03-31', 1)).toBe('2026-04-30')
    expect(addMonths('2024-02-29', 36)).toBe('2027-02-28')
  })

  it('refuses an invalid date or a fractional number of months, naming the field', () => {
    expect(() => addMonths('2026-02-30', 1)).toThrow(DomainInputError)
    expect(() => addMonths('2026-02-01', 1.5)).toThrow(expect.objectContaining({ field: 'months', code: 'notInteger' }))
  })
})

describe('request due date: one month after receipt, three when extended (RGPD art. 12 §3)', () => {
  it('gives one calendar month, with end-of-month clamping', () => {
    expect(requestDueOn('2026-03-10')).toBe('2026-04-10')
    expect(requestDueOn('2026-01-31')).toBe('2026-02-28')
    expect(requestDueOn('2028-01-31')).toBe('2028-02-29')
  })

  it('counts the two further months from receipt when extended', () => {
    expect(requestDueOn('2026-03-10', true)).toBe('2026-06-10')
    expect(requestDueOn('2026-01-31', true)).toBe('2026-04-30')
  })

  it('refuses a date that is not a calendar date, naming receivedOn', () => {
    expect(() => requestDueOn('2026-13-01')).toThrow(expect.objectContaining({ field: 'receivedOn', code: 'invalidDate' }))
  })
})

describe('request status on a date (art. 12 §3)', () => {
  it('is open until the due date included, with the days left', () => {
    expect(requestStatus(request(), '2026-02-20')).toEqual({ state: 'open', daysLeft: 8 })
    expect(requestStatus(request(), '2026-02-28')).toEqual({ state: 'open', daysLeft: 0 })
  })

  it('is overdue the day after the due date without an answer', () => {
    expect(requestStatus(request(), '2026-03-01')).toEqual({ state: 'overdue', daysLeft: -1 })
  })

  it('says whether a closed request was answered late', () => {
    expect(requestStatus(request({ status: 'answered', answeredOn: '2026-02-27' }), '2026-04-01')).toEqual({ state: 'answered', late: false })
    expect(requestStatus(request({ status: 'refused', answeredOn: '2026-03-02' }), '2026-04-01')).toEqual({ state: 'refused', late: true })
  })
})

describe('extending the deadline by two months, once, with a reason (art. 12 §3)', () => {
  it('gives three months from receipt when extended within the first month with a reason', () => {
    expect(extendRequest(request(), '2026-02-15', 'Demande complexe : 3 ans d\'échanges à rassembler'))
      .toEqual({ ok: true, dueOn: '2026-04-30' })
    expect(extendRequest(request(), '2026-02-28', 'Nombreuses demandes')).toEqual({ ok: true, dueOn: '2026-04-30' })
  })

  it('refuses a second extension', () => {
    expect(extendRequest(request({ extended: true, dueOn: '2026-04-30' }), '2026-02-15', 'encore'))
      .toEqual({ ok: false, problem: 'alreadyExtended', source: 'RGPD art. 12 §3' })
  })

  it('refuses to extend a closed request', () => {
    expect(extendRequest(request({ status: 'answered', answeredOn: '2026-02-10' }), '2026-02-15', 'x')).toMatchObject({ ok: false, problem: 'closed' })
  })

  it('refuses after the first month: the person must be told of the extension within one month of receipt', () => {
    expect(extendRequest(request(), '2026-03-01', 'trop tard')).toMatchObject({ ok: false, problem: 'tooLate' })
  })

  it('refuses without a reason', () => {
    expect(extendRequest(request(), '2026-02-10', '  ')).toMatchObject({ ok: false, problem: 'reasonMissing' })
  })
})

describe('answering a request', () => {
  it('closes an open request once only', () => {
    expect(answerProblem(request(), 'answered', { objectsToProspecting: false })).toBeNull()
    expect(answerProblem(request({ status: 'answered' }), 'answered', undefined)).toBe('closed')
    expect(answerProblem(request({ status: 'refused' }), 'refused', undefined)).toBe('closed')
  })

  it('grants an erasure request only once the data is erased (art. 17 §1), but may refuse it with a ground', () => {
    const erasure = request({ right: 'erasure' })
    expect(answerProblem(erasure, 'answered', { objectsToProspecting: false })).toBe('eraseFirst')
    expect(answerProblem(erasure, 'answered', { erasedOn: '2026-02-10', objectsToProspecting: false })).toBeNull()
    expect(answerProblem(erasure, 'refused', { objectsToProspecting: false })).toBeNull()
  })

  it('grants an objection request only once the objection is on the file (art. 21 §3)', () => {
    const objection = request({ right: 'objection' })
    expect(answerProblem(objection, 'answered', { objectsToProspecting: false })).toBe('objectFirst')
    expect(answerProblem(objection, 'answered', { objectsToProspecting: true })).toBeNull()
  })
})
