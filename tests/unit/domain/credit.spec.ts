import { describe, it, expect } from 'vitest'
import {
  checkOrderCredit, creditExposure, currentSolvency, isNewCustomer, resolveCreditBlock, riskSheet, CREDIT_DEFAULTS,
  DomainInputError, type CreditExposureParts, type OrderCreditInput,
} from '@/domain'

// DOMAIN-FR §4 test case: plafond 15 000; 2 300 overdue + 7 450 not due + 1 200 delivered not invoiced + 2 000 open orders.
const parts: CreditExposureParts = { overdueCents: 230_000, notDueCents: 745_000, deliveredNotInvoicedCents: 120_000, openOrdersCents: 200_000, unappliedCreditsCents: 0 }
const base: OrderCreditInput = {
  exposure: parts, orderInclVatCents: 360_000, limitCents: 1_500_000, oldestOverdueDays: 12, overdueThresholdDays: 30,
  newCustomer: false, unusualOrderThresholdCents: 1_000_000, maxCreditOverrunCents: 100_000,
}

describe('creditExposure (DOMAIN-FR §4, AFDCC encours)', () => {
  it('DOMAIN-FR test case: 2 300 + 7 450 + 1 200 + 2 000 = 12 950 of 15 000 → 2 050 available', () => {
    expect(creditExposure({ ...parts, limitCents: 1_500_000 })).toEqual({ exposureCents: 1_295_000, availableCents: 205_000, overLimitCents: 0 })
  })

  it('unapplied credit notes and acomptes received come off the encours', () => {
    expect(creditExposure({ ...parts, unappliedCreditsCents: 95_000, limitCents: 1_500_000 })).toEqual({ exposureCents: 1_200_000, availableCents: 300_000, overLimitCents: 0 })
  })

  it('beyond the plafond: nothing available, the excess in overLimit', () => {
    expect(creditExposure({ ...parts, limitCents: 1_000_000 })).toEqual({ exposureCents: 1_295_000, availableCents: 0, overLimitCents: 295_000 })
  })

  it('refuses a bad amount by naming the field', () => {
    expect(() => creditExposure({ ...parts, notDueCents: 12.5, limitCents: 0 })).toThrow(DomainInputError)
    expect(() => creditExposure({ ...parts, openOrdersCents: -1, limitCents: 0 })).toThrow(/openOrdersCents/)
  })
})

describe('checkOrderCredit (DOMAIN-FR §4 checks before accepting an order)', () => {
  it('DOMAIN-FR test case: a 3 600 order exceeds the limit by 1 550 → blocked with the figures and the options', () => {
    const check = checkOrderCredit(base)
    expect(check).toMatchObject({ status: 'blocked', exposureCents: 1_295_000, orderCents: 360_000, exposureAfterCents: 1_655_000, limitCents: 1_500_000, availableCents: 205_000, excessCents: 155_000 })
    expect(check.reasons).toEqual([{ code: 'overLimit', values: { exposureCents: 1_295_000, orderCents: 360_000, limitCents: 1_500_000, excessCents: 155_000 } }])
    expect(check.options).toEqual([
      { kind: 'acompte', minAmountCents: 155_000 },
      { kind: 'reduce', byCents: 155_000, maxOrderCents: 205_000 },
      { kind: 'managerApproval' },
    ])
  })

  it('offers the override only when the excess is within the delegation (CP4.3)', () => {
    const check = checkOrderCredit({ ...base, maxCreditOverrunCents: 200_000 })
    expect(check.options).toContainEqual({ kind: 'override', excessCents: 155_000, maxCreditOverrunCents: 200_000 })
  })

  it('an order within the available credit passes', () => {
    expect(checkOrderCredit({ ...base, orderInclVatCents: 205_000 })).toMatchObject({ status: 'ok', excessCents: 0, reasons: [], options: [] })
  })

  it('an invoice overdue beyond the threshold blocks even within the limit; only the manager lifts it', () => {
    const check = checkOrderCredit({ ...base, orderInclVatCents: 50_000, oldestOverdueDays: 31 })
    expect(check.reasons).toEqual([{ code: 'overdueBeyondThreshold', values: { oldestOverdueDays: 31, thresholdDays: 30, overdueCents: 230_000 } }])
    expect(check.options).toEqual([{ kind: 'managerApproval' }])
    expect(checkOrderCredit({ ...base, orderInclVatCents: 50_000, oldestOverdueDays: 30 }).status).toBe('ok')
  })

  it('a new customer, or an order at the unusual threshold, needs a solvency check first', () => {
    const fresh = checkOrderCredit({ ...base, orderInclVatCents: 50_000, newCustomer: true })
    expect(fresh.reasons).toEqual([{ code: 'solvencyMissing', values: { why: 'newCustomer', orderCents: 50_000, thresholdCents: 1_000_000 } }])
    expect(fresh.options).toEqual([{ kind: 'recordSolvency' }, { kind: 'managerApproval' }])
    const big = checkOrderCredit({ ...base, exposure: { ...parts, overdueCents: 0, notDueCents: 0 }, orderInclVatCents: 1_000_000 })
    expect(big.reasons.map((r) => r.code)).toEqual(['solvencyMissing'])
    const checked = checkOrderCredit({ ...base, orderInclVatCents: 50_000, newCustomer: true, solvency: { date: '2026-03-01', decision: 'accept', legalProceedings: false } })
    expect(checked.status).toBe('ok')
  })

  it('a solvency check that advises against (proceedings, refusal) blocks', () => {
    const check = checkOrderCredit({ ...base, orderInclVatCents: 50_000, solvency: { date: '2026-03-01', decision: 'accept', legalProceedings: true } })
    expect(check.reasons).toEqual([{ code: 'solvencyAdverse', values: { decision: 'accept', legalProceedings: 1 } }])
  })
})

describe('resolveCreditBlock (REAC CP4.3: within one’s delegation, else the manager)', () => {
  const blocked = checkOrderCredit(base)

  it('an override within the delegation lifts the block; beyond, it is refused with both figures', () => {
    expect(resolveCreditBlock(blocked, { kind: 'override' }, 155_000)).toBeNull()
    expect(resolveCreditBlock(blocked, { kind: 'override' }, 100_000)).toEqual({ code: 'beyondDelegation', values: { excessCents: 155_000, maxCreditOverrunCents: 100_000 } })
  })

  it('an acompte of at least the excess (1 550) lifts it; less, or more than the order, does not', () => {
    expect(resolveCreditBlock(blocked, { kind: 'acompte', amountCents: 155_000 }, 0)).toBeNull()
    expect(resolveCreditBlock(blocked, { kind: 'acompte', amountCents: 154_999 }, 0)).toEqual({ code: 'acompteTooSmall', values: { amountCents: 154_999, excessCents: 155_000 } })
    expect(resolveCreditBlock(blocked, { kind: 'acompte', amountCents: 360_001 }, 0)).toMatchObject({ code: 'acompteAboveOrder' })
  })

  it('the manager’s approval lifts any block; an override does not answer an overdue invoice', () => {
    const overdue = checkOrderCredit({ ...base, oldestOverdueDays: 45 })
    expect(resolveCreditBlock(overdue, { kind: 'managerApproval', reference: 'Accord M. Roux' }, 0)).toBeNull()
    expect(resolveCreditBlock(overdue, { kind: 'override' }, 1_000_000)).toEqual({ code: 'onlyManagerCanLift', values: { reason: 'overdueBeyondThreshold' } })
  })
})

describe('new customer and solvency validity', () => {
  it('new: created less than 90 days ago and never invoiced', () => {
    expect(CREDIT_DEFAULTS.newCustomerDays).toBe(90)
    expect(isNewCustomer('2026-01-10', '2026-03-02', false)).toBe(true)
    expect(isNewCustomer('2026-01-10', '2026-03-02', true)).toBe(false)
    expect(isNewCustomer('2025-06-01', '2026-03-02', false)).toBe(false)
  })

  it('the latest check within a year counts', () => {
    const checks = [{ id: 'a', date: '2025-02-01' }, { id: 'b', date: '2025-12-01' }, { id: 'c', date: '2026-04-01' }]
    expect(currentSolvency(checks, '2026-03-02')?.id).toBe('b')
    expect(currentSolvency(checks.slice(0, 1), '2026-03-02')).toBeUndefined()
  })
})

describe('riskSheet (average days late, incidents, DSO accounting method over 365 days)', () => {
  it('averages days late on paid invoices only; early payment counts 0', () => {
    const sheet = riskSheet({
      invoices: [{ dueDate: '2026-01-31', paidOn: '2026-02-23' }, { dueDate: '2026-02-28', paidOn: '2026-02-20' }, { dueDate: '2026-03-31' }],
      rejectedPayments: 1, disputes: 2, receivablesCents: 1_295_000, salesInclVatCents: 9_490_000,
    })
    expect(sheet).toMatchObject({ paidInvoices: 2, averageDaysLate: 11.5, incidents: 3, periodDays: 365 })
    // DSO = 12 950 / 94 900 × 365 = 49.8 → 50 days.
    expect(sheet.dsoDays).toBe(50)
  })

  it('no sales over the period: no DSO; nothing paid: no average', () => {
    expect(riskSheet({ invoices: [], rejectedPayments: 0, disputes: 0, receivablesCents: 0, salesInclVatCents: 0 })).toMatchObject({ dsoDays: null, averageDaysLate: null })
  })
})
