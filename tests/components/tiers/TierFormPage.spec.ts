// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, RouterLinkStub, type VueWrapper } from '@vue/test-utils'
import { createMemoryHistory, createRouter, routeLocationKey, routerKey } from 'vue-router'
import TierFormPage from '@/pages/TierFormPage.vue'
import { useWorkspaceStore } from '@/stores/workspace'
import type { WorkspaceDb } from '@/db/workspace-db'
import { routes } from '@/router/features/tiers'
import { mountWithApp } from '../../factories/mount'
import { makeWorkspace } from '../../factories/workspace'
import { writeCompany } from '../../factories/company-records'

let db: WorkspaceDb | undefined
afterEach(() => db?.close())

async function mountForm(props: Record<string, unknown> = {}, language: 'fr' | 'en' = 'fr') {
  db = (await makeWorkspace('2026-03-02')).db
  await writeCompany(db)
  const router = createRouter({ history: createMemoryHistory(), routes })
  await router.push(props.id ? `/tiers/${String(props.id)}/modifier` : '/tiers/nouveau')
  const push = vi.spyOn(router, 'push')
  const wrapper = await mountWithApp(TierFormPage, {
    props, attachTo: document.body,
    global: { stubs: { RouterLink: RouterLinkStub }, provide: { [routerKey as symbol]: router, [routeLocationKey as symbol]: router.currentRoute.value } },
  } as never, language)
  useWorkspaceStore().db = db
  await flushPromises()
  return { wrapper, push }
}

const input = (wrapper: VueWrapper, id: string) => wrapper.find(`#tier-${id}`)
async function type(wrapper: VueWrapper, id: string, value: string) {
  const field = input(wrapper, id)
  await field.setValue(value)
  await field.trigger('blur')
}
const errorOf = (wrapper: VueWrapper, id: string) => wrapper.find(`#err-tier-${id}`)

async function fillProspect(wrapper: VueWrapper, name = 'Clermont Biotech') {
  await type(wrapper, 'name', name)
  await type(wrapper, 'billingAddress-line1', '28 place de Jaude')
  await type(wrapper, 'billingAddress-postalCode', '63000')
  await type(wrapper, 'billingAddress-city', 'Clermont-Ferrand')
  await type(wrapper, 'contacts-0-lastName', 'Chassaing')
}

describe('TierFormPage: create', () => {
  it('shows the SIREN key error once the field is left, clears it when fixed, then creates the prospect and opens its page', async () => {
    const { wrapper, push } = await mountForm()
    expect(wrapper.find('h1').text()).toBe('Nouveau tiers')
    // A blank form does not open covered in errors.
    expect(wrapper.findAll('.field-error')).toHaveLength(0)
    await fillProspect(wrapper)
    await type(wrapper, 'siren', '404 833 049')
    expect(errorOf(wrapper, 'siren').text()).toBe('« SIREN » : la clé est fausse (le 9e chiffre est une clé de Luhn, INSEE) ; vérifiez chaque chiffre.')
    expect(input(wrapper, 'siren').attributes('aria-describedby')).toContain('err-tier-siren')
    await type(wrapper, 'siren', '404 833 048')
    expect(errorOf(wrapper, 'siren').exists()).toBe(false)
    // The VAT number is suggested from the SIREN (CGI art. 286 ter).
    await wrapper.find('[data-testid="use-vat-suggestion"]').trigger('click')
    expect((input(wrapper, 'vatNumber').element as HTMLInputElement).value).toBe('FR83404833048')

    await wrapper.find('form').trigger('submit')
    await vi.waitFor(() => expect(push).toHaveBeenCalledWith('/tiers/C001'))
    expect(await db!.tiers.get('C001')).toMatchObject({ kind: 'prospect', name: 'Clermont Biotech', siren: '404833048', vatNumber: 'FR83404833048', contacts: [{ id: 'C001-1', lastName: 'Chassaing' }] })
  })

  it('on submit shows every problem, refuses, journals the refusal and focuses the first wrong field', async () => {
    const { wrapper, push } = await mountForm()
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(() => expect(wrapper.find('[data-testid="save-refused"]').exists()).toBe(true))
    expect(wrapper.find('[data-testid="save-refused"]').text()).toContain('« Nom » est obligatoire.')
    expect(errorOf(wrapper, 'billingAddress-city').text()).toBe('« Ville » est obligatoire.')
    expect(document.activeElement?.id).toBe('tier-name')
    expect(push).not.toHaveBeenCalled()
    expect(await db!.tiers.count()).toBe(5)
    expect(await db!.journal.where('command').equals('tiers.create').last()).toMatchObject({ outcome: 'refused', reason: { key: 'tiers.rules.required' } })
  })

  it('warns of a probable duplicate with a link to it, refuses until "create anyway" is ticked', async () => {
    const { wrapper, push } = await mountForm()
    await fillProspect(wrapper, 'ATELIER DUBOIS SARL')
    await vi.waitFor(() => expect(wrapper.find('[data-testid="duplicate-warning"]').exists()).toBe(true))
    const warning = wrapper.find('[data-testid="duplicate-warning"]')
    expect(warning.text()).toContain('Doublon possible')
    expect(warning.find('a').attributes('href')).toBe('#/tiers/cus-dubois')
    expect(warning.text()).toContain('même nom : doublon probable')

    await wrapper.find('form').trigger('submit')
    await vi.waitFor(() => expect(wrapper.find('[data-testid="save-refused"]').text()).toContain('Doublon possible avec Atelier Dubois (cus-dubois)'))
    await wrapper.find('[data-testid="acknowledge-duplicates"]').setValue(true)
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(() => expect(push).toHaveBeenCalledWith('/tiers/C001'))
    expect(await db!.journal.where('command').equals('tiers.create').last()).toMatchObject({ outcome: 'done', result: { acknowledgedDuplicates: ['cus-dubois'] } })
  })

  it('a customer needs its commercial terms: the legal maximum is checked (C. com. L441-10 I) and the VAT regime follows the address', async () => {
    const { wrapper } = await mountForm()
    await input(wrapper, 'kind').setValue('customer')
    await type(wrapper, 'customer-paymentTerms-days', '75')
    expect(errorOf(wrapper, 'customer-paymentTerms-days').text()).toContain('supérieur au maximum légal de 60 jours')
    expect(wrapper.find('[data-testid="vat-regime"]').text()).toContain('France (TVA française)')
    await input(wrapper, 'billingAddress-country').setValue('DE')
    expect(wrapper.find('[data-testid="vat-regime"]').text()).toContain('Intracommunautaire')
    // The salesperson is chosen among the company's.
    await vi.waitFor(() => expect(input(wrapper, 'customer-salespersonId').findAll('option').map((o) => o.text())).toContain('Karim Benali'))
  })

  it('adds and removes contacts and delivery addresses', async () => {
    const { wrapper } = await mountForm()
    await wrapper.find('#tier-add-contact').trigger('click')
    expect(wrapper.findAll('[data-testid^="contact-"]')).toHaveLength(2)
    expect(document.activeElement?.id).toBe('tier-contacts-1-lastName')
    await wrapper.findAll('button').find((b) => b.text() === 'Retirer le contact 1')!.trigger('click')
    expect(wrapper.findAll('[data-testid^="contact-"]')).toHaveLength(1)
    await wrapper.find('#tier-add-delivery').trigger('click')
    expect(input(wrapper, 'deliveryAddresses-0-line1').exists()).toBe(true)
  })
})

describe('TierFormPage: edit', () => {
  it('loads the tier, changes a contact\'s language and saves it', async () => {
    const { wrapper, push } = await mountForm({ id: 'cus-dubois' })
    expect(wrapper.find('h1').text()).toBe('Modifier la fiche : Atelier Dubois')
    expect((input(wrapper, 'name').element as HTMLInputElement).value).toBe('Atelier Dubois')
    // A customer never goes back to prospect.
    expect(input(wrapper, 'kind').find('option[value="prospect"]').attributes('disabled')).toBeDefined()
    await input(wrapper, 'contacts-0-language').setValue('en')
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(() => expect(push).toHaveBeenCalledWith('/tiers/cus-dubois'))
    expect((await db!.tiers.get('cus-dubois'))!.contacts[0]!.language).toBe('en')
    expect(wrapper.find('[data-testid="duplicate-warning"]').exists()).toBe(false)
  })

  it('speaks English', async () => {
    const { wrapper } = await mountForm({ id: 'sup-1' }, 'en')
    expect(wrapper.find('h1').text()).toBe('Edit the file: Sièges du Nord')
    expect(wrapper.find('label[for="tier-supplier-leadTimeDays"]').text()).toBe('Lead time (days)')
    await type(wrapper, 'supplier-incoterm', 'FRANCO Lyon')
    expect(errorOf(wrapper, 'supplier-incoterm').text()).toContain('does not start with one of the 11 Incoterms® 2020 rules')
  })
})
