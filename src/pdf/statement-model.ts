/**
 * The printed account statement (relevé de compte): the same page as a sales document (seller, the
 * customer, facts, a table, totals, mentions, the legal footer), drawn by `renderSalesDocPdf`. The
 * lines are the statement's movements with their running balance; the mentions give the ageing.
 */
import { AGEING_BUCKET_KEYS, sellerSnapshotOf, type AccountStatement, type Ageing } from '@/domain'
import type { CompanySettings, Language, Tier } from '@/domain/model'
import { pdfFormat } from './pdf-format'
import { footer } from './sales-doc-model'
import type { PdfKey, SalesDocPdfModel } from './types'

const k = (key: string, values?: PdfKey['values']): PdfKey => (values ? { key: `statements.pdf.${key}`, values } : { key: `statements.pdf.${key}` })

/** The model of a customer's statement over its period, with the ageing at its last day. */
export function statementPdfModel(statement: AccountStatement, ageing: Ageing, settings: CompanySettings, customer: Tier, language: Language): SalesDocPdfModel {
  const f = pdfFormat(language)
  const seller = sellerSnapshotOf(settings.identity)
  const signed = (cents: number) => (cents === 0 ? '' : f.money(cents))
  return {
    language,
    title: k('title'),
    number: `${f.date(statement.from)} – ${f.date(statement.to)}`,
    draft: false,
    seller: {
      heading: seller.name,
      lines: [...f.address(seller.address), ...[settings.identity.phone, settings.identity.email].filter((value) => value?.trim())],
    },
    parties: [{ heading: k('customer'), lines: [customer.name, ...f.address(customer.billingAddress)] }],
    facts: [
      { label: k('period'), value: k('periodValue', { from: f.date(statement.from), to: f.date(statement.to) }) },
      { label: k('customerId'), value: customer.id },
    ],
    lines: {
      columns: [
        { label: k('columns.date'), align: 'left', width: 0.13 },
        { label: k('columns.document'), align: 'left', width: 0.3 },
        { label: k('columns.dueDate'), align: 'left', width: 0.13 },
        { label: k('columns.debit'), align: 'right', width: 0.14 },
        { label: k('columns.credit'), align: 'right', width: 0.14 },
        { label: k('columns.balance'), align: 'right', width: 0.16 },
      ],
      rows: [
        [f.date(statement.from), k('opening'), '', '', '', f.money(statement.openingBalanceCents)],
        ...statement.entries.map((entry) => [
          f.date(entry.date), k(`kinds.${entry.kind}`, { reference: entry.reference }), entry.dueDate ? f.date(entry.dueDate) : '',
          signed(entry.debitCents), signed(entry.creditCents), f.money(entry.balanceCents),
        ]),
      ],
    },
    totals: [
      { label: k('totals.debit'), value: f.money(statement.totalDebitCents) },
      { label: k('totals.credit'), value: f.money(statement.totalCreditCents) },
      { label: k('totals.closing'), value: f.money(statement.closingBalanceCents), emphasis: true },
    ],
    mentions: [
      k('ageingTitle', { date: f.date(statement.to) }),
      ...AGEING_BUCKET_KEYS.map((key) => k('ageingLine', { bucket: { key: `statements.buckets.${key}` }, amount: f.money(ageing.buckets[key]) })),
      ...(ageing.unallocatedCents !== 0 ? [k('ageingLine', { bucket: { key: 'statements.buckets.unallocated' }, amount: f.money(ageing.unallocatedCents) })] : []),
      k('closingMention'),
    ],
    cgv: [],
    footer: footer(seller, settings, f),
    fileName: k('fileName', { customer: customer.id, to: statement.to }),
  }
}
