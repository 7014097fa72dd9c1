/**
 * Pro-rata split with the largest-remainder method, so the parts add up exactly to the total.
 * Used for document discounts, escompte, carriage and acomptes across VAT rates.
 */
import { centsFromBigInt, type Cents } from './money'
import { divideFloor } from './rounding'

/**
 * Splits `total` across `weights` pro rata. Each part first gets the floor of its exact share; the
 * cents left over go one each to the largest fractional remainders (ties: larger weight first, then
 * the earlier position). The parts always add up to `total`.
 *
 * - All weights zero (nothing to weigh by): the whole total goes to the first weight.
 * - No weights at all: only a zero total can be split (returns `[]`).
 *
 * @example splitProRata(1500, [7420, 4140]) // [963, 537]: carriage 15,00 € over 74,20 € and 41,40 €
 * @throws RangeError on a negative weight, or a non-zero total with no weights.
 */
export function splitProRata(total: Cents, weights: readonly Cents[]): Cents[] {
  if (weights.some((weight) => weight < 0)) throw new RangeError('Weights must not be negative')
  if (weights.length === 0) {
    if (total !== 0) throw new RangeError('Cannot split a non-zero amount over nothing')
    return []
  }
  const totalWeight = weights.reduce((sum, weight) => sum + BigInt(weight), 0n)
  if (totalWeight === 0n) return weights.map((_, index) => (index === 0 ? total : (0 as Cents)))

  const amount = BigInt(total)
  const shares = weights.map((weight, index) => {
    const exact = amount * BigInt(weight)
    const floor = divideFloor(exact, totalWeight)
    return { index, weight, floor, remainder: exact - floor * totalWeight }
  })
  let leftover = amount - shares.reduce((sum, share) => sum + share.floor, 0n)
  const byRemainder = [...shares].sort(
    (a, b) => compareBigInt(b.remainder, a.remainder) || b.weight - a.weight || a.index - b.index,
  )
  const parts = shares.map((share) => share.floor)
  // 0 ≤ leftover < number of weights: floors lose less than one cent each.
  for (const share of byRemainder) {
    if (leftover <= 0n) break
    parts[share.index] = share.floor + 1n
    leftover -= 1n
  }
  return parts.map(centsFromBigInt)
}

function compareBigInt(a: bigint, b: bigint): number {
  return a === b ? 0 : a > b ? 1 : -1
}
