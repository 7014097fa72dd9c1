/**
 * Document numbers: one continuous, chronological sequence per series and per year, no number ever
 * reused and no gap (C. com. L441-9; CGI ann. II art. 242 nonies A, 7°: "un numéro unique basé sur
 * une séquence chronologique et continue; la numérotation peut être établie par séries distinctes").
 * Comptoir's series are the company's prefixes (invoices, credit notes, acomptes…), each restarting
 * on 1 January: FA-2026-00001, FA-2026-00002…
 *
 * The seed generator and the validation commands both number through {@link nextDocumentNumber}.
 */
import type { IsoDate } from '../model'

/**
 * Last number used in each series, per year: `{ invoice: { '2026': 812 } }`. Stored in the
 * workspace's meta, so a number is taken once and for all in the transaction that validates.
 */
export type NumberingSequences = Record<string, Record<string, number>>

/** Digits of the sequence part (the series keeps counting beyond: 100000 is one more digit). */
export const NUMBER_DIGITS = 5

/** Where the numbering rule comes from, cited in refusals and tests. */
export const NUMBERING_SOURCE = 'C. com. L441-9 ; CGI ann. II art. 242 nonies A, 7°'

/** 'FA', '2026' → 'FA-2026-' (a prefix that already ends with a dash keeps one dash). */
export function numberStem(prefix: string, year: string): string {
  return `${prefix.replace(/-+$/, '')}-${year}-`
}

/**
 * 'FA', '2025', 12 → 'FA-2025-00012'.
 * @throws RangeError on a value that is not a whole number ≥ 1.
 */
export function formatDocumentNumber(prefix: string, year: string, value: number): string {
  if (!Number.isSafeInteger(value) || value < 1) throw new RangeError(`A document number is a whole number from 1, got ${value}`)
  return `${numberStem(prefix, year)}${String(value).padStart(NUMBER_DIGITS, '0')}`
}

/**
 * The sequence value of `number` in the series `prefix` for `year`, or null when it is not one of
 * its numbers. A revised quote's suffix ('DE-2026-00012-V2') reads as its original's value.
 */
export function parseDocumentNumber(number: string, prefix: string, year: string): number | null {
  const stem = numberStem(prefix, year)
  if (!number.startsWith(stem)) return null
  const match = /^(\d+)(?:-V\d+)?$/.exec(number.slice(stem.length))
  return match ? Number(match[1]) : null
}

/** The year of a calendar date 'YYYY-MM-DD', the key of its sequence. */
export function numberingYear(date: IsoDate): string {
  return date.slice(0, 4)
}

/** What {@link nextDocumentNumber} needs. */
export interface NextNumberInput {
  /** The series key ('invoice', 'creditNote', 'downPayment'…). */
  readonly series: string
  /** The series' prefix in the company's settings. */
  readonly prefix: string
  /** Issue date: its year selects the sequence. */
  readonly date: IsoDate
  readonly sequences: NumberingSequences
  /**
   * The highest value already printed on a stored document of this series and year, when known: a
   * stored sequence behind the documents (an older workspace) then never hands out a used number.
   */
  readonly highestIssued?: number
}

/** The number given, and the sequences to store with the document (a new object). */
export interface NextNumber {
  readonly number: string
  readonly value: number
  readonly year: string
  readonly sequences: NumberingSequences
}

/**
 * The next number of a series: last value used (the stored sequence, or a higher printed one) + 1.
 * Pure: the caller stores the returned sequences in the same transaction as the numbered document,
 * so two validations can never take the same number and an abandoned one never consumes any.
 * @example nextDocumentNumber({ series: 'invoice', prefix: 'FA', date: '2026-03-02', sequences: { invoice: { '2026': 41 } } }).number // 'FA-2026-00042'
 */
export function nextDocumentNumber(input: NextNumberInput): NextNumber {
  const year = numberingYear(input.date)
  const bySeries = input.sequences[input.series] ?? {}
  const last = Math.max(bySeries[year] ?? 0, input.highestIssued ?? 0)
  const value = last + 1
  return {
    number: formatDocumentNumber(input.prefix, year, value),
    value,
    year,
    sequences: { ...input.sequences, [input.series]: { ...bySeries, [year]: value } },
  }
}

/** Where a list of numbers breaks the rule: values missing in the sequence, numbers given twice. */
export interface SequenceCheck {
  readonly missing: number[]
  readonly duplicates: string[]
  /** Numbers that do not belong to the series and year. */
  readonly foreign: string[]
}

/**
 * Checks that the numbers of one series and year run 1, 2, 3… with no gap and no duplicate
 * (C. com. L441-9; CGI ann. II art. 242 nonies A, 7°).
 */
export function checkSequence(numbers: readonly string[], prefix: string, year: string): SequenceCheck {
  const seen = new Set<number>()
  const duplicates: string[] = []
  const foreign: string[] = []
  for (const number of numbers) {
    // A revised quote's version ('…-00012-V2') shares its original's place in the sequence.
    if (/-V\d+$/.test(number) && parseDocumentNumber(number, prefix, year) !== null) continue
    const value = parseDocumentNumber(number, prefix, year)
    if (value === null) foreign.push(number)
    else if (seen.has(value)) duplicates.push(number)
    else seen.add(value)
  }
  const highest = Math.max(0, ...seen)
  const missing: number[] = []
  for (let value = 1; value <= highest; value += 1) if (!seen.has(value)) missing.push(value)
  return { missing, duplicates, foreign }
}
