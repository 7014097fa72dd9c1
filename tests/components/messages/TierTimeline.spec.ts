// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { RouterLinkStub, type VueWrapper } from '@vue/test-utils'
import BaseSelectFilter from '@/components/base/BaseSelectFilter.vue'
import TierTimeline from '@/components/timeline/TierTimeline.vue'
import { cleanup, message, mountMessages } from './mount-messages'

afterEach(cleanup)
const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ').replace(/\s+/g, ' ').trim()
// Each item: its date, its kind, then its text.
const items = (wrapper: VueWrapper) => wrapper.findAll('[data-testid="timeline-item"]')
  .map((li) => plain(['.timeline-date', '.timeline-kind', '.timeline-text'].map((part) => li.find(part).text()).join(' ')))

const MESSAGES = [
  message('msg-0001', { tierId: 'cus-dubois', subject: 'Délai de livraison ?', date: '2026-03-01' }),
  message('msg-0002', { tierId: 'cus-dubois', channel: 'phone', direction: 'out', read: true, subject: 'Rappel', outcome: 'Livraison confirmée', followUpOn: '2026-03-09', date: '2026-03-02' }),
  message('msg-0003', { tierId: 'cus-dubois', channel: 'note', direction: 'out', read: true, subject: '', body: 'Client fidèle depuis 2023, préfère le téléphone.', date: '2026-03-02' }),
  message('msg-0004', { tierId: 'cus-lumiere', subject: 'Autre client', date: '2026-03-02' }),
]

async function open(tierId: string, language: 'fr' | 'en' = 'fr') {
  const mounted = await mountMessages(TierTimeline, { props: { tierId }, messages: MESSAGES, language })
  await mounted.db.journal.add({ command: 'tiers.update', simDate: '2026-02-28', wallTime: '2026-11-23T09:00:00Z', actor: { kind: 'learner' }, input: { id: tierId }, outcome: 'done' })
  await vi.waitFor(() => expect(mounted.wrapper.findAll('[data-testid="timeline-item"]').length).toBeGreaterThan(0))
  return mounted
}

describe('TierTimeline', () => {
  it('shows a customer\'s messages, calls, notes, journal events, payments and documents, newest first, each with a link', async () => {
    const { wrapper } = await open('cus-dubois')
    await vi.waitFor(() => expect(items(wrapper)).toHaveLength(11))
    expect(items(wrapper)).toEqual([
      '02/03/2026 Note Client fidèle depuis 2023, préfère le téléphone.',
      '02/03/2026 Appel émis Rappel — Livraison confirmée · relance le 09/03/2026',
      '01/03/2026 Courriel reçu Délai de livraison ?',
      '28/02/2026 Action Modification d\'un tiers — Apprenant',
      '20/02/2026 Commande BC-2026-0002 — Confirmée · 935,76 € TTC',
      '05/02/2026 Règlement 2 000,00 € — Virement · VIR-pay-1',
      '20/01/2026 Avoir AV-2026-0001 — Validé · 320,75 € TTC',
      expect.stringMatching(/^12\/01\/2026 Facture FA-2026-0001 — Validé · 3 272,21 € TTC$/),
      expect.stringMatching(/^12\/01\/2026 Bon de livraison BL-2026-0001 — Expédié/),
      expect.stringMatching(/^08\/01\/2026 Commande BC-2026-0001 — Facturée/),
      expect.stringMatching(/^05\/01\/2026 Devis DE-2026-0001 — Accepté/),
    ])
    const links = wrapper.findAllComponents(RouterLinkStub).map((l) => l.props('to'))
    expect(links).toEqual(expect.arrayContaining(['/messagerie/msg-0003', '/ventes/i-1', '/activite', { path: '/messagerie/nouveau', query: { tierId: 'cus-dubois' } }]))
    expect(items(wrapper).join()).not.toContain('Autre client')
  })

  it('filters by kind', async () => {
    const { wrapper } = await open('cus-dubois')
    await wrapper.findComponent(BaseSelectFilter).vm.$emit('update:modelValue', 'payment')
    expect(items(wrapper)).toEqual(['05/02/2026 Règlement 2 000,00 € — Virement · VIR-pay-1'])
  })

  it('speaks English and shows a supplier\'s history', async () => {
    const { wrapper, db } = await open('sup-1', 'en')
    await db.purchaseDocs.add({ id: 'po-1', type: 'supplierOrder', number: 'CF-2026-0001', status: 'confirmed', supplierId: 'sup-1', date: '2026-02-10', lines: [], warehouseId: 'wh-lyon', sourceIds: [], totalExclVatCents: 85_000 })
    await vi.waitFor(() => expect(items(wrapper)).toHaveLength(2))
    expect(items(wrapper)).toEqual(['28/02/2026 Action Tier edited — Learner', '10/02/2026 Purchase order CF-2026-0001 — Confirmed · €850.00 excl. VAT'])
    expect(wrapper.find('h2').text()).toBe('History')
  })
})
