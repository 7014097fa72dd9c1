// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import MessageActivityPage from '@/pages/MessageActivityPage.vue'
import type { WorkspaceDb } from '@/db/workspace-db'
import { cleanup, mountMessages } from './mount-messages'

let db: WorkspaceDb | undefined
afterEach(cleanup)

async function open(path = '/messagerie/activite?tierId=cus-dubois') {
  const mounted = await mountMessages(MessageActivityPage, { path })
  db = mounted.db
  return mounted
}

describe('MessageActivityPage: log a call, a meeting or a note', () => {
  it('logs a call with a follow-up date and opens the follow-ups; a follow-up before today is refused under its field first', async () => {
    const { wrapper, push } = await open()
    expect(wrapper.find('h1').text()).toBe('Consigner un échange')
    await wrapper.find('#activity-subject').setValue('Devis DE-2026-0001')
    await wrapper.find('#activity-outcome').setValue('Intéressée, attend l\'accord de sa direction')
    await wrapper.find('#activity-follow-up').setValue('2026-03-01')
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(() => expect(wrapper.find('[data-testid="activity-refused"]').exists()).toBe(true))
    expect(wrapper.find('[data-testid="activity-refused"]').text()).toContain('La date de relance ne peut pas être antérieure à la date simulée du jour.')
    expect(wrapper.find('#activity-follow-up').classes()).toContain('p-invalid')
    expect(await db!.messages.count()).toBe(0)

    await wrapper.find('#activity-follow-up').setValue('2026-03-09')
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(() => expect(push).toHaveBeenCalledWith({ path: '/messagerie', query: { tab: 'followUps' } }))
    expect(await db!.messages.get('msg-0001')).toMatchObject({
      channel: 'phone', direction: 'out', tierId: 'cus-dubois', subject: 'Devis DE-2026-0001', outcome: 'Intéressée, attend l\'accord de sa direction', followUpOn: '2026-03-09',
    })
  })

  it('logs a call received and a meeting', async () => {
    const { wrapper } = await open()
    await wrapper.find('#activity-kind-callIn').setValue(true)
    await wrapper.find('#activity-subject').setValue('Question sur la livraison')
    await wrapper.find('#activity-outcome').setValue('Répondu')
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(async () => expect(await db!.messages.count()).toBe(1))
    expect(await db!.messages.get('msg-0001')).toMatchObject({ channel: 'phone', direction: 'in', date: '2026-03-02' })
  })

  it('adds a note: no outcome nor follow-up asked', async () => {
    const { wrapper, push } = await open()
    await wrapper.find('#activity-kind-note').setValue(true)
    expect(wrapper.find('#activity-outcome').exists()).toBe(false)
    expect(wrapper.find('#activity-follow-up').exists()).toBe(false)
    await wrapper.find('#activity-body').setValue('Préfère être appelée le matin.')
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(() => expect(push).toHaveBeenCalledWith({ path: '/messagerie', query: { tab: 'activities' } }))
    expect(await db!.messages.get('msg-0001')).toMatchObject({ channel: 'note', body: 'Préfère être appelée le matin.' })
  })

  it('asks for the tier when none is chosen, without running anything', async () => {
    const { wrapper } = await open('/messagerie/activite')
    await wrapper.find('form').trigger('submit')
    expect(wrapper.find('[data-testid="activity-refused"]').text()).toContain('Choisissez le tiers concerné.')
    expect(await db!.journal.where('command').equals('messages.logActivity').count()).toBe(0)
  })
})
