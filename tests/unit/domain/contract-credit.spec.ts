import { describe, it, expect } from 'vitest'
import * as domain from '@/domain'

// The public contract of issue 11 (credit exposure), copied verbatim: `vue-tsc --build` fails if the domain drifts from it.
type ContractCreditExposure = (input: { overdueCents: number; notDueCents: number; deliveredNotInvoicedCents: number; openOrdersCents: number; unappliedCreditsCents: number; limitCents: number }) => { exposureCents: number; availableCents: number; overLimitCents: number }

const creditExposure: ContractCreditExposure = domain.creditExposure

describe('issue 11 public contract: creditExposure', () => {
  it('is exported from src/domain/index.ts with the contract type and returns every contract field', () => {
    const result = creditExposure({ overdueCents: 0, notDueCents: 0, deliveredNotInvoicedCents: 0, openOrdersCents: 0, unappliedCreditsCents: 0, limitCents: 100 })
    expect(Object.keys(result).sort()).toEqual(['availableCents', 'exposureCents', 'overLimitCents'])
    expect(result).toEqual({ exposureCents: 0, availableCents: 100, overLimitCents: 0 })
  })
})
