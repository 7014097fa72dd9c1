/**
 * The one rounding rule of the domain: half away from zero, on exact integers (BigInt), never on
 * binary floats. 145.485 € → 145.49 €, −0.005 € → −0.01 €. French courses call it "arrondi au
 * centime le plus proche"; it is the rounding EN 16931 BR-CO-17 expects for VAT amounts.
 */

/**
 * `numerator / denominator` rounded half away from zero, computed exactly.
 * @throws RangeError when `denominator` is 0n.
 */
export function divideRounded(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError('Division by zero')
  if (denominator < 0n) return divideRounded(-numerator, -denominator)
  const negative = numerator < 0n
  const magnitude = negative ? -numerator : numerator
  // Compare twice the remainder with the divisor: ≥ means at least half, so round away from zero.
  const quotient = magnitude / denominator
  const remainder = magnitude % denominator
  const rounded = 2n * remainder >= denominator ? quotient + 1n : quotient
  return negative ? -rounded : rounded
}

/** `numerator / denominator` rounded toward −∞ (floor), exactly. Used by the largest-remainder split. */
export function divideFloor(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError('Division by zero')
  if (denominator < 0n) return divideFloor(-numerator, -denominator)
  const quotient = numerator / denominator
  return numerator % denominator !== 0n && numerator < 0n ? quotient - 1n : quotient
}

/**
 * The exact quotient as a float, for display only ("145,485 € → 145,49 €"). Never feed it back into
 * a calculation: every figure of a result comes from {@link divideRounded}.
 */
export function displayQuotient(numerator: bigint, denominator: bigint): number {
  // Six decimals are more than a learner needs and keep the float well inside its exact range.
  return Number(divideRounded(numerator * 1_000_000n, denominator)) / 1_000_000
}
