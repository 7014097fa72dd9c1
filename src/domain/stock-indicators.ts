/**
 * Stock indicators and inventory rules (DOMAIN-FR §8):
 * - stock value of a product: physique × CUMP, or by FIFO (PEPS) the remaining lots, newest ones left;
 * - stock moyen = (initial + final) / 2; rotation = coût d'achat des marchandises vendues / stock moyen
 *   au coût; durée de stockage = 360 / rotation (240 000 / 30 000 = 8 → 45 jours);
 * - the variances of an inventory count (compté − théorique) and their value;
 * - the direction of a stock adjustment by its reason.
 * Amounts are integer cents, rounded half-up once.
 */
import type { IsoDate, StockMove } from './model'
import { divideRounded } from './rounding'
import { valueIssue, type StockLayer, type ValuationMethod } from './stock-valuation'

const SCALE = 1000
const k = (quantity: number) => Math.round(quantity * SCALE)

/** quantity × unit cost, rounded half-up to the cent (quantities have at most 3 decimals). */
export function lineValueCents(quantity: number, unitCostCents: number): number {
  return Number(divideRounded(BigInt(k(quantity)) * BigInt(unitCostCents), 1000n))
}

/**
 * The lots still in stock of a product in FIFO order (oldest first): entries (+) add a lot at their unit
 * cost, issues (−) use up the oldest lots first. Movements are taken by date (then id), on or before `asOf`.
 * @example +100 at 20 €, +200 at 23 €, −150 → [{ quantity: 150, unitCostCents: 2300 }]
 */
export function fifoLayers(moves: readonly StockMove[], productId: string, warehouseId?: string, asOf?: IsoDate): StockLayer[] {
  const sorted = moves
    .filter((m) => (asOf === undefined || m.date <= asOf) && (warehouseId === undefined || m.warehouseId === warehouseId))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id.localeCompare(b.id)))
  const layers: { q: number; c: number }[] = []
  for (const move of sorted) {
    for (const line of move.lines) {
      if (line.productId !== productId) continue
      let q = k(line.quantity)
      if (q > 0) layers.push({ q, c: line.unitCostCents })
      while (q < 0 && layers.length > 0) {
        const oldest = layers[0]!
        const taken = Math.min(oldest.q, -q)
        oldest.q -= taken
        q += taken
        if (oldest.q === 0) layers.shift()
      }
    }
  }
  return layers.map((l) => ({ quantity: l.q / SCALE, unitCostCents: l.c }))
}

/**
 * Value of a product's stock at cost: CUMP → physique × the current CUMP; FIFO → Σ of the lots left
 * (the newest entries, since the oldest went out first), through `valueIssue`. Negative or zero stock is worth 0.
 * @example CUMP 22,00 €, 150 in stock → 3 300,00 €; FIFO after +100 at 20 €, +200 at 23 €, −150 → 150 × 23 € = 3 450,00 €.
 */
export function productStockValueCents(input: { method: ValuationMethod; physical: number; cumpCents: number; layers: readonly StockLayer[] }): number {
  if (input.physical <= 0) return 0
  if (input.method === 'cump') return lineValueCents(input.physical, input.cumpCents)
  const inLayers = input.layers.reduce((sum, l) => sum + k(l.quantity), 0)
  if (inLayers === 0) return lineValueCents(input.physical, input.cumpCents)
  const quantity = Math.min(inLayers, k(input.physical)) / SCALE
  // The units left are the newest: value the last `quantity` of the lots, newest first.
  const newestFirst = [...input.layers].reverse()
  return valueIssue({ method: 'fifo', layers: newestFirst, quantity }).valueCents
}

/** Stock moyen = (stock initial + stock final) / 2, at cost, rounded half-up to the cent. */
export function averageStockCents(openingCents: number, closingCents: number): number {
  return Number(divideRounded(BigInt(openingCents) + BigInt(closingCents), 2n))
}

/** Rotation, stock moyen and durée de stockage over a period. */
export interface StockIndicators {
  averageStockCents: number
  /** Coût d'achat des marchandises vendues / stock moyen; null when the average stock is 0. */
  rotation: number | null
  /** daysPerYear / rotation, rounded to the day; null without rotation. */
  storageDays: number | null
}

/**
 * Rotation = cost of goods sold / average stock at cost; durée de stockage = 360 / rotation (DOMAIN-FR §8).
 * @example stockIndicators({ openingCents: 2_500_000, closingCents: 3_500_000, costOfGoodsSoldCents: 24_000_000 })
 * // { averageStockCents: 3_000_000, rotation: 8, storageDays: 45 }
 */
export function stockIndicators(input: { openingCents: number; closingCents: number; costOfGoodsSoldCents: number; daysPerYear?: number }): StockIndicators {
  const averageStock = averageStockCents(input.openingCents, input.closingCents)
  if (averageStock <= 0 || input.costOfGoodsSoldCents <= 0) return { averageStockCents: averageStock, rotation: averageStock > 0 ? 0 : null, storageDays: null }
  const rotation = input.costOfGoodsSoldCents / averageStock
  return { averageStockCents: averageStock, rotation: Math.round(rotation * 100) / 100, storageDays: Math.round((input.daysPerYear ?? 360) / rotation) }
}

/** Σ quantity × unit cost of the movements on or before `asOf` (the stock's book value at movement costs). */
export function stockValueFromMoves(moves: readonly StockMove[], asOf?: IsoDate): number {
  let total = 0
  for (const move of moves) {
    if (asOf !== undefined && move.date > asOf) continue
    for (const line of move.lines) total += lineValueCents(line.quantity, line.unitCostCents)
  }
  return total
}

/**
 * Coût d'achat des marchandises vendues between two dates (inclusive): the cost of delivery issues
 * minus the cost of goods returned by customers.
 */
export function costOfGoodsSoldCents(moves: readonly StockMove[], from: IsoDate, to: IsoDate): number {
  let total = 0
  for (const move of moves) {
    if (move.date < from || move.date > to || (move.kind !== 'delivery' && move.kind !== 'return')) continue
    for (const line of move.lines) total -= lineValueCents(line.quantity, line.unitCostCents)
  }
  return total
}

/** One counted product of an inventory. */
export interface InventoryCountLine {
  productId: string
  counted: number
}

/** The variance of a counted product: counted − théorique (book stock), valued at its unit cost. */
export interface InventoryVariance {
  productId: string
  expected: number
  counted: number
  /** + found more than the books say, − missing. */
  variance: number
  unitCostCents: number
  valueCents: number
}

/** Why a count cannot be recorded. */
export type InventoryIssue =
  | { code: 'emptyCount' }
  | { code: 'negativeCount'; productId: string; counted: number }
  | { code: 'duplicateProduct'; productId: string }

/**
 * The variances of an inventory count: for each counted product, counted − book stock and its value at
 * the unit cost given (CUMP). A count must list at least one product, once, with a quantity ≥ 0.
 * @example book 40, counted 37 at 87,00 € → variance −3, −261,00 €.
 */
export function inventoryVariances(
  lines: readonly InventoryCountLine[],
  expected: (productId: string) => number,
  unitCostCents: (productId: string) => number,
): { issues: InventoryIssue[]; variances: InventoryVariance[]; totalValueCents: number } {
  const issues: InventoryIssue[] = []
  if (lines.length === 0) issues.push({ code: 'emptyCount' })
  const seen = new Set<string>()
  for (const line of lines) {
    if (!Number.isFinite(line.counted) || line.counted < 0) issues.push({ code: 'negativeCount', productId: line.productId, counted: line.counted })
    if (seen.has(line.productId)) issues.push({ code: 'duplicateProduct', productId: line.productId })
    seen.add(line.productId)
  }
  if (issues.length > 0) return { issues, variances: [], totalValueCents: 0 }
  const variances = lines.map((line): InventoryVariance => {
    const book = expected(line.productId)
    const variance = (k(line.counted) - k(book)) / SCALE
    const cost = unitCostCents(line.productId)
    return { productId: line.productId, expected: book, counted: line.counted, variance, unitCostCents: cost, valueCents: lineValueCents(variance, cost) }
  })
  return { issues, variances, totalValueCents: variances.reduce((sum, v) => sum + v.valueCents, 0) }
}

/** Why stock is adjusted outside sales and purchases. */
export const ADJUSTMENT_REASONS = ['breakage', 'loss', 'found', 'correction'] as const
export type AdjustmentReason = (typeof ADJUSTMENT_REASONS)[number]

/** Why unsold goods are donated rather than destroyed (loi AGEC n° 2020-105). */
export const DONATION_REASONS = ['unsold', 'endOfRange', 'damagedPackaging'] as const
export type DonationReason = (typeof DONATION_REASONS)[number]

/**
 * The sign an adjustment must have for its reason: breakage (casse) and loss (perte, vol) take goods
 * out, found (trouvé) brings them in, a correction goes either way. Null when the quantity fits.
 */
export function adjustmentDirectionIssue(reason: AdjustmentReason, quantity: number): 'mustBeNegative' | 'mustBePositive' | 'zero' | null {
  if (k(quantity) === 0) return 'zero'
  if ((reason === 'breakage' || reason === 'loss') && quantity > 0) return 'mustBeNegative'
  if (reason === 'found' && quantity < 0) return 'mustBePositive'
  return null
}
