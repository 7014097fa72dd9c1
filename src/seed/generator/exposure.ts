import { customerExposure } from '@/domain/accounts'
import type { SalesDoc } from '@/domain'

const OPEN_ORDER = new Set(['confirmed', 'partlyDelivered', 'delivered'])

/**
 * The part of each customer's exposure (encours, DOMAIN-FR §4) that payments do not change: confirmed
 * orders, delivered or not, not yet invoiced — computed by the domain's `customerExposure`, so the
 * generator leaves customers near their limit by the very rule the app's credit check uses.
 */
export function openOrdersExposure(salesDocs: readonly SalesDoc[], asOf: string): Map<string, number> {
  const withOpenOrders = new Set<string>()
  for (const doc of salesDocs) if (doc.type === 'order' && OPEN_ORDER.has(doc.status)) withOpenOrders.add(doc.customerId)
  const docsOf = new Map<string, SalesDoc[]>()
  for (const doc of salesDocs) {
    if (!withOpenOrders.has(doc.customerId)) continue
    const list = docsOf.get(doc.customerId)
    if (list) list.push(doc)
    else docsOf.set(doc.customerId, [doc])
  }
  const result = new Map<string, number>()
  for (const [id, docs] of docsOf) result.set(id, customerExposure(docs, [], asOf).openOrdersCents)
  return result
}
