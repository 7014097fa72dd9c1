import { describe, it, expect } from 'vitest'
import * as domain from '@/domain'

// The public contract of issue 11 (dunning part), copied verbatim: `vue-tsc --build` fails if the domain drifts from it.
type ContractLatePenalty = (input: { amountCents: number; annualRatePercent: number; dueDate: string; paymentDate: string; professional?: boolean }) => {
  daysLate: number; penaltyCents: number; fixedIndemnityCents: number; totalCents: number
}
type ContractDefaultPenaltyRatePercent = (date: string) => number

const latePenalty: ContractLatePenalty = domain.latePenalty
const defaultPenaltyRatePercent: ContractDefaultPenaltyRatePercent = domain.defaultPenaltyRatePercent

describe('issue 11 public contract (penalties)', () => {
  it('latePenalty: DOMAIN-FR §3 worked example, 4 860.00 TTC due 31 Jan 2026 paid 23 Feb at 12.15 % → 37.21 € + 40 €', () => {
    expect(latePenalty({ amountCents: 486000, annualRatePercent: 12.15, dueDate: '2026-01-31', paymentDate: '2026-02-23' }))
      .toEqual({ daysLate: 23, penaltyCents: 3721, fixedIndemnityCents: 4000, totalCents: 7721 })
  })

  it('defaultPenaltyRatePercent: ECB + 10 points of the half-year (DOMAIN-FR §3 table)', () => {
    expect(defaultPenaltyRatePercent('2025-03-01')).toBe(13.15)
    expect(defaultPenaltyRatePercent('2025-07-01')).toBe(12.15)
    expect(defaultPenaltyRatePercent('2026-02-23')).toBe(12.15)
  })
})
