/**
 * Valuation of stock issues and of the weighted average cost (DOMAIN-FR §8, PCG art. 213-34): CUMP
 * (coût unitaire moyen pondéré) or FIFO (PEPS, premier entré premier sorti). LIFO is not allowed for
 * tax. Quantities have at most 3 decimals and are counted as exact thousandths; amounts are rounded
 * half-up to the cent only at the end, from the exact quotient.
 */
import { DomainInputError } from './errors'
import { nonNegativeCents } from './money'
import { parseQuantity } from './rates'
import { divideRounded } from './rounding'

/** How issues are valued: CUMP (weighted average, recomputed at each reception) or FIFO. */
export type ValuationMethod = 'cump' | 'fifo'

/** A lot in stock: a quantity at a unit purchase cost HT (oldest first for FIFO). */
export interface StockLayer {
  readonly quantity: number
  readonly unitCostCents: number
}

const SCALE = 1000n

// The public functions below are the boundary: they parse their inputs once with the domain's own
// rules (a quantity has at most 3 decimals, a unit cost is whole cents ≥ 0); past that, the figures
// are exact BigInts and are not checked again.
const thousandths = (quantity: number, field: string): bigint => BigInt(parseQuantity(quantity, field))
const unitCost = (value: number, field: string): bigint => BigInt(nonNegativeCents(value, field))

/**
 * Value of an issue of `quantity` units from the `layers` in stock (oldest first).
 * - `cump`: every unit at the weighted average Σ(q × c) / Σq; value = quantity × that average, rounded once.
 * - `fifo`: the oldest lots first; value = Σ of the quantities taken × their cost.
 * `unitCostCents` is value / quantity rounded half-up (0 for an issue of 0).
 * @example valueIssue({ method: 'cump', layers: [{ quantity: 100, unitCostCents: 2000 }, { quantity: 200, unitCostCents: 2300 }], quantity: 150 })
 * // { valueCents: 330000, unitCostCents: 2200 } — DOMAIN-FR §8 (FIFO gives 315000, 2100)
 * @throws DomainInputError when a quantity or cost is invalid, or `quantity` exceeds the stock (`exceedsTotal`).
 */
export function valueIssue(input: {
  method: ValuationMethod
  layers: readonly StockLayer[]
  quantity: number
}): { valueCents: number; unitCostCents: number } {
  if (input.method !== 'cump' && input.method !== 'fifo') throw new DomainInputError('method', 'outOfRange', input.method)
  if (!Array.isArray(input.layers)) throw new DomainInputError('layers', 'invalidType', input.layers)
  const layers = input.layers.map((layer, i) => ({ q: thousandths(layer.quantity, `layers[${i}].quantity`), c: unitCost(layer.unitCostCents, `layers[${i}].unitCostCents`) }))
  const wanted = thousandths(input.quantity, 'quantity')
  const inStock = layers.reduce((sum, layer) => sum + layer.q, 0n)
  if (wanted > inStock) throw new DomainInputError('quantity', 'exceedsTotal', input.quantity, `only ${Number(inStock) / 1000} in stock`)
  if (wanted === 0n) return { valueCents: 0, unitCostCents: 0 }
  // Exact value in cent-thousandths (quantity thousandths × cents), rounded to the cent once.
  const exact = input.method === 'cump'
    ? divideRounded(wanted * layers.reduce((sum, layer) => sum + layer.q * layer.c, 0n), inStock)
    : fifoValue(layers, wanted)
  const valueCents = divideRounded(exact, SCALE)
  return { valueCents: Number(valueCents), unitCostCents: Number(divideRounded(valueCents * SCALE, wanted)) }
}

/** Σ taken × cost over the oldest lots first, in cent-thousandths. */
function fifoValue(layers: readonly { q: bigint; c: bigint }[], wanted: bigint): bigint {
  let exact = 0n
  let left = wanted
  for (const layer of layers) {
    if (left === 0n) break
    const taken = layer.q < left ? layer.q : left
    exact += taken * layer.c
    left -= taken
  }
  return exact
}

/**
 * The weighted average unit cost after a reception (CUMP recomputed at each entry):
 * (stock × current CUMP + received × purchase cost) / (stock + received), rounded half-up to the cent.
 * With no stock before (or a negative physical stock), the reception's cost becomes the CUMP.
 * @example weightedAverageCostAfterReceipt({ stockQuantity: 100, stockUnitCostCents: 2000, receivedQuantity: 200, receivedUnitCostCents: 2300 }) // 2200
 */
export function weightedAverageCostAfterReceipt(input: {
  stockQuantity: number
  stockUnitCostCents: number
  receivedQuantity: number
  receivedUnitCostCents: number
}): number {
  const received = thousandths(input.receivedQuantity, 'receivedQuantity')
  const receivedCost = unitCost(input.receivedUnitCostCents, 'receivedUnitCostCents')
  const stock = input.stockQuantity > 0 ? thousandths(input.stockQuantity, 'stockQuantity') : 0n
  const stockCost = unitCost(input.stockUnitCostCents, 'stockUnitCostCents')
  if (stock + received === 0n) return Number(stockCost)
  return Number(divideRounded(stock * stockCost + received * receivedCost, stock + received))
}
