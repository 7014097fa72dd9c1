// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { RouterLinkStub } from '@vue/test-utils'
import MessageReadPage from '@/pages/MessageReadPage.vue'
import type { WorkspaceDb } from '@/db/workspace-db'
import { cleanup, message, mountMessages } from './mount-messages'

let db: WorkspaceDb | undefined
afterEach(cleanup)

const MESSAGES = [
  message('msg-0001', {
    tierId: 'cus-thames', contactId: 'th-1', language: 'en', subject: 'Request for quotation', body: 'Dear team,\n\nWe would like a quotation.\n\nOliver Bennett',
  }),
  message('msg-0002', { tierId: 'cus-dubois', direction: 'out', read: true, subject: 'Duplicata', attachmentIds: ['i-1'], inReplyTo: 'msg-0001' }),
  message('msg-0003', { tierId: 'cus-lumiere', channel: 'phone', direction: 'out', read: true, subject: 'Relance', outcome: 'Paiement promis', followUpOn: '2026-03-09' }),
]

async function open(id: string, language: 'fr' | 'en' = 'fr') {
  const mounted = await mountMessages(MessageReadPage, { path: `/messagerie/${id}`, props: { id }, messages: MESSAGES, language })
  db = mounted.db
  await vi.waitFor(() => expect(mounted.wrapper.find('h1').exists()).toBe(true))
  return mounted
}

describe('MessageReadPage (/messagerie/:id)', () => {
  it('shows an unread message (sender, contact, language, text) and marks it read through the command', async () => {
    const { wrapper } = await open('msg-0001')
    expect(wrapper.find('h1').text()).toBe('Request for quotation')
    expect(wrapper.find('[data-testid="message-unread"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="message-counterpart"]').text()).toBe('Thames Office Interiors Ltd')
    expect(wrapper.text()).toContain('Oliver Bennett')
    expect(wrapper.text()).toContain('English')
    expect(wrapper.find('[data-testid="message-body"]').text()).toBe('Dear team,\n\nWe would like a quotation.\n\nOliver Bennett')
    expect(wrapper.find('[data-testid="message-body"]').attributes('lang')).toBe('en')
    await wrapper.find('[data-testid="mark-read"]').trigger('click')
    await vi.waitFor(() => expect(wrapper.find('[data-testid="message-unread"]').exists()).toBe(false))
    expect((await db!.messages.get('msg-0001'))?.read).toBe(true)
    expect(await db!.journal.where('command').equals('messages.markRead').count()).toBe(1)
  })

  it('offers to reply to a message received', async () => {
    const { wrapper } = await open('msg-0001', 'en')
    expect(wrapper.find('[data-testid="reply"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="reply"]').text()).toBe('Reply')
  })

  it('lists a sent message\'s attachments and the message it answers; no reply or read buttons on it', async () => {
    const { wrapper } = await open('msg-0002')
    await vi.waitFor(() => expect(wrapper.text()).toContain('Facture FA-2026-0001'))
    const links = wrapper.findAllComponents(RouterLinkStub).map((l) => String(l.props('to')))
    expect(links).toEqual(expect.arrayContaining(['/ventes/i-1', '/messagerie/msg-0001', '/tiers/cus-dubois']))
    expect(wrapper.find('[data-testid="reply"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="mark-read"]').exists()).toBe(false)
  })

  it('shows a call\'s outcome and follow-up date', async () => {
    const { wrapper } = await open('msg-0003')
    expect(wrapper.find('[data-testid="message-outcome"]').text()).toBe('Paiement promis')
    expect(wrapper.text()).toContain('09/03/2026')
    expect(wrapper.text()).toContain('Appel émis')
  })

  it('says so when the message does not exist', async () => {
    const { wrapper } = await open('msg-9999')
    expect(wrapper.find('h1').text()).toBe('Message introuvable')
  })
})
