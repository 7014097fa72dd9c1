/**
 * Month-end periodic invoices (DOMAIN-FR §2 and §3): the deliveries of one customer in a month may be
 * billed on one invoice issued at month end at the latest (CGI 289 I-3), payable at most 45 days from
 * its date (C. com. L441-10 I).
 */
import { addDays, endOfMonth } from '../calendar'
import { dueDate, type PaymentTerms } from '../due-date'
import type { IsoDate, SalesDoc } from '../model'

export const PERIODIC_INVOICE_SOURCES = { issue: 'CGI 289 I-3', terms: 'C. com. L441-10 I' } as const

/** Longest term of a periodic invoice, in days from its date (C. com. L441-10 I). */
export const PERIODIC_INVOICE_MAX_DAYS = 45

/** First and last day of the month 'YYYY-MM'. */
export function monthBounds(month: string): { first: IsoDate; last: IsoDate } {
  const first = `${month}-01`
  return { first, last: endOfMonth(first) }
}

/**
 * The terms of a periodic invoice issued on `issueDate`: the customer's own terms when they fall due
 * within 45 days of that date, otherwise 45 days net (the legal maximum for a periodic invoice).
 */
export function periodicInvoiceTerms(customerTerms: PaymentTerms, issueDate: IsoDate): PaymentTerms {
  const limit = addDays(issueDate, PERIODIC_INVOICE_MAX_DAYS)
  return dueDate(issueDate, customerTerms) <= limit ? customerTerms : { kind: 'net', days: PERIODIC_INVOICE_MAX_DAYS }
}

/** The shipped delivery notes of `customerId` dated in `month` ('YYYY-MM'), oldest first. */
export function deliveriesOfMonth(docs: readonly SalesDoc[], customerId: string, month: string): SalesDoc[] {
  const { first, last } = monthBounds(month)
  return docs
    .filter((d) => d.type === 'delivery' && d.customerId === customerId && d.date >= first && d.date <= last)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
}
