// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import MessageComposePage from '@/pages/MessageComposePage.vue'
import { useCompanyStore } from '@/stores/company'
import { cleanup, mountMessages } from './mount-messages'

afterEach(cleanup)

// Issue 8: the customer's Relevé tab opens the composer with the statement's period: it is attached, removable, and sent.
async function open(path: string) {
  const mounted = await mountMessages(MessageComposePage, { path })
  await vi.waitFor(() => expect(mounted.wrapper.find('form').exists()).toBe(true))
  await vi.waitFor(() => expect(useCompanyStore().settings).not.toBeNull())
  await vi.waitFor(() => expect(mounted.wrapper.find('#compose-subject').exists()).toBe(true))
  return mounted
}

async function write(wrapper: Awaited<ReturnType<typeof open>>['wrapper']) {
  await wrapper.find('#compose-subject').setValue('Your account statement')
  await wrapper.find('#compose-body').setValue('Dear Mr Bennett,\n\nPlease find your statement attached.\n\nKind regards')
}

describe('MessageComposePage: the statement attachment', () => {
  it('shows the statement of the period as an attachment chip and sends it with the message', async () => {
    const { wrapper, db, push } = await open('/messagerie/nouveau?tierId=cus-thames&statementFrom=2026-01-01&statementTo=2026-02-28')
    await vi.waitFor(() => expect(wrapper.find('[data-testid="statement-attachment"]').exists()).toBe(true))
    expect(wrapper.find('[data-testid="statement-attachment"]').text()).toContain('Relevé de compte du 01/01/2026 au 28/02/2026')
    await write(wrapper)
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(() => expect(push).toHaveBeenCalledWith('/messagerie/msg-0001'))
    expect((await db.messages.get('msg-0001'))?.statement).toEqual({ from: '2026-01-01', to: '2026-02-28' })
  })

  it('the chip can be removed: the message then goes without the statement', async () => {
    const { wrapper, db, push } = await open('/messagerie/nouveau?tierId=cus-thames&statementFrom=2026-01-01&statementTo=2026-02-28')
    await vi.waitFor(() => expect(wrapper.find('[data-testid="remove-statement"]').exists()).toBe(true))
    expect(wrapper.find('[data-testid="remove-statement"]').text()).toBe('Retirer le relevé de compte')
    await wrapper.find('[data-testid="remove-statement"]').trigger('click')
    expect(wrapper.find('[data-testid="statement-attachment"]').exists()).toBe(false)
    await write(wrapper)
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(() => expect(push).toHaveBeenCalledWith('/messagerie/msg-0001'))
    expect(await db.messages.get('msg-0001')).not.toHaveProperty('statement')
  })

  it('drops a period whose dates are not on the calendar', async () => {
    const { wrapper } = await open('/messagerie/nouveau?tierId=cus-thames&statementFrom=2026-02-30&statementTo=2026-02-28')
    expect(wrapper.find('[data-testid="statement-attachment"]').exists()).toBe(false)
  })
})
