/**
 * Late-payment penalties (C. com. L441-10 II) and the fixed recovery indemnity (D441-5).
 * Convention: penalties = amount TTC × annual rate × days late / 365, days late = payment date − due
 * date. Without an agreed rate, the default rate (ECB + 10 points) of each half-year applies to the
 * days of that half-year. Penalties and the indemnity carry no VAT.
 */
import { addDays, daysBetween, parseCalendarDate } from './calendar'
import { explain, type ExplanationStep } from './explanation'
import { DomainInputError } from './errors'
import { addCents, centsFromBigInt, nonNegativeCents, sumCents, type Cents } from './money'
import type { RecordedPenaltyRates } from './model/company'
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

/**
 * The late-payment rates by half-year a computation reads: the built-in {@link LATE_PAYMENT_RATE_PARAMETERS},
 * or that table merged with the half-years a trainer recorded ({@link mergePenaltyRateTable}).
 */
export type LatePaymentRateTable = readonly DatedParameter<LatePaymentRates>[]

/**
 * Penalty rates by half-year (DOMAIN-FR §3), as shipped. Rates published after a release are recorded
 * by the trainer in the company settings and merged with this table ({@link mergePenaltyRateTable}).
 */
export const LATE_PAYMENT_RATE_PARAMETERS: LatePaymentRateTable = [
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
 * Penalties and indemnity for an amount paid after its due date (zero when paid on time), with the
 * default rates of `table` (the built-in table unless the workspace's merged one is given).
 * @example latePaymentPenalty({ amountInclVatCents: 486000, dueDate: '2026-01-31', paymentDate: '2026-02-23' })
 * // 23 days × 12,15 % → penaltyCents 3721, indemnityCents 4000, totalCents 7721
 * @throws DomainInputError on an invalid amount, date or rate, or `noParameterForDate` when the default
 * rate is needed for a day no half-year parameter covers.
 */
export function latePaymentPenalty(input: LatePaymentInput, table: LatePaymentRateTable = LATE_PAYMENT_RATE_PARAMETERS): LatePaymentPenalty {
  const amount = nonNegativeCents(input.amountInclVatCents, 'amountInclVatCents')
  const due = parseCalendarDate(input.dueDate, 'dueDate')
  const paid = parseCalendarDate(input.paymentDate, 'paymentDate')
  const agreed = input.annualRatePercent === undefined ? undefined : parsePercent(input.annualRatePercent, 'annualRatePercent')
  const daysLate = Math.max(0, daysBetween(due, paid))
  const explanation: ExplanationStep[] = [explain('penaltyDaysLate', { dueDate: due, paymentDate: paid, days: daysLate })]

  const periods = latePeriods(due, paid, agreed, table).map((period): PenaltyPeriod => {
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
  return { daysLate, periods, penaltyCents, indemnityCents, totalCents, belowLegalFloor: belowFloor(agreed, due, table), explanation }
}

/** The late days (due + 1 … payment) cut by half-year when the default rate applies. */
function latePeriods(due: string, paid: string, agreed: Rate | undefined, table: LatePaymentRateTable): { from: string; to: string; days: number; rate: Rate }[] {
  if (daysBetween(due, paid) <= 0) return []
  const first = addDays(due, 1)
  if (agreed !== undefined) return [{ from: first, to: paid, days: daysBetween(due, paid), rate: agreed }]
  const periods = []
  for (let from = first; from <= paid; ) {
    const parameter = parameterAt(table, from, 'paymentDate')
    const to = parameter.validTo !== undefined && parameter.validTo < paid ? parameter.validTo : paid
    periods.push({ from, to, days: daysBetween(from, to) + 1, rate: parsePercent(parameter.value.defaultPercent) })
    from = addDays(to, 1)
  }
  return periods
}

function belowFloor(agreed: Rate | undefined, due: string, table: LatePaymentRateTable): boolean | undefined {
  if (agreed === undefined) return undefined
  const parameter = table.find((p) => p.validFrom <= due && (p.validTo === undefined || due <= p.validTo))
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
 * half-year containing `date` (DOMAIN-FR §3 dated table, or `table` when given).
 * @throws DomainInputError `noParameterForDate` (field `date`) when the table has no figure for that
 * half-year yet: no rate is ever guessed (the built-in table ends with H1 2026).
 */
export function defaultPenaltyRatePercent(date: string, table: LatePaymentRateTable = LATE_PAYMENT_RATE_PARAMETERS): number {
  return parameterAt(table, parseCalendarDate(date, 'date'), 'date').value.defaultPercent
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
export function checkContractualRate(ratePercent: number, date: string, table: LatePaymentRateTable = LATE_PAYMENT_RATE_PARAMETERS): ContractualRateCheck {
  const rate = parsePercent(ratePercent, 'ratePercent')
  const { floorPercent, legalInterestPercent } = parameterAt(table, parseCalendarDate(date, 'date'), 'date').value
  return { ratePercent, floorPercent, legalInterestPercent, valid: rate >= parsePercent(floorPercent) }
}

/**
 * The four figures of a half-year from the two that are published (C. com. L441-10 II): the default
 * rate is the ECB rate + 10 points exactly, the floor 3 × the legal interest rate, rounded half-up to
 * the hundredth as the published floors are (3 × 2,62 = 7,86). Works on thousandths of a percent, never
 * on floats.
 * @example latePaymentRatesFrom(2.15, 2.62) // { ecbPercent: 2.15, defaultPercent: 12.15, legalInterestPercent: 2.62, floorPercent: 7.86 }
 * @throws DomainInputError on a negative rate or one with more than 3 decimals.
 */
export function latePaymentRatesFrom(ecbPercent: number, legalInterestPercent: number): LatePaymentRates {
  const ecb = parsePercent(ecbPercent, 'ecbPercent')
  const legal = parsePercent(legalInterestPercent, 'legalInterestPercent')
  const defaultRate = (ecb + 10_000) as Rate
  // 3 × legal in thousandths, rounded half-up to tens of thousandths (hundredths of a percent).
  const floorRate = (Number(divideRounded(BigInt(legal) * 3n, 10n)) * 10) as Rate
  return { ecbPercent, defaultPercent: rateToPercent(defaultRate), legalInterestPercent, floorPercent: rateToPercent(floorRate) }
}

/** Sane bounds of a recorded rate, in percent: published ECB and legal rates have stayed well within them. */
export const RECORDED_RATE_LIMITS = { minPercent: 0, maxPercent: 20, maxDecimals: 2 } as const

/** Why a half-year recorded by the trainer is refused (each has a message under `company.rules.<code>`). */
export type RecordedRatesProblemCode =
  | 'notANumber'
  | 'outOfRange'
  | 'twoDecimals'
  | 'halfYearStart'
  | 'halfYearEnd'
  | 'halfYearBuiltIn'
  | 'halfYearDuplicate'
  | 'rateSourceRequired'

/** One problem of one recorded half-year: its index, the field and the figures of the message. */
export interface RecordedRatesProblem {
  readonly index: number
  readonly field: keyof RecordedPenaltyRates
  readonly code: RecordedRatesProblemCode
  readonly values: Record<string, string | number>
}

const HALF_YEAR_END: Record<string, string> = { '01-01': '06-30', '07-01': '12-31' }

/** The year and half (1 or 2) of a half-year starting on `validFrom`, or undefined when it is not a half-year start. */
export function halfYearOf(validFrom: string): { year: number; half: 1 | 2 } | undefined {
  const match = /^(\d{4})-(01-01|07-01)$/.exec(validFrom)
  return match ? { year: Number(match[1]), half: match[2] === '01-01' ? 1 : 2 } : undefined
}

/** The first and last day of a half-year: `halfYearDates(2026, 2)` → 2026-07-01 … 2026-12-31. */
export function halfYearDates(year: number, half: 1 | 2): { validFrom: string; validTo: string } {
  const y = String(year).padStart(4, '0')
  return half === 1 ? { validFrom: `${y}-01-01`, validTo: `${y}-06-30` } : { validFrom: `${y}-07-01`, validTo: `${y}-12-31` }
}

function checkRecordedRate(index: number, field: 'ecbPercent' | 'legalInterestPercent', value: number): RecordedRatesProblem[] {
  const { minPercent, maxPercent } = RECORDED_RATE_LIMITS
  if (typeof value !== 'number' || !Number.isFinite(value)) return [{ index, field, code: 'notANumber', values: {} }]
  if (value < minPercent || value > maxPercent) return [{ index, field, code: 'outOfRange', values: { min: minPercent, max: maxPercent } }]
  if (Math.round(value * 100) / 100 !== value) return [{ index, field, code: 'twoDecimals', values: {} }]
  return []
}

/**
 * The problems of the half-years a trainer recorded, checked against the built-in table (C. com.
 * L441-10 II rates are published per half-year): each starts on 1 January or 1 July and ends on the
 * 30 June or 31 December that closes it; the ECB and legal interest rates are percents between 0 and 20
 * with at most 2 decimals (as published); a source is given; no half-year is one the built-in table
 * already has (a published figure is never overridden) or is recorded twice.
 */
export function checkRecordedPenaltyRates(recorded: readonly RecordedPenaltyRates[], builtIn: LatePaymentRateTable = LATE_PAYMENT_RATE_PARAMETERS): RecordedRatesProblem[] {
  const problems: RecordedRatesProblem[] = []
  const seen = new Set<string>()
  recorded.forEach((entry, index) => {
    const halfYear = typeof entry.validFrom === 'string' ? halfYearOf(entry.validFrom) : undefined
    if (!halfYear) problems.push({ index, field: 'validFrom', code: 'halfYearStart', values: { value: String(entry.validFrom) } })
    else {
      const label = { year: halfYear.year, half: halfYear.half }
      const expectedEnd = `${entry.validFrom.slice(0, 4)}-${HALF_YEAR_END[entry.validFrom.slice(5)]}`
      if (entry.validTo !== expectedEnd) problems.push({ index, field: 'validTo', code: 'halfYearEnd', values: { ...label, expected: expectedEnd } })
      const builtInRow = builtIn.find((p) => p.validFrom <= expectedEnd && (p.validTo === undefined || entry.validFrom <= p.validTo))
      if (builtInRow) problems.push({ index, field: 'validFrom', code: 'halfYearBuiltIn', values: { ...label, source: builtInRow.source } })
      else if (seen.has(entry.validFrom)) problems.push({ index, field: 'validFrom', code: 'halfYearDuplicate', values: label })
      seen.add(entry.validFrom)
    }
    problems.push(...checkRecordedRate(index, 'ecbPercent', entry.ecbPercent), ...checkRecordedRate(index, 'legalInterestPercent', entry.legalInterestPercent))
    if (typeof entry.source !== 'string' || !entry.source.trim()) problems.push({ index, field: 'source', code: 'rateSourceRequired', values: {} })
  })
  return problems
}

/** A recorded half-year as a dated parameter, its default rate and floor derived ({@link latePaymentRatesFrom}). */
export function recordedRatesParameter(entry: RecordedPenaltyRates): DatedParameter<LatePaymentRates> {
  return {
    validFrom: entry.validFrom, validTo: entry.validTo,
    value: latePaymentRatesFrom(entry.ecbPercent, entry.legalInterestPercent),
    source: `C. com. L441-10 II; ${entry.source.trim()}`,
  }
}

/**
 * The built-in table with the half-years the trainer recorded (published after the release), in date
 * order, so penalties run on every half-year whose rates are known and still never on a guessed one.
 * @example mergePenaltyRateTable([{ validFrom: '2026-07-01', validTo: '2026-12-31', ecbPercent: 2.15, legalInterestPercent: 2.5, source: 'JO, arrêté du …' }])
 * // the three built-in half-years, then H2 2026 at 12,15 % (floor 7,5 %)
 * @throws DomainInputError (field `penaltyRates[i].<field>`, code `outOfRange`, the problem's code as detail)
 * on the first problem {@link checkRecordedPenaltyRates} finds.
 */
export function mergePenaltyRateTable(recorded: readonly RecordedPenaltyRates[], builtIn: LatePaymentRateTable = LATE_PAYMENT_RATE_PARAMETERS): LatePaymentRateTable {
  const [problem] = checkRecordedPenaltyRates(recorded, builtIn)
  if (problem) {
    const entry = recorded[problem.index] as unknown as Record<string, unknown>
    throw new DomainInputError(`penaltyRates[${problem.index}].${problem.field}`, problem.code === 'notANumber' ? 'notANumber' : 'outOfRange', entry[problem.field], problem.code)
  }
  if (recorded.length === 0) return builtIn
  return [...builtIn, ...recorded.map(recordedRatesParameter)].sort((a, b) => a.validFrom.localeCompare(b.validFrom))
}
