import type { CompanySettings } from '@/domain'
import { CGV } from './cgv'

/**
 * Confluence Bureau SAS: a Lyon distributor of office furniture, supplies, small IT equipment,
 * break-room supplies and workplace services, selling direct (sales reps), on its webshop and on a
 * professional marketplace. Fictitious: the SIREN, IBAN and addresses are invented (valid keys only).
 */
export const COMPANY_SETTINGS: CompanySettings = {
  identity: {
    name: 'Confluence Bureau',
    legalForm: 'SAS',
    shareCapitalCents: 15_000_000,
    address: { line1: '27 rue Paul Montrochet', postalCode: '69002', city: 'Lyon', country: 'FR' },
    siren: '719758591',
    siret: '71975859100015',
    rcsCity: 'Lyon',
    // frenchVatNumber('719758591'): key (12 + 3 × (719758591 mod 97)) mod 97.
    vatNumber: 'FR10719758591',
    // NAF 46.65Z: commerce de gros (interentreprises) de mobilier de bureau.
    apeCode: '4665Z',
    phone: '04 78 92 15 40',
    email: 'contact@confluence-bureau.example',
    website: 'https://www.confluence-bureau.example',
    logo: 'logo-confluence-bureau.svg',
    bank: { name: 'Banque Rhodanienne de Commerce', iban: 'FR7619870004210881234567132', bic: 'BRDCFRPPLYO' },
    size: 'PME',
    // Sales of goods: VAT is due on delivery whatever the option; services on receipt of payment.
    vatOnDebits: false,
  },
  cgv: CGV,
  defaultPaymentTerms: { kind: 'net', days: 30 },
  defaultPaymentMethod: 'transfer',
  // null: the legal default rate, ECB refinancing rate + 10 points (C. com. L441-10 II), as the CGV say.
  latePenaltyRatePercent: null,
  // "Pas d'escompte pour paiement anticipé" (CGV art. 6).
  earlyPaymentDiscountPercent: 0,
  earlyPaymentDiscountDays: 0,
  numbering: {
    quote: 'DE',
    order: 'BC',
    delivery: 'BL',
    invoice: 'FA',
    creditNote: 'AV',
    downPayment: 'AC',
    supplierOrder: 'CF',
    reception: 'RE',
  },
  delegation: {
    maxDiscountPercent: 10,
    maxCreditOverrunCents: 100_000,
    maxPaymentExtensionDays: 15,
    maxGoodwillCreditCents: 15_000,
    mayWaivePenalties: false,
  },
  quoteValidityDays: 30,
}
