// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import PaymentTermsForm from '@/components/company/PaymentTermsForm.vue'
import NumberingForm from '@/components/company/NumberingForm.vue'
import IdentityForm from '@/components/company/IdentityForm.vue'
import CgvForm from '@/components/company/CgvForm.vue'
import type { SaveSettings } from '@/components/company/use-section-form'
import { messages } from '@/i18n/all-messages'
import type { SettingsRuleCode } from '@/domain'
import { makeSettings } from '../../factories/settings'
import { mountWithApp } from '../../factories/mount'

const accepted = (): SaveSettings => vi.fn(async () => ({ ok: true as const, value: { sections: [], changed: [] }, seq: 1 }))

describe('PaymentTermsForm', () => {
  it('shows the legal floor under the contractual-rate field when the rate is too low (C. com. L441-10 II), and still runs the command', async () => {
    const save = vi.fn<SaveSettings>(async () => ({ ok: false as const, reason: { key: 'company.rules.penaltyBelowFloor', values: { fieldKey: 'latePenaltyRatePercent', ratePercent: 5, floorPercent: 7.86, legalInterestPercent: 2.62 } }, seq: 2 }))
    const wrapper = await mountWithApp(PaymentTermsForm, { props: { settings: makeSettings({ latePenaltyRatePercent: 9 }), simDate: '2026-03-02', save } })
    const rate = wrapper.find('#penalty-rate')
    await rate.setValue('5')
    const error = wrapper.find('#err-latePenaltyRatePercent')
    expect(error.text()).toBe('Taux de pénalité 5 % inférieur au minimum légal de 7,86 % (3 × taux d\'intérêt légal de 2,62 %, C. com. L441-10 II).')
    expect(rate.attributes('aria-describedby')).toContain('err-latePenaltyRatePercent')
    expect(rate.attributes('aria-invalid')).toBe('true')
    // No other field carries a message.
    expect(wrapper.findAll('.field-error')).toHaveLength(1)
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(save).toHaveBeenCalledWith(expect.objectContaining({ latePenaltyRatePercent: 5 }))
    expect(wrapper.find('[role="alert"]').text()).toContain('inférieur au minimum légal de 7,86 %')
  })

  it('names the legal maximum under the days field (C. com. L441-10 I) and shows an example due date on the simulated date', async () => {
    const wrapper = await mountWithApp(PaymentTermsForm, { props: { settings: makeSettings(), simDate: '2026-03-10', save: accepted() } })
    expect(wrapper.find('[data-testid="terms-example"]').text()).toContain('09/04/2026')
    await wrapper.find('#terms-days').setValue('75')
    expect(wrapper.find('#err-defaultPaymentTerms-days').text()).toBe('Délai de paiement de 75 jours supérieur au maximum légal de 60 jours à compter de la date de facture (C. com. L441-10 I).')
    expect(wrapper.find('[data-testid="terms-example"]').exists()).toBe(false)
  })

  it('explains both readings of "45 jours fin de mois" with their due dates (DOMAIN-FR §3: 30 April or 15 May)', async () => {
    const settings = makeSettings({ defaultPaymentTerms: { kind: 'daysEndOfMonth', days: 45, method: 'endOfMonthThenAddDays' } })
    const wrapper = await mountWithApp(PaymentTermsForm, { props: { settings, simDate: '2026-03-10', save: accepted() } })
    expect(wrapper.find('label[for="reading-addDaysThenEndOfMonth"]').text()).toContain('30/04/2026')
    expect(wrapper.find('label[for="reading-endOfMonthThenAddDays"]').text()).toContain('15/05/2026')
  })

  it('speaks English, with English number formats', async () => {
    const wrapper = await mountWithApp(PaymentTermsForm, { props: { settings: makeSettings({ latePenaltyRatePercent: 9 }), simDate: '2026-03-02', save: accepted() } }, 'en')
    await wrapper.find('#penalty-rate').setValue('5.5')
    expect(wrapper.find('#err-latePenaltyRatePercent').text()).toContain('Penalty rate 5.5% below the legal minimum of 7.86%')
  })
})

describe('NumberingForm', () => {
  it('puts the duplicate-prefix message under the series that repeats it, naming the other series', async () => {
    const wrapper = await mountWithApp(NumberingForm, { props: { settings: makeSettings(), numbered: {}, save: accepted() } })
    await wrapper.find('#numbering-creditNote').setValue('fa')
    expect(wrapper.find('#err-numbering-creditNote').text()).toContain('« Préfixe des avoirs » : le préfixe « FA » est déjà celui de « Préfixe des factures »')
    expect(wrapper.find('#err-numbering-invoice').exists()).toBe(false)
  })

  it('makes the prefix of a series with numbered documents read-only and says why', async () => {
    const wrapper = await mountWithApp(NumberingForm, { props: { settings: makeSettings(), numbered: { invoice: 'FA-2026-00001' }, save: accepted() } })
    expect(wrapper.find('#numbering-invoice').attributes('readonly')).toBeDefined()
    expect(wrapper.find('#locked-numbering-invoice').text()).toContain('FA-2026-00001')
    expect(wrapper.find('#numbering-quote').attributes('readonly')).toBeUndefined()
  })
})

describe('IdentityForm', () => {
  it('suggests the VAT number from the SIREN and flags a SIREN with a wrong key under the SIREN field', async () => {
    const settings = makeSettings()
    const wrapper = await mountWithApp(IdentityForm, { props: { settings: { ...settings, identity: { ...settings.identity, vatNumber: '' } }, save: accepted() } })
    expect(wrapper.find('[data-testid="vat-suggestion"]').text()).toContain('FR32812456713')
    await wrapper.findAll('button').find((b) => b.text().includes('FR32812456713'))!.trigger('click')
    expect((wrapper.find('#identity-vatNumber').element as HTMLInputElement).value).toBe('FR32812456713')
    await wrapper.find('#identity-siren').setValue('812456714')
    expect(wrapper.find('#err-identity-siren').text()).toContain('« SIREN » : la clé est fausse')
  })
})

describe('CgvForm', () => {
  it('adds, reorders and removes clauses, and flags an empty text under its field', async () => {
    const save = accepted()
    const wrapper = await mountWithApp(CgvForm, { props: { settings: makeSettings(), save }, attachTo: document.body })
    await wrapper.find('#cgv-1-up').trigger('click')
    expect((wrapper.find('#cgv-0-title-fr').element as HTMLInputElement).value).toBe('Litiges')
    await wrapper.find('#cgv-add').trigger('click')
    expect(wrapper.findAll('[data-testid="cgv-clause"]')).toHaveLength(3)
    expect(wrapper.find('#err-cgv-2-title-fr').text()).toBe('Clause 3 : « Titre (français) » est vide.')
    await wrapper.find('#cgv-2-remove').trigger('click')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(save).toHaveBeenCalledWith({ cgv: [makeSettings().cgv[1], makeSettings().cgv[0]] })
    wrapper.unmount()
  })
})

describe('texts of the rules and refusals', () => {
  // A Record over the union: TypeScript fails here when a rule code is added without being listed.
  const RULES: Record<SettingsRuleCode, true> = {
    required: true, notANumber: true, notInteger: true, negative: true, outOfRange: true, amountOutOfRange: true, tooManyDecimals: true,
    sirenFormat: true, sirenKey: true, siretFormat: true, siretKey: true, siretNotSiren: true, vatFormat: true, vatKey: true, vatNotSiren: true,
    ibanFormat: true, ibanKey: true, bicFormat: true, netTermsTooLong: true, endOfMonthTermsTooLong: true, penaltyBelowFloor: true,
    penaltyTooHigh: true, prefixEmpty: true, prefixCharacters: true, prefixTooLong: true, prefixDuplicate: true, cgvEmpty: true, cgvTooMany: true,
    twoDecimals: true, halfYearStart: true, halfYearEnd: true, halfYearBuiltIn: true, halfYearDuplicate: true, rateSourceRequired: true,
  }
  const ERRORS = ['delegationLocked', 'noSettings', 'nothingToUpdate', 'prefixLocked']

  it('exist in French and English for every rule code and refusal of company.updateSettings', () => {
    for (const language of ['fr', 'en'] as const) {
      const company = messages[language].company as { rules: Record<string, string>; errors: Record<string, string> }
      expect(Object.keys(RULES).filter((code) => !company.rules[code])).toEqual([])
      expect(ERRORS.filter((key) => !company.errors[key])).toEqual([])
    }
  })
})
