// Relative import: the e2e specs (tsconfig.node.json, no '@' alias) use this factory too.
import type { CompanySettings } from '../../src/domain/model/company'

/**
 * A valid CompanySettings (fictitious company, identifiers with correct keys) for tests that need one
 * before or beside the built-in catalogue. `overrides` replaces whole top-level parts.
 */
export function makeSettings(overrides: Partial<CompanySettings> = {}): CompanySettings {
  return {
    identity: {
      name: 'Atelier Test SAS',
      legalForm: 'SAS',
      shareCapitalCents: 5_000_000,
      address: { line1: '12 rue des Essais', postalCode: '69003', city: 'Lyon', country: 'FR' },
      siren: '812456713',
      siret: '81245671300005',
      rcsCity: 'Lyon',
      vatNumber: 'FR32812456713',
      apeCode: '4669B',
      phone: '04 72 00 00 00',
      email: 'contact@atelier-test.example',
      website: 'https://atelier-test.example',
      logo: 'logo.svg',
      bank: { name: 'Banque Test', iban: 'FR7630006000011234567890189', bic: 'AGRIFRPPXXX' },
      size: 'PME',
      vatOnDebits: false,
    },
    cgv: [
      { title: { fr: 'Paiement', en: 'Payment' }, body: { fr: 'Nos factures sont payables à 30 jours.', en: 'Our invoices are payable within 30 days.' } },
      { title: { fr: 'Litiges', en: 'Disputes' }, body: { fr: 'Tribunal de commerce de Lyon.', en: 'Commercial court of Lyon.' } },
    ],
    defaultPaymentTerms: { kind: 'net', days: 30 },
    defaultPaymentMethod: 'transfer',
    latePenaltyRatePercent: null,
    earlyPaymentDiscountPercent: 0,
    earlyPaymentDiscountDays: 0,
    numbering: {
      quote: 'DE', order: 'BC', delivery: 'BL', invoice: 'FA', creditNote: 'AV', downPayment: 'AC', supplierOrder: 'CF', reception: 'BR',
    },
    delegation: {
      maxDiscountPercent: 10,
      maxCreditOverrunCents: 100_000,
      maxPaymentExtensionDays: 15,
      maxGoodwillCreditCents: 20_000,
      mayWaivePenalties: false,
    },
    quoteValidityDays: 30,
    ...overrides,
  }
}
