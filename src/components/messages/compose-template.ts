import { accountSign, countsOnAccount, invoiceSettlement, lateness, type CompanySettings, type TemplateContext, type TemplateDocument, type TemplateFormatters } from '@/domain'
import type { Contact, IsoDate, Language, Payment, PurchaseDoc, SalesDoc, Tier } from '@/domain/model'
import { summarize } from '@/db/queries/sales-docs'
import { formatDate, formatMoney } from '@/i18n/format'

/** Money and dates as a letter writes them: 1 234,56 € and "2 mars 2026" in French, €1,234.56 and "2 March 2026" in English. */
export const LETTER_FORMAT: TemplateFormatters = {
  money: (cents, language) => formatMoney(cents, language),
  date: (iso, language) => formatDate(iso, language, 'long'),
}

/**
 * A sales document as the templates see it; an invoice's amount due is what remains to pay at the
 * simulated date (after the payments matched to it), which is what a reminder must state.
 */
export function salesDocForTemplate(doc: SalesDoc, typeLabel: string, payments: readonly Payment[], asOf: IsoDate): TemplateDocument {
  const summary = summarize(doc)
  const settled = countsOnAccount(doc) && accountSign(doc) > 0 ? invoiceSettlement(doc, payments, asOf) : undefined
  return {
    number: doc.number, typeLabel, date: doc.date, totalExclVatCents: summary.totalExclVatCents, totalInclVatCents: summary.totalInclVatCents,
    amountDueCents: settled ? settled.remainingCents : summary.amountDueCents, dueDate: settled?.dueDate ?? doc.dueDate,
    validUntil: doc.validUntil, customerReference: doc.customerPoNumber,
  }
}

/** A purchase document as the templates see it; a supplier order late on `asOf` gives its days late. */
export function purchaseDocForTemplate(doc: PurchaseDoc, typeLabel: string, asOf?: IsoDate): TemplateDocument {
  const late = asOf ? lateness(doc, asOf) : undefined
  return {
    number: doc.number, typeLabel, date: doc.sentOn ?? doc.date, totalExclVatCents: doc.totalExclVatCents, expectedDate: doc.expectedDate,
    ...(late?.late ? { daysLate: late.daysLate } : {}),
  }
}

export function templateContext(options: {
  language: Language
  date: IsoDate
  settings: CompanySettings | null
  tier?: Tier
  contact?: Contact
  subjectDocument?: TemplateDocument
}): TemplateContext {
  const identity = options.settings?.identity
  return {
    language: options.language,
    date: options.date,
    ...(identity ? { company: { name: identity.name, phone: identity.phone, email: identity.email } } : {}),
    ...(options.tier ? { tier: { name: options.tier.name, kind: options.tier.kind } } : {}),
    ...(options.contact ? { contact: options.contact } : {}),
    ...(options.subjectDocument ? { subjectDocument: options.subjectDocument } : {}),
  }
}
