// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import PenaltyRatesForm from '@/components/company/PenaltyRatesForm.vue'
import type { SaveSettings } from '@/components/company/use-section-form'
import type { RecordedPenaltyRates } from '@/domain'
import { makeSettings } from '../../factories/settings'
import { mountWithApp } from '../../factories/mount'

// « Taux publiés » (C. com. L441-10 II): the trainer's figures of these tests, not shipped ones.
const h2026: RecordedPenaltyRates = { validFrom: '2026-07-01', validTo: '2026-12-31', ecbPercent: 2, legalInterestPercent: 2.5, source: 'JO, arrêté du 18 juin 2026' }
const accepted = () => vi.fn<SaveSettings>(async () => ({ ok: true as const, value: { sections: ['penaltyRates'], changed: [] }, seq: 1 }))
const refused = (key: string) => vi.fn<SaveSettings>(async () => ({ ok: false as const, reason: { key, values: {} }, seq: 2 }))
const text = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ')

describe('PenaltyRatesForm', () => {
  it('proposes the half-year after the last known one, derives default rate and floor, and records it with its source', async () => {
    const save = accepted()
    const wrapper = await mountWithApp(PenaltyRatesForm, { props: { settings: makeSettings(), save } })
    expect(wrapper.findAll('tbody tr')).toHaveLength(3)
    expect((wrapper.find('#rates-year').element as HTMLInputElement).value).toBe('2026')
    expect((wrapper.find('#rates-half').element as HTMLSelectElement).value).toBe('2')
    await wrapper.find('#rates-ecb').setValue('2')
    await wrapper.find('#rates-legal').setValue('2,5')
    // ECB + 10 points; 3 × legal interest rate.
    expect(text(wrapper.find('[data-testid="rates-derived"]').text())).toBe('Taux par défaut : 12 % (BCE + 10 points) ; plancher contractuel : 7,5 % (3 × intérêt légal).')
    await wrapper.find('#rates-source').setValue(' JO, arrêté du 18 juin 2026 ')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(save).toHaveBeenCalledWith({ penaltyRates: [h2026] })
    expect(wrapper.find('.field-error').exists()).toBe(false)
  })

  it('puts each problem under its field (2 decimals, a source) and still runs the command, whose refusal shows', async () => {
    const save = vi.fn<SaveSettings>(async () => ({ ok: false as const, reason: { key: 'company.rules.twoDecimals', values: { fieldKey: 'penaltyRates.ecbPercent' } }, seq: 2 }))
    const wrapper = await mountWithApp(PenaltyRatesForm, { props: { settings: makeSettings(), save } })
    await wrapper.find('#rates-ecb').setValue('2,155')
    await wrapper.find('#rates-legal').setValue('2,5')
    expect(wrapper.find('.field-error').exists()).toBe(false)
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(wrapper.find('#err-rates-ecb').text()).toBe('« Taux de la BCE (%) » : 2 décimales au plus (les taux sont publiés au centième).')
    expect(wrapper.find('#rates-ecb').attributes('aria-describedby')).toContain('err-rates-ecb')
    expect(wrapper.find('#err-rates-source').text()).toContain('« Source » est obligatoire')
    expect(wrapper.find('#err-rates-legal').exists()).toBe(false)
    expect(save).toHaveBeenCalledOnce()
    expect(wrapper.find('[role="alert"]').text()).toContain('2 décimales au plus')
  })

  it('refuses a half-year already in the built-in table, under the period', async () => {
    const wrapper = await mountWithApp(PenaltyRatesForm, { props: { settings: makeSettings(), save: refused('company.rules.halfYearBuiltIn') } })
    await wrapper.find('#rates-half').setValue('1')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(wrapper.find('#err-rates-period').text()).toContain('Le semestre S1 2026 est déjà dans le tableau de Comptoir')
  })

  it('lists a recorded half-year with its derived figures and removes it', async () => {
    const save = accepted()
    const wrapper = await mountWithApp(PenaltyRatesForm, { props: { settings: makeSettings({ penaltyRates: [h2026] }), save } })
    const row = wrapper.find('[data-testid="rates-2026-07-01"]')
    expect(text(row.text())).toContain('12 %')
    expect(text(row.text())).toContain('7,5 %')
    expect(row.text()).toContain('JO, arrêté du 18 juin 2026')
    expect((wrapper.find('#rates-year').element as HTMLInputElement).value).toBe('2027')
    await row.find('button').trigger('click')
    await flushPromises()
    expect(save).toHaveBeenCalledWith({ penaltyRates: [] })
  })

  it('speaks English', async () => {
    const wrapper = await mountWithApp(PenaltyRatesForm, { props: { settings: makeSettings(), save: refused('company.rules.rateSourceRequired') } }, 'en')
    await wrapper.find('#rates-ecb').setValue('2')
    await wrapper.find('#rates-legal').setValue('2.5')
    expect(wrapper.find('[data-testid="rates-derived"]').text()).toBe('Default rate: 12% (ECB + 10 points); contractual floor: 7.5% (3 × legal interest).')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(wrapper.find('#err-rates-source').text()).toContain('“Source” is required')
  })
})
