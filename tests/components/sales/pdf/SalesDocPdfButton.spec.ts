// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import SalesDocPdfButton from '@/components/sales/pdf/SalesDocPdfButton.vue'
import { useWorkspaceStore } from '@/stores/workspace'
import type { WorkspaceDb } from '@/db/workspace-db'
import { META_KEYS } from '@/seed/catalog'
import { mountWithApp } from '../../../factories/mount'
import { makeWorkspace } from '../../../factories/workspace'
import { writeCompany } from '../../../factories/company-records'
import { makeSettings } from '../../../factories/settings'
import { readPdf, normalise, testFonts } from '../../../integration/pdf/pdf-reader'

// The app fetches the fonts from its assets; here they are read from node_modules.
vi.mock('@/pdf/fonts', () => ({ loadPdfFonts: async () => testFonts() }))

let db: WorkspaceDb | undefined
afterEach(() => {
  db?.close()
  vi.restoreAllMocks()
})

async function mountButton(docId: string, options: { settings?: boolean } = {}) {
  db = (await makeWorkspace('2026-03-02')).db
  await writeCompany(db)
  if (options.settings !== false) await db.meta.put({ key: META_KEYS.settings, value: makeSettings() })
  const wrapper = await mountWithApp(SalesDocPdfButton, { props: { docId }, attachTo: document.body })
  useWorkspaceStore().db = db
  const saved: { name: string; blob: Blob }[] = []
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    saved.push({ name: '', blob: blob as Blob })
    return 'blob:pdf'
  })
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined)
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.at(-1)!.name = this.download
  })
  return { wrapper, saved }
}

describe('SalesDocPdfButton', () => {
  it('renders the invoice to PDF and downloads it as <number>.pdf', async () => {
    const { wrapper, saved } = await mountButton('i-1')
    const button = wrapper.get('[data-testid="pdf-download"]')
    expect(button.text()).toBe('Télécharger le PDF')
    await button.trigger('click')
    await vi.waitFor(() => expect(saved.at(-1)?.name).toBe('FA-2026-0001.pdf'), { timeout: 50_000 })
    const file = saved.at(-1)!.blob
    expect(file.type).toBe('application/pdf')
    const bytes = new Uint8Array(await file.arrayBuffer())
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-')
    // The invoice of DOMAIN-FR example A, read back.
    const text = normalise((await readPdf(bytes)).pageTexts.join(' '))
    expect(text).toContain('FA-2026-0001')
    expect(text).toContain('Net à payer 3 272,21 €')
    await vi.waitFor(() => expect(wrapper.get('[role="status"]').text()).toBe('PDF prêt : FA-2026-0001.pdf'))
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
    expect(button.attributes('aria-busy')).toBe('false')
    wrapper.unmount()
  }, 60_000)

  it('names a draft file after its type when the document has no number yet, in the customer\'s language', async () => {
    const { wrapper, saved } = await mountButton('i-1')
    await db!.salesDocs.update('i-1', { number: undefined, status: 'draft' })
    await wrapper.get('[data-testid="pdf-download"]').trigger('click')
    await vi.waitFor(() => expect(saved.at(-1)?.name).toBe('facture-brouillon.pdf'), { timeout: 50_000 })
    // The learner works in French; an English-speaking customer gets an English document.
    await db!.tiers.update('cus-dubois', { language: 'en' })
    await wrapper.get('[data-testid="pdf-download"]').trigger('click')
    await vi.waitFor(() => expect(saved.at(-1)?.name).toBe('invoice-draft.pdf'), { timeout: 50_000 })
    const text = normalise((await readPdf(new Uint8Array(await saved.at(-1)!.blob.arrayBuffer()))).pageTexts.join(' '))
    expect(text).toContain('INVOICE')
    expect(text).toContain('DRAFT')
    expect(wrapper.get('[data-testid="pdf-download"]').text()).toBe('Télécharger le PDF')
    wrapper.unmount()
  }, 60_000)

  it('says what is missing and downloads nothing without company settings or for an unknown document', async () => {
    const { wrapper, saved } = await mountButton('i-1', { settings: false })
    await wrapper.get('[data-testid="pdf-download"]').trigger('click')
    await vi.waitFor(() => expect(wrapper.find('[role="alert"]').exists()).toBe(true))
    expect(wrapper.get('[role="alert"]').text()).toBe('Les paramètres de l\'entreprise manquent : complétez-les avant d\'imprimer.')
    await wrapper.setProps({ docId: 'nope' })
    await wrapper.get('[data-testid="pdf-download"]').trigger('click')
    await vi.waitFor(() => expect(wrapper.get('[role="alert"]').text()).toBe('Document introuvable : PDF impossible.'))
    expect(saved).toEqual([])
    wrapper.unmount()
  })

  it('names the field when a line cannot be priced, instead of printing wrong figures', async () => {
    const { wrapper, saved } = await mountButton('i-1')
    const invoice = (await db!.salesDocs.get('i-1'))!
    await db!.salesDocs.put({ ...invoice, lines: [{ ...invoice.lines[0]!, quantity: 1.23456 }] })
    await wrapper.get('[data-testid="pdf-download"]').trigger('click')
    await vi.waitFor(() => expect(wrapper.find('[role="alert"]').exists()).toBe(true))
    expect(wrapper.get('[role="alert"]').text()).toMatch(/^Une ligne du document ne peut pas être chiffrée \(lines.*quantity\) : corrigez-la avant d'imprimer\.$/)
    expect(saved).toEqual([])
    wrapper.unmount()
  })
})
