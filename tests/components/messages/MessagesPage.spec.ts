// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import BaseSelectFilter from '@/components/base/BaseSelectFilter.vue'
import MessagesPage from '@/pages/MessagesPage.vue'
import { cleanup, message, mountMessages } from './mount-messages'

afterEach(cleanup)

const MESSAGES = [
  message('msg-0001', { tierId: 'cus-dubois', contactId: 'cus-dubois-c1', subject: 'Délai de livraison ?', date: '2026-03-01' }),
  message('msg-0002', { department: 'accounting', subject: 'Balance âgée', read: true, date: '2026-02-27' }),
  message('msg-0003', { tierId: 'cus-thames', language: 'en', subject: 'Request for quotation', date: '2026-02-28' }),
  message('msg-0004', { direction: 'out', tierId: 'cus-thames', language: 'en', subject: 'Our quotation', read: true, date: '2026-02-28' }),
  message('msg-0005', { direction: 'out', channel: 'phone', tierId: 'cus-lumiere', subject: 'Relance facture', outcome: 'Paiement promis', followUpOn: '2026-02-26', read: true, date: '2026-02-20' }),
  message('msg-0006', { direction: 'in', channel: 'meeting', tierId: 'cus-dubois', subject: 'Visite showroom', outcome: 'Devis à faire', followUpOn: '2026-03-09', read: true, date: '2026-02-25' }),
]

async function open(path = '/messagerie', language: 'fr' | 'en' = 'fr') {
  const mounted = await mountMessages(MessagesPage, { path, messages: MESSAGES, language })
  await vi.waitFor(() => expect(mounted.wrapper.find('[data-testid="unread-count"]').text()).toContain('2'))
  return mounted
}

describe('MessagesPage (/messagerie)', () => {
  it('opens on the inbox, newest first, with the unread count, unread ones tagged, and the overdue follow-ups counted', async () => {
    const { wrapper } = await open()
    expect(wrapper.find('h1').text()).toBe('Messagerie')
    expect(wrapper.find('[data-testid="unread-count"]').text().replace(/\s+/g, ' ')).toBe('Messages non lus : 2 · Relances en retard : 1')
    expect(wrapper.find('[data-testid="tab-inbox"]').text()).toBe('Reçus (non lus : 2)')
    const inbox = wrapper.find('table[aria-label="Messages reçus, du plus récent au plus ancien"]')
    const lines = inbox.findAll('tbody tr')
    expect(lines.map((r) => r.find('[data-testid="message-link"]').text())).toEqual(['Délai de livraison ?', 'Request for quotation', 'Balance âgée'])
    expect(lines[0]!.text()).toContain('Atelier Dubois — Claire Martin')
    expect(lines[0]!.text()).toContain('Non lu')
    expect(lines[2]!.text()).toContain('Comptabilité')
    expect(lines[2]!.text()).not.toContain('Non lu')
  })

  it('filters by language and by department', async () => {
    const { wrapper } = await open()
    const filters = wrapper.findAllComponents(BaseSelectFilter)
    await filters.find((f) => (f.props() as { id: string }).id === 'messages-language')!.vm.$emit('update:modelValue', 'en')
    const inbox = () => wrapper.find('table[aria-label="Messages reçus, du plus récent au plus ancien"]')
    expect(inbox().findAll('[data-testid="message-link"]').map((l) => l.text())).toEqual(['Request for quotation'])
    await filters.find((f) => (f.props() as { id: string }).id === 'messages-language')!.vm.$emit('update:modelValue', null)
    await filters.find((f) => (f.props() as { id: string }).id === 'messages-department')!.vm.$emit('update:modelValue', 'accounting')
    expect(inbox().findAll('[data-testid="message-link"]').map((l) => l.text())).toEqual(['Balance âgée'])
  })

  it('lists the follow-ups to do, soonest first, the overdue one flagged at the simulated date', async () => {
    const { wrapper } = await open('/messagerie?tab=followUps')
    const table = wrapper.find('table[aria-label="Relances à faire, de la plus proche à la plus lointaine"]')
    expect(table.exists()).toBe(true)
    expect(table.findAll('[data-testid="follow-up-state"]').map((s) => s.text())).toEqual(['En retard', 'À venir'])
    expect(table.findAll('[data-testid="follow-up-link"]').map((l) => l.text())).toEqual(['Relance facture', 'Visite showroom'])
    expect(table.text()).toContain('(Appel émis du 20/02/2026)')
    expect(table.text()).toContain('Paiement promis')
  })

  it('shows the sent messages and the activities on their tabs, in English too', async () => {
    const { wrapper, replace } = await open('/messagerie?tab=sent', 'en')
    expect(wrapper.find('table[aria-label="Messages sent, newest first"]').text()).toContain('Our quotation')
    await wrapper.findAll('[role="tab"]').find((tab) => tab.text() === 'Calls, meetings and notes')!.trigger('click')
    expect(replace).toHaveBeenCalledWith({ query: { tab: 'activities' } })
    await vi.waitFor(() => expect(wrapper.find('table[aria-label="Calls, meetings and notes, newest first"]').exists()).toBe(true))
    const activities = wrapper.find('table[aria-label="Calls, meetings and notes, newest first"]')
    expect(activities.findAll('[data-testid="activity-link"]').map((l) => l.text())).toEqual(['Visite showroom', 'Relance facture'])
    expect(activities.text()).toContain('Call made')
  })
})
