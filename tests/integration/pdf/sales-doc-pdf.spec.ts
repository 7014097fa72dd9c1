import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createCreditNote, validateCreditNote } from '@/commands/sales/credit-notes'
import { createInvoice, validateInvoice } from '@/commands/sales/invoices'
import { createDelivery, createOrder } from '@/commands/sales/orders'
import { acceptQuote, createQuote, sendQuote } from '@/commands/sales/quotes'
import type { WorkspaceDb } from '@/db/workspace-db'
import { loadSalesDocForPdf, renderSalesDocPdf, salesDocPdfModel } from '@/pdf'
import { carrier, chair, desk, dubois, run, salesWorkspace } from '../commands/sales/sales-workspace'
import { normalise, readPdf, testFonts, translator, type ReadPdf } from './pdf-reader'

// DOMAIN-FR §1 example A through the sales commands: quote with 5 % then 2 %, escompte 1 %, carriage
// 45.00 → order (PO-7781) → delivery of everything → invoice FA-2026-00001 → credit note for two
// chairs sent back (example C: net à déduire 320.75). The PDFs are read back with pdfjs-dist.
let db: WorkspaceDb
afterAll(() => db?.close())

async function issueChain() {
  db = (await salesWorkspace()).db
  const quote = await run(db, createQuote, {
    customerId: dubois.id, lines: [{ productId: chair.id, quantity: 12 }, { productId: desk.id, quantity: 3 }],
    discountsPercent: [5, 2], earlyPaymentDiscountPercent: 1, shippingCents: 4_500,
  })
  await run(db, sendQuote, { quoteId: quote.quoteId })
  await run(db, acceptQuote, { quoteId: quote.quoteId })
  const order = await run(db, createOrder, { quoteId: quote.quoteId, customerPoNumber: 'PO-7781', carrierId: carrier.id })
  const delivery = await run(db, createDelivery, { orderId: order.orderId })
  const draft = await run(db, createInvoice, { deliveryIds: [delivery.deliveryId] })
  const invoice = await run(db, validateInvoice, { invoiceId: draft.invoiceId })
  const credit = await run(db, createCreditNote, { invoiceId: draft.invoiceId, mode: 'partial', lines: [{ line: 0, quantity: 2 }], reason: 'Retour de 2 chaises' })
  const note = await run(db, validateCreditNote, { creditNoteId: credit.creditNoteId })
  return { quote, order, delivery, invoiceId: draft.invoiceId, invoice, creditId: credit.creditNoteId, note }
}

async function printed(docId: string, language: 'fr' | 'en' = 'fr'): Promise<{ read: ReadPdf; text: string; bytes: Uint8Array }> {
  const records = await loadSalesDocForPdf(db, docId)
  if ('missing' in records) throw new Error(records.missing)
  const model = salesDocPdfModel(records.doc, records.settings, records.customer, records.products, language, records.extras)
  const bytes = await renderSalesDocPdf(model, { translate: await translator(language), fonts: testFonts() })
  const read = await readPdf(bytes)
  return { read, text: normalise(read.pageTexts.join(' ')), bytes }
}

let chain: Awaited<ReturnType<typeof issueChain>>
let invoicePdf: Awaited<ReturnType<typeof printed>>
beforeAll(async () => {
  chain = await issueChain()
  invoicePdf = await printed(chain.invoiceId)
}, 60_000)

describe('the PDF of a validated invoice', () => {
  it('prints the number, dates and the totals of example A as stored at validation', async () => {
    const { text } = invoicePdf
    expect(chain.invoice.number).toBe('FA-2026-00001')
    expect(text).toContain('FACTURE')
    expect(text).toContain('FA-2026-00001')
    expect(text).toContain('Date 02/03/2026')
    expect(text).toContain('Échéance 01/04/2026')
    expect(text).toContain('Votre commande n° PO-7781')
    // 12 × 145.00 + 3 × 389.90 = 2 909.70; −5 % −2 % → 2 708.93; escompte 1 % → 2 681.84; + 45.00; VAT 545.37.
    expect(text).toContain('Total brut HT 2 909,70 €')
    expect(text).toContain('Remise 5 % −145,49 €')
    expect(text).toContain('Remise 2 % −55,28 €')
    expect(text).toContain('Net commercial HT 2 708,93 €')
    expect(text).toContain('Escompte 1 % −27,09 €')
    expect(text).toContain('Frais de port HT 45,00 €')
    expect(text).toContain('Total HT 2 726,84 €')
    expect(text).toContain('Total TVA 545,37 €')
    expect(text).toContain('Total TTC 3 272,21 €')
    expect(text).toContain('Net à payer 3 272,21 €')
    // VAT per rate (CGI ann. II art. 242 nonies A, 11°).
    expect(text).toContain('TVA par taux')
    expect(text).toContain('20 % 2 726,84 € 545,37 €')
  })

  it('prints the seller and customer identities and the payment mentions of L441-9, L441-10 and D441-5', () => {
    const { text } = invoicePdf
    expect(text).toContain('Atelier Test SAS, SAS au capital de 50 000,00 €')
    expect(text).toContain('RCS Lyon 812 456 713')
    expect(text).toContain('N° TVA intracommunautaire FR32812456713')
    expect(text).toContain('Atelier Dubois')
    expect(text).toContain(`SIREN ${dubois.siren!.replace(/(\d{3})(?=\d)/g, '$1 ')}`)
    expect(text).toContain('Adresse de livraison')
    expect(text).toContain('Date d\'échéance : 01/04/2026 (paiement à 30 jours date de facture).')
    expect(text).toContain('taux de refinancement de la BCE majoré de 10 points, soit 12,15 %')
    expect(text).toContain('Indemnité forfaitaire pour frais de recouvrement en cas de retard de paiement : 40,00 € (C. com. D441-5).')
    expect(text).toContain('Escompte de 1 % pour paiement comptant, déduit du net à payer.')
    expect(text).toContain('Nature de l\'opération Livraison de biens')
    expect(text).toContain('conditions générales de vente de Atelier Test SAS, reproduites en fin de document')
    // The CGV follow on their own page, in the customer's language.
    expect(text).toContain('Conditions générales de vente Paiement Nos factures sont payables à 30 jours.')
    expect(invoicePdf.read.pages).toBe(2)
    expect(normalise(invoicePdf.read.pageTexts[1]!)).toContain('Page 2 / 2')
  })

  it('embeds DejaVu Sans and keeps the narrow no-break spaces, "€" and no-break spaces as drawn', () => {
    const { read } = invoicePdf
    expect(read.fonts.length).toBeGreaterThanOrEqual(2)
    for (const font of read.fonts) {
      expect(font.name).toMatch(/DejaVuSans/)
      expect(font.embedded).toBe(true)
      expect(font.standard14).toBe(false)
    }
    const drawn = read.drawn.join('')
    expect(drawn).toContain('3\u202f272,21\u00a0€')
    expect(drawn).toContain('−145,49\u00a0€')
    expect(read.title).toBe('Facture FA-2026-00001')
    expect(read.language).toBe('fr-FR')
  })
})

describe('the PDF of a credit note', () => {
  it('cites the invoice by number and date, gives the reason, repeats its discounts and says "net à déduire"', async () => {
    const { text, read } = await printed(chain.creditId)
    expect(chain.note.number).toBe('AV-2026-00001')
    expect(text).toContain('AVOIR')
    expect(text).toContain('AV-2026-00001')
    expect(text).toContain('Facture d\'origine FA-2026-00001 du 02/03/2026')
    expect(text).toContain('Motif Retour de 2 chaises')
    expect(text).toContain('Avoir sur la facture n° FA-2026-00001 du 02/03/2026')
    // Example C: 290.00, −5 % 14.50, −2 % 5.51, escompte 1 % 2.70 → 267.29 HT, VAT 53.46, net à déduire 320.75.
    expect(text).toContain('Total brut HT 290,00 €')
    expect(text).toContain('Remise 5 % −14,50 €')
    expect(text).toContain('Remise 2 % −5,51 €')
    expect(text).toContain('Escompte 1 % −2,70 €')
    expect(text).toContain('Total HT 267,29 €')
    expect(text).toContain('20 % 267,29 € 53,46 €')
    expect(text).toContain('Net à déduire 320,75 €')
    // No due date nor penalties on a credit note; the legal identity on every page.
    expect(text).not.toContain('Pénalités de retard')
    expect(text).toContain('RCS Lyon 812 456 713')
    expect(read.pages).toBe(1)
  })
})

describe('the PDF in the customer\'s language', () => {
  it('prints in English for an English-speaking customer, with British number and date formats', async () => {
    const { text } = await printed(chain.invoiceId, 'en')
    expect(text).toContain('INVOICE')
    expect(text).toContain('Due date 01/04/2026')
    expect(text).toContain('Total incl. VAT €3,272.21')
    expect(text).toContain('Amount due €3,272.21')
    expect(text).toContain('Fixed indemnity for recovery costs in case of late payment: €40.00')
    expect(text).toContain('ECB refinancing rate plus 10 points, i.e. 12.15%')
    expect(text).toContain('General terms and conditions of sale Payment Our invoices are payable within 30 days.')
  })
})

describe('the PDF of a delivery note', () => {
  it('prints quantities without prices, and the carrier\'s CO₂e information (C. transports L1431-3)', async () => {
    const { text, read } = await printed(chain.delivery.deliveryId)
    expect(text).toContain('BON DE LIVRAISON')
    expect(text).toContain('Commande BC-2026-00001')
    expect(text).toContain('CHA-001 Chaise de bureau 12')
    expect(text).not.toContain('Total TTC')
    // 12 chairs × 9 kg + 3 desks × 9 kg = 135 kg.
    expect(text).toContain('Transport : Transports Rapides, poids 135 kg. Information GES (C. transports L1431-3) : facteur d\'émission de 80 g CO₂e par tonne-kilomètre.')
    expect(read.drawn.join('')).toContain('CO₂e')
  })
})
