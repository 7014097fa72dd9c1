// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import MessageReadPage from '@/pages/MessageReadPage.vue'
import { cleanup, message, mountMessages } from './mount-messages'

afterEach(cleanup)

// Issue 8: a statement sent with a message shows on the message with a button that prints it again.
const sent = message('msg-0005', { tierId: 'cus-dubois', direction: 'out', read: true, subject: 'Votre relevé', statement: { from: '2026-01-01', to: '2026-02-28' } })
const plain = message('msg-0006', { tierId: 'cus-dubois', direction: 'out', read: true, subject: 'Sans relevé' })

async function open(id: string, language: 'fr' | 'en' = 'fr') {
  const mounted = await mountMessages(MessageReadPage, { path: `/messagerie/${id}`, props: { id }, messages: [sent, plain], language })
  await vi.waitFor(() => expect(mounted.wrapper.find('h1').exists()).toBe(true))
  return mounted
}

describe('MessageReadPage: the statement attached', () => {
  it('names the statement and its period, with the button to download its PDF', async () => {
    const { wrapper } = await open('msg-0005')
    const statement = wrapper.find('[data-testid="message-statement"]')
    expect(statement.text()).toContain('Relevé de compte du 01/01/2026 au 28/02/2026')
    expect(wrapper.find('[data-testid="message-statement-pdf"]').text()).toBe('Télécharger le relevé (PDF)')
    expect(wrapper.text()).toContain('Pièces jointes')
  })

  it('in English too; a message without a statement shows none', async () => {
    const { wrapper } = await open('msg-0005', 'en')
    expect(wrapper.find('[data-testid="message-statement"]').text()).toContain('Account statement from 01/01/2026 to 28/02/2026')
    cleanup()
    const other = await open('msg-0006')
    expect(other.wrapper.find('[data-testid="message-statement"]').exists()).toBe(false)
  })
})
