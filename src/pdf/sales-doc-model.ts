/**
 * The layout of a printed sales document (DOMAIN-FR §2): from the stored document, the company
 * settings and the customer, everything the page says, in the customer's language. Pure: no i18next,
 * no DOM, no clock. The figures come from the domain: the stored totals of a validated document (what
 * was issued), otherwise `priceSalesDoc`, the pricing the commands use; the VAT per rate and the
 * discount steps always from `priceSalesDoc`, which gives the same totals.
 *
 * Mentions (C. com. L441-9, L441-10, D441-5, R123-237; CGI ann. II art. 242 nonies A): seller identity
 * and customer identity, number and dates, lines, reductions, VAT per rate, due date, payment terms,
 * escompte, penalty rate, the recovery indemnity, exemption or reverse-charge wording, the
 * VAT-on-debits option, the nature of the operation, the credit note's invoice, the CGV reference;
 * and the greenhouse-gas information of the transport (C. transports L1431-3).
 */
import {
  customerSnapshotOf,
  formatIban,
  parameterAt,
  penaltyRatesAt,
  penaltyRateTableOf,
  priceSalesDoc,
  productVatCategories,
  salesTotals,
  sellerSnapshotOf,
  VAT_CATEGORIES,
  RECOVERY_INDEMNITY_PARAMETERS,
  type PricedDocument,
} from '@/domain'
import type {
  CompanySettings, CustomerSnapshot, Language, PaymentMentions, Product, SalesDoc, SalesDocType, SalesTotals, SellerSnapshot, Tier,
} from '@/domain/model'
import { pdfFormat, type PdfFormat } from './pdf-format'
import type { PdfFact, PdfKey, PdfParty, PdfTable, PdfText, PdfTotal, SalesDocPdfModel } from './types'

/** Records around the document that some of its mentions name. */
export interface SalesDocPdfExtras {
  /** The carrier of a quote, order or delivery note (its CO₂e factor, C. transports L1431-3). */
  carrier?: Tier
  /** The documents it comes from (their numbers are printed): the order of a delivery note… */
  sources?: readonly SalesDoc[]
  /** Credit note without a stored reference: the invoice it corrects. */
  invoice?: SalesDoc
}

const k = (key: string, values?: PdfKey['values']): PdfKey => (values ? { key: `pdf.${key}`, values } : { key: `pdf.${key}` })

/** Invoices, acompte invoices and credit notes carry the invoice mentions; the others are commercial documents. */
const INVOICE_TYPES: readonly SalesDocType[] = ['invoice', 'downPayment', 'creditNote']
/** The documents that print the CGV after them (those that commit the terms of sale). */
const WITH_CGV: readonly SalesDocType[] = ['quote', 'order', 'invoice', 'downPayment']
const CAPITAL_FREE_FORMS = /^(EI|EIRL|micro|auto)/i

/**
 * The page of `doc`: header, parties, facts, lines, VAT per rate, totals, mentions, CGV and footer,
 * in `language` (the customer's). `products` gives references, units, weights and VAT categories.
 * @throws DomainInputError when a line cannot be priced (the document is not printable as it is).
 */
export function salesDocPdfModel(
  doc: SalesDoc,
  settings: CompanySettings,
  customer: Tier,
  products: ReadonlyMap<string, Product> | undefined,
  language: Language,
  extras: SalesDocPdfExtras = {},
): SalesDocPdfModel {
  const f = pdfFormat(language)
  const seller = doc.sellerSnapshot ?? sellerSnapshotOf(settings.identity)
  const buyer = doc.customerSnapshot ?? customerSnapshotOf(customer)
  const priced = priceSalesDoc(doc, buyer.vatRegime, productVatCategories(products?.values() ?? []))
  // A validated document prints the totals it was issued with; the same pricing gives them to a draft.
  const totals = doc.totals ?? salesTotals(priced)
  const isInvoice = INVOICE_TYPES.includes(doc.type)
  const draft = !doc.number

  return {
    language,
    title: k(`title.${doc.type}`),
    ...(doc.number ? { number: doc.number } : {}),
    draft,
    seller: {
      heading: seller.name,
      lines: [
        ...f.address(seller.address),
        ...[settings.identity.phone, settings.identity.email, settings.identity.website].filter((value) => value?.trim()),
      ],
    },
    parties: parties(doc, buyer, f),
    facts: facts(doc, f, extras),
    lines: linesTable(doc, priced, products, f),
    ...(doc.type === 'delivery' ? {} : { vat: vatTable(priced, f) }),
    totals: doc.type === 'delivery' ? [] : totalsBlock(doc, priced, totals, f),
    mentions: [
      ...(draft ? [k('mentions.draft')] : []),
      ...(isInvoice ? invoiceMentions(doc, settings, buyer, priced, f, language, extras) : commercialMentions(doc, settings, f)),
      ...transportMention(doc, products, f, extras),
      k(WITH_CGV.includes(doc.type) ? 'mentions.cgvAttached' : 'mentions.cgvReference', { company: seller.name }),
    ],
    cgv: WITH_CGV.includes(doc.type) ? settings.cgv.map((clause) => ({ title: clause.title[language], body: clause.body[language] })) : [],
    footer: footer(seller, settings, f),
    fileName: doc.number ?? k('fileName.draft', { type: k(`fileName.${doc.type}`) }),
  }
}

function parties(doc: SalesDoc, buyer: CustomerSnapshot, f: PdfFormat): PdfParty[] {
  const lines = [buyer.name, ...f.address(buyer.billingAddress)]
  const ids: PdfParty['lines'] = []
  if (buyer.siren) ids.push(k('parties.siren', { siren: f.siren(buyer.siren) }))
  if (buyer.vatNumber) ids.push(k('parties.vatNumber', { vatNumber: buyer.vatNumber }))
  const result: PdfParty[] = [{ heading: k(INVOICE_TYPES.includes(doc.type) ? 'parties.billTo' : 'parties.customer'), lines: [...lines, ...ids] }]
  if (doc.deliveryAddress) result.push({ heading: k('parties.deliverTo'), lines: [buyer.name, ...f.address(doc.deliveryAddress)] })
  return result
}

function facts(doc: SalesDoc, f: PdfFormat, extras: SalesDocPdfExtras): PdfFact[] {
  const out: PdfFact[] = [
    { label: k('facts.number'), value: doc.number ?? k('draftNumber') },
    { label: k('facts.date'), value: f.date(doc.date) },
  ]
  if (doc.type === 'quote' && (doc.version ?? 1) > 1) out.push({ label: k('facts.version'), value: String(doc.version) })
  if (doc.validUntil && doc.type === 'quote') out.push({ label: k('facts.validUntil'), value: f.date(doc.validUntil) })
  if (doc.saleDate && doc.saleDate !== doc.date) out.push({ label: k('facts.saleDate'), value: f.date(doc.saleDate) })
  if (doc.dueDate && doc.type !== 'creditNote') out.push({ label: k('facts.dueDate'), value: f.date(doc.dueDate) })
  if (doc.customerPoNumber) out.push({ label: k('facts.customerPo'), value: doc.customerPoNumber })
  const sources = (extras.sources ?? []).filter((source) => doc.sourceIds.includes(source.id) && source.number).map((source) => source.number!)
  if (sources.length && doc.type !== 'creditNote') out.push({ label: k(`facts.sources.${doc.type}`), value: sources.join(', ') })
  const credited = creditedInvoice(doc, extras)
  if (credited) out.push({ label: k('facts.creditedInvoice'), value: k('facts.invoiceOf', { number: credited.number, date: f.date(credited.date) }) })
  if (doc.type === 'creditNote' && doc.reason?.trim()) out.push({ label: k('facts.reason'), value: doc.reason.trim() })
  if (doc.operationNature) out.push({ label: k('facts.operationNature'), value: k(`nature.${doc.operationNature}`) })
  // Incoterms® 2020: rule, named place and version (DOMAIN-FR §6).
  if (doc.incoterm) out.push({ label: { key: 'shipping.pdf.incoterm' }, value: `${doc.incoterm.term} ${doc.incoterm.place}, Incoterms® 2020` })
  return out
}

function creditedInvoice(doc: SalesDoc, extras: SalesDocPdfExtras): { number: string; date: string } | undefined {
  if (doc.type !== 'creditNote') return undefined
  if (doc.creditedInvoice) return doc.creditedInvoice
  const invoice = extras.invoice
  return invoice?.number && doc.sourceIds.includes(invoice.id) ? { number: invoice.number, date: invoice.date } : undefined
}

function linesTable(doc: SalesDoc, priced: PricedDocument, products: ReadonlyMap<string, Product> | undefined, f: PdfFormat): PdfTable {
  const reference = (productId: string) => products?.get(productId)?.reference ?? ''
  if (doc.type === 'delivery') {
    return {
      columns: [
        { label: k('columns.reference'), align: 'left', width: 0.16 },
        { label: k('columns.designation'), align: 'left', width: 0.6 },
        { label: k('columns.quantityDelivered'), align: 'right', width: 0.14 },
        { label: k('columns.unit'), align: 'right', width: 0.1 },
      ],
      rows: doc.lines.map((line) => [reference(line.productId), line.designation, f.quantity(line.quantity), products?.get(line.productId)?.unit ?? '']),
    }
  }
  return {
    columns: [
      { label: k('columns.reference'), align: 'left', width: 0.12 },
      { label: k('columns.designation'), align: 'left', width: 0.33 },
      { label: k('columns.quantity'), align: 'right', width: 0.08 },
      { label: k('columns.unitPrice'), align: 'right', width: 0.13 },
      { label: k('columns.discount'), align: 'right', width: 0.12 },
      { label: k('columns.vatRate'), align: 'right', width: 0.08 },
      { label: k('columns.amount'), align: 'right', width: 0.14 },
    ],
    rows: doc.lines.map((line, index) => {
      const pricedLine = priced.lines[index]!
      return [
        reference(line.productId),
        line.designation,
        f.quantity(line.quantity),
        f.money(line.unitPriceCents),
        // Successive line discounts, each on what the previous one left (cascade, DOMAIN-FR §1).
        (line.discountsPercent ?? []).filter((p) => p > 0).map((p) => `−${f.percent(p)}`).join(' '),
        f.percent(pricedLine.vatRatePercent),
        f.money(pricedLine.netCents),
      ]
    }),
  }
}

function vatTable(priced: PricedDocument, f: PdfFormat): PdfTable {
  return {
    columns: [
      { label: k('columns.vatCategory'), align: 'left', width: 0.4 },
      { label: k('columns.vatBase'), align: 'right', width: 0.3 },
      { label: k('columns.vatAmount'), align: 'right', width: 0.3 },
    ],
    rows: priced.vat.map((group) => [
      group.category === 'standard' ? f.percent(group.ratePercent) : k(`vatCategory.${group.category}`),
      f.money(group.baseCents),
      f.money(group.vatCents),
    ]),
  }
}

function totalsBlock(doc: SalesDoc, priced: PricedDocument, totals: SalesTotals, f: PdfFormat): PdfTotal[] {
  const { type } = doc
  const earlyPaymentPercent = doc.earlyPaymentDiscountPercent ?? 0
  const out: PdfTotal[] = []
  const minus = (cents: number) => `−${f.money(cents)}`
  const reduced = priced.lineDiscountCents > 0 || priced.discountSteps.length > 0
  if (reduced || priced.earlyPaymentDiscountCents > 0 || priced.shippingCents > 0) out.push({ label: k('totals.gross'), value: f.money(totals.grossCents) })
  if (priced.lineDiscountCents > 0) out.push({ label: k('totals.lineDiscounts'), value: minus(priced.lineDiscountCents) })
  for (const step of priced.discountSteps) out.push({ label: k('totals.discount', { percent: f.percent(step.percent) }), value: minus(step.amountCents) })
  if (reduced) out.push({ label: k('totals.netCommercial'), value: f.money(totals.netCommercialCents) })
  if (priced.earlyPaymentDiscountCents > 0) {
    out.push({ label: k('totals.earlyPayment', { percent: f.percent(earlyPaymentPercent) }), value: minus(priced.earlyPaymentDiscountCents) })
    out.push({ label: k('totals.netFinancial'), value: f.money(priced.netFinancialCents) })
  }
  if (priced.shippingCents > 0) out.push({ label: k('totals.shipping'), value: f.money(priced.shippingCents) })
  out.push(
    { label: k('totals.totalExclVat'), value: f.money(totals.totalExclVatCents) },
    { label: k('totals.totalVat'), value: f.money(totals.totalVatCents) },
    { label: k('totals.totalInclVat'), value: f.money(totals.totalInclVatCents), ...(INVOICE_TYPES.includes(type) ? {} : { emphasis: true }) },
  )
  const downPayment = totals.totalInclVatCents - totals.amountDueCents
  if (downPayment > 0) out.push({ label: k('totals.downPayment'), value: minus(downPayment) })
  if (INVOICE_TYPES.includes(type)) out.push({ label: k(type === 'creditNote' ? 'totals.amountToDeduct' : 'totals.amountDue'), value: f.money(totals.amountDueCents), emphasis: true })
  return out
}

function paymentTerms(doc: SalesDoc): PdfKey | undefined {
  const terms = doc.paymentTerms
  if (!terms) return undefined
  if (terms.kind === 'onReceipt') return k('terms.onReceipt')
  if (terms.kind === 'net') return k('terms.net', { days: terms.days })
  return k(`terms.${terms.method}`, { days: terms.days })
}

function escompteMention(percent: number, days: number, f: PdfFormat): PdfKey {
  if (!(percent > 0)) return k('mentions.noEarlyPayment')
  return days > 0 ? k('mentions.earlyPaymentWithin', { percent: f.percent(percent), days }) : k('mentions.earlyPaymentCash', { percent: f.percent(percent) })
}

function commercialMentions(doc: SalesDoc, settings: CompanySettings, f: PdfFormat): PdfText[] {
  if (doc.type === 'delivery') return [k('mentions.deliveryReceipt')]
  const out: PdfText[] = []
  if (doc.type === 'quote' && doc.validUntil) out.push(k('mentions.validUntil', { date: f.date(doc.validUntil) }))
  const terms = paymentTerms(doc)
  if (terms) out.push(k('mentions.paymentTerms', { terms }))
  out.push(escompteMention(doc.earlyPaymentDiscountPercent ?? 0, settings.earlyPaymentDiscountDays, f))
  if (doc.type === 'quote') out.push(k('mentions.quoteAgreement'))
  return out
}

function invoiceMentions(
  doc: SalesDoc, settings: CompanySettings, buyer: CustomerSnapshot, priced: PricedDocument, f: PdfFormat, language: Language, extras: SalesDocPdfExtras,
): PdfText[] {
  const out: PdfText[] = []
  if (doc.type === 'creditNote') {
    const credited = creditedInvoice(doc, extras)
    if (credited) out.push(k('mentions.creditNote', { number: credited.number, date: f.date(credited.date) }))
    out.push(k('mentions.creditNoteTerms'))
  } else {
    // Fixed at validation; a draft (or an older record) shows what validation would fix (validation.ts).
    const mentions: PaymentMentions = doc.paymentMentions ?? {
      latePenaltyRatePercent: settings.latePenaltyRatePercent,
      recoveryIndemnityCents: buyer.legal === 'company' ? parameterAt(RECOVERY_INDEMNITY_PARAMETERS, doc.date, 'date').value : null,
      earlyPayment: { percent: doc.earlyPaymentDiscountPercent ?? 0, days: settings.earlyPaymentDiscountDays },
    }
    const terms = paymentTerms(doc)
    if (doc.dueDate) out.push(terms ? k('mentions.dueDateTerms', { date: f.date(doc.dueDate), terms }) : k('mentions.dueDate', { date: f.date(doc.dueDate) }))
    else if (terms) out.push(k('mentions.paymentTerms', { terms }))
    out.push(escompteMention(mentions.earlyPayment.percent, mentions.earlyPayment.days, f))
    out.push(mentions.latePenaltyRatePercent === null
      ? k('mentions.penaltiesDefault', { rate: f.percent(penaltyRatesAt(doc.date, penaltyRateTableOf(settings)).rates.defaultPercent) })
      : k('mentions.penaltiesRate', { rate: f.percent(mentions.latePenaltyRatePercent) }))
    if (mentions.recoveryIndemnityCents !== null) out.push(k('mentions.recoveryIndemnity', { amount: f.money(mentions.recoveryIndemnityCents) }))
    if (doc.vatOnDebits) out.push(k('mentions.vatOnDebits'))
  }
  // The exemption's legal wording is French law text, printed as is; English adds a translation.
  for (const category of new Set(priced.vat.map((group) => group.category))) {
    const legal = VAT_CATEGORIES[category].legalMention
    if (!legal) continue
    out.push(language === 'fr' ? legal : k('mentions.exemption', { legal, translation: k(`vatCategory.${category}`) }))
  }
  return out
}

function transportMention(doc: SalesDoc, products: ReadonlyMap<string, Product> | undefined, f: PdfFormat, extras: SalesDocPdfExtras): PdfText[] {
  const carrier = extras.carrier
  // The transport's emissions computed when the carrier was chosen (C. transports L1431-3).
  if (doc.type === 'delivery' && doc.co2Grams !== undefined) {
    return [{ key: 'shipping.pdf.co2', values: { carrier: carrier && carrier.id === doc.carrierId ? carrier.name : '', co2: f.kilograms(doc.co2Grams) } }]
  }
  if (!carrier?.carrier || !doc.carrierId || carrier.id !== doc.carrierId || INVOICE_TYPES.includes(doc.type)) return []
  const grams = products && doc.lines.every((line) => products.has(line.productId))
    ? doc.lines.reduce((sum, line) => sum + Math.round(line.quantity * products.get(line.productId)!.weightGrams), 0)
    : 0
  const values = { carrier: carrier.name, grams: carrier.carrier.co2GramsPerTonneKm }
  return [grams > 0 ? k('mentions.transportWeight', { ...values, weight: f.kilograms(grams) }) : k('mentions.transport', values)]
}

export function footer(seller: SellerSnapshot, settings: CompanySettings, f: PdfFormat): PdfText[] {
  const { siret, apeCode, bank } = settings.identity
  const address = f.address(seller.address).join(', ')
  const withCapital = seller.shareCapitalCents > 0 && !CAPITAL_FREE_FORMS.test(seller.legalForm)
  return [
    withCapital
      ? k('footer.identityCapital', { name: seller.name, legalForm: seller.legalForm, capital: f.money(seller.shareCapitalCents), address })
      : k('footer.identity', { name: seller.name, legalForm: seller.legalForm, address }),
    k('footer.registration', { rcsCity: seller.rcsCity, siren: f.siren(seller.siren), siret: f.siren(siret), ape: apeCode, vatNumber: seller.vatNumber }),
    ...(bank.iban ? [k('footer.bank', { bank: bank.name, iban: formatIban(bank.iban).replace(/ /g, '\u00a0'), bic: bank.bic })] : []),
  ]
}
