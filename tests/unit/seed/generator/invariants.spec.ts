import { beforeAll, describe, expect, it } from 'vitest'
import {
  customerExposure, daysBetween, dueDate, physicalStock, priceDocument, settleInvoices, customerBalance,
  type SalesDoc, type Tier,
} from '@/domain'
import { AGEING_BUCKETS, COMPANY_SIZES, formatNumber, generateCompany, Pricer, type GeneratedCompany } from '@/seed/generator'
import { builtInCompanyOptions } from '@/db/seed-company'
import { makeCatalog } from '../../../factories/catalog'

const END = '2026-11-23'

/** Groups `items` by a key. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>()
  for (const item of items) {
    const k = key(item)
    const list = out.get(k)
    if (list) list.push(item)
    else out.set(k, [item])
  }
  return out
}

function quantitiesByProduct(lines: readonly { productId: string; quantity: number }[]): Record<string, number> {
  const out: Record<string, number> = {}
  for (const line of [...lines].sort((a, b) => a.productId.localeCompare(b.productId))) out[line.productId] = (out[line.productId] ?? 0) + line.quantity
  return out
}

/**
 * Collects broken rules instead of calling `expect` per record (100,000 `expect` calls take seconds):
 * each test ends with `expect(problems).toEqual([])`, which lists what is wrong.
 */
function collector() {
  const problems: string[] = []
  return { problems, check: (ok: boolean, what: string) => { if (!ok && problems.length < 20) problems.push(what) } }
}

const sizes = [
  { name: 'the built-in company (standard size)', size: 'standard' as const },
  { name: 'a 100,000-line company', size: 'large' as const },
]

describe.each(sizes)('generated history: $name', ({ size }) => {
  let company: GeneratedCompany
  let docs: Map<string, SalesDoc>
  let byType: Map<string, SalesDoc[]>
  let tiers: Map<string, Tier>

  beforeAll(() => {
    company = generateCompany(builtInCompanyOptions(END, size))
    docs = new Map(company.salesDocs.map((d) => [d.id, d]))
    byType = groupBy(company.salesDocs, (d) => d.type)
    tiers = new Map(company.tiers.map((t) => [t.id, t]))
  })

  it('holds about the requested number of invoice lines over three years', () => {
    const lines = byType.get('invoice')!.reduce((sum, d) => sum + d.lines.length, 0)
    expect(lines).toBeGreaterThan(COMPANY_SIZES[size] * 0.9)
    expect(lines).toBeLessThan(COMPANY_SIZES[size] * 1.1)
    const first = company.salesDocs[0]!.date
    expect(daysBetween(first, END)).toBeGreaterThan(365 * 3 - 10)
    expect(company.salesDocs.every((d) => d.date < END)).toBe(true)
  })

  it('traces every invoice to its delivery notes and their order, invoiced quantities = delivered quantities (C. com. L441-9)', () => {
    const { problems, check } = collector()
    const invoicedDeliveries = new Set<string>()
    for (const invoice of byType.get('invoice')!) {
      check(invoice.sourceIds.length > 0, `${invoice.number} has no source`)
      const deliveries = invoice.sourceIds.map((id) => docs.get(id)!)
      for (const delivery of deliveries) {
        check(delivery.type === 'delivery' && delivery.customerId === invoice.customerId, `${invoice.number} → ${delivery.number}`)
        // No invoice before its delivery: the invoice is issued at delivery or at month end (L441-9 I).
        check(invoice.date >= delivery.date, `${invoice.number} dated before ${delivery.number}`)
        check(!invoicedDeliveries.has(delivery.id), `${delivery.number} invoiced twice`)
        invoicedDeliveries.add(delivery.id)
        const order = docs.get(delivery.sourceIds[0]!)!
        check(order.type === 'order' && delivery.date >= order.date, `${delivery.number} → ${order.number}`)
      }
      check(JSON.stringify(quantitiesByProduct(invoice.lines)) === JSON.stringify(quantitiesByProduct(deliveries.flatMap((d) => d.lines))),
        `${invoice.number}: invoiced ≠ delivered quantities`)
    }
    const deliveriesByOrder = groupBy(byType.get('delivery')!, (d) => d.sourceIds[0]!)
    for (const order of byType.get('order')!) {
      const delivered = quantitiesByProduct((deliveriesByOrder.get(order.id) ?? []).flatMap((d) => d.lines))
      const ordered = quantitiesByProduct(order.lines)
      for (const [product, quantity] of Object.entries(delivered)) check(quantity <= ordered[product]!, `${order.number}: ${product} over-delivered`)
      if (order.status === 'delivered' || order.status === 'invoiced') check(JSON.stringify(delivered) === JSON.stringify(ordered), `${order.number} not fully delivered`)
      if (order.status === 'invoiced') check((deliveriesByOrder.get(order.id) ?? []).every((d) => invoicedDeliveries.has(d.id)), `${order.number} not fully invoiced`)
      if (order.sourceIds.length) {
        const quote = docs.get(order.sourceIds[0]!)!
        check(quote.type === 'quote' && quote.status === 'accepted' && order.date >= quote.date, `${order.number} → ${quote.number}`)
      }
    }
    expect(problems).toEqual([])
    // Some deliveries are waiting for the month-end invoice, some orders are not (fully) delivered.
    expect(byType.get('delivery')!.some((d) => !invoicedDeliveries.has(d.id))).toBe(true)
    expect(byType.get('order')!.some((o) => o.status === 'confirmed')).toBe(true)
    expect(byType.get('order')!.some((o) => o.status === 'partlyDelivered' || (deliveriesByOrder.get(o.id)?.length ?? 0) > 1)).toBe(true)
  })

  it('prices every invoice and credit note with priceDocument: stored totals = recomputed totals, line nets add up', () => {
    const { problems, check } = collector()
    const pricer = new Pricer(company.products)
    for (const doc of [...byType.get('invoice')!, ...byType.get('creditNote')!]) {
      const customer = tiers.get(doc.customerId)!
      const priced = priceDocument(pricer.input(doc, customer))
      const t = doc.totals!
      check(t.grossCents === priced.grossCents && t.netCommercialCents === priced.netCommercialCents
        && t.totalExclVatCents === priced.totalExclVatCents && t.totalVatCents === priced.totalVatCents
        && t.totalInclVatCents === priced.totalInclVatCents && t.amountDueCents === priced.amountDueCents, `${doc.number} totals`)
      check(doc.lines.reduce((sum, line) => sum + line.netCents!, 0) === priced.netCommercialCents, `${doc.number} line nets`)
      check(doc.lines.every((line) => Number.isInteger(line.unitCostCents) && line.unitCostCents > 0), `${doc.number} costs`)
      // Intra-EU B2B (CGI art. 262 ter I) and export (CGI art. 262 I) sales carry no VAT.
      if (customer.customer!.vatRegime !== 'france') check(t.totalVatCents === 0, `${doc.number} VAT on an exempt sale`)
      // The document discount is the customer's discount.
      const discount = customer.customer!.discountPercent
      check(JSON.stringify(doc.discountsPercent ?? []) === JSON.stringify(discount > 0 ? [discount] : []), `${doc.number} discount`)
    }
    expect(problems).toEqual([])
    expect(byType.get('invoice')!.some((d) => (d.shippingCents ?? 0) > 0)).toBe(true)
  })

  it('dates every due date from the payment terms (C. com. L441-10 I)', () => {
    const { problems, check } = collector()
    for (const invoice of byType.get('invoice')!) {
      const terms = tiers.get(invoice.customerId)!.customer!.paymentTerms
      check(invoice.paymentTerms === terms || JSON.stringify(invoice.paymentTerms) === JSON.stringify(terms), `${invoice.number} terms`)
      check(invoice.dueDate === dueDate(invoice.date, terms), `${invoice.number} due ${invoice.dueDate}`)
    }
    expect(problems).toEqual([])
  })

  it('numbers each series continuously per year, in date order (C. com. L441-9; CGI ann. II art. 242 nonies A)', () => {
    const { problems, check } = collector()
    const prefixes = company.meta.settings.numbering
    for (const series of ['quote', 'order', 'delivery', 'invoice', 'creditNote'] as const) {
      const byYear = groupBy(byType.get(series) ?? [], (d) => d.date.slice(0, 4))
      for (const [year, list] of byYear) {
        list.forEach((doc, index) => check(doc.number === formatNumber(prefixes[series], year, index + 1), `${doc.number} at rank ${index + 1}`))
        for (let i = 1; i < list.length; i += 1) check(list[i]!.date >= list[i - 1]!.date, `${list[i]!.number} dated before ${list[i - 1]!.number}`)
        expect(company.meta.sequences[series]![year]).toBe(list.length)
      }
    }
    expect(problems).toEqual([])
    const numbers = company.salesDocs.map((d) => d.number)
    expect(new Set(numbers).size).toBe(numbers.length)
  })

  it('keeps stock on hand = Σ movements, never negative, per product and warehouse', () => {
    const { problems, check } = collector()
    const running = new Map<string, number>()
    const moves = [...company.stockMoves].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    for (const move of moves) {
      for (const line of move.lines) {
        const key = `${move.warehouseId}|${line.productId}`
        const next = (running.get(key) ?? 0) + line.quantity
        check(next >= 0, `${key} negative on ${move.date}`)
        running.set(key, next)
      }
    }
    const levels = physicalStock(company.stockMoves)
    for (const [key, quantity] of running) {
      const [warehouse, product] = key.split('|') as [string, string]
      expect(levels.get(product)?.get(warehouse) ?? 0).toBe(quantity)
    }
    // Every delivery of stocked goods has its issue movement, every reception its receipt.
    const moveBySource = new Map(company.stockMoves.filter((m) => m.sourceId).map((m) => [m.sourceId!, m]))
    const stocked = new Set(company.products.filter((p) => p.stockManaged).map((p) => p.id))
    for (const delivery of byType.get('delivery')!) {
      const goods = delivery.lines.filter((l) => stocked.has(l.productId))
      if (goods.length === 0) continue
      const move = moveBySource.get(delivery.id)
      check(move?.kind === 'delivery' && JSON.stringify(quantitiesByProduct(move.lines))
        === JSON.stringify(Object.fromEntries(Object.entries(quantitiesByProduct(goods)).map(([k, v]) => [k, -v]))), `${delivery.number} has no matching movement`)
    }
    expect(problems).toEqual([])
    const kinds = new Set(company.stockMoves.map((m) => m.kind))
    for (const kind of ['initial', 'reception', 'delivery', 'return', 'inventory']) expect(kinds).toContain(kind)
  })

  it('leaves some products short: under the reorder point, or out of stock with orders waiting (DOMAIN-FR §8)', () => {
    const levels = physicalStock(company.stockMoves)
    const total = (id: string) => [...(levels.get(id)?.values() ?? [])].reduce((a, b) => a + b, 0)
    const waiting = new Set(byType.get('order')!.filter((o) => o.status === 'confirmed' || o.status === 'partlyDelivered').flatMap((o) => o.lines.map((l) => l.productId)))
    const short = company.products.filter((p) => p.stockManaged
      && ((p.reorderPoint > 0 && total(p.id) < p.reorderPoint) || ([...(levels.get(p.id)?.values() ?? [0])].some((q) => q === 0) && waiting.has(p.id))))
    expect(short.length).toBeGreaterThan(0)
    // …because a supplier order is late (expected before the start date, still not received).
    expect(company.purchaseDocs.some((d) => d.type === 'supplierOrder' && d.status === 'confirmed' && d.expectedDate! < END)).toBe(true)
  })

  it('balances every customer: invoices − credit notes − payments = what the invoices still owe, allocations within each invoice', () => {
    const paymentsByCustomer = groupBy(company.payments, (p) => p.customerId)
    const docsByCustomer = groupBy(company.salesDocs, (d) => d.customerId)
    const { problems, check } = collector()
    for (const payment of company.payments) {
      check(payment.allocations.reduce((sum, a) => sum + a.amountCents, 0) === payment.amountCents, `${payment.id} allocations`)
      check(payment.date < END, `${payment.id} in the future`)
      for (const allocation of payment.allocations) {
        const doc = docs.get(allocation.docId)!
        check(doc.customerId === payment.customerId && payment.date >= doc.date, `${payment.id} → ${doc.number}`)
        if (doc.type === 'creditNote') check(allocation.amountCents < 0, `${payment.id} credit note matched positive`)
      }
    }
    expect(problems).toEqual([])
    for (const [customerId, customerDocs] of docsByCustomer) {
      const payments = paymentsByCustomer.get(customerId) ?? []
      const { balanceCents } = customerBalance(customerDocs, payments, END)
      const settlements = settleInvoices(customerDocs, payments, END)
      let owed = 0
      for (const [id, s] of settlements) {
        expect(s.paidCents, id).toBeGreaterThanOrEqual(0)
        expect(s.paidCents, id).toBeLessThanOrEqual(s.amountDueCents)
        owed += s.remainingCents
      }
      // Credit notes not yet matched by a payment are what the company owes back.
      const matched = new Map<string, number>()
      for (const p of payments) for (const a of p.allocations) matched.set(a.docId, (matched.get(a.docId) ?? 0) - a.amountCents)
      const openCredits = customerDocs.filter((d) => d.type === 'creditNote').reduce((sum, d) => sum + d.totals!.amountDueCents - (matched.get(d.id) ?? 0), 0)
      expect(balanceCents, customerId).toBe(owed - openCredits)
    }
  })

  it('leaves invoices overdue in every ageing bucket and some not yet due', () => {
    const settlements = settleInvoices(byType.get('invoice')!, company.payments, END)
    const open = [...settlements.values()].filter((s) => s.remainingCents > 0)
    for (const bucket of AGEING_BUCKETS) {
      expect(open.some((s) => s.daysLate >= bucket.from && s.daysLate <= bucket.to), `${bucket.from}–${bucket.to} days`).toBe(true)
    }
    expect(open.some((s) => s.daysLate === 0)).toBe(true)
  })

  it('leaves some customers near (≥ 85 %) or over their credit limit (exposure = balance + open orders, DOMAIN-FR §4)', () => {
    const docsByCustomer = groupBy(company.salesDocs, (d) => d.customerId)
    const paymentsByCustomer = groupBy(company.payments, (p) => p.customerId)
    const ratios = company.tiers.filter((t) => t.kind === 'customer' && t.customer!.creditLimitCents > 0).map((t) => {
      const exposure = customerExposure(docsByCustomer.get(t.id) ?? [], paymentsByCustomer.get(t.id) ?? [], END)
      return exposure.exposureCents / t.customer!.creditLimitCents
    })
    expect(ratios.filter((r) => r > 1).length).toBeGreaterThan(0)
    expect(ratios.filter((r) => r >= 0.85 && r <= 1).length).toBeGreaterThan(0)
    // …but not most of them: a credit limit still means something.
    expect(ratios.filter((r) => r > 1).length).toBeLessThan(ratios.length / 4)
  })

  it('shows growth and seasonality over the three years, customers growing and declining', () => {
    const net = (from: string, to: string) => byType.get('invoice')!.filter((d) => d.date >= from && d.date < to)
      .reduce((sum, d) => sum + d.totals!.netCommercialCents, 0)
    const lastYear = net('2025-11-23', END)
    const yearBefore = net('2024-11-23', '2025-11-23')
    expect(lastYear).toBeGreaterThan(yearBefore)
    // August is the quiet month of French trade.
    expect(net('2025-08-01', '2025-09-01')).toBeLessThan(net('2025-10-01', '2025-11-01'))
    const perCustomer = (from: string, to: string) => {
      const totals = new Map<string, number>()
      for (const d of byType.get('invoice')!) if (d.date >= from && d.date < to) totals.set(d.customerId, (totals.get(d.customerId) ?? 0) + d.totals!.netCommercialCents)
      return totals
    }
    const first = perCustomer('2023-11-23', '2024-11-23')
    const last = perCustomer('2025-11-23', END)
    const changes = [...first].filter(([id, v]) => v > 100_000 && last.has(id)).map(([id, v]) => last.get(id)! / v)
    expect(changes.some((c) => c > 1.2)).toBe(true)
    expect(changes.some((c) => c < 0.85)).toBe(true)
  })

  it('records quotes that were refused or expired, credit notes that correct an invoice, and an inbox', () => {
    const quotes = byType.get('quote')!
    expect(quotes.some((q) => q.status === 'refused')).toBe(true)
    expect(quotes.some((q) => q.status === 'expired')).toBe(true)
    expect(quotes.some((q) => q.status === 'accepted')).toBe(true)
    for (const credit of byType.get('creditNote')!) {
      const invoice = docs.get(credit.sourceIds[0]!)!
      expect(invoice.type).toBe('invoice')
      expect(credit.date >= invoice.date).toBe(true)
      expect(credit.totals!.amountDueCents).toBeLessThanOrEqual(invoice.totals!.amountDueCents)
    }
    expect(company.messages.some((m) => m.language === 'en' && tiers.get(m.tierId ?? '')?.kind === 'customer')).toBe(true)
    expect(company.messages.some((m) => tiers.get(m.tierId ?? '')?.kind === 'supplier')).toBe(true)
  })

  it("dates the salespeople's monthly objectives around the start date", () => {
    for (const person of company.meta.salespeople) {
      const months = person.objectives.map((o) => o.month)
      expect(months).toContain(END.slice(0, 7))
      expect(months.some((m) => m > END.slice(0, 7))).toBe(true)
    }
  })
})

describe('generator determinism', () => {
  const options = { catalog: makeCatalog(), endDate: '2025-06-30', targetInvoiceLines: 3000 }

  it('builds the very same company from the same inputs, and another one from another seed', () => {
    const a = JSON.stringify(generateCompany({ ...options, seed: 7 }))
    const b = JSON.stringify(generateCompany({ ...options, seed: 7 }))
    const c = JSON.stringify(generateCompany({ ...options, seed: 8 }))
    expect(a).toBe(b)
    expect(c).not.toBe(a)
  })

  it('works on a catalogue without hints and refuses an impossible end date', () => {
    const company = generateCompany({ ...options, seed: 1 })
    expect(company.salesDocs.some((d) => d.type === 'invoice')).toBe(true)
    expect(() => generateCompany({ ...options, seed: 1, endDate: '2025-02-30' })).toThrow(RangeError)
  })
})
