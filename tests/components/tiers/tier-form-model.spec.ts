import { describe, expect, it } from 'vitest'
import { draftFromTier } from '@/domain'
import { BUILT_IN_CATALOG } from '@/seed/company'
import { blankModel, draftFromModel, modelFromTier } from '@/components/tiers/tier-form-model'

describe('tier form model', () => {
  it('opening a tier in the form and saving it unchanged gives back the same draft, in French and in English (every built-in tier)', () => {
    for (const tier of BUILT_IN_CATALOG.tiers) {
      for (const language of ['fr', 'en']) {
        expect(draftFromModel(modelFromTier(tier, language)), `${tier.id} ${language}`).toEqual(draftFromTier(tier))
      }
    }
  })

  it('reads French and English decimals and euros typed by the learner; text that is not a number becomes NaN for the rules to name', () => {
    const model = blankModel('customer')
    model.customer.discount = '2,5'
    model.customer.creditLimit = '15 000,50'
    model.customer.terms = { kind: 'daysEndOfMonth', days: '45', method: 'endOfMonthThenAddDays' }
    expect(draftFromModel(model).customer).toMatchObject({
      discountPercent: 2.5, creditLimitCents: 1_500_050, paymentTerms: { kind: 'daysEndOfMonth', days: 45, method: 'endOfMonthThenAddDays' },
    })
    model.customer.discount = 'cinq'
    expect(draftFromModel(model).customer!.discountPercent).toBeNaN()
  })

  it('sends only the block of the kind, a prospect\'s terms only when asked, and no SIREN for a private person', () => {
    const model = blankModel('prospect')
    model.siren = '404833048'
    expect(draftFromModel(model).customer).toBeUndefined()
    model.prospectTerms = true
    expect(draftFromModel(model).customer).toBeDefined()
    model.kind = 'carrier'
    model.carrier = { services: 'messagerie, express , ', co2: '80', pricePerKg: '0,45' }
    expect(draftFromModel(model)).toMatchObject({ carrier: { services: ['messagerie', 'express'], co2GramsPerTonneKm: 80, pricePerKgCents: 45 } })
    expect(draftFromModel(model).customer).toBeUndefined()
    model.legal = 'person'
    expect(draftFromModel(model).siren).toBeUndefined()
  })

  it('leaves out a contact row left entirely empty', () => {
    const model = blankModel()
    expect(draftFromModel(model).contacts).toEqual([])
    model.contacts[0]!.email = 'a@b.fr'
    expect(draftFromModel(model).contacts).toHaveLength(1)
  })
})
