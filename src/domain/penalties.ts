/**
 * Late-payment penalties (C. com. L441-10 II) and the fixed recovery indemnity (D441-5).
 * Convention: penalties = amount TTC × annual rate × days late / 365, days late = payment date − due
 * date. Without an agreed rate, the default rate (ECB + 10 points) of each half-year applies to the
 * days of that half-year. Penalties and the indemnity carry no VAT.
 */
import { addDays, daysBetween, parseCalendarDate } from './calendar'
import { explain, type ExplanationStep } from './explanation'
import { addCents, centsFromBigInt, nonNegativeCents, sumCents, type Cents } from './money'
import { parameterAt, type DatedParameter } from './parameters'
import { parsePercent, PERCENT_SCALE, rateToPercent, type Rate } from './rates'
import { divideRounded, displayQuotient } from './rounding'

/** The rates of one half-year, in percent. */
export interface LatePaymentRates {
  /** ECB main refinancing rate on 1 January or 1 July. */
  readonly ecbPercent: number
  /** Default penalty rate = ECB + 10 points (applies when nothing is agreed). */
  readonly defaultPercent: number
  /** Legal interest rate for professional creditors. */
  readonly legalInterestPercent: number
  /** Lowest contractual rate allowed = 3 × legal interest rate. */
  readonly floorPercent: number
}

/** Penalty rates by half-year (DOMAIN-FR §3). Add a period each January and July. */
export const LATE_PAYMENT_RATE_PARAMETERS: readonly DatedParameter<LatePaymentRates>[] = [
  {
    validFrom: '2025-01-01',
    validTo: '2025-06-30',
    value: { ecbPercent: 3.15, defaultPercent: 13.15, legalInterestPercent: 3.71, floorPercent: 11.13 },
    source: 'C. com. L441-10 II; ECB rate 1 Jan 2025; legal interest rate H1 2025',
  },
  {
    validFrom: '2025-07-01',
    validTo: '2025-12-31',
    value: { ecbPercent: 2.15, defaultPercent: 12.15, legalInterestPercent: 2.76, floorPercent: 8.28 },
    source: 'C. com. L441-10 II; ECB rate 1 Jul 2025; legal interest rate H2 2025',
  },
  {
    validFrom: '2026-01-01',
    validTo: '2026-06-30',
    value: { ecbPercent: 2.15, defaultPercent: 12.15, legalInterestPercent: 2.62, floorPercent: 7.86 },
    source: 'C. com. L441-10 II; ECB rate 1 Jan 2026; arrêté du 15 décembre 2025',
  },
]

/** Fixed indemnity for recovery costs per invoice paid late, in cents (B2B only). */
export const RECOVERY_INDEMNITY_PARAMETERS: readonly DatedParameter<number>[] = [
  { validFrom: '2013-01-01', value: 4000, source: 'C. com. D441-5 (décret 2012-1115)' },
]

/** What {@link latePaymentPenalty} needs. */
export interface LatePaymentInput {
  /** Amount TTC paid late, in cents. */
  readonly amountInclVatCents: number
  readonly dueDate: string
  readonly paymentDate: string
  /** The agreed annual rate; the default rate of each half-year when omitted. */
  readonly annualRatePercent?: number
  /** The 40 € indemnity is owed between professionals only; `true` when omitted. */
  readonly businessCustomer?: boolean
}

/** Days of lateness charged at one rate. */
export interface PenaltyPeriod {
  readonly from: string
  readonly to: string
  readonly days: number
  readonly ratePercent: number
  readonly penaltyCents: Cents
}

/** Penalties owed on a late payment. */
export interface LatePaymentPenalty {
  readonly daysLate: number
  readonly periods: readonly PenaltyPeriod[]
  readonly penaltyCents: Cents
  readonly indemnityCents: Cents
  readonly totalCents: Cents
  /**
   * True when the agreed rate is below the legal floor (3 × legal interest rate) at the due date,
   * `undefined` when no agreed rate was given or no parameter covers the due date.
   */
  readonly belowLegalFloor: boolean | undefined
  readonly explanation: readonly ExplanationStep[]
}

/**
 * Penalties and indemnity for an amount paid after its due date (zero when paid on time).
 * @example latePaymentPenalty({ amountInclVatCents: 486000, dueDate: '2026-01-31', paymentDate: '2026-02-23' })
 * // 23 days × 12,15 % → penaltyCents 3721, indemnityCents 4000, totalCents 7721
 * @throws DomainInputError on an invalid amount, date or rate, or `noParameterForDate` when the default
 * rate is needed for a day no half-year parameter covers.
 */
export function latePaymentPenalty(input: LatePaymentInput): LatePaymentPenalty {
  const amount = nonNegativeCents(input.amountInclVatCents, 'amountInclVatCents')
  const due = parseCalendarDate(input.dueDate, 'dueDate')
  const paid = parseCalendarDate(input.paymentDate, 'paymentDate')
  const agreed = input.annualRatePercent === undefined ? undefined : parsePercent(input.annualRatePercent, 'annualRatePercent')
  const daysLate = Math.max(0, daysBetween(due, paid))
  const explanation: ExplanationStep[] = [explain('penaltyDaysLate', { dueDate: due, paymentDate: paid, days: daysLate })]

  const periods = latePeriods(due, paid, agreed).map((period): PenaltyPeriod => {
    const exact = BigInt(amount) * BigInt(period.rate) * BigInt(period.days)
    const denominator = PERCENT_SCALE * 365n
    const penaltyCents = centsFromBigInt(divideRounded(exact, denominator))
    const ratePercent = rateToPercent(period.rate)
    explanation.push(explain('penalty', { amountCents: amount, ratePercent, days: period.days, exactCents: displayQuotient(exact, denominator), penaltyCents }))
    return { from: period.from, to: period.to, days: period.days, ratePercent, penaltyCents }
  })
  const penaltyCents = sumCents(periods.map((period) => period.penaltyCents))
  const indemnityCents =
    daysLate > 0 && input.businessCustomer !== false
      ? (parameterAt(RECOVERY_INDEMNITY_PARAMETERS, addDays(due, 1), 'dueDate').value as Cents)
      : (0 as Cents)
  if (indemnityCents > 0) explanation.push(explain('penaltyIndemnity', { amountCents: indemnityCents }))
  const totalCents = addCents(penaltyCents, indemnityCents)
  explanation.push(explain('penaltyTotal', { penaltyCents, indemnityCents, amountCents: totalCents }))
  return { daysLate, periods, penaltyCents, indemnityCents, totalCents, belowLegalFloor: belowFloor(agreed, due), explanation }
}

/** The late days (due + 1 … payment) cut by half-year when the default rate applies. */
function latePeriods(due: string, paid: string, agreed: Rate | undefined): { from: string; to: string; days: number; rate: Rate }[] {
  if (daysBetween(due, paid) <= 0) return []
  const first = addDays(due, 1)
  if (agreed !== undefined) return [{ from: first, to: paid, days: daysBetween(due, paid), rate: agreed }]
  const periods = []
  for (let from = first; from <= paid; ) {
    const parameter = parameterAt(LATE_PAYMENT_RATE_PARAMETERS, from, 'paymentDate')
    const to = parameter.validTo !== undefined && parameter.validTo < paid ? parameter.validTo : paid
    periods.push({ from, to, days: daysBetween(from, to) + 1, rate: parsePercent(parameter.value.defaultPercent) })
    from = addDays(to, 1)
  }
  return periods
}

function belowFloor(agreed: Rate | undefined, due: string): boolean | undefined {
  if (agreed === undefined) return undefined
  const parameter = LATE_PAYMENT_RATE_PARAMETERS.find((p) => p.validFrom <= due && (p.validTo === undefined || due <= p.validTo))
  return parameter === undefined ? undefined : agreed < parsePercent(parameter.value.floorPercent)
}

/** Input of the public contract {@link latePenalty}. */
export interface LatePenaltyInput {
  /** Amount TTC paid late, in cents (penalties run on the amount including VAT). */
  readonly amountCents: number
  /** Annual rate in percent (the agreed rate, or {@link defaultPenaltyRatePercent}). */
  readonly annualRatePercent: number
  readonly dueDate: string
  readonly paymentDate: string
  /** The 40 € indemnity is owed between professionals only (D441-5); `true` by default. */
  readonly professional?: boolean
}

/** Result of the public contract {@link latePenalty}, in cents. */
export interface LatePenaltyResult {
  readonly daysLate: number
  readonly penaltyCents: number
  readonly fixedIndemnityCents: number
  readonly totalCents: number
}

/**
 * Public contract (issue 11): penalties at one annual rate on an amount TTC paid late (C. com. L441-10 II),
 * days late = payment date − due date in calendar days, 365-day year, rounded half-up to the cent; the
 * 40 € fixed indemnity (D441-5) only between professionals; all zero when paid on or before the due date.
 * It is {@link latePaymentPenalty} with an agreed rate (one rule, written once).
 * @example latePenalty({ amountCents: 486000, annualRatePercent: 12.15, dueDate: '2026-01-31', paymentDate: '2026-02-23' })
 * // { daysLate: 23, penaltyCents: 3721, fixedIndemnityCents: 4000, totalCents: 7721 }
 */
export function latePenalty({ amountCents, annualRatePercent, dueDate, paymentDate, professional = true }: LatePenaltyInput): LatePenaltyResult {
  const result = latePaymentPenalty({ amountInclVatCents: amountCents, annualRatePercent, dueDate, paymentDate, businessCustomer: professional })
  return { daysLate: result.daysLate, penaltyCents: result.penaltyCents, fixedIndemnityCents: result.indemnityCents, totalCents: result.totalCents }
}

/**
 * Public contract (issue 11): the default penalty rate (ECB refinancing rate + 10 points) of the
 * half-year containing `date` (DOMAIN-FR §3 dated table).
 * @throws DomainInputError `noParameterForDate` (field `date`) when the table has no figure for that
 * half-year yet: no rate is ever guessed (the table ends with H1 2026).
 */
export function defaultPenaltyRatePercent(date: string): number {
  return parameterAt(LATE_PAYMENT_RATE_PARAMETERS, parseCalendarDate(date, 'date'), 'date').value.defaultPercent
}

/** Whether a contractual rate respects the floor of 3 × the legal interest rate at `date` (L441-10 II). */
export interface ContractualRateCheck {
  readonly ratePercent: number
  readonly floorPercent: number
  readonly legalInterestPercent: number
  readonly valid: boolean
}

/**
 * Checks a contractual penalty rate against the floor (3 × the legal interest rate) of the half-year of `date`.
 * @throws DomainInputError `noParameterForDate` when the table has no figure for that half-year.
 */
export function checkContractualRate(ratePercent: number, date: string): ContractualRateCheck {
  const rate = parsePercent(ratePercent, 'ratePercent')
  const { floorPercent, legalInterestPercent } = parameterAt(LATE_PAYMENT_RATE_PARAMETERS, parseCalendarDate(date, 'date'), 'date').value
  return { ratePercent, floorPercent, legalInterestPercent, valid: rate >= parsePercent(floorPercent) }
}
