// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { RouterLinkStub } from '@vue/test-utils'
import CreditOrderPanel from '@/components/credit/CreditOrderPanel.vue'
import { checkOrderCredit, type OrderCreditInput } from '@/domain'
import { mountWithApp } from '../../factories/mount'

// DOMAIN-FR §4 test case: plafond 15 000, encours 12 950, a 3 600 order → 1 550 over.
const input: OrderCreditInput = {
  exposure: { overdueCents: 230_000, notDueCents: 745_000, deliveredNotInvoicedCents: 120_000, openOrdersCents: 200_000, unappliedCreditsCents: 0 },
  orderInclVatCents: 360_000, limitCents: 1_500_000, oldestOverdueDays: 10, overdueThresholdDays: 30, newCustomer: false,
  unusualOrderThresholdCents: 1_000_000, maxCreditOverrunCents: 100_000,
}
const figures = { exposureEuros: 12_950, orderEuros: 3_600, exposureAfterEuros: 16_550, limitEuros: 15_000, excessEuros: 1_550, source: 'DOMAIN-FR §4' }

async function mountPanel(overrides: Partial<OrderCreditInput> = {}, language: 'fr' | 'en' = 'fr') {
  const check = checkOrderCredit({ ...input, ...overrides })
  return mountWithApp(CreditOrderPanel, {
    props: { check, figures, maxCreditOverrunCents: overrides.maxCreditOverrunCents ?? 100_000, customerId: 'cus-1' },
    global: { stubs: { RouterLink: RouterLinkStub } },
    attachTo: document.body,
  }, language)
}

const text = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ')

describe('CreditOrderPanel', () => {
  it('shows the block with the figures: exposure, limit, available, the order, the excess', async () => {
    const wrapper = await mountPanel()
    expect(text(wrapper.get('[data-testid="credit-reason-overLimit"]').text())).toContain('dépassement de 1 550,00 €')
    expect(text(wrapper.get('[data-testid="credit-exposure"]').text())).toContain('12 950,00 €')
    expect(text(wrapper.get('[data-testid="credit-available"]').text())).toContain('2 050,00 €')
    expect(text(wrapper.get('[data-testid="credit-excess"]').text())).toContain('1 550,00 €')
    expect(text(wrapper.get('[data-testid="credit-option-reduce"]').text())).toContain('2 050,00 €')
    // 1 550 € is beyond the 1 000 € delegation: no override button, the manager instead.
    expect(wrapper.find('[data-testid="credit-override"]').exists()).toBe(false)
    expect(text(wrapper.get('[data-testid="credit-override-beyond"]').text())).toContain('1 000,00 €')
    wrapper.unmount()
  })

  it('asks for an acompte of at least the excess: below it says why and emits nothing', async () => {
    const wrapper = await mountPanel()
    const amount = wrapper.get('input[inputmode="decimal"]')
    expect((amount.element as HTMLInputElement).value).toBe('1550,00')
    await amount.setValue('1 000')
    await wrapper.get('[data-testid="credit-acompte"]').trigger('click')
    expect(wrapper.emitted('resolve')).toBeUndefined()
    expect(wrapper.get('.field-error').text()).toContain('insuffisant')
    expect(document.activeElement).toBe(amount.element)
    await amount.setValue('1 600,50')
    await wrapper.get('[data-testid="credit-acompte"]').trigger('click')
    expect(wrapper.emitted('resolve')).toEqual([[{ kind: 'acompte', amountCents: 160_050 }]])
    wrapper.unmount()
  })

  it('offers the override within the delegation, and the manager’s approval needs a reference', async () => {
    const wrapper = await mountPanel({ maxCreditOverrunCents: 200_000 })
    await wrapper.get('[data-testid="credit-override"]').trigger('click')
    await wrapper.get('[data-testid="credit-manager"]').trigger('click')
    expect(wrapper.emitted('resolve')).toEqual([[{ kind: 'override' }]])
    expect(wrapper.text()).toContain("Référence de l'accord : indiquez")
    wrapper.unmount()
  })

  it('in English, an order within the limit says it passes', async () => {
    const wrapper = await mountPanel({ orderInclVatCents: 100_000 }, 'en')
    expect(wrapper.get('[data-testid="credit-ok"]').text()).toContain('fits within the limit')
    expect(wrapper.find('[data-testid="credit-acompte"]').exists()).toBe(false)
    wrapper.unmount()
  })
})
