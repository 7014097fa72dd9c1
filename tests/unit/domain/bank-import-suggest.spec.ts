/** Suggested matches of a credit line (rapprochement, DOMAIN-FR §4: lettrage of a payment to invoices). */
import { describe, expect, it } from 'vitest'
import { bankLineKey, normalizeForMatch, suggestMatches, type OpenInvoice } from '@/domain'

const inv = (id: string, customerId: string, customerName: string, remainingCents: number, date = '2026-09-01'): OpenInvoice =>
  ({ id, number: `FA-2026-${id.padStart(5, '0')}`, customerId, customerName, date, remainingCents })

const invoices = [
  inv('101', 'c1', 'Boulangerie Pâtissière Éloïse SARL', 120000, '2026-08-01'),
  inv('102', 'c1', 'Boulangerie Pâtissière Éloïse SARL', 30050, '2026-08-15'),
  inv('103', 'c1', 'Boulangerie Pâtissière Éloïse SARL', 9999, '2026-09-01'),
  inv('201', 'c2', 'Armor Logistique', 50000),
  inv('301', 'c3', 'Ajaccio Marine', 30050),
]

describe('suggestMatches', () => {
  it('puts first the invoice whose number is in the label with the exact amount, and says why', () => {
    const [best] = suggestMatches({ label: 'VIR SEPA /REF FA-2026-00201', amountCents: 50000 }, invoices)
    expect(best).toMatchObject({ customerId: 'c2', score: 90, reasons: [{ code: 'number', values: { number: 'FA-2026-00201' } }, { code: 'amountOne' }] })
  })

  it('finds the number written without dashes or in lower case', () => {
    expect(suggestMatches({ label: 'virement fa202600201', amountCents: 50000 }, invoices)[0]?.invoices[0]?.id).toBe('201')
  })

  it('matches the customer name without accents, case or legal form', () => {
    const [best] = suggestMatches({ label: 'VIR SEPA RECU /DE BOULANGERIE PATISSIERE ELOISE', amountCents: 30050 }, invoices)
    expect(best).toMatchObject({ customerId: 'c1', score: 70, invoices: [{ id: '102' }] })
    expect(best?.reasons.map((r) => r.code)).toEqual(['name', 'amountOne'])
  })

  it('does not take another customer’s invoice of the same amount when only one name is in the label', () => {
    const suggestions = suggestMatches({ label: 'VIR BOULANGERIE PATISSIERE ELOISE', amountCents: 30050 }, invoices)
    expect(suggestions.every((s) => s.customerId === 'c1')).toBe(true)
  })

  it('suggests several invoices of the same customer whose remaining amounts add up to the payment', () => {
    const [best] = suggestMatches({ label: 'VIR BOULANGERIE PATISSIERE ELOISE FACTURES', amountCents: 120000 + 9999 }, invoices)
    expect(best).toMatchObject({ score: 65, reasons: [{ code: 'name' }, { code: 'amountSum', values: { count: 2 } }] })
    expect(best?.invoices.map((i) => i.id)).toEqual(['101', '103'])
  })

  it('offers the oldest invoice as a part payment when the name agrees but no amount does', () => {
    const [best] = suggestMatches({ label: 'VIR ARMOR LOGISTIQUE', amountCents: 100 }, invoices)
    expect(best).toMatchObject({ score: 30, invoices: [{ id: '201' }], reasons: [{ code: 'name' }, { code: 'amountDiffers', values: { remainingCents: 50000 } }] })
  })

  it('suggests nothing for a debit, an unknown payer, or a paid invoice', () => {
    expect(suggestMatches({ label: 'FA-2026-00201', amountCents: -50000 }, invoices)).toEqual([])
    expect(suggestMatches({ label: 'VIR M DURAND', amountCents: 50000 }, invoices)).toEqual([])
    expect(suggestMatches({ label: 'FA-2026-00201', amountCents: 50000 }, [{ ...invoices[3]!, remainingCents: 0 }])).toEqual([])
  })

  it('does not match a name hidden inside another word', () => {
    expect(suggestMatches({ label: 'VIR DESARMOR LOGISTIQUES', amountCents: 50000 }, invoices)).toEqual([])
  })

  it('keeps at most `limit` suggestions, best first', () => {
    const many = Array.from({ length: 10 }, (_, i) => inv(String(400 + i), 'c4', 'Delta Froid', 1000 + i))
    const suggestions = suggestMatches({ label: 'DELTA FROID', amountCents: 1000 }, many, 3)
    expect(suggestions.length).toBeLessThanOrEqual(3)
    expect(suggestions.map((s) => s.score)).toEqual([...suggestions.map((s) => s.score)].sort((a, b) => b - a))
  })
})

describe('matching helpers', () => {
  it('normalizes accents, case and punctuation', () => {
    expect(normalizeForMatch('  Éloïse & Fils — S.A.R.L. ')).toBe('eloise fils s a r l')
  })
  it('gives the same key to the same operation written with other spaces or case', () => {
    expect(bankLineKey({ date: '2026-01-01', label: 'Vir  Recu', amountCents: 5 })).toBe(bankLineKey({ date: '2026-01-01', label: 'VIR RECU', amountCents: 5 }))
  })
})
