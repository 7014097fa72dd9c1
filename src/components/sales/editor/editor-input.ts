/**
 * The editor's figures as the input of `sales.createQuote`, `sales.updateQuote` or `sales.createOrder`
 * (direct). Each line carries its unit price and discounts explicitly: the command stores what the
 * learner saw priced, not a price read again later.
 */
import type { CreateQuoteInput, UpdateQuoteInput } from '@/commands/sales/quotes'
import type { CreateOrderInput } from '@/commands/sales/orders'
import type { EditorKind, EditorModel, EditorReading } from './editor-model'

/** What the editor asks a command to do. */
export type EditorSave =
  | { command: 'createQuote'; input: CreateQuoteInput }
  | { command: 'updateQuote'; input: UpdateQuoteInput }
  | { command: 'createOrder'; input: CreateOrderInput }

/**
 * The command and its input. `hasAddresses`: the customer has delivery addresses to choose from (the
 * index is sent only then). `quoteId`: the draft quote being edited.
 */
export function editorSave(kind: EditorKind, model: EditorModel, reading: EditorReading, options: { hasAddresses: boolean; quoteId?: string }): EditorSave {
  const notes = model.notes.trim()
  const common = {
    lines: reading.lines.map((line) => ({
      productId: line.productId, quantity: line.quantity, unitPriceCents: line.unitPriceCents, discountsPercent: line.discountsPercent,
    })),
    ...(reading.discountsPercent.length ? { discountsPercent: reading.discountsPercent } : {}),
    ...(reading.earlyPaymentDiscountPercent ? { earlyPaymentDiscountPercent: reading.earlyPaymentDiscountPercent } : {}),
    ...(reading.shippingCents ? { shippingCents: reading.shippingCents } : {}),
    ...(options.hasAddresses ? { deliveryAddressIndex: model.deliveryAddressIndex } : {}),
    ...(notes ? { notes } : {}),
  }
  if (kind === 'quote') {
    if (options.quoteId) return { command: 'updateQuote', input: { quoteId: options.quoteId, ...common, validUntil: model.validUntil } }
    return { command: 'createQuote', input: { customerId: model.customerId ?? '', ...common, validUntil: model.validUntil } }
  }
  const po = model.customerPoNumber.trim()
  return {
    command: 'createOrder',
    input: {
      customerId: model.customerId ?? '', ...common,
      ...(po ? { customerPoNumber: po } : {}),
      ...(model.warehouseId ? { warehouseId: model.warehouseId } : {}),
      ...(model.carrierId ? { carrierId: model.carrierId } : {}),
    },
  }
}
