/**
 * The learners' sample statement (public/exemples/releve-banque.csv), derived from the built-in
 * company's open invoices on a fixed start date: the e2e opens a workspace on that date, so every
 * suggestion the sample should raise points at a real invoice.
 */
import { settleInvoices, type OpenInvoice } from '@/domain'
import { addDays } from '@/domain/calendar'
import { generateBuiltInCompany } from '@/db/seed-company'

/** The workspace start date the sample is made for. */
export const BANK_SAMPLE_START = '2026-10-01'

/** French amount with a space for thousands and a comma decimal mark: "-1 234,56". */
export function frenchAmount(cents: number): string {
  const sign = cents < 0 ? '-' : ''
  const abs = Math.abs(cents)
  const euros = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')
  return `${sign}${euros},${String(abs % 100).padStart(2, '0')}`
}

const frenchDate = (iso: string) => iso.split('-').reverse().join('/')
const upper = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase().replace(/[^A-Z0-9 ]+/g, ' ').replace(/\s+/g, ' ').trim()

export interface BankSample {
  csv: string
  /** The invoice paid in full with its number in the label (the e2e looks for its suggestion). */
  knownInvoice: OpenInvoice
}

/** Builds the sample statement: ten lines over the five days before the start date. */
export function buildBankSample(start = BANK_SAMPLE_START): BankSample {
  const company = generateBuiltInCompany(start)
  const names = new Map(company.tiers.map((t) => [t.id, t.name]))
  const docs = company.salesDocs.filter((d) => (d.type === 'invoice' || d.type === 'downPayment') && d.status === 'validated' && d.number)
  const settled = settleInvoices(docs, company.payments, start)
  const open: OpenInvoice[] = docs
    .map((d) => ({ id: d.id, number: d.number!, customerId: d.customerId, customerName: names.get(d.customerId) ?? '', date: d.date, remainingCents: settled.get(d.id)?.remainingCents ?? 0 }))
    .filter((i) => i.remainingCents > 0)
    .sort((a, b) => a.date.localeCompare(b.date) || a.number.localeCompare(b.number))
  const byCustomer = new Map<string, OpenInvoice[]>()
  for (const invoice of open) byCustomer.set(invoice.customerId, [...(byCustomer.get(invoice.customerId) ?? []), invoice])
  const pair = [...byCustomer.values()].find((list) => list.length >= 2)
  const used = new Set(pair?.map((i) => i.customerId) ?? [])
  const singles = open.filter((i) => !used.has(i.customerId) && byCustomer.get(i.customerId)!.length === 1)
  const [knownInvoice, byName, partial] = singles
  if (!knownInvoice || !byName || !partial || !pair) throw new Error('the built-in company has too few open invoices for the sample')

  const day = (n: number) => frenchDate(addDays(start, -n))
  const rows: [string, string, number][] = [
    [day(5), `VIR SEPA RECU /DE ${upper(knownInvoice.customerName)} /MOTIF REGLEMENT ${knownInvoice.number}`, knownInvoice.remainingCents],
    [day(5), 'PRLV SEPA URSSAF COTISATIONS', -184_250],
    [day(4), `VIR SEPA RECU /DE ${upper(byName.customerName)}`, byName.remainingCents],
    [day(4), 'CB STATION TOTAL 12/09 LYON', -8_990],
    [day(3), `VIR SEPA RECU /DE ${upper(pair[0]!.customerName)} /MOTIF FACTURES`, pair[0]!.remainingCents + pair[1]!.remainingCents],
    [day(3), 'FRAIS TENUE DE COMPTE', -1_200],
    [day(2), `VIR SEPA RECU /DE ${upper(partial.customerName)} /REF ${partial.number} ACOMPTE`, Math.max(1, Math.floor(partial.remainingCents / 2))],
    [day(2), 'VIR SEPA RECU /DE M OU MME DURAND', 4_500],
    [day(1), 'COMMISSION INTERVENTION', -800],
    [day(1), 'REMISE CHEQUES 0001234', 125_000],
  ]
  const csv = ['Date;Libellé;Montant', ...rows.map(([date, label, cents]) => `${date};${label};${frenchAmount(cents)}`)].join('\r\n') + '\r\n'
  return { csv, knownInvoice }
}
