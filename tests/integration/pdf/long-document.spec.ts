import { beforeAll, describe, expect, it } from 'vitest'
import { renderSalesDocPdf, salesDocPdfModel } from '@/pdf'
import { line, makeCustomer, makeProduct, makeSalesDoc } from '../../factories/company-records'
import { makeSettings } from '../../factories/settings'
import { normalise, readPdf, testFonts, translator, type ReadPdf } from './pdf-reader'

// Page breaks: a 200-line invoice runs over several pages, the lines table repeats its header under a
// "(suite)" title, every page carries the legal identity and "Page n / N", and nothing is lost.
const chair = makeProduct({ id: 'p-chair', reference: 'CHA-001' })
const desk = makeProduct({ id: 'p-desk', reference: 'BUR-010', designation: { fr: 'Bureau droit 160 cm avec voile de fond et passe-câbles intégré, finition chêne clair', en: 'Desk' }, priceCents: 38_990 })
const customer = makeCustomer({ id: 'cus-dubois', name: 'Atelier Dubois' })
const lines = Array.from({ length: 200 }, (_, index) => (index % 2 ? line(desk, 1 + (index % 4)) : line(chair, 1 + (index % 3))))

let read: ReadPdf
let pages: string[]
let bytes: Uint8Array
beforeAll(async () => {
  const { number: _number, ...draft } = makeSalesDoc({ id: 'i-long', type: 'invoice', number: 'x', customerId: customer.id, date: '2026-03-02', lines, discountsPercent: [3] })
  const model = salesDocPdfModel({ ...draft, status: 'draft' }, makeSettings(), customer, new Map([[chair.id, chair], [desk.id, desk]]), 'fr')
  bytes = await renderSalesDocPdf(model, { translate: await translator('fr'), fonts: testFonts() })
  read = await readPdf(bytes)
  pages = read.pageTexts.map(normalise)
}, 60_000)

describe('a 200-line invoice', () => {
  it('breaks across pages with the table header repeated and each page numbered', () => {
    expect(read.pages).toBeGreaterThanOrEqual(5)
    pages.forEach((text, index) => {
      expect(text).toContain(`Page ${index + 1} / ${read.pages}`)
      expect(text).toContain('RCS Lyon 812 456 713')
      // An unnumbered draft says so on every page.
      expect(text).toContain('BROUILLON')
    })
    const continued = pages.slice(1).filter((text) => text.includes('CHA-001'))
    expect(continued.length).toBeGreaterThanOrEqual(4)
    for (const text of continued) expect(text).toContain('Facture brouillon (sans numéro) (suite) Réf. Désignation Qté P.U. HT Remise TVA Montant HT')
    expect(pages[0]).not.toContain('(suite)')
  })

  it('prints all 200 lines once, wrapping the long designations, and the totals after the last one', () => {
    const all = pages.join(' ')
    expect(all.match(/CHA-001/g)).toHaveLength(100)
    expect(all.match(/BUR-010/g)).toHaveLength(100)
    expect(all).toContain('Bureau droit 160 cm avec voile de fond et passe-câbles intégré, finition chêne clair')
    const last = pages.map((text) => text.includes('Net à payer')).lastIndexOf(true)
    expect(last).toBeGreaterThan(0)
    expect(pages[last]).toContain('TVA par taux')
    // The CGV come last, on their own page.
    expect(pages.at(-1)).toContain('Conditions générales de vente')
    expect(bytes.length).toBeLessThan(400_000)
  })
})
