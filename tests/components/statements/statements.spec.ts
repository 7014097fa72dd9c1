// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { RouterLinkStub } from '@vue/test-utils'
import CustomerStatementPanel from '@/components/statements/CustomerStatementPanel.vue'
import AgedBalancePage from '@/pages/AgedBalancePage.vue'
import { useWorkspaceStore } from '@/stores/workspace'
import type { WorkspaceDb } from '@/db/workspace-db'
import { mountWithApp } from '../../factories/mount'
import { makeWorkspace } from '../../factories/workspace'
import { line, makeCustomer, makePayment, makeProduct, makeSalesDoc } from '../../factories/company-records'

let db: WorkspaceDb | undefined
afterEach(() => {
  db?.close()
  document.body.innerHTML = ''
})

const product = makeProduct({ id: 'p', reference: 'X', priceCents: 10_000 }) // 120,00 € TTC a unit

async function seed() {
  db = (await makeWorkspace('2026-11-23')).db
  await db.tiers.bulkAdd([makeCustomer({ id: 'C1', name: 'Atelier Dubois' }), makeCustomer({ id: 'C2', name: 'Brasserie Lumière' })])
  await db.salesDocs.bulkAdd([
    makeSalesDoc({ id: 'f1', type: 'invoice', number: 'FA-1', customerId: 'C1', date: '2026-06-01', dueDate: '2026-07-01', lines: [line(product, 1)] }),
    makeSalesDoc({ id: 'f2', type: 'invoice', number: 'FA-2', customerId: 'C1', date: '2026-10-15', dueDate: '2026-11-14', lines: [line(product, 2)] }),
    makeSalesDoc({ id: 'f3', type: 'invoice', number: 'FA-3', customerId: 'C2', date: '2026-11-01', dueDate: '2026-12-01', lines: [line(product, 1)] }),
  ])
  await db.payments.add(makePayment({ id: 'r1', customerId: 'C1', date: '2026-10-20', amountCents: 5_000, reference: 'CHQ-7', allocations: [{ docId: 'f2', amountCents: 5_000 }] }))
  return db
}

async function mount<C>(component: C, props: Record<string, unknown> = {}, language: 'fr' | 'en' = 'fr') {
  const d = await seed()
  const wrapper = await mountWithApp(component as never, { props, attachTo: document.body, global: { stubs: { RouterLink: RouterLinkStub } } } as never, language)
  useWorkspaceStore().db = d
  return wrapper
}

const text = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, ' ')

describe('CustomerStatementPanel', () => {
  it('shows the last quarter by default: opening balance, movements with running balance, closing balance and ageing', async () => {
    const wrapper = await mount(CustomerStatementPanel, { customerId: 'C1' })
    await vi.waitFor(() => expect(wrapper.find('[data-testid="statement-table"]').exists()).toBe(true))
    expect((wrapper.find('[data-testid="statement-from"]').element as HTMLInputElement).value).toBe('2026-09-01')
    expect(text(wrapper.find('[data-testid="statement-opening"]').text())).toBe('120,00 €')
    const table = text(wrapper.find('[data-testid="statement-table"]').text())
    expect(table).toContain('Facture FA-2')
    expect(table).toContain('Règlement CHQ-7')
    expect(text(wrapper.find('[data-testid="statement-closing"]').text())).toBe('310,00 €')
    const ageing = text(wrapper.find('[data-testid="statement-ageing"]').text())
    expect(ageing).toContain('120,00 €') // FA-1, more than 90 days past due
    expect(ageing).toContain('190,00 €') // FA-2 less the cheque, 9 days past due
  })

  it('refuses an end before the start with a message naming the field, and shows no figures', async () => {
    const wrapper = await mount(CustomerStatementPanel, { customerId: 'C1' })
    await vi.waitFor(() => expect(wrapper.find('[data-testid="statement-table"]').exists()).toBe(true))
    await wrapper.find('[data-testid="statement-from"]').setValue('2026-12-01')
    await vi.waitFor(() => expect(wrapper.find('[role="alert"]').exists()).toBe(true))
    expect(wrapper.find('[role="alert"]').text()).toContain('Date de fin')
    expect(wrapper.find('[data-testid="statement-table"]').exists()).toBe(false)
  })
})

describe('AgedBalancePage', () => {
  it('lists each customer by bucket with the totals at the foot, in English too', async () => {
    const wrapper = await mount(AgedBalancePage, {}, 'en')
    await vi.waitFor(() => expect(wrapper.find('[data-testid="aged-balance"]').exists()).toBe(true))
    const rows = wrapper.findAll('[data-testid="aged-balance"] tbody tr')
    expect(rows.map((row) => text(row.find('th').text()))).toEqual(['Atelier Dubois', 'Brasserie Lumière'])
    const totals = text(wrapper.find('[data-testid="aged-totals"]').text())
    expect(totals).toContain('€430.00')
    expect(wrapper.find('h1').text()).toBe('Aged receivables')
  })
})
