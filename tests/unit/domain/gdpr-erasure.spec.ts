import { describe, expect, it } from 'vitest'
import { buildAccessExport, erasurePlan, type GdprRequest, type Message, type SalesDoc, type Tier } from '@/domain'
import { line, makeCustomer, makeProduct, makeSalesDoc } from '../../factories/company-records'

const chair = makeProduct({ id: 'p-chair', reference: 'CHA-001' })
const gdpr = { legalBasis: 'contract' as const, consents: [{ id: 'k1', purpose: 'emailMarketing' as const, given: true, date: '2024-03-01', source: 'Création du compte', channel: 'web' as const }], objectsToProspecting: false, lastContactOn: '2025-12-01' }
const lea = (overrides: Partial<Tier> = {}) => makeCustomer({
  id: 'C030', name: 'Léa Martin', legal: 'person', siren: undefined, vatNumber: undefined, createdOn: '2024-03-01', notes: 'Préfère être appelée le matin', gdpr, ...overrides,
})
const invoice = makeSalesDoc({ id: 'i-1', type: 'invoice', number: 'FA-2025-0042', customerId: 'C030', date: '2025-12-01', lines: [line(chair, 1)] })
const order = makeSalesDoc({ id: 'o-1', type: 'order', number: 'BC-2025-0040', customerId: 'C030', date: '2025-11-28', lines: [line(chair, 1)], status: 'invoiced' })
const quote = makeSalesDoc({ id: 'q-1', type: 'quote', customerId: 'C030', date: '2025-11-20', lines: [line(chair, 1)] })

describe('erasure plan (RGPD art. 17; DOMAIN-FR §5)', () => {
  it('erases contacts, consents, notes, messages and delivery addresses; keeps invoices 10 years and the identity they carry (C. com. L123-22)', () => {
    const plan = erasurePlan({ tier: lea(), documents: [order, invoice], messageCount: 3, paymentCount: 1, requestCount: 1, asOf: '2026-03-02' })
    expect(plan.erase).toEqual([
      { what: 'contacts', count: 1 }, { what: 'consents', count: 1 }, { what: 'notes', count: 1 }, { what: 'messages', count: 3 }, { what: 'deliveryAddresses', count: 1 },
    ])
    expect(plan.keep).toEqual([
      { what: 'salesDocuments', count: 2, rule: { code: 'accountingRecords', source: 'C. com. L123-22; RGPD art. 17 §3 b)', until: '2035-12-01' } },
      { what: 'payments', count: 1, rule: { code: 'accountingRecords', source: 'C. com. L123-22; RGPD art. 17 §3 b)' } },
      { what: 'identity', count: 1, rule: { code: 'invoiceIdentity', source: 'CGI art. 242 nonies A; C. com. L123-22' } },
      { what: 'requests', count: 1, rule: { code: 'requestsTrace', source: 'RGPD art. 5 §2, art. 12' } },
    ])
  })

  it('erases a consumer prospect\'s identity too when no document needs it', () => {
    const plan = erasurePlan({ tier: lea({ kind: 'prospect', notes: undefined }), documents: [], messageCount: 0, paymentCount: 0, requestCount: 0, asOf: '2026-03-02' })
    expect(plan.erase.map((i) => i.what)).toEqual(['contacts', 'consents', 'deliveryAddresses', 'identity'])
    expect(plan.keep).toEqual([])
  })

  it('keeps a company\'s own identity (not personal data) and an objection as a suppression list (art. 21 §3)', () => {
    const firm = makeCustomer({ id: 'B1', name: 'Atelier Dubois', kind: 'prospect', gdpr: { ...gdpr, legalBasis: 'legitimateInterest', objectsToProspecting: true, objectionOn: '2026-01-10' } })
    const plan = erasurePlan({ tier: firm, documents: [], messageCount: 0, paymentCount: 0, requestCount: 0, asOf: '2026-03-02' })
    expect(plan.keep.map((k) => [k.what, k.rule.code])).toEqual([['identity', 'companyIdentity'], ['objection', 'suppressionList']])
    expect(plan.erase.map((i) => i.what)).not.toContain('identity')
  })
})

describe('access and portability export (RGPD art. 15 and 20)', () => {
  const messages: Message[] = [
    { id: 'm2', direction: 'out', channel: 'email', date: '2025-12-02', tierId: 'C030', language: 'fr', subject: 'Votre facture', body: 'Ci-joint.', attachmentIds: [], read: true },
    { id: 'm1', direction: 'in', channel: 'email', date: '2025-11-19', tierId: 'C030', language: 'fr', subject: 'Une chaise', body: 'Bonjour…', attachmentIds: [], read: true },
  ]
  const requests: GdprRequest[] = [{ id: 'r1', tierId: 'C030', right: 'access', receivedOn: '2026-02-25', dueOn: '2026-03-25', extended: false, status: 'open' }]
  const controller = { name: 'Comptoir SAS', address: '1 rue X, 69002 Lyon', email: 'dpo@comptoir.example', phone: '04 00 00 00 00' }
  const docs: SalesDoc[] = [quote, order, invoice]

  it('access: the data held, the documents list, the messages both ways, the requests and the information of art. 15 §1', () => {
    const out = buildAccessExport({ right: 'access', tier: lea(), controller, documents: docs, messages, requests, generatedOn: '2026-03-02', lastDealOn: '2025-12-01' })
    expect(out).toMatchObject({ format: 'comptoir-rgpd-export/1', right: 'access', source: 'RGPD art. 15', generatedOn: '2026-03-02', controller })
    expect(out.dataSubject).toMatchObject({ id: 'C030', name: 'Léa Martin', notes: 'Préfère être appelée le matin' })
    expect(out.contacts).toHaveLength(1)
    expect(out.gdpr).toMatchObject({ legalBasis: 'contract', lastContactOn: '2025-12-01', retention: { endOn: '2028-12-01', startedBy: 'lastDeal' } })
    expect(out.documents.map((d) => [d.type, d.date])).toEqual([['invoice', '2025-12-01'], ['order', '2025-11-28'], ['quote', '2025-11-20']])
    expect(out.documents[0]).toMatchObject({ number: 'FA-2025-0042', totalInclVatCents: invoice.totals!.totalInclVatCents })
    expect(out.messages.map((m) => m.date)).toEqual(['2025-11-19', '2025-12-02'])
    expect(out.requests).toEqual([{ right: 'access', receivedOn: '2026-02-25', dueOn: '2026-03-25', status: 'open' }])
    expect(out.information).toMatchObject({ purposes: ['customerManagement', 'invoicing', 'prospecting'], source: 'RGPD art. 15 §1 a)–h)' })
    // A JSON file the person can read back.
    expect(JSON.parse(JSON.stringify(out))).toEqual(out)
  })

  it('portability: only what the person provided — no internal notes, outgoing messages, quotes or assessments', () => {
    const out = buildAccessExport({ right: 'portability', tier: lea(), controller, documents: docs, messages, requests, generatedOn: '2026-03-02' })
    expect(out.source).toBe('RGPD art. 20')
    expect(out.dataSubject).not.toHaveProperty('notes')
    expect(out.messages.map((m) => m.direction)).toEqual(['in'])
    expect(out.documents.map((d) => d.type)).toEqual(['invoice', 'order'])
    expect(out.gdpr).not.toHaveProperty('retention')
    expect(out).not.toHaveProperty('information')
    expect(out).not.toHaveProperty('requests')
  })
})
