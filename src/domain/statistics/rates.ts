/**
 * The rates and averages of commercial statistics (DOMAIN-FR §9; margins §1). Every function works on
 * unrounded numbers and returns an unrounded result: the UI rounds only what it displays. A rate whose
 * base is ≤ 0 (or not a finite number) has no meaning and is `null`, shown "n.s." (non significatif).
 */
import { DomainInputError } from '../errors'
import { markRatePercent, markupPercent } from '../products'

function finite(...values: number[]): boolean {
  return values.every((value) => typeof value === 'number' && Number.isFinite(value))
}

/**
 * The body of every "… / base × 100" rate: `part` × 100 / `base`, or null (n.s.) when one of
 * `inputs` (the caller's own arguments, checked as given) is not a finite number or the base is ≤ 0.
 */
function percentOfBase(part: number, base: number, inputs: readonly number[]): number | null {
  return finite(...inputs) && base > 0 ? (part * 100) / base : null
}

/**
 * Évolution = (V₁ − V₀) / V₀ × 100 (DOMAIN-FR §9); null when V₀ ≤ 0.
 * @example evolutionPercent(480_000, 516_000) // 7.5
 */
export function evolutionPercent(v0: number, v1: number): number | null {
  return percentOfBase(v1 - v0, v0, [v0, v1])
}

/**
 * Taux de réalisation = réalisé / objectif × 100 (DOMAIN-FR §9); null when the objective ≤ 0.
 * @example achievementRatePercent(516_000, 540_000) // 95.555…
 */
export function achievementRatePercent(actual: number, target: number): number | null {
  return percentOfBase(actual, target, [actual, target])
}

/**
 * Taux de marge = (PV − PA) / PA × 100, all HT (DOMAIN-FR §1); null when PA ≤ 0. The same rule as the
 * catalogue's {@link markupPercent}, which it calls.
 * @example markupOnCostPercent(10_920, 6_240) // 75
 */
export function markupOnCostPercent(saleHt: number, costHt: number): number | null {
  return finite(saleHt, costHt) ? markupPercent(saleHt, costHt) : null
}

/**
 * Taux de marque = (PV − PA) / PV × 100, all HT (DOMAIN-FR §1); null when PV ≤ 0. The same rule as the
 * catalogue's {@link markRatePercent}, which it calls.
 * @example marginOnSalesPercent(10_920, 6_240) // 42.857…
 */
export function marginOnSalesPercent(saleHt: number, costHt: number): number | null {
  return finite(saleHt, costHt) ? markRatePercent(saleHt, costHt) : null
}

/**
 * Taux annuel moyen = (Vₙ / V₀)^(1/n) − 1, × 100 (DOMAIN-FR §9), `years` being the number of intervals
 * between the two values (2022 → 2025: 3). Null when V₀ ≤ 0, Vₙ < 0 or years ≤ 0.
 * @example meanAnnualGrowthPercent(100, 121, 2) // 10 (≈, unrounded)
 */
export function meanAnnualGrowthPercent(v0: number, vn: number, years: number): number | null {
  if (!finite(v0, vn, years) || v0 <= 0 || vn < 0 || years <= 0) return null
  return ((vn / v0) ** (1 / years) - 1) * 100
}

/**
 * Indice base 100: Iₜ = Vₜ / V_base × 100 (DOMAIN-FR §9); null when the base ≤ 0.
 * @example indexBase100(516_000, 480_000) // 107.5
 */
export function indexBase100(value: number, base: number): number | null {
  return percentOfBase(value, base, [value, base])
}

/** An absolute gap and the same gap relative to its reference. */
export interface Gap {
  /** Réalisé − référence (objective, or N − N-1), in the unit of the values. */
  readonly absolute: number
  /** Gap / reference × 100; null when the reference ≤ 0. */
  readonly relativePercent: number | null
}

/**
 * Écart absolu = réalisé − référence; écart relatif = écart / référence × 100 (DOMAIN-FR §9). The
 * reference is the objective (or N-1), never the actual figure.
 * @example gap(516_000, 540_000) // { absolute: −24 000, relativePercent: −4.444… }
 */
export function gap(actual: number, reference: number): Gap {
  const absolute = actual - reference
  return { absolute, relativePercent: percentOfBase(absolute, reference, [actual, reference]) }
}

/**
 * Cumul: the running total since the start of the period (DOMAIN-FR §9), one per value.
 * @example runningTotals([1, 2, 3]) // [1, 3, 6]
 */
export function runningTotals(values: readonly number[]): number[] {
  const out: number[] = new Array<number>(values.length)
  let total = 0
  for (let i = 0; i < values.length; i++) {
    total += values[i]!
    out[i] = total
  }
  return out
}

/** Moyenne simple Σx / n (DOMAIN-FR §9); null for no value. */
export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null
  let total = 0
  for (const value of values) total += value
  return total / values.length
}

/**
 * Moyenne pondérée Σ(x·w) / Σw (DOMAIN-FR §9); null when Σw ≤ 0.
 * @throws DomainInputError (`weights`, `invalidType`) when there is not one weight per value.
 */
export function weightedMean(values: readonly number[], weights: readonly number[]): number | null {
  if (values.length !== weights.length) throw new DomainInputError('weights', 'invalidType', weights.length, `${values.length} values need as many weights`)
  let sum = 0
  let weight = 0
  for (let i = 0; i < values.length; i++) {
    sum += values[i]! * weights[i]!
    weight += weights[i]!
  }
  return weight > 0 ? sum / weight : null
}

/**
 * Part = partie / total × 100 (part de marché: company sales / market sales, DOMAIN-FR §9; share of a
 * customer in the CA…); null when the total ≤ 0.
 */
export function sharePercent(part: number, total: number): number | null {
  return percentOfBase(part, total, [part, total])
}
