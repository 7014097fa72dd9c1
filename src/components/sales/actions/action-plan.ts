/**
 * Which buttons a sales document's action bar shows (ERP habit: only what the document's life allows,
 * the next step of the chain highlighted). The life cycle's table ({@link allowedActions}) decides;
 * the chain's quantities then hide an action that has nothing left to do (an order fully delivered, a
 * delivery note fully invoiced, an invoice fully credited, a return already received). The commands
 * check everything again and refuse with the rule.
 */
import { allowedActions, creditableLines, creditableShippingCents, invoiceableLines, orderProgress, type SalesAction } from '@/domain'
import type { SalesDoc } from '@/domain/model'

/** One button of the bar. */
export interface PlannedAction {
  readonly action: SalesAction
  /** The next step of the chain: shown first, highlighted. */
  readonly primary: boolean
  /** Actions that undo or turn down (discard, cancel, refuse): shown in red. */
  readonly danger: boolean
  /** A link rather than a command (editing a quote opens its editor). */
  readonly to?: string
}

/** What the plan needs besides the document. */
export interface PlanContext {
  /** Every document of the customer (the chain's quantities are read from them). */
  readonly docs: readonly SalesDoc[]
  /** Whether a product is a good kept in stock (a return of it can be received). */
  readonly stocked: (productId: string) => boolean
  /** The quote editor's path for `id`, when the app has one. */
  readonly quoteEditPath?: (id: string) => string | null
}

const DANGER: ReadonlySet<SalesAction> = new Set(['discard', 'cancel', 'refuse'])
const PRIMARY: Readonly<Partial<Record<string, SalesAction>>> = {
  'quote:draft': 'send', 'quote:sent': 'accept', 'quote:accepted': 'order',
  'delivery:shipped': 'invoice',
  'invoice:draft': 'validate', 'creditNote:draft': 'validate', 'downPayment:draft': 'validate',
  'creditNote:validated': 'receiveReturn',
}

/** The delivery notes of `order` that still have something to invoice (drafts reserve what they bill). */
export function invoiceableDeliveries(order: SalesDoc, docs: readonly SalesDoc[]): SalesDoc[] {
  const deliveries = docs.filter((d) => d.type === 'delivery' && d.sourceIds.includes(order.id))
  const invoices = docs.filter((d) => d.type === 'invoice')
  const open = new Set(invoiceableLines(deliveries, invoices).filter((line) => line.remaining > 0).map((line) => line.deliveryId))
  return deliveries.filter((d) => open.has(d.id)).sort((a, b) => (a.number ?? '').localeCompare(b.number ?? ''))
}

/** The order a delivery note comes from. */
export function orderOf(delivery: SalesDoc, docs: readonly SalesDoc[]): SalesDoc | undefined {
  return docs.find((d) => d.type === 'order' && delivery.sourceIds.includes(d.id))
}

/** The buttons of `doc`'s action bar, the primary one first. */
export function actionPlan(doc: SalesDoc, context: PlanContext): PlannedAction[] {
  const { docs } = context
  const shown = allowedActions(doc.type, doc.status).flatMap((action): PlannedAction[] => {
    const danger = DANGER.has(action)
    switch (action) {
      case 'update':
        if (doc.type !== 'quote') return [{ action, primary: false, danger }]
        {
          const to = context.quoteEditPath?.(doc.id)
          return to ? [{ action, primary: false, danger, to }] : []
        }
      case 'order':
        // An accepted quote gives one order (cancelled ones aside).
        return docs.some((d) => d.type === 'order' && d.status !== 'cancelled' && d.sourceIds.includes(doc.id)) ? [] : [{ action, primary: false, danger }]
      case 'deliver':
        return orderProgress(doc, docs, docs).lines.some((l) => l.remaining > 0) ? [{ action, primary: false, danger }] : []
      case 'invoice': {
        const order = orderOf(doc, docs)
        return order && invoiceableDeliveries(order, docs).some((d) => d.id === doc.id) ? [{ action, primary: false, danger }] : []
      }
      case 'credit': {
        const notes = docs.filter((d) => d.type === 'creditNote')
        const left = creditableLines(doc, notes).some((l) => l.creditableGrossCents > 0) || creditableShippingCents(doc, notes) > 0
        return left ? [{ action, primary: false, danger }] : []
      }
      case 'receiveReturn':
        return !doc.returnReceivedOn && doc.lines.some((l) => l.creditKind !== 'priceCorrection' && context.stocked(l.productId)) ? [{ action, primary: false, danger }] : []
      default:
        return [{ action, primary: false, danger }]
    }
  })
  // An order invoices its delivered, not yet invoiced delivery notes (the command runs on the notes).
  if (doc.type === 'order' && doc.status !== 'cancelled' && invoiceableDeliveries(doc, docs).length > 0) shown.push({ action: 'invoice', primary: false, danger: false })
  const wanted = doc.type === 'order'
    ? (shown.some((a) => a.action === 'deliver') ? 'deliver' : 'invoice')
    : PRIMARY[`${doc.type}:${doc.status}`]
  const planned = shown.map((a) => (a.action === wanted ? { ...a, primary: true } : a))
  return [...planned.filter((a) => a.primary), ...planned.filter((a) => !a.primary)]
}
