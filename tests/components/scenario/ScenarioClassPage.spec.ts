// @vitest-environment happy-dom
/**
 * The trainer's class view: result files imported (one tampered, listed with its reason), the table
 * learners × criteria, a rubric item graded (kept in localStorage, so it survives a remount), a wrong
 * grade refused with a message naming the item, and the CSV export for a French Excel.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import ScenarioClassPage from '@/pages/ScenarioClassPage.vue'
import ClassImportZone from '@/components/scenario/class/ClassImportZone.vue'
import { CLASS_GRADES_KEY } from '@/components/scenario/class/class-grades'
import { resultFileText } from '@/scenario/result-file'
import { mountWithApp } from '../../factories/mount'
import { classResultFile, tamperedText } from '../../factories/class-results'

const downloads: { fileName: string; text: string; mime?: string }[] = []
vi.mock('@/composables/use-download', () => ({
  downloadText: (fileName: string, text: string, mime?: string) => { downloads.push({ fileName, text, ...(mime ? { mime } : {}) }) },
}))

beforeEach(() => {
  localStorage.clear()
  downloads.length = 0
})
afterEach(() => localStorage.clear())

async function files(): Promise<File[]> {
  return [
    new File([resultFileText(await classResultFile('Zoé Martin', { devis: true, delai: true }))], 'zoe.json', { type: 'application/json' }),
    new File([resultFileText(await classResultFile('Émile Durand', { devis: true, delai: false }))], 'emile.json', { type: 'application/json' }),
    new File([tamperedText(await classResultFile('Tom Triche', { devis: false, delai: false }))], 'tom.json', { type: 'application/json' }),
    new File(['pas du json'], 'notes.txt'),
  ]
}

async function mountAndImport() {
  const wrapper = await mountWithApp(ScenarioClassPage, { global: { stubs: { RouterLink: { template: '<a><slot /></a>' } } } })
  wrapper.findComponent(ClassImportZone).vm.$emit('files', await files())
  await vi.waitFor(async () => {
    await flushPromises()
    expect(wrapper.find('[data-testid="class-table"]').exists()).toBe(true)
  })
  return wrapper
}

describe('ScenarioClassPage', () => {
  it('shows the accepted attempts as learners × criteria, and lists each refused file with its reason', async () => {
    const wrapper = await mountAndImport()
    expect(wrapper.get('[data-testid="class-import-status"]').text()).toBe('2 fichier(s) accepté(s), 2 refusé(s).')
    const refused = wrapper.get('[data-testid="class-refused"]').findAll('li').map((li) => li.text())
    expect(refused).toHaveLength(2)
    expect(refused[0]).toMatch(/^tom\.json : /)
    expect(refused[1]).toMatch(/^notes\.txt : /)
    expect(refused[0]).not.toBe(refused[1])
    expect(wrapper.findAll('tbody tr').map((tr) => tr.get('th').find('span').text())).toEqual(['Émile Durand', 'Zoé Martin'])
    expect(wrapper.get('[data-testid="cell-Émile Durand-CP1.1"]').text()).toContain('Mis en évidence')
    expect(wrapper.get('[data-testid="cell-Émile Durand-CP1.2"]').text()).toContain('Pas encore')
    expect(wrapper.get('[data-testid="cell-Émile Durand-CP1.2"]').text()).toContain('1 élément(s) à noter')
  })

  it('keeps a grade in localStorage (it survives a reload) and refuses a wrong one, naming the item', async () => {
    const wrapper = await mountAndImport()
    const input = wrapper.get('[data-testid="grades-Émile Durand"] input')
    await input.setValue('9')
    await input.trigger('change')
    expect(wrapper.get('[data-testid="grades-Émile Durand"] [role="alert"]').text()).toBe('Points de « Ton du courriel » : au plus 4 pour cet élément.')
    expect(localStorage.getItem(CLASS_GRADES_KEY)).toBeNull()

    await input.setValue('2,5')
    await input.trigger('change')
    await flushPromises()
    expect(wrapper.get('[data-testid="cell-Émile Durand-CP1.2"]').text()).toContain('En partie')
    expect(wrapper.get('[data-testid="cell-Émile Durand-CP1.2"]').text()).toContain('2,5 / 5')
    expect(JSON.parse(localStorage.getItem(CLASS_GRADES_KEY)!)).toEqual({ 'cp1-devis-remises@2|Émile Durand|2026-11-23T09:00:00.000Z': { 'ton-courriel': 2.5 } })
    wrapper.unmount()

    const again = await mountAndImport()
    expect((again.get('[data-testid="grades-Émile Durand"] input').element as HTMLInputElement).value).toBe('2,5')
    expect(again.get('[data-testid="cell-Émile Durand-CP1.2"]').text()).toContain('En partie')
  })

  it('exports a CSV for a French Excel', async () => {
    const wrapper = await mountAndImport()
    await wrapper.get('[data-testid="class-export"]').trigger('click')
    expect(downloads).toHaveLength(1)
    expect(downloads[0]!.fileName).toMatch(/^comptoir-classe-\d{4}-\d{2}-\d{2}\.csv$/)
    expect(downloads[0]!.mime).toBe('text/csv;charset=utf-8')
    const [header, first] = downloads[0]!.text.slice(1).split('\r\n')
    expect(downloads[0]!.text.startsWith('\uFEFF')).toBe(true)
    expect(header!.split(';').slice(0, 3)).toEqual(['Apprenant', 'Scénario', 'Version'])
    expect(first!.startsWith('Émile Durand;Devis avec remises en cascade;2;2026-11-23;66,7;')).toBe(true)
  })
})
