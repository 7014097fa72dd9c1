import type { CompanyCatalog } from '@/seed/catalog'
import type { CompanySettings, PaymentTerms, Product, Tier, VatRegime } from '@/domain'

/**
 * A small deterministic company catalogue for the generator's tests: every kind of tier the built-in
 * company has (French B2B and B2C, intra-EU, export, marketplace, suppliers, carriers), goods at
 * several VAT rates, a service, two warehouses and two salespeople. No randomness, no dates that move.
 */
export function makeCatalog(): CompanyCatalog {
  return {
    settings: SETTINGS,
    families: [
      { id: 'fam-cafe', name: { fr: 'Cafés et thés', en: 'Coffee and tea' } },
      { id: 'fam-machines', name: { fr: 'Machines', en: 'Machines' } },
      { id: 'fam-services', name: { fr: 'Services', en: 'Services' } },
    ],
    warehouses: [
      { id: 'wh-main', name: 'Entrepôt de Lyon', address: address('Lyon', '69007') },
      { id: 'wh-north', name: 'Dépôt de Lille', address: address('Lille', '59000') },
    ],
    salespeople: [
      { id: 'sp-alice', firstName: 'Alice', lastName: 'Moreau', email: 'alice@example.fr', regions: ['Auvergne-Rhône-Alpes', 'Occitanie'], objectives: [] },
      { id: 'sp-bruno', firstName: 'Bruno', lastName: 'Petit', email: 'bruno@example.fr', regions: ['Hauts-de-France', 'export'], objectives: [] },
    ],
    tiers: [...CUSTOMERS, ...SUPPLIERS, ...CARRIERS, PROSPECT],
    products: PRODUCTS,
  }
}

function address(city: string, postalCode: string, country = 'FR') {
  return { line1: '1 rue de la Gare', postalCode, city, country }
}

const NET30: PaymentTerms = { kind: 'net', days: 30 }
const EOM45: PaymentTerms = { kind: 'daysEndOfMonth', days: 45, method: 'addDaysThenEndOfMonth' }

const SETTINGS: CompanySettings = {
  identity: {
    name: 'Torréfaction Test SAS', legalForm: 'SAS', shareCapitalCents: 5_000_000, address: address('Lyon', '69007'),
    siren: '732829320', siret: '73282932000074', rcsCity: 'Lyon', vatNumber: 'FR44732829320', apeCode: '4637Z',
    phone: '04 00 00 00 00', email: 'contact@example.fr', website: 'https://example.fr', logo: 'logo.svg',
    bank: { name: 'Banque Test', iban: 'FR7630006000011234567890189', bic: 'AGRIFRPP' }, size: 'PME', vatOnDebits: false,
  },
  cgv: [{ title: { fr: 'Paiement', en: 'Payment' }, body: { fr: 'À 30 jours.', en: 'Within 30 days.' } }],
  defaultPaymentTerms: NET30,
  defaultPaymentMethod: 'transfer',
  latePenaltyRatePercent: null,
  earlyPaymentDiscountPercent: 0,
  earlyPaymentDiscountDays: 0,
  numbering: { quote: 'DV', order: 'BC', delivery: 'BL', invoice: 'FA', creditNote: 'AV', downPayment: 'AC', supplierOrder: 'CF', reception: 'BR' },
  delegation: { maxDiscountPercent: 10, maxCreditOverrunCents: 100_000, maxPaymentExtensionDays: 15, maxGoodwillCreditCents: 20_000, mayWaivePenalties: false },
  quoteValidityDays: 30,
}

function customer(
  id: string, name: string, opts: { legal?: 'company' | 'person'; region?: string; country?: string; language?: 'fr' | 'en'; regime?: VatRegime;
    channel?: 'direct' | 'webshop' | 'marketplace'; sp?: string; terms?: PaymentTerms; discount?: number; limit?: number },
): Tier {
  const legal = opts.legal ?? 'company'
  return {
    id, kind: 'customer', legal, name, billingAddress: address('Lyon', '69003', opts.country ?? 'FR'), deliveryAddresses: [],
    contacts: [{ id: `${id}-c1`, firstName: 'Camille', lastName: 'Durand', role: 'Achats', language: opts.language ?? 'fr' }],
    language: opts.language ?? 'fr', region: opts.region ?? 'Auvergne-Rhône-Alpes', createdOn: '2020-01-15',
    customer: {
      channel: opts.channel ?? 'direct', salespersonId: opts.sp ?? 'sp-alice', paymentTerms: opts.terms ?? NET30,
      paymentMethod: legal === 'person' ? 'card' : 'transfer', discountPercent: opts.discount ?? 0,
      creditLimitCents: opts.limit ?? (legal === 'person' ? 0 : 1_500_000), vatRegime: opts.regime ?? 'france',
    },
  }
}

const CUSTOMERS: Tier[] = [
  customer('cus-bistrot', 'Bistrot des Halles SARL', { discount: 5, limit: 2_000_000 }),
  customer('cus-hotel', 'Hôtel du Parc SA', { terms: EOM45, discount: 8, limit: 4_000_000 }),
  customer('cus-boulangerie', 'Boulangerie Martin', { limit: 800_000 }),
  customer('cus-bureau', 'Bureaux Nord Services', { region: 'Hauts-de-France', sp: 'sp-bruno', limit: 1_200_000 }),
  customer('cus-cantine', 'Cantine Scolaire de Roubaix', { region: 'Hauts-de-France', sp: 'sp-bruno', terms: EOM45, limit: 2_500_000 }),
  customer('cus-epicerie', 'Épicerie Fine Dupont', { region: 'Occitanie', discount: 3, limit: 1_000_000 }),
  customer('cus-berlin', 'Kaffeehaus Berlin GmbH', { region: 'EU', country: 'DE', language: 'en', regime: 'intraEu', sp: 'sp-bruno', limit: 2_000_000 }),
  customer('cus-london', 'London Coffee Ltd', { region: 'International', country: 'GB', language: 'en', regime: 'export', sp: 'sp-bruno', limit: 1_500_000 }),
  customer('cus-boston', 'Boston Beans Inc.', { region: 'International', country: 'US', language: 'en', regime: 'export', sp: 'sp-bruno', limit: 1_500_000 }),
  customer('cus-marketplace', 'Place de marché Mercato', { channel: 'marketplace', terms: { kind: 'net', days: 15 }, limit: 3_000_000 }),
  customer('cus-leroy', 'Mme Julie Leroy', { legal: 'person', channel: 'webshop', terms: { kind: 'onReceipt' } }),
  customer('cus-bernard', 'M. Paul Bernard', { legal: 'person', channel: 'webshop', terms: { kind: 'onReceipt' } }),
]

const PROSPECT: Tier = { ...customer('pro-salon', 'Salon de thé Rose', {}), kind: 'prospect' }

function supplier(id: string, name: string, country: string, leadTimeDays: number): Tier {
  return {
    id, kind: 'supplier', legal: 'company', name, billingAddress: address('Paris', '75011', country), deliveryAddresses: [],
    contacts: [{ id: `${id}-c1`, firstName: 'Sam', lastName: 'Lee', role: 'Ventes', language: country === 'FR' ? 'fr' : 'en' }],
    language: country === 'FR' ? 'fr' : 'en', region: country === 'FR' ? 'Île-de-France' : 'International', createdOn: '2019-05-01',
    supplier: { paymentTerms: NET30, leadTimeDays, minimumOrderCents: 50_000 },
  }
}

const SUPPLIERS: Tier[] = [
  supplier('sup-beans', 'Green Beans Trading', 'GB', 21),
  supplier('sup-machines', 'Machines Pro France', 'FR', 10),
  supplier('sup-tea', 'Thés du Monde', 'FR', 7),
]

const CARRIERS: Tier[] = ['car-colis', 'car-fret'].map((id, index) => ({
  id, kind: 'carrier', legal: 'company', name: index === 0 ? 'Colis Express' : 'Fret Europe', billingAddress: address('Lyon', '69008'),
  deliveryAddresses: [], contacts: [], language: 'fr', region: 'Auvergne-Rhône-Alpes', createdOn: '2019-01-01',
  carrier: { services: ['standard'], co2GramsPerTonneKm: 100, pricePerKgCents: 90 + index * 40 },
}))

function product(
  id: string, name: string, familyId: string, priceCents: number, vat: number, supplierId: string | null,
  opts: { unit?: string; service?: boolean; reorder?: number } = {},
): Product {
  return {
    id, reference: id.toUpperCase(), designation: { fr: name, en: name }, familyId, unit: opts.unit ?? 'u', priceCents,
    vatRatePercent: vat, costCents: Math.round(priceCents * 0.55), stockManaged: !opts.service, kind: opts.service ? 'service' : 'good',
    weightGrams: opts.service ? 0 : 1000,
    suppliers: supplierId ? [{ supplierId, purchasePriceCents: Math.round(priceCents * 0.55), minimumQuantity: 10, leadTimeDays: 14 }] : [],
    safetyStock: opts.reorder ? Math.ceil(opts.reorder / 2) : 0, reorderPoint: opts.reorder ?? 0, active: true,
  }
}

const PRODUCTS: Product[] = [
  product('caf-arabica', 'Café arabica 1 kg', 'fam-cafe', 2490, 5.5, 'sup-beans', { unit: 'kg', reorder: 40 }),
  product('caf-robusta', 'Café robusta 1 kg', 'fam-cafe', 1890, 5.5, 'sup-beans', { unit: 'kg', reorder: 40 }),
  product('caf-deca', 'Café décaféiné 500 g', 'fam-cafe', 1450, 5.5, 'sup-beans', { reorder: 20 }),
  product('caf-capsules', 'Capsules espresso ×100', 'fam-cafe', 3290, 5.5, 'sup-beans', { reorder: 30 }),
  product('the-vert', 'Thé vert 250 g', 'fam-cafe', 990, 5.5, 'sup-tea', { reorder: 25 }),
  product('the-noir', 'Thé noir 250 g', 'fam-cafe', 890, 5.5, 'sup-tea', { reorder: 25 }),
  product('sirop', 'Sirop de caramel 70 cl', 'fam-cafe', 690, 5.5, 'sup-tea', { reorder: 20 }),
  product('mach-expresso', 'Machine expresso pro', 'fam-machines', 189000, 20, 'sup-machines', { reorder: 3 }),
  product('mach-moulin', 'Moulin à café', 'fam-machines', 45900, 20, 'sup-machines', { reorder: 4 }),
  product('mach-filtre', 'Cafetière filtre', 'fam-machines', 8900, 20, 'sup-machines', { reorder: 8 }),
  product('mach-detartrant', 'Détartrant 1 L', 'fam-machines', 1290, 20, 'sup-machines', { reorder: 20 }),
  product('mach-tasses', 'Tasses porcelaine ×6', 'fam-machines', 2990, 20, 'sup-machines', { reorder: 12 }),
  product('srv-install', 'Installation sur site', 'fam-services', 15000, 20, null, { unit: 'h', service: true }),
  product('srv-formation', 'Formation barista', 'fam-services', 35000, 20, null, { unit: 'h', service: true }),
  product('srv-transport-repas', 'Dégustation (repas)', 'fam-services', 2500, 10, null, { service: true }),
]
