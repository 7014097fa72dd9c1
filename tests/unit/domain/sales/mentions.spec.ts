import { describe, expect, it } from 'vitest'
import {
  buildCreditNote, checkMentions, customerSnapshotOf, priceSalesDoc, productVatCategories, reformMentionsRequired, salesTotals, sellerSnapshotOf,
  MENTION_SOURCES, type CompanySettings, type MentionCode, type MentionsInput, type Product, type SalesDoc, type Tier,
} from '@/domain'
import { line, makeCustomer, makeSalesDoc } from '../../../factories/company-records'
import { makeSettings } from '../../../factories/settings'
import { chair, setup } from './fixtures'

const ISSUE_DATE = '2026-09-15'
const products = new Map<string, Product>([[chair.id, chair], [setup.id, setup]])
const baseSettings = makeSettings()
/** A large company (reform mentions due from 1 Sept 2026) that opted for VAT on debits. */
const geSettings = (): CompanySettings => ({ ...baseSettings, identity: { ...baseSettings.identity, size: 'GE', vatOnDebits: true } })
const customer = (): Tier => makeCustomer({ id: 'cus-1', name: 'Atelier Dubois' })

/** A complete invoice: goods delivered and a service, every mention present. */
function completeInvoice(overrides: Partial<SalesDoc> = {}): SalesDoc {
  const doc: SalesDoc = {
    id: 'i-1', type: 'invoice', status: 'draft', number: 'FA-2026-00001', customerId: 'cus-1', date: ISSUE_DATE,
    lines: [line(chair, 2), line(setup, 1)], sourceIds: ['d-1'], salespersonId: 'sp-1', channel: 'direct',
    saleDate: '2026-09-14', customerPoNumber: 'PO-7781', deliveryAddress: { line1: '3 rue des Entrepôts', postalCode: '69100', city: 'Villeurbanne', country: 'FR' },
    operationNature: 'mixed', vatOnDebits: true, paymentTerms: { kind: 'net', days: 30 }, dueDate: '2026-10-15',
    paymentMentions: { latePenaltyRatePercent: null, recoveryIndemnityCents: 4_000, earlyPayment: { percent: 0, days: 0 } },
    ...overrides,
  }
  return { ...doc, totals: 'totals' in overrides ? overrides.totals : salesTotals(priceSalesDoc(doc, 'france', productVatCategories(products.values()))) }
}

const input = (changes: Partial<MentionsInput> = {}): MentionsInput => ({
  doc: completeInvoice(), settings: geSettings(), customer: customer(), date: ISSUE_DATE, orderPoNumbers: ['PO-7781'], products, ...changes,
})
const codes = (changes: Partial<MentionsInput>) => checkMentions(input(changes)).map((issue) => issue.code)
const withIdentity = (changes: Partial<CompanySettings['identity']>): CompanySettings => ({ ...geSettings(), identity: { ...geSettings().identity, ...changes } })

describe('the mentions checker (C. com. L441-9; CGI ann. II art. 242 nonies A; DOMAIN-FR §2)', () => {
  it('finds nothing to say on a complete invoice', () => {
    expect(checkMentions(input())).toEqual([])
  })

  // Each mention removed (or made wrong) in turn is flagged, alone, with the article requiring it.
  const cases: [string, Partial<MentionsInput>, MentionCode, 'missing' | 'wrong'][] = [
    ['seller name', { settings: withIdentity({ name: ' ' }) }, 'sellerName', 'missing'],
    ['seller legal form', { settings: withIdentity({ legalForm: '' }) }, 'sellerLegalForm', 'missing'],
    ['seller share capital', { settings: withIdentity({ shareCapitalCents: 0 }) }, 'sellerShareCapital', 'missing'],
    ['seller head office', { settings: withIdentity({ address: { ...baseSettings.identity.address, city: '' } }) }, 'sellerAddress', 'missing'],
    ['seller SIREN', { settings: withIdentity({ siren: '' }) }, 'sellerSiren', 'missing'],
    ['seller SIREN key', { settings: withIdentity({ siren: '812456714' }) }, 'sellerSiren', 'wrong'],
    ['seller RCS city', { settings: withIdentity({ rcsCity: '' }) }, 'sellerRcs', 'missing'],
    ['seller VAT number', { settings: withIdentity({ vatNumber: '' }) }, 'sellerVatNumber', 'missing'],
    ['seller VAT number of another SIREN', { settings: withIdentity({ vatNumber: 'FR44732829320' }) }, 'sellerVatNumber', 'wrong'],
    ['customer name', { customer: { ...customer(), name: '' } }, 'customerName', 'missing'],
    ['customer address', { customer: { ...customer(), billingAddress: { ...customer().billingAddress, postalCode: '' } } }, 'customerAddress', 'missing'],
    ['customer SIREN (reform)', { customer: { ...customer(), siren: undefined } }, 'customerSiren', 'missing'],
    ['customer SIREN key', { customer: { ...customer(), siren: '732829321' } }, 'customerSiren', 'wrong'],
    ['delivery address (reform)', { doc: completeInvoice({ deliveryAddress: undefined }) }, 'deliveryAddress', 'missing'],
    ['number', { doc: completeInvoice({ number: undefined }) }, 'number', 'missing'],
    ['number of another series', { doc: completeInvoice({ number: 'AV-2026-00001' }) }, 'number', 'wrong'],
    ['issue date after today', { date: '2026-09-14', doc: completeInvoice({ saleDate: '2026-09-10' }) }, 'issueDate', 'wrong'],
    ['sale (delivery) date', { doc: completeInvoice({ saleDate: undefined }) }, 'saleDate', 'missing'],
    ['invoice issued before the delivery', { doc: completeInvoice({ saleDate: '2026-09-16' }) }, 'saleDate', 'wrong'],
    ['customer purchase-order number', { doc: completeInvoice({ customerPoNumber: undefined }) }, 'customerPoNumber', 'missing'],
    ['line designation', { doc: completeInvoice({ lines: [{ ...line(chair, 2), designation: '' }, line(setup, 1)] }) }, 'lineDesignation', 'missing'],
    ['0 % without a legal basis', { doc: completeInvoice({ lines: [{ ...line(chair, 2), vatRatePercent: 0 }, line(setup, 1)] }) }, 'exemptionBasis', 'wrong'],
    ['stored totals', { doc: completeInvoice({ totals: undefined }) }, 'totals', 'missing'],
    ['nature of the operation (reform)', { doc: completeInvoice({ operationNature: undefined }) }, 'operationNature', 'missing'],
    ['nature of the operation stated wrong', { doc: completeInvoice({ operationNature: 'goods' }) }, 'operationNature', 'wrong'],
    ['VAT-on-debits option (reform)', { doc: completeInvoice({ vatOnDebits: undefined }) }, 'vatOnDebits', 'missing'],
    ['due date', { doc: completeInvoice({ dueDate: undefined }) }, 'dueDate', 'missing'],
    ['due date not from the terms', { doc: completeInvoice({ dueDate: '2026-10-31' }) }, 'dueDate', 'wrong'],
    ['terms beyond 60 days', { doc: completeInvoice({ paymentTerms: { kind: 'net', days: 90 }, dueDate: '2026-12-14' }) }, 'paymentTermsTooLong', 'wrong'],
    ['penalty rate below the legal floor', { doc: completeInvoice({ paymentMentions: { latePenaltyRatePercent: 5, recoveryIndemnityCents: 4_000, earlyPayment: { percent: 0, days: 0 } } }) }, 'latePenaltyRate', 'wrong'],
    ['40 € indemnity', { doc: completeInvoice({ paymentMentions: { latePenaltyRatePercent: null, recoveryIndemnityCents: null, earlyPayment: { percent: 0, days: 0 } } }) }, 'recoveryIndemnity', 'missing'],
    ['indemnity amount', { doc: completeInvoice({ paymentMentions: { latePenaltyRatePercent: null, recoveryIndemnityCents: 3_000, earlyPayment: { percent: 0, days: 0 } } }) }, 'recoveryIndemnity', 'wrong'],
    ['escompte conditions', { doc: completeInvoice({ paymentMentions: { latePenaltyRatePercent: null, recoveryIndemnityCents: 4_000 } as never }) }, 'earlyPaymentConditions', 'missing'],
    ['escompte stated differently', { doc: completeInvoice({ paymentMentions: { latePenaltyRatePercent: null, recoveryIndemnityCents: 4_000, earlyPayment: { percent: 2, days: 10 } } }) }, 'earlyPaymentConditions', 'wrong'],
  ]
  it.each(cases)('flags the %s', (_name, changes, code, problem) => {
    const issues = checkMentions(input(changes))
    expect(issues.map((i) => i.code)).toEqual([code])
    expect(issues[0]).toMatchObject({ problem, source: MENTION_SOURCES[code] })
  })

  it('flags every payment mention when none was fixed', () => {
    expect(codes({ doc: completeInvoice({ paymentMentions: undefined }) })).toEqual(['latePenaltyRate', 'recoveryIndemnity', 'earlyPaymentConditions'])
  })

  it('flags a line at a rate not in force and the totals it breaks', () => {
    const doc = completeInvoice()
    expect(codes({ doc: { ...doc, lines: [{ ...doc.lines[0]!, vatRatePercent: 19.6 }, doc.lines[1]!] } })).toEqual(expect.arrayContaining(['lineVatRate', 'totals']))
    expect(codes({ doc: { ...doc, lines: [] } })).toEqual(expect.arrayContaining(['lines']))
    expect(checkMentions(input({ doc: { ...doc, totals: { ...doc.totals!, totalInclVatCents: doc.totals!.totalInclVatCents + 1 } } }))[0])
      .toMatchObject({ code: 'totals', problem: 'wrong', values: { storedCents: doc.totals!.totalInclVatCents + 1, expectedCents: doc.totals!.totalInclVatCents } })
  })

  it('reverse charge needs the customer\'s EU VAT number (art. 242 nonies A, 3°); export a destination outside the EU (CGI 262 I)', () => {
    const lines = [line(chair, 2, { vatRatePercent: 0 }), line(setup, 1, { vatRatePercent: 0 })]
    const eu = makeCustomer({ id: 'cus-de', name: 'Büro GmbH', siren: undefined, vatNumber: 'DE123456789', billingAddress: { line1: 'Hauptstraße 1', postalCode: '10115', city: 'Berlin', country: 'DE' } })
    eu.customer!.vatRegime = 'intraEu'
    const doc = completeInvoice({ lines })
    const priced = { ...doc, totals: salesTotals(priceSalesDoc(doc, 'intraEu')) }
    expect(codes({ doc: priced, customer: eu })).toEqual([])
    expect(codes({ doc: priced, customer: { ...eu, vatNumber: undefined } })).toEqual(['customerVatNumber'])
    expect(codes({ doc: priced, customer: { ...eu, vatNumber: 'DE12345' } })).toEqual(['customerVatNumber'])
    expect(codes({ doc: priced, customer: { ...eu, customer: { ...eu.customer!, vatRegime: 'export' } } })).toEqual(['vatRegimeCountry'])
    expect(codes({ doc: { ...priced, lines: [line(chair, 2), line(setup, 1, { vatRatePercent: 0 })] }, customer: eu })).toEqual(expect.arrayContaining(['exemptionBasis']))
  })

  it('the reform\'s mentions are dated parameters: a PME owes them from 1 Sept 2027, a GE from 1 Sept 2026', () => {
    expect(reformMentionsRequired('GE', '2026-08-31')).toBe(false)
    expect(reformMentionsRequired('GE', '2026-09-01')).toBe(true)
    expect(reformMentionsRequired('ETI', '2026-09-01')).toBe(true)
    expect(reformMentionsRequired('PME', '2027-08-31')).toBe(false)
    expect(reformMentionsRequired('PME', '2027-09-01')).toBe(true)
    const bare = { customer: { ...customer(), siren: undefined }, doc: completeInvoice({ deliveryAddress: undefined, operationNature: undefined, vatOnDebits: undefined }) }
    const pme = { ...geSettings(), identity: { ...geSettings().identity, size: 'PME' as const } }
    expect(codes({ ...bare, settings: pme })).toEqual([])
    expect(codes(bare)).toEqual(['customerSiren', 'deliveryAddress', 'operationNature', 'vatOnDebits'])
    const later = '2027-09-01'
    const lateDoc = completeInvoice({ date: later, saleDate: later, dueDate: '2027-10-01', number: 'FA-2027-00001', deliveryAddress: undefined, operationNature: undefined, vatOnDebits: undefined })
    expect(codes({ customer: bare.customer, doc: lateDoc, settings: pme, date: later })).toEqual(['customerSiren', 'deliveryAddress', 'operationNature', 'vatOnDebits'])
  })

  it('a validated invoice is checked against its own snapshots, not today\'s records', () => {
    const doc = completeInvoice({ customerSnapshot: customerSnapshotOf(customer()), sellerSnapshot: sellerSnapshotOf(geSettings().identity) })
    const changedCustomer = { ...customer(), name: '', siren: undefined }
    expect(codes({ doc, customer: changedCustomer, settings: withIdentity({ rcsCity: '' }) })).toEqual([])
    expect(codes({ doc: { ...doc, customerSnapshot: customerSnapshotOf(changedCustomer) } })).toEqual(['customerName', 'customerSiren'])
  })

  it('a consumer owes no 40 € indemnity and gives no SIREN', () => {
    const person = makeCustomer({ id: 'cus-p', name: 'Léa Martin', legal: 'person', siren: undefined, vatNumber: undefined })
    const doc = completeInvoice({ paymentMentions: { latePenaltyRatePercent: null, recoveryIndemnityCents: null, earlyPayment: { percent: 0, days: 0 } } })
    expect(codes({ doc, customer: person })).toEqual([])
  })

  it('refuses to check a document that is not invoiced', () => {
    expect(() => checkMentions(input({ doc: { ...completeInvoice(), type: 'order' } }))).toThrow(RangeError)
  })
})

describe('the mentions of a credit note (DOMAIN-FR §2: reference to the invoice, its rates and discounts)', () => {
  const invoice = makeSalesDoc({
    id: 'i-a', type: 'invoice', number: 'FA-2026-00007', customerId: 'cus-1', date: '2026-03-06', lines: [line(chair, 12)],
    discountsPercent: [5, 2], earlyPaymentDiscountPercent: 1, sourceIds: [],
  })
  const creditInput = (changes: Partial<SalesDoc> = {}): MentionsInput => {
    const { draft } = buildCreditNote(invoice, [], { kind: 'partial', lines: [{ line: 0, quantity: 2 }] }, { date: '2026-03-20', reason: 'Retour de 2 chaises' })
    const doc: SalesDoc = { ...draft!, id: 'a-1', number: 'AV-2026-00001', ...changes }
    return { doc: { ...doc, totals: salesTotals(priceSalesDoc(doc)) }, settings: makeSettings(), customer: customer(), date: '2026-03-20', invoice, products }
  }
  const creditCodes = (changes: Partial<SalesDoc> = {}) => checkMentions(creditInput(changes)).map((issue) => issue.code)

  it('finds nothing to say on a credit note built from its invoice', () => {
    expect(creditCodes()).toEqual([])
  })

  it('flags the missing or wrong reference, reason, discounts and rates', () => {
    expect(creditCodes({ creditedInvoice: undefined })).toEqual(['creditedInvoice'])
    expect(creditCodes({ creditedInvoice: { id: 'i-a', number: 'FA-2026-00006', date: '2026-03-06' } })).toEqual(['creditedInvoice'])
    expect(creditCodes({ reason: '' })).toEqual(['creditReason'])
    expect(creditCodes({ discountsPercent: [5] })).toEqual(['creditDiscounts'])
    expect(creditCodes({ earlyPaymentDiscountPercent: undefined })).toEqual(['creditDiscounts'])
    const { doc } = creditInput()
    expect(creditCodes({ lines: [{ ...doc.lines[0]!, vatRatePercent: 10 }] })).toEqual(['creditVatRate'])
    expect(creditCodes({ number: 'FA-2026-00008' })).toEqual(['number'])
  })
})
