// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import BaseSelectFilter from '@/components/base/BaseSelectFilter.vue'
import MessageComposePage from '@/pages/MessageComposePage.vue'
import { useCompanyStore } from '@/stores/company'
import type { WorkspaceDb } from '@/db/workspace-db'
import { cleanup, message, mountMessages } from './mount-messages'

let db: WorkspaceDb | undefined
afterEach(cleanup)

async function open(path: string, language: 'fr' | 'en' = 'fr') {
  const mounted = await mountMessages(MessageComposePage, { path, language, messages: [message('msg-0007', { tierId: 'cus-thames', contactId: 'th-1', language: 'en', subject: 'Lead time?' })] })
  db = mounted.db
  await vi.waitFor(() => expect(mounted.wrapper.find('form').exists()).toBe(true))
  // The company's name and phone sign the templates.
  await vi.waitFor(() => expect(useCompanyStore().settings).not.toBeNull())
  return mounted
}

const select = (wrapper: VueWrapper, id: string) => wrapper.findAllComponents(BaseSelectFilter).find((f) => (f.props() as { id: string }).id === id)!
const choose = async (wrapper: VueWrapper, id: string, value: string | null) => {
  await select(wrapper, id).vm.$emit('update:modelValue', value)
  await flushPromises()
}
const subject = (wrapper: VueWrapper) => wrapper.find<HTMLInputElement>('#compose-subject')
const body = (wrapper: VueWrapper) => wrapper.find<HTMLTextAreaElement>('#compose-body')
const checked = (wrapper: VueWrapper, id: string) => (wrapper.find<HTMLInputElement>(`#${id}`).element).checked

describe('MessageComposePage: the composer', () => {
  it('writes in the contact\'s language, renders a template with placeholders, lists what is left to fill, then sends', async () => {
    const { wrapper, push } = await open('/messagerie/nouveau?tierId=cus-thames')
    await vi.waitFor(() => expect(select(wrapper, 'compose-contact')).toBeDefined())
    // Thames speaks English: the message language follows.
    await vi.waitFor(() => expect(checked(wrapper, 'compose-language-en')).toBe(true))
    await choose(wrapper, 'compose-contact', 'th-1')
    await choose(wrapper, 'compose-template', 'informationAnswer')
    await wrapper.find('[data-testid="apply-template"]').trigger('click')
    expect(subject(wrapper).element.value).toBe('Your request for information')
    expect(body(wrapper).element.value).toMatch(/^Dear Mr Bennett,\n\nThank you for your message and for your interest in Atelier Test SAS\.\n\n\{\{fill\.answer\}\}/)
    expect(wrapper.find('[data-testid="placeholders"]').text()).toBe('À compléter avant l\'envoi : {{fill.answer}}')

    // Sending with the placeholder still in: refused (journaled), the reason under the text and in the alert.
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(() => expect(wrapper.find('[data-testid="send-refused"]').exists()).toBe(true))
    expect(wrapper.find('[data-testid="send-refused"]').text()).toContain('Le texte contient encore des champs à remplacer : {{fill.answer}}.')
    expect(wrapper.find('#compose-body-error').text()).toContain('{{fill.answer}}')
    expect(body(wrapper).attributes('aria-describedby')).toContain('compose-body-error')
    expect(await db!.messages.count()).toBe(1)

    await body(wrapper).setValue(body(wrapper).element.value.replace('{{fill.answer}}', 'Our lead time is 10 working days.'))
    expect(wrapper.find('[data-testid="placeholders"]').exists()).toBe(false)
    expect(wrapper.find('#compose-body-error').exists()).toBe(false)
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(() => expect(push).toHaveBeenCalledWith('/messagerie/msg-0008'))
    expect(await db!.messages.get('msg-0008')).toMatchObject({
      direction: 'out', tierId: 'cus-thames', contactId: 'th-1', language: 'en', templateId: 'informationAnswer', subject: 'Your request for information',
    })
    const entry = await db!.journal.orderBy('seq').last()
    expect(entry).toMatchObject({ command: 'messages.send', outcome: 'done', input: { language: 'en', tierId: 'cus-thames' } })
    expect(String(entry?.input.body)).toContain('Our lead time is 10 working days.')
  })

  it('fills a quote follow-up from the document concerned and attaches it', async () => {
    const { wrapper } = await open('/messagerie/nouveau?tierId=cus-dubois')
    await vi.waitFor(() => expect(select(wrapper, 'compose-document')).toBeDefined())
    await choose(wrapper, 'compose-template', 'quoteFollowUp')
    await choose(wrapper, 'compose-document', 'q-1')
    await wrapper.find('[data-testid="apply-template"]').trigger('click')
    expect(subject(wrapper).element.value).toBe('Votre devis DE-2026-0001 du 5 janvier 2026')
    const text = body(wrapper).element.value.replace(/[\u202f\u00a0]/g, ' ')
    // Addressed to Claire Martin, the contact the email goes to.
    expect(text).toMatch(/^Madame,\n\nLe 5 janvier 2026, nous vous avons adressé notre devis DE-2026-0001 d'un montant de 2 708,93 € HT, valable jusqu'au \{\{document\.validUntil\}\}\./)
    expect(text).toMatch(/Cordialement,\n\nLe service commercial\nAtelier Test SAS\n04 72 00 00 00$/)
    // The quote has no validity date: the placeholder stays, listed to be completed.
    expect(wrapper.find('[data-testid="placeholders"]').text()).toBe('À compléter avant l\'envoi : {{document.validUntil}}')
    expect(wrapper.findAll('[data-testid="attachment"]').map((a) => a.text())).toEqual([expect.stringContaining('Devis DE-2026-0001')])
  })

  it('shows the missing email address under the contact after a send attempt, and the template picker offers only fitting templates', async () => {
    const { wrapper } = await open('/messagerie/nouveau?tierId=cus-thames&contactId=th-2', 'en')
    await vi.waitFor(() => expect(select(wrapper, 'compose-contact')).toBeDefined())
    expect(wrapper.find('#compose-contact-error').exists()).toBe(false)
    await subject(wrapper).setValue('Invoice')
    await body(wrapper).setValue('Dear Ms Hughes,')
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(() => expect(wrapper.find('[data-testid="send-refused"]').exists()).toBe(true))
    expect(wrapper.find('#compose-contact-error').text()).toBe('No email address for Charlotte Hughes: choose a contact who has one, or send a letter.')
    const offered = (select(wrapper, 'compose-template').props() as { options: { value: string }[] }).options.map((o) => o.value)
    expect(offered).toContain('paymentReminderCourtesy')
    expect(offered).not.toContain('supplierChase')
  })

  it('warns when the tier objected to prospecting (GDPR art. 21)', async () => {
    const { wrapper, db: opened } = await open('/messagerie/nouveau?tierId=cus-dubois')
    await vi.waitFor(() => expect(select(wrapper, 'compose-contact')).toBeDefined())
    expect(wrapper.find('[data-testid="objects-to-prospecting"]').exists()).toBe(false)
    await opened.tiers.update('cus-dubois', { gdpr: { legalBasis: 'legitimateInterest', consents: [], objectsToProspecting: true, objectionOn: '2026-02-01', lastContactOn: '2026-02-01' } })
    await vi.waitFor(() => expect(wrapper.find('[data-testid="objects-to-prospecting"]').text()).toContain('Atelier Dubois s\'est opposé à la prospection (RGPD art. 21)'))
  })

  it('a reply goes to the sender, in the language it was written in, "Re:" before the subject', async () => {
    const { wrapper } = await open('/messagerie/nouveau?replyTo=msg-0007')
    expect(wrapper.find('h1').text()).toBe('Répondre')
    await vi.waitFor(() => expect(subject(wrapper).element.value).toBe('Re: Lead time?'))
    expect(checked(wrapper, 'compose-language-en')).toBe(true)
    expect((select(wrapper, 'compose-tier').props() as { modelValue: unknown }).modelValue).toBe('cus-thames')
    expect((select(wrapper, 'compose-contact').props() as { modelValue: unknown }).modelValue).toBe('th-1')
  })
})
