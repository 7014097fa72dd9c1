/**
 * Supplier orders (REAC CP2, DOMAIN-FR §8): their life cycle draft → sent → confirmed (promised
 * date) → partly received → received (or cancelled), late orders on the simulated date, and the
 * comparison of a reception with the order (short, damaged, wrong item → supplier claim lines).
 */
import { daysBetween } from './calendar'
import type { IsoDate, Product, PurchaseDoc, PurchaseDocStatus, PurchaseLine, Tier } from './model'
import type { ReceptionDiscrepancy } from './model/supply'

/**
 * A supplier order's lead time, in days: the longest of its lines', each line taking the product's
 * lead time at this supplier, or the supplier's terms when the product gives none (0, not listed for
 * this supplier, or unknown); an order without lines takes the supplier's terms (0 without any).
 * `products` are the products of the order's lines, in any order.
 * @example lines at 12 and 0 days, supplier terms 10 → 12; lines at 0 days only → 10.
 */
export function supplierOrderLeadTimeDays(supplier: Pick<Tier, 'id' | 'supplier'>, products: readonly (Pick<Product, 'suppliers'> | undefined)[]): number {
  const terms = supplier.supplier?.leadTimeDays || 0
  if (products.length === 0) return terms
  return Math.max(...products.map((product) => product?.suppliers.find((s) => s.supplierId === supplier.id)?.leadTimeDays || terms))
}

/** What can be done to a supplier order. */
export type PurchaseAction = 'update' | 'send' | 'confirm' | 'receive' | 'chase' | 'cancel'

/**
 * The statuses each action is allowed from: a draft is edited, sent or cancelled; a sent order is
 * confirmed (the supplier's promised date, confirmed again when it moves), received or chased; goods
 * arrived (even partly) cannot be cancelled any more.
 */
export const PURCHASE_TRANSITIONS: Readonly<Record<PurchaseAction, readonly PurchaseDocStatus[]>> = {
  update: ['draft'],
  send: ['draft'],
  confirm: ['sent', 'confirmed'],
  receive: ['sent', 'confirmed', 'partlyReceived'],
  chase: ['sent', 'confirmed', 'partlyReceived'],
  cancel: ['draft', 'sent', 'confirmed'],
}

/** Whether `action` is allowed on a supplier order in `status`. */
export function purchaseActionAllowed(status: PurchaseDocStatus, action: PurchaseAction): boolean {
  return PURCHASE_TRANSITIONS[action].includes(status)
}

/** The actions allowed in `status`, in the order of the life cycle (the detail page shows only these). */
export function allowedPurchaseActions(status: PurchaseDocStatus): PurchaseAction[] {
  return (Object.keys(PURCHASE_TRANSITIONS) as PurchaseAction[]).filter((action) => purchaseActionAllowed(status, action))
}

/** Units of an order line still expected: ordered − received − settled by the supplier (credited, refused claim). */
export function lineRemaining(line: PurchaseLine): number {
  return Math.max(0, line.quantity - (line.receivedQuantity ?? 0) - (line.settledQuantity ?? 0))
}

/** Every line received or settled: the order is complete. */
export function orderComplete(lines: readonly PurchaseLine[]): boolean {
  return lines.every((line) => lineRemaining(line) === 0)
}

/** The date the supplier must deliver by: its promise, else the expected date (order date + lead time). */
export function dueDateOf(order: Pick<PurchaseDoc, 'promisedDate' | 'expectedDate'>): IsoDate | undefined {
  return order.promisedDate ?? order.expectedDate
}

/** Whether a supplier order is late on `today`, since when and by how many days. */
export interface Lateness {
  late: boolean
  dueDate?: IsoDate
  daysLate: number
}

/**
 * A supplier order is late when it was sent or confirmed (or partly received), its promised (else
 * expected) date is before `today` — the simulated date — and goods are still expected (CP2.1).
 */
export function lateness(order: PurchaseDoc, today: IsoDate): Lateness {
  const dueDate = dueDateOf(order)
  const open = order.type === 'supplierOrder' && (order.status === 'sent' || order.status === 'confirmed' || order.status === 'partlyReceived')
  if (!open || !dueDate || dueDate >= today || orderComplete(order.lines)) return { late: false, ...(dueDate ? { dueDate } : {}), daysLate: 0 }
  return { late: true, dueDate, daysLate: daysBetween(dueDate, today) }
}

/** The supplier orders late on `today`, the latest first. */
export function lateOrders(orders: readonly PurchaseDoc[], today: IsoDate): { order: PurchaseDoc; daysLate: number; dueDate: IsoDate }[] {
  return orders
    .map((order) => ({ order, ...lateness(order, today) }))
    .filter((entry): entry is { order: PurchaseDoc; late: true; daysLate: number; dueDate: IsoDate } => entry.late)
    .map(({ order, daysLate, dueDate }) => ({ order, daysLate, dueDate }))
    .sort((a, b) => b.daysLate - a.daysLate || a.order.number.localeCompare(b.order.number))
}

/**
 * A supplier's promise beyond its lead time: the promised date falls later than the day the order
 * was sent plus the lead time. Accepted (the supplier decides), but flagged to the learner.
 */
export function promiseBeyondLeadTime(sentOn: IsoDate, leadTimeDays: number, promisedDate: IsoDate): { beyond: boolean; daysBeyond: number } {
  const days = daysBetween(sentOn, promisedDate) - leadTimeDays
  return { beyond: days > 0, daysBeyond: Math.max(0, days) }
}

/** What was counted on one order line at a reception. */
export interface ReceivedLine {
  /** Index of the order line. */
  line: number
  /** Units in good condition, put into stock. */
  good: number
  /** Units on the supplier's delivery note but not in the parcel. */
  short?: number
  /** Units arrived damaged: not put into stock, claimed. */
  damaged?: number
  /** Units of another item delivered instead of this one: not put into stock, claimed. */
  wrongItem?: number
}

/** A problem in the counted figures of a reception (`purchasing.rules.<code>`). */
export interface ReceptionIssue {
  code: 'unknownLine' | 'invalidQuantity' | 'aboveRemaining' | 'nothingReceived'
  values: Record<string, number | string>
}

/** A reception compared with its order: what goes into stock, what is claimed, what is still expected. */
export interface ReceptionComparison {
  issues: ReceptionIssue[]
  /** Good units per order line (> 0), into stock at the order's unit price. */
  goodLines: { line: number; productId: string; quantity: number; unitPriceCents: number }[]
  /** One claim line per discrepancy found. */
  claimLines: { productId: string; quantity: number; reason: ReceptionDiscrepancy }[]
  /** Order lines with the good units added to what was received. */
  lines: PurchaseLine[]
  /** Every line received (or settled) once this reception is recorded. */
  complete: boolean
}

const REASONS: readonly ReceptionDiscrepancy[] = ['short', 'damaged', 'wrongItem']

function countable(value: number | undefined): boolean {
  return value === undefined || (Number.isInteger(value) && value >= 0)
}

/**
 * Compares what was counted with what the order still expects, line by line: good + short + damaged +
 * wrong item may not exceed the units still expected on the line (no over-reception); each
 * discrepancy becomes a claim line; only good units are received (DOMAIN-FR §8, CP2.2).
 */
export function compareReception(order: Pick<PurchaseDoc, 'lines'>, received: readonly ReceivedLine[]): ReceptionComparison {
  const issues: ReceptionIssue[] = []
  const lines = order.lines.map((line) => ({ ...line }))
  const goodLines: ReceptionComparison['goodLines'] = []
  const claimLines: ReceptionComparison['claimLines'] = []
  const counted = new Map<number, number>()
  for (const entry of received) {
    const line = lines[entry.line]
    if (!line) {
      issues.push({ code: 'unknownLine', values: { line: entry.line + 1 } })
      continue
    }
    const figures = [entry.good, entry.short, entry.damaged, entry.wrongItem]
    if (!figures.every(countable) || entry.good === undefined) {
      issues.push({ code: 'invalidQuantity', values: { line: entry.line + 1, reference: line.designation } })
      continue
    }
    const total = entry.good + (entry.short ?? 0) + (entry.damaged ?? 0) + (entry.wrongItem ?? 0) + (counted.get(entry.line) ?? 0)
    const remaining = lineRemaining(order.lines[entry.line]!)
    if (total > remaining) {
      issues.push({ code: 'aboveRemaining', values: { line: entry.line + 1, reference: line.designation, counted: total, remaining } })
      continue
    }
    counted.set(entry.line, total)
    if (entry.good > 0) {
      goodLines.push({ line: entry.line, productId: line.productId, quantity: entry.good, unitPriceCents: line.unitPriceCents })
      line.receivedQuantity = (line.receivedQuantity ?? 0) + entry.good
    }
    for (const reason of REASONS) {
      const quantity = entry[reason] ?? 0
      if (quantity > 0) claimLines.push({ productId: line.productId, quantity, reason })
    }
  }
  if (issues.length === 0 && goodLines.length === 0 && claimLines.length === 0) issues.push({ code: 'nothingReceived', values: {} })
  return { issues, goodLines, claimLines, lines, complete: orderComplete(lines) }
}

/**
 * The order lines once a claim is settled without new goods (a supplier credit note, or a claim the
 * supplier rejected): the claimed units are no longer expected. A replacement leaves them expected.
 */
export function settleClaim(lines: readonly PurchaseLine[], claimed: readonly { productId: string; quantity: number }[]): PurchaseLine[] {
  const out = lines.map((line) => ({ ...line }))
  for (const claim of claimed) {
    let left = claim.quantity
    for (const line of out) {
      if (left <= 0) break
      if (line.productId !== claim.productId) continue
      const take = Math.min(left, lineRemaining(line))
      line.settledQuantity = (line.settledQuantity ?? 0) + take
      left -= take
    }
  }
  return out
}
