/**
 * Replenishment (DOMAIN-FR §8): the point de commande, Wilson's economic order quantity, and the
 * proposals of the replenishment view — what to order, how much, from which supplier and why, in
 * words with the figures. Pure: the caller gives the stock levels and the demand.
 */
import { addDays } from './calendar'
import { DomainInputError } from './errors'
import type { IsoDate, Product, ProductSupplier } from './model'

/** Days in the commercial year used for daily consumption (DOMAIN-FR §8: 2 400 a year = 6.67 a day on 360 days). */
export const COMMERCIAL_YEAR_DAYS = 360

/**
 * Defaults of the reorder computations when the company has no figures of its own: the cost of
 * placing one order (Cc) and the yearly holding rate (t) of DOMAIN-FR §8's Wilson example.
 */
export const REPLENISHMENT_DEFAULTS = { orderCostCents: 6000, holdingRatePercent: 12 } as const

// Products of two float roundings (2 400 × 15 / 360) may land a hair above an integer: ceil with a tolerance.
const EPSILON = 1e-9

function nonNegative(value: number, field: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new DomainInputError(field, 'notANumber', value)
  if (value < 0) throw new DomainInputError(field, 'negative', value)
  return value
}

function positive(value: number, field: string): number {
  nonNegative(value, field)
  if (value === 0) throw new DomainInputError(field, 'outOfRange', value, 'must be above 0')
  return value
}

/**
 * Point de commande = consumption during the lead time + safety stock, rounded up (DOMAIN-FR §8).
 * @example reorderPoint({ annualDemand: 2400, leadTimeDays: 15, safetyStock: 50 }) // 150 (6.67 a day × 15 + 50)
 * @throws DomainInputError on a negative or non-numeric figure, or a year of 0 days.
 */
export function reorderPoint({ annualDemand, leadTimeDays, safetyStock, daysPerYear = COMMERCIAL_YEAR_DAYS }: {
  annualDemand: number
  leadTimeDays: number
  safetyStock: number
  daysPerYear?: number
}): number {
  nonNegative(annualDemand, 'annualDemand')
  nonNegative(leadTimeDays, 'leadTimeDays')
  nonNegative(safetyStock, 'safetyStock')
  positive(daysPerYear, 'daysPerYear')
  return Math.ceil((annualDemand * leadTimeDays) / daysPerYear + safetyStock - EPSILON)
}

/**
 * Wilson's economic order quantity Q* = √(2·D·Cc / (Pu·t)) (DOMAIN-FR §8), exact and rounded up to a
 * whole unit. No demand → 0.
 * @example wilsonQuantity({ annualDemand: 2400, orderCostCents: 6000, unitCostCents: 2500, holdingRatePercent: 12 })
 * // { exact: 309.83…, roundedUp: 310 } — √96 000, about 8 orders a year
 * @throws DomainInputError on a negative figure, or a unit cost or holding rate of 0 (no holding cost).
 */
export function wilsonQuantity({ annualDemand, orderCostCents, unitCostCents, holdingRatePercent }: {
  annualDemand: number
  orderCostCents: number
  unitCostCents: number
  holdingRatePercent: number
}): { exact: number; roundedUp: number } {
  nonNegative(annualDemand, 'annualDemand')
  nonNegative(orderCostCents, 'orderCostCents')
  positive(unitCostCents, 'unitCostCents')
  positive(holdingRatePercent, 'holdingRatePercent')
  // Cents on both sides of the fraction: the unit cancels out, Q* is in units.
  const exact = Math.sqrt((2 * annualDemand * orderCostCents * 100) / (unitCostCents * holdingRatePercent))
  return { exact, roundedUp: Math.max(0, Math.ceil(exact - EPSILON)) }
}

/** A sentence of a proposal's "why": an i18n key (`purchasing.why.<code>`) and its figures. */
export interface ReplenishmentReason {
  key: string
  values: Record<string, number | string>
}

/** What the replenishment view needs of one product, from the stock and the sales history. */
export interface ReplenishmentInput {
  product: Pick<Product, 'id' | 'reference' | 'kind' | 'stockManaged' | 'active' | 'safetyStock' | 'reorderPoint' | 'suppliers' | 'costCents'>
  /** Units on the shelf (all warehouses). */
  physical: number
  /** Units allocated to confirmed customer orders not shipped yet. */
  reserved: number
  /** Units on supplier orders sent or confirmed and not received yet. */
  onOrder: number
  /** Units sold over the last year (the demand D). */
  annualDemand: number
}

/** A line of the replenishment view: order `quantity` of a product from `supplierId`, and why. */
export interface ReplenishmentProposal {
  productId: string
  reference: string
  supplierId: string
  quantity: number
  unitPriceCents: number
  leadTimeDays: number
  minimumQuantity: number
  /** Prévisionnel = physique − réservé + en commande. */
  forecast: number
  available: number
  reorderPoint: number
  safetyStock: number
  wilson: { exact: number; roundedUp: number }
  /** The last day to order so that the goods arrive before the stock falls to the safety stock. */
  latestOrderDate: IsoDate
  expectedDate: IsoDate
  /** The latest order date is today or already past. */
  urgent: boolean
  reasons: ReplenishmentReason[]
}

/**
 * The supplier to order from: among those whose lead time lets the goods arrive in time (`daysLeft`),
 * the cheapest, then the quickest; when none is in time, the quickest. Undefined when there is none.
 */
export function chooseSupplier(suppliers: readonly ProductSupplier[], daysLeft: number): ProductSupplier | undefined {
  const inTime = suppliers.filter((s) => s.leadTimeDays <= daysLeft)
  const byPrice = (a: ProductSupplier, b: ProductSupplier) => a.purchasePriceCents - b.purchasePriceCents || a.leadTimeDays - b.leadTimeDays
  if (inTime.length > 0) return [...inTime].sort(byPrice)[0]
  return [...suppliers].sort((a, b) => a.leadTimeDays - b.leadTimeDays || a.purchasePriceCents - b.purchasePriceCents)[0]
}

/**
 * The replenishment proposal of one product on `today`, or undefined when nothing needs ordering (a
 * service, a product not managed in stock or inactive, no supplier, or a forecast stock above the
 * reorder point). The reorder point is the product's own, or computed from the demand and the
 * supplier's lead time when the product has none. Quantity = max(Wilson, supplier minimum, what brings
 * the forecast back above the reorder point) (DOMAIN-FR §8).
 */
export function replenishmentProposal(
  input: ReplenishmentInput,
  today: IsoDate,
  costs: { orderCostCents: number; holdingRatePercent: number } = REPLENISHMENT_DEFAULTS,
): ReplenishmentProposal | undefined {
  const { product } = input
  if (product.kind !== 'good' || !product.stockManaged || !product.active || product.suppliers.length === 0) return undefined
  const demand = nonNegative(input.annualDemand, 'annualDemand')
  const available = input.physical - input.reserved
  const forecast = available + input.onOrder
  const daily = demand / COMMERCIAL_YEAR_DAYS
  // Days before the forecast stock falls to the safety stock at the current pace (a year when nothing sells).
  const daysLeft = daily > 0 ? Math.max(0, Math.floor((forecast - product.safetyStock) / daily)) : COMMERCIAL_YEAR_DAYS
  const supplier = chooseSupplier(product.suppliers, daysLeft)!
  const point = product.reorderPoint > 0
    ? product.reorderPoint
    : reorderPoint({ annualDemand: demand, leadTimeDays: supplier.leadTimeDays, safetyStock: product.safetyStock })
  if (forecast > point) return undefined

  const unitCostCents = supplier.purchasePriceCents > 0 ? supplier.purchasePriceCents : Math.max(1, product.costCents)
  const wilson = demand > 0
    ? wilsonQuantity({ annualDemand: demand, orderCostCents: costs.orderCostCents, unitCostCents, holdingRatePercent: costs.holdingRatePercent })
    : { exact: 0, roundedUp: 0 }
  const toPoint = point + 1 - forecast
  const quantity = Math.max(wilson.roundedUp, supplier.minimumQuantity, toPoint, 1)
  const latestOrderDate = addDays(today, Math.max(0, daysLeft - supplier.leadTimeDays))
  const urgent = daysLeft - supplier.leadTimeDays <= 0

  const reasons: ReplenishmentReason[] = [
    { key: 'forecastAtOrBelowPoint', values: { physical: input.physical, reserved: input.reserved, onOrder: input.onOrder, forecast, reorderPoint: point } },
    demand > 0
      ? { key: 'wilson', values: { annualDemand: demand, wilson: wilson.roundedUp, exact: Math.round(wilson.exact * 10) / 10 } }
      : { key: 'noDemand', values: {} },
  ]
  if (quantity === supplier.minimumQuantity && supplier.minimumQuantity > wilson.roundedUp) reasons.push({ key: 'minimumQuantity', values: { minimum: supplier.minimumQuantity } })
  if (quantity === toPoint && toPoint > Math.max(wilson.roundedUp, supplier.minimumQuantity)) reasons.push({ key: 'backAbovePoint', values: { quantity: toPoint, reorderPoint: point } })
  reasons.push({ key: 'supplier', values: { priceCents: supplier.purchasePriceCents, minimum: supplier.minimumQuantity, leadTimeDays: supplier.leadTimeDays, suppliers: product.suppliers.length } })
  reasons.push(urgent
    ? { key: 'orderNow', values: { daysLeft, leadTimeDays: supplier.leadTimeDays } }
    : { key: 'latestOrderDate', values: { daysLeft, leadTimeDays: supplier.leadTimeDays, date: latestOrderDate } })

  return {
    productId: product.id, reference: product.reference, supplierId: supplier.supplierId, quantity,
    unitPriceCents: supplier.purchasePriceCents, leadTimeDays: supplier.leadTimeDays, minimumQuantity: supplier.minimumQuantity,
    forecast, available, reorderPoint: point, safetyStock: product.safetyStock, wilson,
    latestOrderDate, expectedDate: addDays(today, supplier.leadTimeDays), urgent, reasons,
  }
}

/** Every product's proposal on `today`, most urgent first (latest order date, then reference). */
export function replenishmentProposals(
  inputs: readonly ReplenishmentInput[],
  today: IsoDate,
  costs?: { orderCostCents: number; holdingRatePercent: number },
): ReplenishmentProposal[] {
  return inputs
    .map((input) => replenishmentProposal(input, today, costs))
    .filter((p): p is ReplenishmentProposal => p !== undefined)
    .sort((a, b) => a.latestOrderDate.localeCompare(b.latestOrderDate) || a.reference.localeCompare(b.reference))
}
