import { describe, expect, it } from 'vitest'
import { dunningLetterContext, renderDunningLetter, type ClaimLine } from '@/domain'
import { makeSettings } from '../../factories/settings'

const line: ClaimLine = { invoiceId: 'f1', invoiceNumber: 'FA-1', dueDate: '2026-01-31', daysLate: 23, remainingCents: 486000, penaltyCents: 3721, indemnityCents: 4000 }
const f = { money: (cents: number) => `${cents} cents`, date: (d: string) => d }
const contact = { civility: 'Mme' as const, firstName: 'Claire', lastName: 'Martin' }

describe('dunningLetterContext: one context for the letter sent and its preview', () => {
  it('greets the contact in the letter\'s language, totals the claim with the 40 € once per late invoice (D441-5)', () => {
    const context = dunningLetterContext({
      language: 'fr', date: '2026-02-23', settings: makeSettings(), customerName: 'Atelier Dubois', contact, lines: [line], level: { recallPenalties: true }, payBy: '2026-03-03',
    })
    expect(context).toEqual({
      language: 'fr', date: '2026-02-23', companyName: makeSettings().identity.name, customerName: 'Atelier Dubois', contactName: 'Mme Martin',
      lines: [line], totals: { principalCents: 486000, penaltyCents: 3721, indemnityCents: 4000, totalCents: 493721 }, recallPenalties: true, payBy: '2026-03-03',
    })
    expect(renderDunningLetter('dunning.relance2', context, f).body).toContain('au taux de la BCE majoré de 10 points')
  })

  it('names the agreed rate of the terms of sale (L441-10 II) and writes "Madame, Monsieur" without a contact', () => {
    const context = dunningLetterContext({
      language: 'en', date: '2026-02-23', settings: makeSettings({ latePenaltyRatePercent: 9.5 }), customerName: 'Brook', contact: undefined, lines: [line], level: {},
    })
    expect(context).toMatchObject({ ratePercent: 9.5, recallPenalties: false })
    expect(context).not.toHaveProperty('contactName')
    expect(context).not.toHaveProperty('payBy')
    expect(renderDunningLetter('dunning.formalNotice', { ...context, recallPenalties: true }, f).body).toContain('at 9.5% a year')
  })
})
