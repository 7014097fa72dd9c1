import { describe, expect, it } from 'vitest'
import { priceSalesDoc, salesTotals } from '@/domain'
import type { PdfKey, PdfText, SalesDocPdfModel } from '@/pdf/types'
import { salesDocPdfModel } from '@/pdf/sales-doc-model'
import { messages } from '@/i18n/all-messages'
import { line, makeCarrier, makeCustomer, makeProduct, makeSalesDoc } from '../../factories/company-records'
import { makeSettings } from '../../factories/settings'

// The layout of a printed document (DOMAIN-FR §2: C. com. L441-9, L441-10, D441-5, R123-237; CGI ann.
// II art. 242 nonies A): what each document says, in the customer's language, from the domain's figures.
const settings = makeSettings()
const chair = makeProduct({ id: 'p-chair', reference: 'CHA-001' })
const desk = makeProduct({ id: 'p-desk', reference: 'BUR-010', designation: { fr: 'Bureau droit 160 cm', en: 'Straight desk 160 cm' }, priceCents: 38_990 })
const products = new Map([[chair.id, chair], [desk.id, desk]])
const dubois = makeCustomer({ id: 'cus-dubois', name: 'Atelier Dubois' })

/** DOMAIN-FR example A as a validated invoice: 12 chairs and 3 desks, 5 % then 2 %, escompte 1 %, carriage 45.00. */
const invoiceA = makeSalesDoc({
  id: 'i-1', type: 'invoice', number: 'FA-2026-00001', customerId: dubois.id, date: '2026-03-02', lines: [line(chair, 12), line(desk, 3)],
  discountsPercent: [5, 2], earlyPaymentDiscountPercent: 1, shippingCents: 4_500, customerPoNumber: 'PO-7781', saleDate: '2026-02-27',
  paymentTerms: { kind: 'net', days: 30 }, dueDate: '2026-04-01', operationNature: 'goods',
  deliveryAddress: { line1: '5 avenue Roger Salengro', postalCode: '69100', city: 'Villeurbanne', country: 'FR' },
  paymentMentions: { latePenaltyRatePercent: null, recoveryIndemnityCents: 4_000, earlyPayment: { percent: 1, days: 0 } },
})

/** The text of a key as French would print it, for readable expectations (values given as literals). */
const keyOf = (text: PdfText) => (typeof text === 'string' ? text : text.key)
const findTotal = (model: SalesDocPdfModel, key: string) => model.totals.find((total) => keyOf(total.label) === `pdf.totals.${key}`)?.value
const mention = (model: SalesDocPdfModel, key: string) => model.mentions.find((m): m is PdfKey => typeof m === 'object' && m.key === `pdf.mentions.${key}`)
const fact = (model: SalesDocPdfModel, key: string) => model.facts.find((f) => keyOf(f.label) === `pdf.facts.${key}`)?.value
/** French formats use narrow no-break spaces (1 234,56 €): compare with plain spaces. */
const plain = (text: string | undefined) => text?.replace(/[\u202f\u00a0]/g, ' ')

describe('salesDocPdfModel: a validated invoice (DOMAIN-FR example A)', () => {
  const model = salesDocPdfModel(invoiceA, settings, dubois, products, 'fr')

  it('prints the totals stored at validation, with each discount step and the escompte of the cascade', () => {
    expect(model.totals.map((total) => [keyOf(total.label), plain(total.value)])).toEqual([
      ['pdf.totals.gross', '2 909,70 €'],
      ['pdf.totals.discount', '−145,49 €'],
      ['pdf.totals.discount', '−55,28 €'],
      ['pdf.totals.netCommercial', '2 708,93 €'],
      ['pdf.totals.earlyPayment', '−27,09 €'],
      ['pdf.totals.netFinancial', '2 681,84 €'],
      ['pdf.totals.shipping', '45,00 €'],
      ['pdf.totals.totalExclVat', '2 726,84 €'],
      ['pdf.totals.totalVat', '545,37 €'],
      ['pdf.totals.totalInclVat', '3 272,21 €'],
      ['pdf.totals.amountDue', '3 272,21 €'],
    ])
    expect(model.totals.filter((total) => total.emphasis).map((total) => keyOf(total.label))).toEqual(['pdf.totals.amountDue'])
    expect((model.totals[1]!.label as PdfKey).values).toEqual({ percent: '5\u00a0%' })
  })

  it('gives the VAT per rate (CGI ann. II art. 242 nonies A, 11°), base including the carriage', () => {
    expect(model.vat?.rows.map((row) => row.map((cell) => plain(cell as string)))).toEqual([['20 %', '2 726,84 €', '545,37 €']])
  })

  it('prints each line: reference, designation, quantity, unit price, rate and net', () => {
    expect(model.lines.rows.map((row) => row.map((cell) => plain(cell as string)))).toEqual([
      ['CHA-001', 'Chaise de bureau', '12', '145,00 €', '', '20 %', '1 740,00 €'],
      ['BUR-010', 'Bureau droit 160 cm', '3', '389,90 €', '', '20 %', '1 169,70 €'],
    ])
  })

  it('states number, dates, due date, purchase order and nature of the operation (L441-9; 2026 reform)', () => {
    expect(model.number).toBe('FA-2026-00001')
    expect(model.draft).toBe(false)
    expect(model.title).toEqual({ key: 'pdf.title.invoice' })
    expect(fact(model, 'number')).toBe('FA-2026-00001')
    expect(fact(model, 'date')).toBe('02/03/2026')
    expect(fact(model, 'saleDate')).toBe('27/02/2026')
    expect(fact(model, 'dueDate')).toBe('01/04/2026')
    expect(fact(model, 'customerPo')).toBe('PO-7781')
    expect(fact(model, 'operationNature')).toEqual({ key: 'pdf.nature.goods' })
  })

  it('names the customer with its SIREN and VAT number, and the delivery address', () => {
    expect(model.parties[0]).toEqual({
      heading: { key: 'pdf.parties.billTo' },
      lines: ['Atelier Dubois', '12 rue de la République', '69002 Lyon', { key: 'pdf.parties.siren', values: { siren: '732\u00a0829\u00a0320' } }, { key: 'pdf.parties.vatNumber', values: { vatNumber: 'FR44732829320' } }],
    })
    expect(model.parties[1]).toEqual({ heading: { key: 'pdf.parties.deliverTo' }, lines: ['Atelier Dubois', '5 avenue Roger Salengro', '69100 Villeurbanne'] })
  })

  it('prints the payment mentions: due date with the terms, escompte, legal penalty rate of the half-year, 40 € indemnity', () => {
    expect(mention(model, 'dueDateTerms')).toEqual({ key: 'pdf.mentions.dueDateTerms', values: { date: '01/04/2026', terms: { key: 'pdf.terms.net', values: { days: 30 } } } })
    expect(mention(model, 'earlyPaymentCash')?.values).toEqual({ percent: '1\u00a0%' })
    // H1 2026: ECB 2.15 % + 10 points (C. com. L441-10 II).
    expect(mention(model, 'penaltiesDefault')?.values).toEqual({ rate: '12,15\u00a0%' })
    expect(plain(mention(model, 'recoveryIndemnity')?.values?.amount as string)).toBe('40,00 €')
    expect(mention(model, 'cgvAttached')?.values).toEqual({ company: 'Atelier Test SAS' })
    expect(mention(model, 'draft')).toBeUndefined()
  })

  it('repeats the seller\'s legal identity in the footer (C. com. R123-237) and appends the CGV in the customer\'s language', () => {
    expect(model.footer[0]).toEqual({ key: 'pdf.footer.identityCapital', values: { name: 'Atelier Test SAS', legalForm: 'SAS', capital: '50\u202f000,00\u00a0€', address: '12 rue des Essais, 69003 Lyon' } })
    expect(model.footer[1]).toMatchObject({ key: 'pdf.footer.registration', values: { rcsCity: 'Lyon', siren: '812\u00a0456\u00a0713', siret: '812\u00a0456\u00a0713\u00a000005', vatNumber: 'FR32812456713', ape: '4669B' } })
    expect(model.footer[2]).toMatchObject({ key: 'pdf.footer.bank', values: { iban: 'FR76\u00a03000\u00a06000\u00a00112\u00a03456\u00a07890\u00a0189', bic: 'AGRIFRPPXXX' } })
    expect(model.cgv).toEqual([{ title: 'Paiement', body: 'Nos factures sont payables à 30 jours.' }, { title: 'Litiges', body: 'Tribunal de commerce de Lyon.' }])
    expect(salesDocPdfModel(invoiceA, settings, dubois, products, 'en').cgv[0]).toEqual({ title: 'Payment', body: 'Our invoices are payable within 30 days.' })
  })
})

describe('salesDocPdfModel: where the figures and identities come from', () => {
  it('prices a draft with the domain\'s priceSalesDoc, and prints a validated document\'s stored totals as issued', () => {
    const { totals: _stored, number: _number, ...draftFields } = invoiceA
    const draft = { ...draftFields, status: 'draft' as const }
    const priced = salesTotals(priceSalesDoc(draft))
    const model = salesDocPdfModel(draft, settings, dubois, products, 'fr')
    expect(plain(findTotal(model, 'amountDue'))).toBe('3 272,21 €')
    expect(priced.amountDueCents).toBe(327_221)
    // A stored figure is what the customer received: the PDF never reprices it into something else.
    const issued = { ...invoiceA, totals: { ...invoiceA.totals!, totalInclVatCents: 327_222, amountDueCents: 327_222 } }
    expect(plain(findTotal(salesDocPdfModel(issued, settings, dubois, products, 'fr'), 'amountDue'))).toBe('3 272,22 €')
  })

  it('prints the identities fixed at validation, not the records as they are now', () => {
    const snapshot = {
      ...invoiceA,
      sellerSnapshot: { ...settings.identity, name: 'Ancien Nom SARL', legalForm: 'SARL' },
      customerSnapshot: { name: 'Dubois (ancien nom)', legal: 'company' as const, billingAddress: { line1: '1 rue Ancienne', postalCode: '69001', city: 'Lyon', country: 'FR' }, vatRegime: 'france' as const, language: 'fr' as const },
    }
    const model = salesDocPdfModel(snapshot, settings, dubois, products, 'fr')
    expect(model.seller.heading).toBe('Ancien Nom SARL')
    expect(model.parties[0]!.lines.slice(0, 2)).toEqual(['Dubois (ancien nom)', '1 rue Ancienne'])
    expect((model.footer[0] as PdfKey).values).toMatchObject({ name: 'Ancien Nom SARL', legalForm: 'SARL' })
  })

  it('marks an unnumbered draft: watermark flag, a "provisional" mention and a draft file name', () => {
    const { number: _number, ...draft } = invoiceA
    const model = salesDocPdfModel({ ...draft, status: 'draft' }, settings, dubois, products, 'fr')
    expect(model.draft).toBe(true)
    expect(model.number).toBeUndefined()
    expect(fact(model, 'number')).toEqual({ key: 'pdf.draftNumber' })
    expect(model.mentions[0]).toEqual({ key: 'pdf.mentions.draft' })
    expect(model.fileName).toEqual({ key: 'pdf.fileName.draft', values: { type: { key: 'pdf.fileName.invoice' } } })
    expect(salesDocPdfModel(invoiceA, settings, dubois, products, 'fr').fileName).toBe('FA-2026-00001')
  })
})

describe('salesDocPdfModel: payment mentions by case (C. com. L441-10, D441-5)', () => {
  it('prints a contractual penalty rate, and escompte conditions with their delay', () => {
    const doc = { ...invoiceA, paymentMentions: { latePenaltyRatePercent: 9, recoveryIndemnityCents: 4_000, earlyPayment: { percent: 2, days: 10 } }, earlyPaymentDiscountPercent: 2 }
    const model = salesDocPdfModel(doc, settings, dubois, products, 'fr')
    expect(mention(model, 'penaltiesRate')?.values).toEqual({ rate: '9\u00a0%' })
    expect(mention(model, 'penaltiesDefault')).toBeUndefined()
    expect(mention(model, 'earlyPaymentWithin')?.values).toEqual({ percent: '2\u00a0%', days: 10 })
  })

  it('says "pas d\'escompte" without one, and no 40 € indemnity for a consumer (B2B only)', () => {
    const consumer = makeCustomer({ id: 'cus-martin', name: 'Léa Martin', legal: 'person', siren: undefined, vatNumber: undefined })
    const doc = makeSalesDoc({ id: 'i-2', type: 'invoice', number: 'FA-2026-00002', customerId: consumer.id, date: '2026-03-02', lines: [line(chair, 1)] })
    const model = salesDocPdfModel(doc, settings, consumer, products, 'fr')
    expect(mention(model, 'noEarlyPayment')).toBeDefined()
    expect(mention(model, 'recoveryIndemnity')).toBeUndefined()
    expect(mention(model, 'penaltiesDefault')).toBeDefined()
    expect(model.parties[0]!.lines).toEqual(['Léa Martin', '12 rue de la République', '69002 Lyon'])
  })

  it('prints the VAT-on-debits option when the invoice carries it', () => {
    const model = salesDocPdfModel({ ...invoiceA, vatOnDebits: true }, settings, dubois, products, 'fr')
    expect(mention(model, 'vatOnDebits')).toBeDefined()
    expect(mention(salesDocPdfModel(invoiceA, settings, dubois, products, 'fr'), 'vatOnDebits')).toBeUndefined()
  })
})

describe('salesDocPdfModel: exempt and reverse-charge sales (CGI 262 I, 262 ter I, 293 B)', () => {
  const german = makeCustomer({
    id: 'cus-berlin', name: 'Büro Berlin GmbH', siren: undefined, vatNumber: 'DE136695976', language: 'en',
    billingAddress: { line1: 'Friedrichstraße 10', postalCode: '10117', city: 'Berlin', country: 'DE' },
    customer: { channel: 'direct', salespersonId: 'sp-1', paymentTerms: { kind: 'net', days: 30 }, paymentMethod: 'transfer', discountPercent: 0, creditLimitCents: 0, vatRegime: 'intraEu' },
  })
  const doc = makeSalesDoc({ id: 'i-3', type: 'invoice', number: 'FA-2026-00003', customerId: german.id, date: '2026-03-02', lines: [line(chair, 2, { vatRatePercent: 0 })] })

  it('prints the reverse-charge wording as French law text, with its English translation for an English customer', () => {
    const fr = salesDocPdfModel(doc, settings, german, products, 'fr')
    expect(fr.mentions).toContain('Autoliquidation — exonération de TVA, art. 262 ter I du CGI')
    expect(fr.vat?.rows).toEqual([[{ key: 'pdf.vatCategory.intraEuReverseCharge' }, '290,00\u00a0€', '0,00\u00a0€']])
    const en = salesDocPdfModel(doc, settings, german, products, 'en')
    expect(en.mentions).toContainEqual({
      key: 'pdf.mentions.exemption', values: { legal: 'Autoliquidation — exonération de TVA, art. 262 ter I du CGI', translation: { key: 'pdf.vatCategory.intraEuReverseCharge' } },
    })
    // The customer's VAT number (art. 242 nonies A, 3°) and its country, named in the customer's language.
    expect(en.parties[0]!.lines).toEqual(['Büro Berlin GmbH', 'Friedrichstraße 10', '10117 Berlin', 'GERMANY', { key: 'pdf.parties.vatNumber', values: { vatNumber: 'DE136695976' } }])
    expect(plain(findTotal(en, 'amountDue'))).toBe('€290.00')
  })

  it('prints the franchise wording for a product sold under art. 293 B', () => {
    const training = makeProduct({ id: 'p-training', reference: 'FOR-001', kind: 'service', vatRatePercent: 0, vatCategory: 'franchise', priceCents: 50_000 })
    const sale = makeSalesDoc({ id: 'i-4', type: 'invoice', number: 'FA-2026-00004', customerId: dubois.id, date: '2026-03-02', lines: [line(training, 1)], totals: salesTotals(priceSalesDoc({ type: 'invoice', date: '2026-03-02', lines: [line(training, 1)] }, 'france', () => 'franchise')) })
    const model = salesDocPdfModel(sale, settings, dubois, new Map([[training.id, training]]), 'fr')
    expect(model.mentions).toContain('TVA non applicable, art. 293 B du CGI')
  })
})

describe('salesDocPdfModel: credit notes', () => {
  const credit = makeSalesDoc({
    id: 'a-1', type: 'creditNote', number: 'AV-2026-00001', customerId: dubois.id, date: '2026-03-10', lines: [line(chair, 2)],
    discountsPercent: [5, 2], earlyPaymentDiscountPercent: 1, sourceIds: ['i-1'], reason: 'Retour de 2 chaises',
    creditedInvoice: { id: 'i-1', number: 'FA-2026-00001', date: '2026-03-02' },
  })

  it('cites the invoice by number and date, gives the reason and "net à déduire" (DOMAIN-FR example C)', () => {
    const model = salesDocPdfModel(credit, settings, dubois, products, 'fr')
    expect(model.title).toEqual({ key: 'pdf.title.creditNote' })
    expect(fact(model, 'creditedInvoice')).toEqual({ key: 'pdf.facts.invoiceOf', values: { number: 'FA-2026-00001', date: '02/03/2026' } })
    expect(fact(model, 'reason')).toBe('Retour de 2 chaises')
    expect(mention(model, 'creditNote')?.values).toEqual({ number: 'FA-2026-00001', date: '02/03/2026' })
    expect(plain(findTotal(model, 'amountToDeduct'))).toBe('320,75 €')
    expect(findTotal(model, 'amountDue')).toBeUndefined()
    expect(mention(model, 'penaltiesDefault')).toBeUndefined()
    expect(mention(model, 'cgvReference')).toBeDefined()
    expect(model.cgv).toEqual([])
  })

  it('finds the invoice among its sources when the reference was not stored', () => {
    const { creditedInvoice: _reference, ...older } = credit
    const model = salesDocPdfModel(older, settings, dubois, products, 'fr', { invoice: invoiceA })
    expect(mention(model, 'creditNote')?.values).toEqual({ number: 'FA-2026-00001', date: '02/03/2026' })
  })
})

describe('salesDocPdfModel: quotes, orders and delivery notes', () => {
  const carrier = makeCarrier({ id: 'car-1', name: 'Transports Rapides' })

  it('prints a quote\'s validity, its terms, the agreement line and the CGV', () => {
    const quote = makeSalesDoc({ id: 'q-1', type: 'quote', number: 'DE-2026-00001', customerId: dubois.id, date: '2026-03-02', validUntil: '2026-04-01', lines: [line(chair, 2)], paymentTerms: { kind: 'daysEndOfMonth', days: 45, method: 'addDaysThenEndOfMonth' }, carrierId: carrier.id })
    const model = salesDocPdfModel(quote, settings, dubois, products, 'fr', { carrier })
    expect(fact(model, 'validUntil')).toBe('01/04/2026')
    expect(mention(model, 'validUntil')?.values).toEqual({ date: '01/04/2026' })
    expect(mention(model, 'paymentTerms')?.values).toEqual({ terms: { key: 'pdf.terms.addDaysThenEndOfMonth', values: { days: 45 } } })
    expect(mention(model, 'quoteAgreement')).toBeDefined()
    expect(mention(model, 'transportWeight')?.values).toEqual({ carrier: 'Transports Rapides', grams: 80, weight: '18\u202fkg' })
    expect(model.totals.at(-1)).toMatchObject({ label: { key: 'pdf.totals.totalInclVat' }, emphasis: true })
    expect(model.cgv).toHaveLength(2)
  })

  it('prints a delivery note with quantities only, its order number and the carrier\'s CO₂e factor', () => {
    const order = makeSalesDoc({ id: 'o-1', type: 'order', number: 'BC-2026-00001', customerId: dubois.id, date: '2026-03-01', lines: [line(chair, 12), line(desk, 3)] })
    const delivery = makeSalesDoc({ id: 'd-1', type: 'delivery', number: 'BL-2026-00001', customerId: dubois.id, date: '2026-03-02', lines: [line(chair, 12), line(desk, 3)], sourceIds: [order.id], carrierId: carrier.id })
    const model = salesDocPdfModel(delivery, settings, dubois, products, 'fr', { carrier, sources: [order] })
    expect(model.lines.rows).toEqual([['CHA-001', 'Chaise de bureau', '12', 'u'], ['BUR-010', 'Bureau droit 160 cm', '3', 'u']])
    expect(model.vat).toBeUndefined()
    expect(model.totals).toEqual([])
    expect(fact(model, 'sources.delivery')).toBe('BC-2026-00001')
    // (12 + 3) × 9 kg = 135 kg.
    expect(mention(model, 'transportWeight')?.values).toEqual({ carrier: 'Transports Rapides', grams: 80, weight: '135\u202fkg' })
    expect(mention(model, 'deliveryReceipt')).toBeDefined()
    // Without the products' weights, the factor alone.
    expect(mention(salesDocPdfModel(delivery, settings, dubois, undefined, 'fr', { carrier }), 'transport')?.values).toEqual({ carrier: 'Transports Rapides', grams: 80 })
  })
})

describe('salesDocPdfModel: every text it names exists in both languages', () => {
  function keys(text: PdfText | undefined, out: string[]): void {
    if (!text || typeof text === 'string') return
    out.push(text.key)
    for (const value of Object.values(text.values ?? {})) if (typeof value === 'object') keys(value, out)
  }
  const lookup = (tree: unknown, key: string) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree)

  it('resolves each key of each document type in French and English', () => {
    const { number: _n, ...draft } = invoiceA
    const docs = [
      invoiceA, { ...draft, status: 'draft' as const }, { ...invoiceA, type: 'downPayment' as const },
      makeSalesDoc({ id: 'a-1', type: 'creditNote', number: 'AV-2026-00001', customerId: dubois.id, date: '2026-03-10', lines: [line(chair, 2)], creditedInvoice: { id: 'i-1', number: 'FA-2026-00001', date: '2026-03-02' }, reason: 'Retour' }),
      makeSalesDoc({ id: 'q-1', type: 'quote', number: 'DE-2026-00001', customerId: dubois.id, date: '2026-03-02', validUntil: '2026-04-01', lines: [line(chair, 2)], version: 2, paymentTerms: { kind: 'onReceipt' } }),
      makeSalesDoc({ id: 'o-1', type: 'order', number: 'BC-2026-00001', customerId: dubois.id, date: '2026-03-02', lines: [line(chair, 2)], paymentTerms: { kind: 'daysEndOfMonth', days: 45, method: 'endOfMonthThenAddDays' } }),
      makeSalesDoc({ id: 'd-1', type: 'delivery', number: 'BL-2026-00001', customerId: dubois.id, date: '2026-03-02', lines: [line(chair, 2)] }),
    ]
    for (const language of ['fr', 'en'] as const) {
      for (const doc of docs) {
        const model = salesDocPdfModel(doc, settings, dubois, products, language)
        const used: string[] = []
        for (const text of [model.title, model.fileName, ...model.parties.flatMap((p) => [p.heading, ...p.lines]), ...model.facts.flatMap((f) => [f.label, f.value]),
          ...model.lines.columns.map((c) => c.label), ...(model.vat?.columns.map((c) => c.label) ?? []), ...(model.vat?.rows.flat() ?? []),
          ...model.totals.map((t) => t.label), ...model.mentions, ...model.footer]) keys(text, used)
        expect(used.length).toBeGreaterThan(10)
        for (const key of used) expect(typeof lookup(messages[language], key), `${language}: ${key}`).toBe('string')
      }
    }
  })
})
