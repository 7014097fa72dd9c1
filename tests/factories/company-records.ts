/**
 * Deterministic builders of company records (tiers, products, sales documents, payments, stock
 * movements) with overridable fields, and a small coherent company for list and detail tests.
 */
import { dueDate, priceDocument, salesDocPricingInput } from '@/domain'
import type { Payment, Product, SalesDoc, SalesLine, StockMove, Tier } from '@/domain/model'
import type { WorkspaceDb } from '@/db/workspace-db'
import { META_KEYS } from '@/seed/catalog'

const address = (city: string, postalCode = '69002', country = 'FR') => ({ line1: '12 rue de la République', postalCode, city, country })

export function makeCustomer(overrides: Partial<Tier> & { id: string; name: string }): Tier {
  return {
    kind: 'customer', legal: 'company', siren: '732829320', vatNumber: 'FR44732829320',
    billingAddress: address('Lyon'), deliveryAddresses: [address('Villeurbanne', '69100')],
    contacts: [{ id: `${overrides.id}-c1`, civility: 'Mme', firstName: 'Claire', lastName: 'Martin', role: 'Acheteuse', email: 'claire.martin@example.fr', language: 'fr' }],
    language: 'fr', region: 'Auvergne-Rhône-Alpes', createdOn: '2023-01-10',
    customer: {
      channel: 'direct', salespersonId: 'sp-1', paymentTerms: { kind: 'net', days: 30 }, paymentMethod: 'transfer',
      discountPercent: 0, creditLimitCents: 1_500_000, vatRegime: 'france',
    },
    ...overrides,
  }
}

export function makeSupplier(overrides: Partial<Tier> & { id: string; name: string }): Tier {
  return {
    kind: 'supplier', legal: 'company', siren: '552100554', vatNumber: 'FR61552100554', billingAddress: address('Lille', '59000'),
    deliveryAddresses: [], contacts: [{ id: `${overrides.id}-c1`, firstName: 'Paul', lastName: 'Durand', role: 'Commercial', language: 'fr' }],
    language: 'fr', region: 'Hauts-de-France', createdOn: '2022-06-01',
    supplier: { paymentTerms: { kind: 'net', days: 45 }, leadTimeDays: 10, minimumOrderCents: 50_000 },
    ...overrides,
  }
}

export function makeCarrier(overrides: Partial<Tier> & { id: string; name: string }): Tier {
  return {
    kind: 'carrier', legal: 'company', siren: '542065479', billingAddress: address('Paris', '75008'), deliveryAddresses: [],
    contacts: [], language: 'fr', region: 'Île-de-France', createdOn: '2022-06-01',
    carrier: { services: ['messagerie', 'express'], co2GramsPerTonneKm: 80, pricePerKgCents: 45 },
    ...overrides,
  }
}

export function makeProduct(overrides: Partial<Product> & { id: string; reference: string }): Product {
  return {
    designation: { fr: 'Chaise de bureau', en: 'Office chair' }, familyId: 'fam-chairs', unit: 'u', priceCents: 14_500,
    vatRatePercent: 20, costCents: 8_700, stockManaged: true, kind: 'good', weightGrams: 9_000,
    suppliers: [{ supplierId: 'sup-1', purchasePriceCents: 8_500, minimumQuantity: 10, leadTimeDays: 12 }],
    safetyStock: 5, reorderPoint: 20, active: true,
    ...overrides,
  }
}

export function line(product: Product, quantity: number, overrides: Partial<SalesLine> = {}): SalesLine {
  return {
    productId: product.id, designation: product.designation.fr, quantity, unitPriceCents: product.priceCents,
    vatRatePercent: product.vatRatePercent, unitCostCents: product.costCents, ...overrides,
  }
}

/** A sales document; validated invoices, credit notes and acomptes get their totals from `priceDocument`. */
export function makeSalesDoc(overrides: Partial<SalesDoc> & Pick<SalesDoc, 'id' | 'type' | 'customerId' | 'date' | 'lines'>): SalesDoc {
  const doc: SalesDoc = {
    status: overrides.type === 'quote' ? 'sent' : overrides.type === 'order' ? 'confirmed' : overrides.type === 'delivery' ? 'shipped' : 'validated',
    salespersonId: 'sp-1', channel: 'direct', sourceIds: [], ...overrides,
  }
  if (!doc.totals) {
    const priced = priceDocument(salesDocPricingInput(doc))
    doc.totals = {
      grossCents: priced.grossCents, netCommercialCents: priced.netCommercialCents, totalExclVatCents: priced.totalExclVatCents,
      totalVatCents: priced.totalVatCents, totalInclVatCents: priced.totalInclVatCents, amountDueCents: priced.amountDueCents,
    }
  }
  if ((doc.type === 'invoice' || doc.type === 'downPayment') && !doc.dueDate) {
    doc.paymentTerms ??= { kind: 'net', days: 30 }
    doc.dueDate = dueDate(doc.date, doc.paymentTerms)
  }
  return doc
}

export function makePayment(overrides: Partial<Payment> & Pick<Payment, 'id' | 'customerId' | 'date' | 'amountCents'>): Payment {
  return { method: 'transfer', reference: `VIR-${overrides.id}`, allocations: [], ...overrides }
}

export function makeStockMove(overrides: Partial<StockMove> & Pick<StockMove, 'id' | 'date' | 'lines'>): StockMove {
  return { kind: 'initial', warehouseId: 'wh-lyon', ...overrides }
}

/**
 * A small company: 2 customers (one over its limit), a prospect, a supplier, a carrier, 3 products
 * (one under its reorder point), a full chain quote → order → delivery → invoice → credit note →
 * payment for Atelier Dubois, and an overdue invoice for Brasserie Lumière. Simulated date 2026-03-02.
 */
export function smallCompany() {
  const chair = makeProduct({ id: 'p-chair', reference: 'CHA-001' })
  const desk = makeProduct({
    id: 'p-desk', reference: 'BUR-010', designation: { fr: 'Bureau droit 160 cm', en: 'Straight desk 160 cm' }, familyId: 'fam-desks',
    priceCents: 38_990, costCents: 22_000, reorderPoint: 8, safetyStock: 2,
  })
  const book = makeProduct({
    id: 'p-book', reference: 'LIV-100', designation: { fr: 'Guide de l\'ergonomie', en: 'Ergonomics guide' }, familyId: 'fam-books',
    priceCents: 1_870, costCents: 1_100, vatRatePercent: 5.5, reorderPoint: 10, safetyStock: 5, active: false,
  })
  const dubois = makeCustomer({ id: 'cus-dubois', name: 'Atelier Dubois', billingAddress: address('Lyon') })
  const lumiere = makeCustomer({
    id: 'cus-lumiere', name: 'Brasserie Lumière', siren: '443061841', vatNumber: 'FR20443061841', billingAddress: address('Nantes', '44000'),
    region: 'Pays de la Loire',
    customer: { channel: 'webshop', salespersonId: 'sp-2', paymentTerms: { kind: 'daysEndOfMonth', days: 45, method: 'addDaysThenEndOfMonth' }, paymentMethod: 'lcr', discountPercent: 5, creditLimitCents: 100_000, vatRegime: 'france' },
  })
  const prospect = makeCustomer({ id: 'pro-nova', name: 'Nova Conseil', kind: 'prospect', billingAddress: address('Bordeaux', '33000') })
  const supplier = makeSupplier({ id: 'sup-1', name: 'Sièges du Nord' })
  const carrier = makeCarrier({ id: 'car-1', name: 'Transports Rapides' })

  const quote = makeSalesDoc({ id: 'q-1', type: 'quote', number: 'DE-2026-0001', status: 'accepted', customerId: dubois.id, date: '2026-01-05', lines: [line(chair, 12), line(desk, 3)], discountsPercent: [5, 2] })
  const order = makeSalesDoc({ id: 'o-1', type: 'order', number: 'BC-2026-0001', status: 'invoiced', customerId: dubois.id, date: '2026-01-08', lines: quote.lines, discountsPercent: [5, 2], sourceIds: [quote.id], customerPoNumber: 'PO-7781' })
  const delivery = makeSalesDoc({ id: 'd-1', type: 'delivery', number: 'BL-2026-0001', status: 'shipped', customerId: dubois.id, date: '2026-01-12', lines: quote.lines, sourceIds: [order.id], warehouseId: 'wh-lyon', carrierId: carrier.id })
  const invoice = makeSalesDoc({
    id: 'i-1', type: 'invoice', number: 'FA-2026-0001', customerId: dubois.id, date: '2026-01-12', lines: quote.lines, discountsPercent: [5, 2],
    earlyPaymentDiscountPercent: 1, shippingCents: 4_500, sourceIds: [delivery.id], customerPoNumber: 'PO-7781', paymentTerms: { kind: 'net', days: 30 },
  })
  const credit = makeSalesDoc({ id: 'a-1', type: 'creditNote', number: 'AV-2026-0001', customerId: dubois.id, date: '2026-01-20', lines: [line(chair, 2)], discountsPercent: [5, 2], earlyPaymentDiscountPercent: 1, sourceIds: [invoice.id], reason: 'Retour de 2 chaises' })
  // The customer pays 2 000 € and deducts the credit note (lettrage of the invoice with both).
  const payment = makePayment({ id: 'pay-1', customerId: dubois.id, date: '2026-02-05', amountCents: 200_000, allocations: [{ docId: invoice.id, amountCents: 232_075 }, { docId: credit.id, amountCents: -32_075 }] })
  const openOrder = makeSalesDoc({ id: 'o-2', type: 'order', number: 'BC-2026-0002', customerId: dubois.id, date: '2026-02-20', lines: [line(desk, 2)] })
  const lateInvoice = makeSalesDoc({ id: 'i-2', type: 'invoice', number: 'FA-2025-00412', customerId: lumiere.id, date: '2025-12-01', lines: [line(book, 50), line(chair, 10)], channel: 'webshop', salespersonId: 'sp-2', paymentTerms: { kind: 'net', days: 30 } })
  const draftQuote = makeSalesDoc({ id: 'q-2', type: 'quote', status: 'draft', customerId: lumiere.id, date: '2026-02-25', lines: [line(desk, 1)] })

  const moves: StockMove[] = [
    makeStockMove({ id: 'm-0', date: '2025-01-01', lines: [{ productId: chair.id, quantity: 60, unitCostCents: 8_700 }, { productId: desk.id, quantity: 10, unitCostCents: 22_000 }, { productId: book.id, quantity: 80, unitCostCents: 1_100 }] }),
    makeStockMove({ id: 'm-1', date: '2025-01-01', warehouseId: 'wh-paris', lines: [{ productId: chair.id, quantity: 15, unitCostCents: 8_700 }] }),
    makeStockMove({ id: 'm-2', kind: 'delivery', date: '2025-12-01', sourceId: lateInvoice.id, lines: [{ productId: book.id, quantity: -50, unitCostCents: 1_100 }, { productId: chair.id, quantity: -10, unitCostCents: 8_700 }] }),
    makeStockMove({ id: 'm-3', kind: 'delivery', date: '2026-01-12', sourceId: delivery.id, lines: [{ productId: chair.id, quantity: -12, unitCostCents: 8_700 }, { productId: desk.id, quantity: -3, unitCostCents: 22_000 }] }),
    makeStockMove({ id: 'm-4', kind: 'return', date: '2026-01-20', sourceId: credit.id, lines: [{ productId: chair.id, quantity: 2, unitCostCents: 8_700 }] }),
  ]
  return {
    simDate: '2026-03-02',
    products: { chair, desk, book },
    tiers: { dubois, lumiere, prospect, supplier, carrier },
    docs: { quote, order, delivery, invoice, credit, openOrder, lateInvoice, draftQuote },
    payments: [payment],
    moves,
    families: [
      { id: 'fam-chairs', name: { fr: 'Sièges', en: 'Seating' } },
      { id: 'fam-desks', name: { fr: 'Bureaux', en: 'Desks' } },
      { id: 'fam-books', name: { fr: 'Livres', en: 'Books' } },
    ],
    warehouses: [
      { id: 'wh-lyon', name: 'Entrepôt de Lyon', address: address('Lyon') },
      { id: 'wh-paris', name: 'Dépôt de Paris', address: address('Paris', '75012') },
    ],
    salespeople: [
      { id: 'sp-1', firstName: 'Julie', lastName: 'Moreau', email: 'julie.moreau@example.fr', regions: ['Auvergne-Rhône-Alpes'], objectives: [] },
      { id: 'sp-2', firstName: 'Karim', lastName: 'Benali', email: 'karim.benali@example.fr', regions: ['Pays de la Loire'], objectives: [] },
    ],
  }
}

export type SmallCompany = ReturnType<typeof smallCompany>

/** Writes a company's records into a workspace database (tests only: the app writes through commands). */
export async function writeCompany(db: WorkspaceDb, company: SmallCompany = smallCompany()): Promise<SmallCompany> {
  await db.transaction('rw', [db.tiers, db.products, db.salesDocs, db.payments, db.stockMoves, db.meta], async () => {
    await db.tiers.bulkAdd(Object.values(company.tiers))
    await db.products.bulkAdd(Object.values(company.products))
    await db.salesDocs.bulkAdd(Object.values(company.docs))
    await db.payments.bulkAdd(company.payments)
    await db.stockMoves.bulkAdd(company.moves)
    await db.meta.bulkPut([
      { key: META_KEYS.families, value: company.families },
      { key: META_KEYS.warehouses, value: company.warehouses },
      { key: META_KEYS.salespeople, value: company.salespeople },
    ])
  })
  return company
}
