import { addDays, daysBetween } from '@/domain/calendar'
import { dueDate } from '@/domain/due-date'
import type { Product, PurchaseDoc, PurchaseLine, SalesDoc, SalesLine, StockMove, Tier } from '@/domain'
import type { CompanyCatalog } from '@/seed/catalog'
import type { CustomerProfile } from './customers'
import type { Numbering } from './numbering'
import { Pricer } from './pricing'
import type { Random } from './prng'

/** Sales by month, January first: a quiet August and a busy autumn, as in French B2B trade. */
const SEASONALITY = [0.88, 0.92, 1.05, 1.0, 1.02, 0.98, 0.82, 0.55, 1.1, 1.18, 1.15, 1.0]
/** Yearly growth of the whole company, so N vs N-1 statistics show something. */
const GROWTH = 0.07
/**
 * Supplier orders of the short products placed in the last days of the history are not delivered by
 * its end (a supplier delay the inbox announces): long enough for the stock to run down to zero.
 */
const SHORTAGE_WINDOW_DAYS = 100
/** The buyers overlooked the reorder of a few products over the last weeks: the replenishment view has work on day one. */
const FORGOTTEN_REORDER_DAYS = 40

interface OrderState {
  doc: SalesDoc
  profile: CustomerProfile
  remaining: number[]
  plannedDay: number
  lastDeliveryDay: number
  deliveries: number
  uninvoiced: number
  shippingCents: number
}

interface PendingPeriodic {
  profile: CustomerProfile
  deliveries: SalesDoc[]
  orders: OrderState[]
  shippingCents: number
}

interface PurchaseState {
  doc: PurchaseDoc
  remaining: number[]
  warehouseIndex: number
}

/** An issued invoice and who it belongs to, for payments. */
export interface IssuedInvoice {
  doc: SalesDoc
  profile: CustomerProfile
  day: number
  /** Day index of the due date (may lie after the end of the history). */
  dueDay: number
}

export interface IssuedCreditNote {
  doc: SalesDoc
  profile: CustomerProfile
  day: number
}

export interface SimulationResult {
  /** The date of each day index of the history. */
  dates: string[]
  salesDocs: SalesDoc[]
  purchaseDocs: PurchaseDoc[]
  stockMoves: StockMove[]
  invoices: IssuedInvoice[]
  creditNotes: IssuedCreditNote[]
  /** Deliveries of periodic customers not yet invoiced at the end, and orders not fully delivered. */
  openOrders: { doc: SalesDoc; remaining: number[]; profile: CustomerProfile }[]
  uninvoiced: { doc: SalesDoc; profile: CustomerProfile }[]
  shortProductIds: string[]
  delayedPurchases: PurchaseDoc[]
}

export interface SimulationInput {
  catalog: CompanyCatalog
  profiles: CustomerProfile[]
  sellable: Product[]
  start: string
  days: number
  endDate: string
  targetInvoiceLines: number
  numbering: Numbering
  rng: Random
}

/**
 * Plays three years of trade day by day, in date order, so every number is issued in sequence:
 * quotes → orders → delivery notes (partial when stock is short, backorders delivered later) →
 * invoices (at delivery, or at month end for periodic customers) → returns and credit notes;
 * purchase orders to suppliers when projected stock falls under the reorder point, and receptions.
 * Every stock change is a stock movement document.
 */
export function simulate(input: SimulationInput): SimulationResult {
  return new Simulation(input).run()
}

class Simulation {
  private readonly out: SimulationResult = {
    dates: [], salesDocs: [], purchaseDocs: [], stockMoves: [], invoices: [], creditNotes: [], openOrders: [], uninvoiced: [],
    shortProductIds: [], delayedPurchases: [],
  }

  private readonly products: Product[]
  private readonly warehouses: string[]
  private readonly dates: string[] = []
  private readonly stock: number[][]
  private readonly onOrder: number[][]
  private readonly backlog: number[][]
  private readonly demandRate: number[][]
  private readonly demandToday: number[][]
  private readonly productIndex = new Map<string, number>()
  private readonly suppliers = new Map<string, Tier>()
  private readonly shortProducts = new Set<number>()
  private readonly forgottenProducts = new Set<number>()
  private openOrders: OrderState[] = []
  private readonly quoteConversions = new Map<number, { quote: SalesDoc; profile: CustomerProfile }[]>()
  private readonly receptions = new Map<number, PurchaseState[]>()
  private readonly returns = new Map<number, IssuedInvoice[]>()
  private readonly periodic = new Map<string, PendingPeriodic>()
  private eventsPerWeight = 0
  private ids = 0
  private readonly priceFactors = new Map<string, number>()
  private readonly pricer: Pricer

  constructor(private readonly input: SimulationInput) {
    this.products = input.sellable
    this.pricer = new Pricer(input.catalog.products)
    this.products.forEach((p, i) => this.productIndex.set(p.id, i))
    this.warehouses = input.catalog.warehouses.map((w) => w.id)
    const grid = () => this.warehouses.map(() => this.products.map(() => 0))
    this.stock = grid()
    this.onOrder = grid()
    this.backlog = grid()
    this.demandRate = grid()
    this.demandToday = grid()
    for (const tier of input.catalog.tiers) if (tier.kind === 'supplier') this.suppliers.set(tier.id, tier)
    for (let day = 0; day < input.days; day += 1) this.dates.push(addDays(input.start, day))
    this.out.dates = this.dates
  }

  run(): SimulationResult {
    this.calibrate()
    this.pickShortProducts()
    this.initialStock()
    const { days } = this.input
    for (let day = 0; day < days; day += 1) {
      const date = this.dates[day]!
      const working = this.isWorkingDay(day)
      this.receive(day)
      this.processReturns(day)
      this.convertQuotes(day)
      this.newDemand(day, working)
      if (working) this.deliver(day)
      if (day + 1 >= days || this.dates[day + 1]!.slice(5, 7) !== date.slice(5, 7)) this.invoicePeriodic(day)
      // Buyers place supplier orders on Mondays and Thursdays.
      if (working && (this.weekday(day) === 1 || this.weekday(day) === 4)) this.purchase(day)
      if (date.endsWith('-12-31')) this.inventory(day)
      this.updateDemand()
    }
    for (const order of this.openOrders) {
      if (order.remaining.some((q) => q > 0)) this.out.openOrders.push({ doc: order.doc, remaining: order.remaining, profile: order.profile })
    }
    for (const pending of this.periodic.values()) {
      for (const doc of pending.deliveries) this.out.uninvoiced.push({ doc, profile: pending.profile })
    }
    this.out.shortProductIds = [...this.shortProducts].map((i) => this.products[i]!.id)
    return this.out
  }

  // ——— calendar and volume ———

  /** 0 = Sunday … 6 = Saturday (1970-01-01, day number 0, was a Thursday). */
  private weekday(day: number): number {
    return (this.dayNumber(day) + 4) % 7
  }

  private isWorkingDay(day: number): boolean {
    const weekday = this.weekday(day)
    return weekday !== 0 && weekday !== 6
  }

  private startDayNumber = -1
  private dayNumber(day: number): number {
    if (this.startDayNumber < 0) {
      const [y, m, d] = this.input.start.split('-').map(Number) as [number, number, number]
      this.startDayNumber = Math.floor(Date.UTC(y, m - 1, d) / 86_400_000)
    }
    return this.startDayNumber + day
  }

  private dayWeight(day: number): number {
    const month = Number(this.dates[day]!.slice(5, 7)) - 1
    const growth = (1 + GROWTH) ** (day / 365)
    return SEASONALITY[month]! * growth * (this.isWorkingDay(day) ? 1 : 0.12)
  }

  private customerWeight(profile: CustomerProfile, day: number): number {
    if (day < profile.firstDay) return 0
    return profile.weight * (1 + profile.trend) ** (day / 365)
  }

  /** Sets the number of sales events per unit of weight so the history holds about the target lines. */
  private calibrate(): void {
    const { profiles, days, targetInvoiceLines } = this.input
    let linesPerWeight = 0
    let weightTotal = 0
    for (const profile of profiles) {
      const w = profile.weight
      const ordersPerEvent = 1 - profile.quoteShare * 0.32
      linesPerWeight += w * Math.min(profile.linesMean, profile.favourites.length + 1.5) * ordersPerEvent * 0.82
      weightTotal += w
    }
    const linesPerEvent = linesPerWeight / weightTotal
    let dayTotal = 0
    for (let day = 0; day < days; day += 1) dayTotal += this.dayWeight(day)
    const midWeight = profiles.reduce((sum, p) => sum + this.customerWeight(p, days / 2), 0)
    this.eventsPerWeight = targetInvoiceLines / linesPerEvent / dayTotal / Math.max(weightTotal * 0.2, midWeight)
    // A revenue hint sets the customer's typical line value: yearly revenue / expected lines a year.
    for (const profile of profiles) {
      if (!profile.annualRevenueCents) continue
      let exposure = 0
      for (let day = 0; day < days; day += 7) exposure += this.dayWeight(day) * this.customerWeight(profile, day) * 7
      const linesPerYear = (this.eventsPerWeight * exposure * profile.linesMean * (1 - profile.quoteShare * 0.32) * 0.82 * 365) / days
      if (linesPerYear > 0) profile.lineValueCents = profile.annualRevenueCents / linesPerYear
    }
  }

  private nextId(prefix: string): string {
    this.ids += 1
    return `${prefix}-${String(this.ids).padStart(6, '0')}`
  }

  /** Prices rose about 3 % a year: a sale k years before the end used the catalogue price / 1.03^k. */
  private priceFactor(date: string): number {
    const year = date.slice(0, 4)
    let factor = this.priceFactors.get(year)
    if (factor === undefined) {
      factor = 1 / 1.03 ** (Number(this.input.endDate.slice(0, 4)) - Number(year))
      this.priceFactors.set(year, factor)
    }
    return factor
  }

  // ——— stock ———

  private isStocked(index: number): boolean {
    const product = this.products[index]!
    return product.stockManaged && product.kind === 'good'
  }

  private reorderPoint(w: number, p: number): number {
    const product = this.products[p]!
    const base = w === 0 ? product.reorderPoint : Math.ceil(product.reorderPoint / 2)
    const lead = product.suppliers[0]?.leadTimeDays ?? 14
    return Math.max(base, Math.ceil(this.demandRate[w]![p]! * (lead + 10)))
  }

  /** Three of the busiest products (the catalogue's reorder point reflects demand) with a short lead time. */
  private pickShortProducts(): void {
    const candidates = this.products.map((_, i) => i)
      .filter((i) => this.isStocked(i) && (this.products[i]!.suppliers[0]?.leadTimeDays ?? 99) <= 21)
      .sort((a, b) => this.products[b]!.reorderPoint - this.products[a]!.reorderPoint || a - b)
      .slice(0, 10)
    const count = Math.min(3, candidates.length)
    while (this.shortProducts.size < count) this.shortProducts.add(this.input.rng.pick(candidates))
  }

  /**
   * When the last weeks start: two products with a choice of suppliers, not among the short ones, whose
   * stock above the reorder point lasts about two thirds of the remaining days — the buyers overlook
   * their reorder, so they end at or below it (no random draw: the rest of the history is unchanged).
   */
  private pickForgottenProducts(): void {
    const target = FORGOTTEN_REORDER_DAYS * 0.7
    const cover = (p: number) => {
      const rate = this.warehouses.reduce((sum, _, w) => sum + this.demandRate[w]![p]!, 0)
      const projected = this.warehouses.reduce((sum, _, w) => sum + this.stock[w]![p]! + this.onOrder[w]![p]! - this.backlog[w]![p]!, 0)
      return rate > 0 ? (projected - this.products[p]!.reorderPoint) / rate : Infinity
    }
    this.products.map((_, i) => i)
      .filter((i) => this.isStocked(i) && !this.shortProducts.has(i) && this.products[i]!.active && this.products[i]!.suppliers.length >= 2)
      .map((i) => ({ i, gap: Math.abs(cover(i) - target) }))
      .sort((a, b) => a.gap - b.gap || a.i - b.i)
      .slice(0, 2)
      .forEach(({ i }) => this.forgottenProducts.add(i))
  }

  private initialStock(): void {
    const { targetInvoiceLines, days } = this.input
    const goods = this.products.filter((_, i) => this.isStocked(i)).length || 1
    const dailyQuantity = (targetInvoiceLines / days) * 3
    const date = this.dates[0]!
    this.warehouses.forEach((warehouseId, w) => {
      const share = w === 0 ? 0.7 : 0.3 / Math.max(1, this.warehouses.length - 1)
      const lines: StockMove['lines'] = []
      this.products.forEach((product, p) => {
        if (!this.isStocked(p)) return
        const rate = (dailyQuantity * share) / goods
        this.demandRate[w]![p] = rate
        const quantity = Math.ceil(rate * 45) + product.reorderPoint + 2
        this.stock[w]![p] = quantity
        lines.push({ productId: product.id, quantity, unitCostCents: this.cost(product, date) })
      })
      if (lines.length) this.out.stockMoves.push({ id: this.nextId('sm'), kind: 'initial', date, warehouseId, lines })
    })
  }

  private cost(product: Product, date: string): number {
    return Math.round(product.costCents * this.priceFactor(date))
  }

  private updateDemand(): void {
    for (let w = 0; w < this.warehouses.length; w += 1) {
      const rates = this.demandRate[w]!
      const today = this.demandToday[w]!
      for (let p = 0; p < rates.length; p += 1) {
        rates[p] = rates[p]! * (29 / 30) + today[p]! / 30
        today[p] = 0
      }
    }
  }

  // ——— sales ———

  private cumulative: number[] = []
  private weekendCumulative: number[] = []
  private cumulativeMonth = ''

  private refreshWeights(day: number): void {
    const month = this.dates[day]!.slice(0, 7)
    if (month === this.cumulativeMonth) return
    this.cumulativeMonth = month
    let all = 0
    let weekend = 0
    this.cumulative = []
    this.weekendCumulative = []
    for (const profile of this.input.profiles) {
      const weight = this.customerWeight(profile, day)
      all += weight
      weekend += profile.tier.customer!.channel === 'direct' ? 0 : weight
      this.cumulative.push(all)
      this.weekendCumulative.push(weekend)
    }
  }

  private newDemand(day: number, working: boolean): void {
    this.refreshWeights(day)
    const table = working ? this.cumulative : this.weekendCumulative
    const total = table[table.length - 1] ?? 0
    if (total <= 0) return
    const rng = this.input.rng
    const expected = this.eventsPerWeight * this.dayWeight(day) * (this.cumulative[this.cumulative.length - 1] ?? 0)
    let count = Math.floor(expected)
    if (rng.chance(expected - count)) count += 1
    for (let n = 0; n < count; n += 1) {
      const profile = this.input.profiles[rng.pickCumulative(table)]!
      if (rng.chance(profile.quoteShare)) this.quote(day, profile)
      else this.order(day, profile, this.drawLines(profile, this.dates[day]!), [])
    }
  }

  private drawLines(profile: CustomerProfile, date: string): SalesLine[] {
    const rng = this.input.rng
    const { favourites } = profile
    const max = Math.min(12, this.products.length)
    const count = Math.min(max, 1 + Math.floor(-Math.log(1 - rng.next()) * (profile.linesMean - 1)))
    const chosen = new Set<number>()
    // A small account rarely buys an item worth many times its usual line (a 1 500 € desk for a 150 € habit).
    const ceiling = profile.lineValueCents ? profile.lineValueCents * 2.5 : Infinity
    for (let tries = 0; chosen.size < count && tries < count * 6; tries += 1) {
      const index = rng.chance(0.85) ? rng.pick(favourites) : rng.int(0, this.products.length - 1)
      if (this.products[index]!.priceCents > ceiling && tries < count * 5) continue
      chosen.add(index)
    }
    if (chosen.size === 0) chosen.add(rng.pick(favourites))
    const customer = profile.tier
    const factor = this.priceFactor(date)
    const language = customer.language
    return [...chosen].map((index) => {
      const product = this.products[index]!
      const expensive = product.priceCents > 50_000
      const quantity = profile.lineValueCents
        ? Math.min(product.kind === 'service' ? 16 : 400, Math.max(1, Math.round((profile.lineValueCents * (0.4 + rng.next() * 1.2)) / product.priceCents)))
        : product.kind === 'service' ? rng.int(1, 4)
          : expensive ? rng.int(1, 2) : Math.max(1, Math.round(profile.quantityScale * (0.3 + rng.next() * 1.4)))
      const line: SalesLine = {
        productId: product.id, designation: product.designation[language], quantity,
        unitPriceCents: Math.round(product.priceCents * factor),
        vatRatePercent: this.pricer.lineVatRate(product, customer),
        unitCostCents: this.cost(product, date),
      }
      if (customer.legal === 'company' && rng.chance(0.08)) line.discountsPercent = [rng.chance(0.5) ? 5 : 10]
      return line
    })
  }

  private baseDoc(type: SalesDoc['type'], profile: CustomerProfile, date: string, lines: SalesLine[], sourceIds: string[]): SalesDoc {
    const c = profile.tier.customer!
    return {
      id: this.nextId(type), type, number: this.input.numbering.next(type, date),
      status: 'draft', customerId: profile.tier.id, date, lines,
      ...(c.discountPercent > 0 ? { discountsPercent: [c.discountPercent] } : {}),
      salespersonId: c.salespersonId, channel: c.channel, warehouseId: profile.warehouseId,
      ...(profile.carrierId ? { carrierId: profile.carrierId } : {}),
      sourceIds,
    }
  }

  private quote(day: number, profile: CustomerProfile): void {
    const rng = this.input.rng
    const date = this.dates[day]!
    const lines = this.drawLines(profile, date)
    const validity = this.input.catalog.settings.quoteValidityDays || 30
    const quote = this.baseDoc('quote', profile, date, lines, [])
    quote.validUntil = addDays(date, validity)
    quote.paymentTerms = profile.tier.customer!.paymentTerms
    quote.totals = this.pricer.price(quote, profile.tier, false)
    const roll = rng.next()
    const end = this.input.days
    if (roll < 0.68) {
      const conversion = day + rng.int(2, Math.min(20, validity))
      quote.status = 'sent'
      if (conversion < end) {
        const list = this.quoteConversions.get(conversion) ?? []
        list.push({ quote, profile })
        this.quoteConversions.set(conversion, list)
      }
    } else if (roll < 0.85) {
      quote.status = day + 10 < end ? 'refused' : 'sent'
    } else {
      quote.status = quote.validUntil < this.input.endDate ? 'expired' : 'sent'
    }
    this.out.salesDocs.push(quote)
  }

  private convertQuotes(day: number): void {
    const list = this.quoteConversions.get(day)
    if (!list) return
    this.quoteConversions.delete(day)
    for (const { quote, profile } of list) {
      quote.status = 'accepted'
      const lines = quote.lines.map((line) => ({ ...line }))
      this.order(day, profile, lines, [quote.id])
    }
  }

  private order(day: number, profile: CustomerProfile, lines: SalesLine[], sourceIds: string[]): void {
    const rng = this.input.rng
    const date = this.dates[day]!
    const c = profile.tier.customer!
    const order = this.baseDoc('order', profile, date, lines, sourceIds)
    order.status = 'confirmed'
    order.paymentTerms = c.paymentTerms
    if (profile.tier.legal === 'company' && c.channel === 'direct') order.customerPoNumber = `PO-${rng.int(10_000, 99_999)}`
    const gross = lines.reduce((sum, line) => sum + line.unitPriceCents * line.quantity, 0)
    const weightKg = lines.reduce((sum, line) => sum + (this.products[this.productIndex.get(line.productId)!]!.weightGrams * line.quantity) / 1000, 0)
    // Carriage is billed on small orders and on every webshop or marketplace order (CGV: franco above 300 € HT).
    const shippingCents = c.channel !== 'direct' || gross < 30_000 ? Math.max(690, Math.round(weightKg * 90)) : 0
    if (shippingCents > 0) order.shippingCents = shippingCents
    this.out.salesDocs.push(order)
    const w = this.warehouses.indexOf(profile.warehouseId)
    lines.forEach((line) => {
      const p = this.productIndex.get(line.productId)!
      if (!this.isStocked(p)) return
      this.backlog[w]![p]! += line.quantity
      this.demandToday[w]![p]! += line.quantity
    })
    const lag = profile.tier.legal === 'person' ? 1 : rng.int(0, 3)
    this.openOrders.push({
      doc: order, profile, remaining: lines.map((line) => line.quantity), plannedDay: day + lag, lastDeliveryDay: -1,
      deliveries: 0, uninvoiced: 0, shippingCents,
    })
  }

  private deliver(day: number): void {
    const date = this.dates[day]!
    const still: OrderState[] = []
    for (const order of this.openOrders) {
      if (order.plannedDay > day || order.remaining.every((q) => q === 0)) {
        if (order.remaining.some((q) => q > 0)) still.push(order)
        continue
      }
      const w = this.warehouses.indexOf(order.profile.warehouseId)
      const deliverable = order.doc.lines.map((line, i) => {
        const p = this.productIndex.get(line.productId)!
        const remaining = order.remaining[i]!
        return this.isStocked(p) ? Math.min(remaining, Math.max(0, this.stock[w]![p]!)) : remaining
      })
      const all = deliverable.every((q, i) => q === order.remaining[i])
      const some = deliverable.some((q) => q > 0)
      // A backorder leaves when it can be completed, or at most weekly with what has come in.
      const go = some && (order.deliveries === 0 || all || day - order.lastDeliveryDay >= 7)
      if (go) this.ship(order, deliverable, day, date, w)
      if (order.remaining.some((q) => q > 0)) still.push(order)
    }
    this.openOrders = still
  }

  private ship(order: OrderState, quantities: number[], day: number, date: string, w: number): void {
    const lines: SalesLine[] = []
    const moveLines: StockMove['lines'] = []
    order.doc.lines.forEach((line, i) => {
      const quantity = quantities[i]!
      if (quantity <= 0) return
      lines.push({ ...line, quantity })
      order.remaining[i] = order.remaining[i]! - quantity
      const p = this.productIndex.get(line.productId)!
      if (this.isStocked(p)) {
        this.stock[w]![p]! -= quantity
        this.backlog[w]![p]! -= quantity
        moveLines.push({ productId: line.productId, quantity: -quantity, unitCostCents: line.unitCostCents })
      }
    })
    const delivery = this.baseDoc('delivery', order.profile, date, lines, [order.doc.id])
    delivery.status = 'shipped'
    if (order.doc.customerPoNumber) delivery.customerPoNumber = order.doc.customerPoNumber
    this.out.salesDocs.push(delivery)
    if (moveLines.length) {
      this.out.stockMoves.push({ id: this.nextId('sm'), kind: 'delivery', date, warehouseId: this.warehouses[w]!, lines: moveLines, sourceId: delivery.id })
    }
    const shipping = order.deliveries === 0 ? order.shippingCents : 0
    order.deliveries += 1
    order.uninvoiced += 1
    order.lastDeliveryDay = day
    order.doc.status = order.remaining.every((q) => q === 0) ? 'delivered' : 'partlyDelivered'
    if (order.profile.periodic) {
      const pending = this.periodic.get(order.profile.tier.id) ?? { profile: order.profile, deliveries: [], orders: [], shippingCents: 0 }
      pending.deliveries.push(delivery)
      if (!pending.orders.includes(order)) pending.orders.push(order)
      pending.shippingCents += shipping
      this.periodic.set(order.profile.tier.id, pending)
    } else {
      this.invoice(order.profile, [delivery], [order], shipping, day)
    }
  }

  private invoicePeriodic(day: number): void {
    if (day + 1 >= this.input.days) return // the month in progress is not invoiced yet: delivered, not invoiced
    for (const [id, pending] of this.periodic) {
      this.invoice(pending.profile, pending.deliveries, pending.orders, pending.shippingCents, day)
      this.periodic.delete(id)
    }
  }

  private invoice(profile: CustomerProfile, deliveries: SalesDoc[], orders: OrderState[], shippingCents: number, day: number): void {
    const date = this.dates[day]!
    const lines = deliveries.flatMap((delivery) => delivery.lines.map((line) => ({ ...line })))
    const invoice = this.baseDoc('invoice', profile, date, lines, deliveries.map((d) => d.id))
    invoice.status = 'validated'
    const terms = profile.tier.customer!.paymentTerms
    invoice.paymentTerms = terms
    invoice.dueDate = dueDate(date, terms)
    if (shippingCents > 0) invoice.shippingCents = shippingCents
    invoice.totals = this.pricer.price(invoice, profile.tier, true)
    this.out.salesDocs.push(invoice)
    for (const order of orders) {
      order.uninvoiced -= deliveries.filter((d) => d.sourceIds[0] === order.doc.id).length
      if (order.uninvoiced === 0 && order.remaining.every((q) => q === 0)) order.doc.status = 'invoiced'
    }
    const issued = { doc: invoice, profile, day, dueDay: day + daysBetween(date, invoice.dueDate) }
    this.out.invoices.push(issued)
    const rng = this.input.rng
    if (rng.chance(profile.tier.legal === 'person' ? 0.04 : 0.025)) {
      const returnDay = day + rng.int(3, 25)
      if (returnDay < this.input.days) {
        const list = this.returns.get(returnDay) ?? []
        list.push(issued)
        this.returns.set(returnDay, list)
      }
    }
  }

  // ——— returns and credit notes ———

  private processReturns(day: number): void {
    const list = this.returns.get(day)
    if (!list) return
    this.returns.delete(day)
    const rng = this.input.rng
    const date = this.dates[day]!
    for (const { doc: invoice, profile } of list) {
      const source = rng.pick(invoice.lines)
      const p = this.productIndex.get(source.productId)!
      const stocked = this.isStocked(p)
      const quantity = Math.max(1, Math.min(source.quantity, Math.floor(source.quantity * (0.2 + rng.next() * 0.4))))
      const { netCents: _, ...rest } = source
      const lines: SalesLine[] = [{ ...rest, quantity }]
      const credit = this.baseDoc('creditNote', profile, date, lines, [invoice.id])
      credit.status = 'validated'
      if (invoice.warehouseId) credit.warehouseId = invoice.warehouseId
      credit.reason = stocked ? (rng.chance(0.5) ? 'Retour : produit endommagé au transport' : 'Retour : erreur de référence') : 'Geste commercial : prestation non conforme'
      credit.totals = this.pricer.price(credit, profile.tier, true)
      this.out.salesDocs.push(credit)
      this.out.creditNotes.push({ doc: credit, profile, day })
      if (stocked) {
        const w = Math.max(0, this.warehouses.indexOf(invoice.warehouseId ?? ''))
        this.stock[w]![p]! += quantity
        this.out.stockMoves.push({
          id: this.nextId('sm'), kind: 'return', date, warehouseId: this.warehouses[w]!,
          lines: [{ productId: source.productId, quantity, unitCostCents: source.unitCostCents }], sourceId: credit.id,
        })
      }
    }
  }

  // ——— purchasing ———

  private purchase(day: number): void {
    if (this.forgottenProducts.size === 0 && day >= this.input.days - FORGOTTEN_REORDER_DAYS) this.pickForgottenProducts()
    const date = this.dates[day]!
    const rng = this.input.rng
    const factor = this.priceFactor(date)
    for (let w = 0; w < this.warehouses.length; w += 1) {
      const bySupplier = new Map<string, { lines: PurchaseLine[]; lead: number }>()
      for (let p = 0; p < this.products.length; p += 1) {
        if (!this.isStocked(p)) continue
        if (this.forgottenProducts.has(p)) continue
        const product = this.products[p]!
        const source = product.suppliers[0]
        if (!source) continue
        const projected = this.stock[w]![p]! + this.onOrder[w]![p]! - this.backlog[w]![p]!
        const reorder = this.reorderPoint(w, p)
        if (projected >= reorder) continue
        const lead = source.leadTimeDays || this.suppliers.get(source.supplierId)?.supplier?.leadTimeDays || 14
        const quantity = Math.max(source.minimumQuantity || 1, Math.ceil(this.demandRate[w]![p]! * (lead + 45)) + reorder - projected)
        // The short products go on their own supplier order, the one that will be late.
        const key = this.shortProducts.has(p) ? `${source.supplierId}|short` : source.supplierId
        const entry = bySupplier.get(key) ?? { lines: [], lead }
        entry.lead = Math.max(entry.lead, lead)
        entry.lines.push({
          productId: product.id, designation: product.designation.fr, quantity,
          unitPriceCents: Math.round(source.purchasePriceCents * factor), vatRatePercent: product.vatRatePercent,
        })
        bySupplier.set(key, entry)
      }
      for (const [key, { lines, lead }] of bySupplier) {
        const supplierId = key.replace(/\|short$/, '')
        const expected = day + lead
        const doc: PurchaseDoc = {
          id: this.nextId('po'), type: 'supplierOrder', number: this.input.numbering.next('supplierOrder', date), status: 'confirmed',
          supplierId, date, expectedDate: addDays(this.input.start, expected), lines, warehouseId: this.warehouses[w]!, sourceIds: [],
          totalExclVatCents: lines.reduce((sum, line) => sum + line.unitPriceCents * line.quantity, 0),
        }
        this.out.purchaseDocs.push(doc)
        lines.forEach((line) => { this.onOrder[w]![this.productIndex.get(line.productId)!]! += line.quantity })
        const state: PurchaseState = { doc, remaining: lines.map((l) => l.quantity), warehouseIndex: w }
        const arrival = expected + (rng.chance(0.1) ? rng.int(2, 10) : 0)
        // The supplier of the short products is late at the end of the history (the inbox says so).
        const short = lines.some((line) => this.shortProducts.has(this.productIndex.get(line.productId)!))
        if (short && day >= this.input.days - SHORTAGE_WINDOW_DAYS) {
          this.out.delayedPurchases.push(doc)
          continue
        }
        this.schedule(arrival, state)
      }
    }
  }

  private schedule(day: number, state: PurchaseState): void {
    let arrival = day
    while (arrival < this.input.days && !this.isWorkingDay(arrival)) arrival += 1
    if (arrival >= this.input.days) return
    const list = this.receptions.get(arrival) ?? []
    list.push(state)
    this.receptions.set(arrival, list)
  }

  private receive(day: number): void {
    const list = this.receptions.get(day)
    if (!list) return
    this.receptions.delete(day)
    const rng = this.input.rng
    const date = this.dates[day]!
    for (const state of list) {
      const partial = rng.chance(0.08)
      const w = state.warehouseIndex
      const lines: PurchaseLine[] = []
      state.doc.lines.forEach((line, i) => {
        const remaining = state.remaining[i]!
        if (remaining <= 0) return
        const quantity = partial ? Math.max(1, Math.floor(remaining * 0.9)) : remaining
        state.remaining[i] = remaining - quantity
        const p = this.productIndex.get(line.productId)!
        this.stock[w]![p]! += quantity
        this.onOrder[w]![p]! -= quantity
        lines.push({ ...line, quantity })
      })
      const reception: PurchaseDoc = {
        id: this.nextId('rec'), type: 'reception', number: this.input.numbering.next('reception', date), status: 'received',
        supplierId: state.doc.supplierId, date, lines, warehouseId: state.doc.warehouseId, sourceIds: [state.doc.id],
        totalExclVatCents: lines.reduce((sum, line) => sum + line.unitPriceCents * line.quantity, 0),
      }
      this.out.purchaseDocs.push(reception)
      this.out.stockMoves.push({
        id: this.nextId('sm'), kind: 'reception', date, warehouseId: state.doc.warehouseId, sourceId: reception.id,
        lines: lines.map((line) => ({ productId: line.productId, quantity: line.quantity, unitCostCents: line.unitPriceCents })),
      })
      const done = state.remaining.every((q) => q <= 0)
      state.doc.status = done ? 'received' : 'partlyReceived'
      if (!done) this.schedule(day + rng.int(5, 10), state)
    }
  }

  /** The yearly stock count (31 December): a little shrinkage, now and then a unit found. */
  private inventory(day: number): void {
    const rng = this.input.rng
    const date = this.dates[day]!
    this.warehouses.forEach((warehouseId, w) => {
      const lines: StockMove['lines'] = []
      this.products.forEach((product, p) => {
        if (!this.isStocked(p)) return
        const onHand = this.stock[w]![p]!
        const roll = rng.next()
        const delta = roll < 0.08 && onHand >= 3 ? -rng.int(1, 2) : roll > 0.98 ? 1 : 0
        if (delta === 0) return
        this.stock[w]![p] = onHand + delta
        lines.push({ productId: product.id, quantity: delta, unitCostCents: this.cost(product, date) })
      })
      if (lines.length) this.out.stockMoves.push({ id: this.nextId('sm'), kind: 'inventory', date, warehouseId, lines })
    })
  }
}
