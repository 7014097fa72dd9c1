// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { nextTick, ref } from 'vue'
import { defineComponent, h } from 'vue'
import PaymentAllocator from '@/components/payments/PaymentAllocator.vue'
import { centsToInput, readSelection, type AllocationSelection } from '@/components/payments/allocation-form'
import type { CreditSource, PayableInvoice } from '@/domain'
import { mountWithApp } from '../../factories/mount'

const invoices: PayableInvoice[] = [
  { docId: 'f1', number: 'FA-1', date: '2026-01-05', dueDate: '2026-02-04', amountDueCents: 12_000, remainingCents: 7_000, state: 'overdue', daysLate: 26 },
  { docId: 'f2', number: 'FA-2', date: '2026-02-10', dueDate: '2026-03-12', amountDueCents: 123_456, remainingCents: 123_456, state: 'unpaid', daysLate: 0 },
]
const notes: CreditSource[] = [{ kind: 'creditNote', id: 'a1', date: '2026-02-15', label: 'AV-1', remainingCents: 6_000 }]

async function mountAllocator(language: 'fr' | 'en' = 'fr') {
  const selection = ref<AllocationSelection>({})
  const Host = defineComponent(() => () => h(PaymentAllocator, {
    modelValue: selection.value, 'onUpdate:modelValue': (v: AllocationSelection) => { selection.value = v }, invoices, creditNotes: notes, invalid: [],
  }))
  const wrapper = await mountWithApp(Host, {}, language)
  return { wrapper, selection }
}

describe('the lettrage table', () => {
  it('shows each open invoice with its due date, state in words and what remains; ticking fills the remaining amount', async () => {
    const { wrapper, selection } = await mountAllocator()
    const row = wrapper.find('[data-testid="open-FA-1"]')
    expect(row.text()).toContain('En retard')
    expect(row.text()).toContain('04/02/2026')
    expect(row.text().replace(/[\u202f\u00a0]/g, ' ')).toContain('70,00 €')
    await row.find('input[type="checkbox"]').setValue(true)
    await nextTick()
    expect(selection.value).toEqual({ f1: { ticked: true, amount: '70,00' } })
    await wrapper.find('[data-testid="open-FA-2"] input[type="checkbox"]').setValue(true)
    expect(selection.value.f2).toEqual({ ticked: true, amount: '1234,56' })
    expect(readSelection(selection.value).allocations).toEqual([{ docId: 'f1', amountCents: 7_000 }, { docId: 'f2', amountCents: 123_456 }])
  })

  it('an amount typed the French way is read in cents; an unreadable one is reported, every input has a label', async () => {
    const { wrapper, selection } = await mountAllocator('en')
    expect(wrapper.find('[data-testid="open-FA-1"]').text()).toContain('Overdue')
    await wrapper.find('[data-testid="credit-AV-1"] input[inputmode="decimal"]').setValue('1 0,5')
    expect(readSelection(selection.value)).toEqual({ allocations: [{ docId: 'a1', amountCents: 1_050 }], invalid: [] })
    await wrapper.find('[data-testid="open-FA-1"] input[inputmode="decimal"]').setValue('12,345')
    expect(readSelection(selection.value).invalid).toEqual(['f1'])
    for (const input of wrapper.findAll('input')) expect(wrapper.find(`label[for="${input.attributes('id')}"]`).exists()).toBe(true)
  })

  it('writes cents back as an input the parser reads', () => {
    expect(centsToInput(5)).toBe('0,05')
    expect(centsToInput(100_000)).toBe('1000,00')
  })
})
