/**
 * The plain description of a printed sales document: what `salesDocPdfModel` lays out from the domain
 * and what `renderSalesDocPdf` draws. Texts the company writes (names, addresses, designations, CGV)
 * are literal strings; the words of the form are keys of the `pdf` locale namespace with their
 * values, translated by the renderer in the customer's language (this module knows no i18next).
 */
import type { Language } from '@/domain/model'

/** A key of the locale files and its interpolation values (values may be keys themselves). */
export interface PdfKey {
  key: string
  values?: Record<string, string | number | PdfKey>
}

/** A literal string, or a key to translate. */
export type PdfText = string | PdfKey

/** Translates a key with its values (i18next's `t`, fixed to the customer's language). */
export type Translate = (key: string, values?: Record<string, unknown>) => string

/** A block of lines under a heading (the seller, the customer, the delivery address). */
export interface PdfParty {
  heading: PdfText
  lines: PdfText[]
}

/** A label and its value in the document's header (number, dates, references). */
export interface PdfFact {
  label: PdfText
  value: PdfText
}

export interface PdfColumn {
  label: PdfText
  align: 'left' | 'right'
  /** Share of the table's width. */
  width: number
}

/** A table: columns and rows of cells already formatted in the customer's language. */
export interface PdfTable {
  columns: PdfColumn[]
  rows: PdfText[][]
}

/** One line of the totals block; `emphasis` for the amount to pay or to deduct. */
export interface PdfTotal {
  label: PdfText
  value: string
  emphasis?: boolean
}

/** One clause of the conditions générales de vente, in the customer's language. */
export interface PdfClause {
  title: string
  body: string
}

/** Everything printed on a sales document, top to bottom. */
export interface SalesDocPdfModel {
  language: Language
  /** "Facture", "Avoir", "Devis"… */
  title: PdfText
  /** The document's number; absent on an unnumbered draft. */
  number?: string
  /** An unnumbered draft: printed with a "draft, no legal value" watermark. */
  draft: boolean
  /** The seller: name and the lines under it (address, contact). */
  seller: PdfParty
  /** The customer (billing address) and, when given, the delivery address. */
  parties: PdfParty[]
  facts: PdfFact[]
  lines: PdfTable
  /** VAT per rate: base and VAT (CGI ann. II art. 242 nonies A, 11°); absent on a delivery note. */
  vat?: PdfTable
  totals: PdfTotal[]
  /** The mentions, one paragraph each: payment, penalties, escompte, exemption, credit note… */
  mentions: PdfText[]
  /** The clauses printed after the document (quotes, orders, invoices). */
  cgv: PdfClause[]
  /** The seller's legal identity, repeated at the foot of every page (C. com. R123-237). */
  footer: PdfText[]
  /** Name of the file without extension: the number, or a draft name. */
  fileName: PdfText
}
