/**
 * A small company for the GDPR tests (simulated date 2026-03-02): a consumer customer with an order, an
 * invoice, a payment, two messages and a marketing consent; a consumer prospect met at a trade show; a
 * business customer; a supplier; and an open access request received on 2026-02-25.
 */
import type { GdprRequest, Message, Tier, TierGdpr } from '@/domain/model'
import type { WorkspaceDb } from '@/db/workspace-db'
import { line, makeCustomer, makePayment, makeProduct, makeSalesDoc, makeSupplier } from './company-records'

export const gdprFile = (overrides: Partial<TierGdpr> = {}): TierGdpr =>
  ({ legalBasis: 'contract', consents: [], objectsToProspecting: false, lastContactOn: '2025-12-01', ...overrides })

export function gdprCompany() {
  const chair = makeProduct({ id: 'p-chair', reference: 'CHA-001' })
  const lea: Tier = makeCustomer({
    id: 'C030', name: 'Léa Martin', legal: 'person', siren: undefined, vatNumber: undefined, createdOn: '2024-03-01', notes: 'Préfère être appelée le matin',
    contacts: [{ id: 'C030-1', civility: 'Mme', firstName: 'Léa', lastName: 'Martin', role: 'Particulière', email: 'lea.martin@mail.example', language: 'fr' }],
    gdpr: gdprFile({ consents: [{ id: 'C030-k1', purpose: 'emailMarketing', given: true, date: '2024-03-01', source: 'Création du compte client', channel: 'web' }] }),
  })
  const camille: Tier = makeCustomer({
    id: 'C045', name: 'Camille Roussel', kind: 'prospect', legal: 'person', siren: undefined, vatNumber: undefined, createdOn: '2025-10-04',
    contacts: [{ id: 'C045-1', firstName: 'Camille', lastName: 'Roussel', role: 'Particulière', phone: '06 55 00 11 22', language: 'fr' }],
    gdpr: gdprFile({ legalBasis: 'consent', lastContactOn: '2025-10-04' }),
  })
  const dubois: Tier = makeCustomer({ id: 'C001', name: 'Atelier Dubois', gdpr: gdprFile({ legalBasis: 'legitimateInterest' }) })
  const supplier = makeSupplier({ id: 'S001', name: 'Sièges du Nord' })
  const order = makeSalesDoc({ id: 'o-1', type: 'order', number: 'BC-2025-0040', status: 'invoiced', customerId: 'C030', date: '2025-11-28', lines: [line(chair, 1)] })
  const invoice = makeSalesDoc({ id: 'i-1', type: 'invoice', number: 'FA-2025-0042', customerId: 'C030', date: '2025-12-01', lines: [line(chair, 1)], sourceIds: [order.id] })
  const payment = makePayment({ id: 'pay-1', customerId: 'C030', date: '2025-12-01', amountCents: invoice.totals!.amountDueCents, allocations: [{ docId: invoice.id, amountCents: invoice.totals!.amountDueCents }] })
  const messages: Message[] = [
    { id: 'm-1', direction: 'in', channel: 'email', date: '2026-02-25', tierId: 'C030', language: 'fr', subject: 'Mes données', body: 'Je souhaite recevoir une copie de mes données.', attachmentIds: [], read: true },
    { id: 'm-2', direction: 'out', channel: 'email', date: '2025-12-01', tierId: 'C030', language: 'fr', subject: 'Votre facture FA-2025-0042', body: 'Ci-joint votre facture.', attachmentIds: [invoice.id], read: true },
    { id: 'm-3', direction: 'in', channel: 'email', date: '2026-01-10', tierId: 'C001', language: 'fr', subject: 'Catalogue', body: 'Merci.', attachmentIds: [], read: true },
  ]
  const request: GdprRequest = { id: 'DRGPD-0001', tierId: 'C030', right: 'access', receivedOn: '2026-02-25', dueOn: '2026-03-25', extended: false, status: 'open', details: 'Par e-mail' }
  return { chair, lea, camille, dubois, supplier, order, invoice, payment, messages, request }
}

export type GdprCompany = ReturnType<typeof gdprCompany>

/** Writes the GDPR test company into a workspace. */
export async function writeGdprCompany(db: WorkspaceDb, company: GdprCompany = gdprCompany()): Promise<GdprCompany> {
  await db.transaction('rw', [db.tiers, db.products, db.salesDocs, db.payments, db.messages, db.gdprRequests], async () => {
    await db.tiers.bulkAdd([company.lea, company.camille, company.dubois, company.supplier])
    await db.products.add(company.chair)
    await db.salesDocs.bulkAdd([company.order, company.invoice])
    await db.payments.add(company.payment)
    await db.messages.bulkAdd(company.messages)
    await db.gdprRequests.add(company.request)
  })
  return company
}
