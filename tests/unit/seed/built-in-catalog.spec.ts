import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  frenchVatNumber,
  isCalendarDate,
  isValidEuVatNumber,
  isValidIban,
  isValidSiren,
  isValidSiret,
  isVatRateInForce,
  LATE_PAYMENT_RATE_PARAMETERS,
  vatRatesAt,
  type Tier,
} from '@/domain'
import { BASE_MONTHLY_TARGET_CENTS, BUILT_IN_CATALOG, CUSTOMER_HISTORY_HINTS, WAREHOUSE_BY_REGION } from '@/seed/company'

const { settings, families, warehouses, salespeople, tiers, products } = BUILT_IN_CATALOG
const identity = settings.identity
const customers = tiers.filter((t) => t.kind === 'customer' || t.kind === 'prospect')
const suppliers = tiers.filter((t) => t.kind === 'supplier')
const carriers = tiers.filter((t) => t.kind === 'carrier')

const EU_COUNTRIES = ['AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK']
const ENGLISH_SPEAKING = ['GB', 'US', 'IE']
const FRENCH_SPEAKING = ['FR', 'BE', 'LU']
const METROPOLITAN_REGIONS = [
  'Auvergne-Rhône-Alpes', 'Bourgogne-Franche-Comté', 'Bretagne', 'Centre-Val de Loire', 'Corse', 'Grand Est', 'Hauts-de-France',
  'Île-de-France', 'Normandie', 'Nouvelle-Aquitaine', 'Occitanie', 'Pays de la Loire', 'Provence-Alpes-Côte d\'Azur',
]
/** The history spans three years before the workspace dates (2026): every rate must hold from 2023 on. */
const HISTORY_DATES = ['2023-01-01', '2024-07-01', '2026-01-01']

function customerData(tier: Tier) {
  if (!tier.customer) throw new Error(`${tier.id} has no customer data`)
  return tier.customer
}

function expectUnique(values: string[]) {
  expect(new Set(values).size).toBe(values.length)
}

describe('the built-in company: sizes (issue 5: ~40 customers, ~15 suppliers, 3–4 carriers, ~120 products)', () => {
  it('has the sizes the issue asks for', () => {
    expect(customers.length).toBeGreaterThanOrEqual(35)
    expect(customers.length).toBeLessThanOrEqual(50)
    expect(customers.filter((t) => t.kind === 'prospect').length).toBeGreaterThanOrEqual(2)
    expect(suppliers.length).toBeGreaterThanOrEqual(12)
    expect(suppliers.length).toBeLessThanOrEqual(18)
    expect(carriers.length).toBeGreaterThanOrEqual(3)
    expect(carriers.length).toBeLessThanOrEqual(4)
    expect(products.length).toBeGreaterThanOrEqual(100)
    expect(products.length).toBeLessThanOrEqual(140)
    expect(families.length).toBeGreaterThanOrEqual(6)
    expect(families.length).toBeLessThanOrEqual(10)
    expect(warehouses).toHaveLength(2)
    expect(salespeople.length).toBeGreaterThanOrEqual(4)
    expect(salespeople.length).toBeLessThanOrEqual(5)
  })

  it('gives every record a unique, stable id of the agreed shape', () => {
    expectUnique(tiers.map((t) => t.id))
    expectUnique(products.map((p) => p.id))
    expectUnique(products.map((p) => p.reference))
    expectUnique(families.map((f) => f.id))
    expectUnique(warehouses.map((w) => w.id))
    expectUnique(salespeople.map((s) => s.id))
    expectUnique(tiers.flatMap((t) => t.contacts.map((c) => c.id)))
    for (const t of customers) expect(t.id).toMatch(/^C\d{3}$/)
    for (const t of suppliers) expect(t.id).toMatch(/^S\d{3}$/)
    for (const t of carriers) expect(t.id).toMatch(/^T\d{3}$/)
    for (const p of products) expect(p.id).toMatch(/^P\d{3}$/)
    for (const f of families) expect(f.id).toMatch(/^F\d{2}$/)
    for (const w of warehouses) expect(w.id).toMatch(/^W\d$/)
    for (const s of salespeople) expect(s.id).toMatch(/^SP\d$/)
  })
})

describe('the company\'s identity (C. com. R123-237; CGI ann. II art. 242 nonies A)', () => {
  it('has a valid SIREN, a SIRET that extends it, and the VAT number computed from it', () => {
    expect(isValidSiren(identity.siren)).toBe(true)
    expect(isValidSiret(identity.siret)).toBe(true)
    expect(identity.siret.startsWith(identity.siren)).toBe(true)
    expect(identity.vatNumber).toBe(frenchVatNumber(identity.siren))
    const key = (12 + 3 * (Number(identity.siren) % 97)) % 97
    expect(identity.vatNumber).toBe(`FR${String(key).padStart(2, '0')}${identity.siren}`)
  })

  it('is a French SAS PME with a share capital, an RCS, an APE code and bank details with a valid IBAN', () => {
    expect(identity.legalForm).toBe('SAS')
    expect(identity.size).toBe('PME')
    expect(identity.vatOnDebits).toBe(false)
    expect(Number.isInteger(identity.shareCapitalCents) && identity.shareCapitalCents > 0).toBe(true)
    expect(identity.address.country).toBe('FR')
    expect(identity.rcsCity).toBe(identity.address.city)
    expect(identity.apeCode).toMatch(/^\d{4}[A-Z]$/)
    expect(identity.bank.iban.startsWith('FR')).toBe(true)
    expect(isValidIban(identity.bank.iban)).toBe(true)
    expect(identity.bank.bic).toMatch(/^[A-Z]{4}FR[A-Z0-9]{2}([A-Z0-9]{3})?$/)
  })

  it('uses example domains only and a logo that exists under public/', () => {
    expect(identity.email).toMatch(/\.example$/)
    expect(identity.website).toMatch(/\.example$/)
    expect(identity.logo).toMatch(/^logo-[a-z-]+\.svg$/)
    expect(existsSync(resolve(__dirname, '../../../public', identity.logo))).toBe(true)
    for (const t of tiers) for (const c of t.contacts) if (c.email !== undefined) expect(c.email).toMatch(/\.example$/)
  })
})

describe('the company\'s settings', () => {
  it('defaults: net 30 by transfer, 30-day quotes, no escompte', () => {
    expect(settings.defaultPaymentTerms).toEqual({ kind: 'net', days: 30 })
    expect(settings.defaultPaymentMethod).toBe('transfer')
    expect(settings.quoteValidityDays).toBe(30)
    expect(settings.earlyPaymentDiscountPercent).toBe(0)
  })

  it('numbering: one distinct prefix per series (C. com. L441-9: one continuous sequence per series)', () => {
    const prefixes = Object.values(settings.numbering)
    expectUnique(prefixes)
    expect(settings.numbering).toMatchObject({ quote: 'DE', order: 'BC', delivery: 'BL', invoice: 'FA', creditNote: 'AV' })
  })

  it('delegation levels are plausible for an assistant (REAC CP4.3)', () => {
    expect(settings.delegation).toEqual({
      maxDiscountPercent: 10,
      maxCreditOverrunCents: 100_000,
      maxPaymentExtensionDays: 15,
      maxGoodwillCreditCents: 15_000,
      mayWaivePenalties: false,
    })
  })

  it('a contractual penalty rate, if any, is at least 3 × the legal interest rate of every period (C. com. L441-10 II)', () => {
    const rate = settings.latePenaltyRatePercent
    if (rate === null) {
      // The legal default applies: the CGV must say so.
      expect(settings.cgv.some((c) => c.body.fr.includes('majoré de 10 points'))).toBe(true)
    } else {
      for (const period of LATE_PAYMENT_RATE_PARAMETERS) expect(rate).toBeGreaterThanOrEqual(3 * period.value.legalInterestPercent)
    }
  })
})

describe('the CGV (C. com. L441-1, L441-10, D441-5, L624-16), in French and English', () => {
  const fr = settings.cgv.map((c) => `${c.title.fr}\n${c.body.fr}`).join('\n')
  const en = settings.cgv.map((c) => `${c.title.en}\n${c.body.en}`).join('\n')

  it('has one clause per entry, each with a title and a body in both languages', () => {
    expect(settings.cgv.length).toBeGreaterThanOrEqual(10)
    for (const clause of settings.cgv) {
      for (const text of [clause.title.fr, clause.title.en, clause.body.fr, clause.body.en]) expect(text.trim().length).toBeGreaterThan(0)
    }
  })

  it('states the 40 € fixed recovery indemnity (D441-5)', () => {
    expect(fr).toContain('40 €')
    expect(fr).toContain('D441-5')
    expect(en).toContain('€40')
  })

  it('states the penalty rate: ECB refinancing rate + 10 points (L441-10 II)', () => {
    expect(fr).toMatch(/Banque centrale européenne[^.]*majoré de 10 points/)
    expect(en).toMatch(/European Central Bank[^.]*plus 10 percentage points/)
  })

  it('has a retention-of-title clause (loi 80-335, C. com. L624-16)', () => {
    expect(fr).toContain('Réserve de propriété')
    expect(fr).toContain('80-335')
    expect(fr).toContain('L624-16')
    expect(en).toContain('Retention of title')
  })

  it('has an escompte clause consistent with the settings ("pas d\'escompte" when 0 %)', () => {
    expect(settings.earlyPaymentDiscountPercent).toBe(0)
    expect(fr).toContain('Pas d\'escompte pour paiement anticipé')
    expect(en).toContain('No discount for early payment')
  })

  it('states the payment terms: 30 days from the invoice date, at most 60 days or 45 days end of month (L441-10 I)', () => {
    expect(fr).toContain('trente (30) jours à compter de leur date d\'émission')
    expect(fr).toContain('soixante (60) jours')
    expect(fr).toContain('quarante-cinq (45) jours fin de mois')
    expect(en).toContain('thirty (30) days of their date of issue')
  })

  it('names the competent commercial court of the head office, the applicable law, GDPR, warranties and quote validity', () => {
    expect(fr).toContain(`tribunal de commerce de ${identity.address.city}`)
    expect(en).toContain(`Commercial Court of ${identity.address.city}`)
    expect(fr).toContain('droit français')
    expect(fr).toContain('RGPD')
    expect(en).toContain('GDPR')
    expect(fr).toContain('vices cachés')
    expect(fr).toContain(`valables trente (${settings.quoteValidityDays}) jours`)
  })
})

describe('customers and prospects', () => {
  it('French companies have a valid SIREN and the VAT number computed from it', () => {
    const french = tiers.filter((t) => t.legal === 'company' && t.billingAddress.country === 'FR')
    expect(french.length).toBeGreaterThanOrEqual(30)
    for (const t of french) {
      expect(t.siren && isValidSiren(t.siren), `${t.id} SIREN`).toBe(true)
      expect(t.vatNumber, t.id).toBe(frenchVatNumber(t.siren as string))
    }
  })

  it('private persons (B2C) have no SIREN nor VAT number, pay on receipt and mostly buy on the webshop', () => {
    const persons = customers.filter((t) => t.legal === 'person')
    expect(persons.length).toBeGreaterThanOrEqual(3)
    for (const t of persons) {
      expect(t.siren).toBeUndefined()
      expect(t.vatNumber).toBeUndefined()
      expect(customerData(t).paymentTerms).toEqual({ kind: 'onReceipt' })
      expect(customerData(t).vatRegime).toBe('france')
      expect(t.billingAddress.country).toBe('FR')
    }
    expect(persons.filter((t) => customerData(t).channel === 'webshop').length).toBeGreaterThan(persons.length / 2)
  })

  it('the VAT regime matches the country: France, EU with a VAT number of its country (CGI 262 ter I), export outside the EU (CGI 262 I)', () => {
    for (const t of customers) {
      const { vatRegime } = customerData(t)
      const country = t.billingAddress.country
      if (vatRegime === 'france') expect(country, t.id).toBe('FR')
      if (vatRegime === 'intraEu') {
        expect(EU_COUNTRIES.includes(country) && country !== 'FR', t.id).toBe(true)
        expect(t.vatNumber && isValidEuVatNumber(t.vatNumber, country), `${t.id} ${t.vatNumber}`).toBe(true)
        expect(t.region).toBe('EU')
      }
      if (vatRegime === 'export') {
        expect(EU_COUNTRIES.includes(country), t.id).toBe(false)
        expect(t.region).toBe('International')
      }
    }
    const regimes = new Set(customers.map((t) => customerData(t).vatRegime))
    expect([...regimes].sort()).toEqual(['export', 'france', 'intraEu'])
    expect(customers.filter((t) => ['GB', 'US'].includes(t.billingAddress.country)).length).toBeGreaterThanOrEqual(2)
  })

  it('English-speaking customers, and foreigners outside French-speaking countries, use English', () => {
    for (const t of customers) {
      const country = t.billingAddress.country
      if (ENGLISH_SPEAKING.includes(country)) {
        expect(t.language, t.id).toBe('en')
        for (const c of t.contacts) expect(c.language, c.id).toBe('en')
      }
      if (!FRENCH_SPEAKING.includes(country)) expect(t.language, t.id).toBe('en')
      else expect(t.language, t.id).toBe('fr')
    }
  })

  it('each has contacts with a role, a billing address and delivery addresses (some elsewhere)', () => {
    for (const t of customers) {
      expect(t.contacts.length, t.id).toBeGreaterThanOrEqual(1)
      for (const c of t.contacts) expect(c.role.length).toBeGreaterThan(0)
      expect(t.deliveryAddresses.length, t.id).toBeGreaterThanOrEqual(1)
    }
    expect(customers.filter((t) => t.deliveryAddresses.some((a) => a.line1 !== t.billingAddress.line1)).length).toBeGreaterThanOrEqual(5)
  })

  it('has a salesperson who covers the region, French regions or EU/International', () => {
    for (const t of customers) {
      const salesperson = salespeople.find((s) => s.id === customerData(t).salespersonId)
      expect(salesperson, t.id).toBeDefined()
      expect(salesperson?.regions, t.id).toContain(t.region)
      if (t.billingAddress.country === 'FR') expect(METROPOLITAN_REGIONS, t.id).toContain(t.region)
    }
  })

  it('payment terms stay within the legal caps — 60 days net, 45 days end of month (L441-10 I) — and mix every kind', () => {
    const seen = new Set<string>()
    for (const t of customers) {
      const terms = customerData(t).paymentTerms
      if (terms.kind === 'net') expect(terms.days).toBeLessThanOrEqual(60)
      if (terms.kind === 'daysEndOfMonth') expect(terms.days).toBeLessThanOrEqual(45)
      seen.add(terms.kind === 'onReceipt' ? 'onReceipt' : `${terms.kind}${terms.days}`)
    }
    expect([...seen].sort()).toEqual(['daysEndOfMonth45', 'net30', 'net45', 'net60', 'onReceipt'])
  })

  it('channels, methods, discounts (0–8 %) and credit limits (integer cents, some low) are varied', () => {
    const data = customers.map(customerData)
    expect(new Set(data.map((d) => d.channel))).toEqual(new Set(['direct', 'webshop', 'marketplace']))
    expect(new Set(data.map((d) => d.paymentMethod)).size).toBeGreaterThanOrEqual(4)
    for (const d of data) {
      expect(d.discountPercent).toBeGreaterThanOrEqual(0)
      expect(d.discountPercent).toBeLessThanOrEqual(8)
      expect(Number.isInteger(d.creditLimitCents) && d.creditLimitCents > 0).toBe(true)
    }
    expect(data.filter((d) => d.creditLimitCents <= 300_000 && d.paymentTerms.kind !== 'onReceipt').length).toBeGreaterThanOrEqual(3)
    expect(Math.max(...data.map((d) => d.creditLimitCents))).toBeGreaterThanOrEqual(5_000_000)
  })

  it('creation dates are real dates, mostly before 2023 so a three-year history fits, a few recent', () => {
    for (const t of tiers) {
      expect(isCalendarDate(t.createdOn), t.id).toBe(true)
      expect(t.createdOn <= '2025-12-31', t.id).toBe(true)
    }
    const buying = customers.filter((t) => t.kind === 'customer')
    const old = buying.filter((t) => t.createdOn < '2023-01-01')
    expect(old.length / buying.length).toBeGreaterThanOrEqual(0.8)
    expect(buying.length - old.length).toBeGreaterThanOrEqual(3)
  })
})

describe('suppliers and carriers', () => {
  it('suppliers have terms within the caps, a lead time and a minimum order; foreign ones an Incoterms® 2020 rule', () => {
    for (const t of suppliers) {
      const s = t.supplier
      expect(s, t.id).toBeDefined()
      if (!s) continue
      expect(s.leadTimeDays).toBeGreaterThan(0)
      expect(Number.isInteger(s.minimumOrderCents) && s.minimumOrderCents >= 0).toBe(true)
      if (t.billingAddress.country !== 'FR') expect(s.incoterm, t.id).toMatch(/^[A-Z]{3} .+, Incoterms® 2020$/)
      if (s.paymentTerms.kind === 'net') expect(s.paymentTerms.days).toBeLessThanOrEqual(60)
    }
    expect(suppliers.filter((t) => t.billingAddress.country !== 'FR').length).toBeGreaterThanOrEqual(4)
    expect(suppliers.filter((t) => ['GB', 'US'].includes(t.billingAddress.country) && t.language === 'en').length).toBeGreaterThanOrEqual(1)
  })

  it('carriers give services, a CO₂e factor per tonne-km in the ADEME orders of magnitude and a price per kg', () => {
    for (const t of carriers) {
      const c = t.carrier
      expect(c, t.id).toBeDefined()
      if (!c) continue
      expect(c.services.length).toBeGreaterThan(0)
      expect(c.co2GramsPerTonneKm).toBeGreaterThanOrEqual(5)
      expect(c.co2GramsPerTonneKm).toBeLessThanOrEqual(1_000)
      expect(Number.isInteger(c.pricePerKgCents) && c.pricePerKgCents > 0).toBe(true)
    }
    const factors = carriers.map((t) => t.carrier?.co2GramsPerTonneKm ?? 0)
    expect(factors).toContain(80) // heavy truck (DOMAIN-FR §7)
    expect(Math.min(...factors)).toBeLessThanOrEqual(45) // rail, waterway or sea
  })
})

describe('products', () => {
  it('refer to existing families and suppliers, with references of their family', () => {
    const familyIds = new Set(families.map((f) => f.id))
    const supplierIds = new Set(suppliers.map((s) => s.id))
    for (const p of products) {
      expect(familyIds.has(p.familyId), p.id).toBe(true)
      for (const s of p.suppliers) expect(supplierIds.has(s.supplierId), `${p.id} ${s.supplierId}`).toBe(true)
      expect(p.reference).toMatch(/^[A-Z]{3}-[A-Z]{3}-\d{3}$/)
    }
    for (const f of families) {
      const prefixes = new Set(products.filter((p) => p.familyId === f.id).map((p) => p.reference.slice(0, 3)))
      expect(prefixes.size, f.id).toBe(1)
    }
  })

  it('every VAT rate is a French rate in force over the whole history (CGI 278 et s.), with 20, 10 and 5,5 % used', () => {
    for (const p of products) {
      for (const date of HISTORY_DATES) expect(isVatRateInForce(p.vatRatePercent, date), `${p.id} ${p.vatRatePercent} on ${date}`).toBe(true)
      expect(p.vatCategory).toBeUndefined()
    }
    const used = new Set(products.map((p) => p.vatRatePercent))
    const { standard, others } = vatRatesAt('2026-01-01')
    expect(used).toEqual(new Set([standard, ...others.filter((r) => r !== 2.1)]))
  })

  it('applies the legally right rate: books 5,5 % (CGI 278-0 bis A), delivered meal trays 10 % (CGI 279 m), services 20 %', () => {
    const family = (id: string) => products.filter((p) => p.familyId === id)
    for (const p of family('F07')) expect(p.vatRatePercent, p.id).toBe(5.5)
    for (const p of products.filter((p) => p.reference.startsWith('PAU-REP'))) expect(p.vatRatePercent, p.id).toBe(10)
    for (const p of products.filter((p) => p.kind === 'service')) expect(p.vatRatePercent, p.id).toBe(20)
    expect(products.find((p) => p.reference === 'PAU-CAF-001')?.vatRatePercent).toBe(5.5)
  })

  it('prices and costs are integer cents with a margin rate between 25 and 60 % of the price', () => {
    for (const p of products) {
      expect(Number.isInteger(p.priceCents) && p.priceCents > 0, p.id).toBe(true)
      expect(Number.isInteger(p.costCents) && p.costCents > 0, p.id).toBe(true)
      const marginRate = (p.priceCents - p.costCents) / p.priceCents
      expect(marginRate, `${p.id} margin`).toBeGreaterThanOrEqual(0.25)
      expect(marginRate, `${p.id} margin`).toBeLessThanOrEqual(0.6)
      for (const s of p.suppliers) {
        expect(Number.isInteger(s.purchasePriceCents) && s.purchasePriceCents < p.priceCents, p.id).toBe(true)
        expect(s.minimumQuantity).toBeGreaterThan(0)
        expect(s.leadTimeDays).toBeGreaterThan(0)
      }
    }
  })

  it('goods are stock-managed (except made-to-order food) with suppliers and a weight; services are not', () => {
    for (const p of products) {
      if (p.kind === 'service') {
        expect(p.stockManaged, p.id).toBe(false)
        expect(p.weightGrams).toBe(0)
      } else {
        expect(p.weightGrams, p.id).toBeGreaterThan(0)
        expect(p.suppliers.length, p.id).toBeGreaterThanOrEqual(1)
        expect(p.suppliers.length, p.id).toBeLessThanOrEqual(2)
      }
      if (!p.stockManaged) expect([p.safetyStock, p.reorderPoint]).toEqual([0, 0])
    }
    expect(products.filter((p) => p.kind === 'service').length).toBeGreaterThanOrEqual(5)
    expect(products.filter((p) => p.stockManaged).length).toBeGreaterThanOrEqual(80)
  })

  it('reorder point = demand over the main supplier lead time + safety stock, so it is never below it (DOMAIN-FR §8)', () => {
    for (const p of products.filter((p) => p.stockManaged && p.active)) {
      expect(p.safetyStock, p.id).toBeGreaterThan(0)
      expect(p.reorderPoint, p.id).toBeGreaterThan(p.safetyStock)
    }
  })

  it('some items are sold by kg or metre, and a few are inactive', () => {
    expect(products.filter((p) => p.unit === 'kg').length).toBeGreaterThanOrEqual(1)
    expect(products.filter((p) => p.unit === 'm').length).toBeGreaterThanOrEqual(2)
    const inactive = products.filter((p) => !p.active)
    expect(inactive.length).toBeGreaterThanOrEqual(3)
    expect(inactive.length).toBeLessThanOrEqual(10)
    for (const p of products) {
      expect(p.designation.fr.length, p.id).toBeGreaterThan(0)
      expect(p.designation.en.length, p.id).toBeGreaterThan(0)
    }
  })
})

describe('warehouses, salespeople and history hints', () => {
  it('salespeople have an email, regions, and a base monthly target for the history generator', () => {
    for (const s of salespeople) {
      expect(s.regions.length).toBeGreaterThan(0)
      expect(s.email).toMatch(/@confluence-bureau\.example$/)
      const target = BASE_MONTHLY_TARGET_CENTS[s.id]
      expect(target !== undefined && Number.isInteger(target) && target > 0, s.id).toBe(true)
    }
    expect(Object.keys(BASE_MONTHLY_TARGET_CENTS).sort()).toEqual(salespeople.map((s) => s.id).sort())
  })

  it('every customer region has a default warehouse that exists', () => {
    const warehouseIds = new Set(warehouses.map((w) => w.id))
    for (const t of customers) expect(warehouseIds.has(WAREHOUSE_BY_REGION[t.region] ?? ''), t.region).toBe(true)
  })

  it('history hints cover every buying customer, with some meant to be near or over their limit', () => {
    const buying = customers.filter((t) => t.kind === 'customer').map((t) => t.id).sort()
    expect(Object.keys(CUSTOMER_HISTORY_HINTS).sort()).toEqual(buying)
    const hints = Object.values(CUSTOMER_HISTORY_HINTS)
    expect(hints.filter((h) => h.nearCreditLimit).length).toBeGreaterThanOrEqual(3)
    expect(new Set(hints.map((h) => h.payment))).toEqual(new Set(['onTime', 'late', 'veryLate']))
  })
})
