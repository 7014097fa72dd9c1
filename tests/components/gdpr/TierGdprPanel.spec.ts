// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, RouterLinkStub } from '@vue/test-utils'
import TierGdprPanel from '@/components/gdpr/TierGdprPanel.vue'
import GdprPage from '@/pages/GdprPage.vue'
import { useWorkspaceStore } from '@/stores/workspace'
import type { WorkspaceDb } from '@/db/workspace-db'
import { mountWithApp } from '../../factories/mount'
import { makeWorkspace } from '../../factories/workspace'
import { writeGdprCompany } from '../../factories/gdpr'

let db: WorkspaceDb | undefined
afterEach(() => {
  db?.close()
  document.body.innerHTML = ''
})

async function mountPanel(tierId: string, language: 'fr' | 'en' = 'fr', date = '2026-03-02') {
  db = (await makeWorkspace(date)).db
  await writeGdprCompany(db)
  const wrapper = await mountWithApp(TierGdprPanel, { props: { tierId }, attachTo: document.body, global: { stubs: { RouterLink: RouterLinkStub } } } as never, language)
  useWorkspaceStore().db = db
  return wrapper
}

describe('TierGdprPanel', () => {
  it('shows the legal basis, the retention end with its rule in words, and whether email and phone prospecting are allowed', async () => {
    const wrapper = await mountPanel('C030')
    await vi.waitFor(() => expect(wrapper.find('[data-testid="gdpr-legal-basis"]').exists()).toBe(true))
    expect(wrapper.find('[data-testid="gdpr-legal-basis"]').text()).toBe('Exécution du contrat (art. 6 §1 b)')
    expect(wrapper.find('[data-testid="gdpr-retention"]').text()).toContain('dernière commande ou facture le 01/12/2025')
    expect(wrapper.find('[data-testid="gdpr-retention"]').text()).toContain('jusqu\'au 01/12/2028')
    expect(wrapper.find('[data-testid="gdpr-email"]').text()).toContain('Autorisée — consentement préalable donné (opt-in) (CPCE L34-5 al. 1)')
    expect(wrapper.find('[data-testid="gdpr-phone"]').text()).toContain('Bloctel')
    expect(wrapper.find('[data-testid="gdpr-requests"]').text()).toContain('En cours — reste 23 j')
  })

  it('records a consent from the form (date = simulated date by default), refusing first an empty source with a message under the field', async () => {
    const wrapper = await mountPanel('C045')
    await vi.waitFor(() => expect(wrapper.find('#consent-source').exists()).toBe(true))
    expect((wrapper.find('#consent-date').element as HTMLInputElement).value).toBe('2026-03-02')
    await wrapper.find('form[aria-label="Enregistrer un consentement"]').trigger('submit')
    expect(wrapper.find('#consent-source-error').text()).toContain('Indiquez la source')
    expect(await db!.journal.where('command').equals('gdpr.recordConsent').count()).toBe(0)
    await wrapper.find('#consent-source').setValue('Salon Bureaux Expo, Lyon')
    await wrapper.find('#consent-channel').setValue('paper')
    await wrapper.find('form[aria-label="Enregistrer un consentement"]').trigger('submit')
    await vi.waitFor(async () => expect((await db!.tiers.get('C045'))!.gdpr!.consents).toHaveLength(1))
    expect((await db!.tiers.get('C045'))!.gdpr!.consents[0]).toMatchObject({ purpose: 'emailMarketing', given: true, date: '2026-03-02', source: 'Salon Bureaux Expo, Lyon', channel: 'paper' })
    await vi.waitFor(() => expect(wrapper.find('[data-testid="gdpr-consents"]').text()).toContain('Salon Bureaux Expo, Lyon'))
  })

  it('shows the erasure plan before confirming: what goes and what the law keeps, with its source', async () => {
    const wrapper = await mountPanel('C030')
    await vi.waitFor(() => expect(wrapper.text()).toContain('Effacer les données personnelles…'))
    await wrapper.findAll('button').find((b) => b.text() === 'Effacer les données personnelles…')!.trigger('click')
    await flushPromises()
    const dialog = document.body.querySelector('[role="dialog"]')!
    expect(dialog.querySelector('[data-testid="erase-list"]')!.textContent).toContain('Messages et activités (2)')
    expect(dialog.querySelector('[data-testid="keep-list"]')!.textContent).toContain('Documents de vente (2)')
    expect(dialog.querySelector('[data-testid="keep-list"]')!.textContent).toContain('C. com. L123-22')
    expect(dialog.querySelector('[data-testid="keep-list"]')!.textContent).toContain('jusqu\'au 01/12/2035')
    expect(await db!.messages.count()).toBe(3)
  })

  it('says a supplier has no personal-data file, in English', async () => {
    const wrapper = await mountPanel('S001', 'en')
    await vi.waitFor(() => expect(wrapper.find('[data-testid="gdpr-not-subject"]').exists()).toBe(true))
    expect(wrapper.text()).toContain('Supplier or carrier')
  })
})

describe('GdprPage', () => {
  it('lists the files to review with why, and the open requests by due date with the overdue ones flagged', async () => {
    db = (await makeWorkspace('2029-01-15')).db
    await writeGdprCompany(db)
    const wrapper = await mountWithApp(GdprPage, { global: { stubs: { RouterLink: RouterLinkStub } } } as never)
    useWorkspaceStore().db = db
    await vi.waitFor(() => expect(wrapper.find('[data-testid="gdpr-review"]').exists()).toBe(true))
    const review = wrapper.find('[data-testid="gdpr-review"]').text()
    expect(review).toContain('Camille Roussel')
    expect(review).toContain('Conservation dépassée depuis le 04/10/2028')
    expect(review).toContain('Base légale « consentement » sans consentement en cours')
    const open = wrapper.find('[data-testid="gdpr-open-requests"]')
    expect(open.text()).toContain('Léa Martin')
    expect(open.find('.flag-warn').text()).toMatch(/En retard de \d+ j/)
    expect(wrapper.findAllComponents(RouterLinkStub).map((l) => l.props('to'))).toContain('/tiers/C030')
  })
})
