/**
 * Hints for the history generator (not stored in a workspace): how much each customer buys a year and
 * how it pays, so the generated history has big and small accounts, some invoices overdue at different
 * ages and some customers near or over their credit limit. Figures are HT cents a year.
 *
 * - `onTime`: pays by the due date (a few days early or late).
 * - `late`: pays 10–40 days after the due date; some invoices open and overdue.
 * - `veryLate`: pays 40–120 days late or not at all; overdue at several ages, over its credit limit.
 */
export type PaymentBehaviour = 'onTime' | 'late' | 'veryLate'

export interface CustomerHistoryHint {
  annualRevenueCents: number
  payment: PaymentBehaviour
  /** The history should leave this customer's encours near (≥ 80 %) or over its credit limit. */
  nearCreditLimit?: boolean
}

export const CUSTOMER_HISTORY_HINTS: Readonly<Record<string, CustomerHistoryHint>> = {
  C001: { annualRevenueCents: 6_000_000, payment: 'onTime' },
  C002: { annualRevenueCents: 12_000_000, payment: 'onTime' },
  C003: { annualRevenueCents: 4_500_000, payment: 'late', nearCreditLimit: true },
  C004: { annualRevenueCents: 2_000_000, payment: 'onTime' },
  C005: { annualRevenueCents: 9_000_000, payment: 'onTime' },
  C006: { annualRevenueCents: 1_800_000, payment: 'late' },
  C007: { annualRevenueCents: 1_200_000, payment: 'veryLate', nearCreditLimit: true },
  C008: { annualRevenueCents: 18_000_000, payment: 'onTime' },
  C009: { annualRevenueCents: 1_000_000, payment: 'onTime' },
  C010: { annualRevenueCents: 3_500_000, payment: 'onTime' },
  C011: { annualRevenueCents: 5_500_000, payment: 'late', nearCreditLimit: true },
  C012: { annualRevenueCents: 1_400_000, payment: 'onTime' },
  C013: { annualRevenueCents: 9_500_000, payment: 'onTime' },
  C014: { annualRevenueCents: 800_000, payment: 'late' },
  C015: { annualRevenueCents: 15_000_000, payment: 'onTime' },
  C016: { annualRevenueCents: 1_200_000, payment: 'onTime' },
  C017: { annualRevenueCents: 11_000_000, payment: 'onTime' },
  C018: { annualRevenueCents: 1_000_000, payment: 'onTime' },
  C019: { annualRevenueCents: 10_000_000, payment: 'late' },
  C020: { annualRevenueCents: 7_000_000, payment: 'late', nearCreditLimit: true },
  C021: { annualRevenueCents: 8_500_000, payment: 'onTime' },
  C022: { annualRevenueCents: 20_000_000, payment: 'onTime' },
  C023: { annualRevenueCents: 900_000, payment: 'veryLate', nearCreditLimit: true },
  C024: { annualRevenueCents: 1_400_000, payment: 'late' },
  C025: { annualRevenueCents: 8_000_000, payment: 'onTime' },
  C026: { annualRevenueCents: 6_500_000, payment: 'onTime' },
  C027: { annualRevenueCents: 3_000_000, payment: 'onTime' },
  C028: { annualRevenueCents: 150_000, payment: 'onTime' },
  C029: { annualRevenueCents: 120_000, payment: 'onTime' },
  C030: { annualRevenueCents: 250_000, payment: 'onTime' },
  C031: { annualRevenueCents: 180_000, payment: 'onTime' },
  C032: { annualRevenueCents: 100_000, payment: 'onTime' },
  C033: { annualRevenueCents: 7_500_000, payment: 'onTime' },
  C034: { annualRevenueCents: 5_000_000, payment: 'onTime' },
  C035: { annualRevenueCents: 3_500_000, payment: 'veryLate', nearCreditLimit: true },
  C036: { annualRevenueCents: 6_000_000, payment: 'late' },
  C037: { annualRevenueCents: 2_500_000, payment: 'onTime' },
  C038: { annualRevenueCents: 3_000_000, payment: 'onTime' },
  C039: { annualRevenueCents: 6_500_000, payment: 'onTime' },
  C040: { annualRevenueCents: 1_500_000, payment: 'onTime' },
  C041: { annualRevenueCents: 4_000_000, payment: 'late' },
}
