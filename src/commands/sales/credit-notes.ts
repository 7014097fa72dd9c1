/**
 * Credit-note commands (avoirs): a draft from a validated invoice (full, or chosen lines and
 * quantities sent back, or a price correction), its validation in its own series, and the receipt of
 * the returned goods back into stock.
 */
import { z } from 'zod'
import { buildCreditNote, type SalesDoc, type StockMove } from '@/domain'
import type { CommandDefinition } from '../command'
import { refuse } from '../refusal'
import { idSchema } from './sales-inputs'
import {
  customerDocs, guardFigures, loadProducts, newDocId, priceFor, refuseIssue, requireAction, requireCustomer, requireDoc, requireSettings,
  requireWarehouse, takeNumber,
} from './sales-records'
import { refuseMissingMentions } from './invoices'
import { planValidation } from './validation'

const creditLineSchema = z.object({
  /** Index of the line in the invoice. */
  line: z.number().int().min(0).max(1000),
  quantity: z.number().min(0).max(1_000_000),
  /** `return` (default): goods sent back at the invoiced price; `priceCorrection`: `unitPriceCents` off each unit. */
  kind: z.enum(['return', 'priceCorrection']).optional(),
  unitPriceCents: z.number().int().min(0).max(1_000_000_000).optional(),
}).strict()

const reasonSchema = z.string().trim().min(1).max(500)

export const createCreditNoteInput = z.discriminatedUnion('mode', [
  z.object({ invoiceId: idSchema, reason: reasonSchema, mode: z.literal('full') }).strict(),
  z.object({
    invoiceId: idSchema, reason: reasonSchema, mode: z.literal('partial'),
    lines: z.array(creditLineSchema).max(200),
    /** Refund the invoice's carriage too (not refunded on a return by convention). */
    refundShipping: z.boolean().optional(),
  }).strict(),
])
export type CreateCreditNoteInput = z.infer<typeof createCreditNoteInput>

/**
 * `sales.createCreditNote`: a draft credit note on a validated invoice (or acompte invoice). It repeats
 * the invoice's discounts, escompte and rates, cites its number and date and states the reason; per
 * line it never credits more than invoiced minus already credited (drafts included).
 */
export const createCreditNote: CommandDefinition<CreateCreditNoteInput, { creditNoteId: string; amountToDeductCents: number }> = {
  name: 'sales.createCreditNote',
  input: createCreditNoteInput,
  async run(ctx, input) {
    const invoice = await requireDoc(ctx.db, input.invoiceId, ['invoice', 'downPayment'])
    requireAction(invoice, 'credit')
    const customer = await requireCustomer(ctx.db, invoice.customerId, true)
    const notes = (await customerDocs(ctx.db, invoice.customerId)).filter((d) => d.type === 'creditNote' && d.sourceIds.includes(invoice.id))
    const request = input.mode === 'full'
      ? { kind: 'full' as const }
      : { kind: 'partial' as const, lines: input.lines, ...(input.refundShipping ? { refundShipping: true } : {}) }
    const { draft, issues } = guardFigures(() => buildCreditNote(invoice, notes, request, { date: ctx.simDate, reason: input.reason }))
    if (!draft) return refuseIssue(issues[0]!, issues.length - 1)
    const products = await loadProducts(ctx.db, draft.lines.map((l) => l.productId))
    const { doc } = priceFor({ ...draft, id: newDocId() } as SalesDoc, customer, products.values())
    await ctx.db.salesDocs.add(doc)
    return { creditNoteId: doc.id, amountToDeductCents: doc.totals!.amountDueCents }
  },
}

const creditRef = z.object({ creditNoteId: idSchema }).strict()

/**
 * `sales.validateCreditNote`: validates a draft credit note in the credit-note series after the
 * mentions checker (the invoice's number and date, reason, the invoice's discounts and rates…); the
 * per-line limits are checked again against the invoice's other credit notes.
 */
export const validateCreditNote: CommandDefinition<z.infer<typeof creditRef>, { docId: string; number: string; date: string; amountToDeductCents: number }> = {
  name: 'sales.validateCreditNote',
  input: creditRef,
  async run(ctx, { creditNoteId }) {
    const draft = await requireDoc(ctx.db, creditNoteId, ['creditNote'])
    requireAction(draft, 'validate')
    const invoiceId = draft.creditedInvoice?.id ?? draft.sourceIds[0]
    const invoice = invoiceId ? await ctx.db.salesDocs.get(invoiceId) : undefined
    if (invoice) {
      const others = (await customerDocs(ctx.db, invoice.customerId)).filter((d) => d.type === 'creditNote' && d.id !== draft.id && d.sourceIds.includes(invoice.id))
      const lines = draft.lines.flatMap((line) => (line.source?.docId === invoice.id ? [{
        line: line.source.line, quantity: line.quantity, kind: line.creditKind ?? 'return' as const,
        ...(line.creditKind === 'priceCorrection' ? { unitPriceCents: line.unitPriceCents } : {}),
      }] : []))
      const { issues } = guardFigures(() => buildCreditNote(invoice, others, { kind: 'partial', lines, refundShipping: (draft.shippingCents ?? 0) > 0 }, { date: ctx.simDate, reason: draft.reason ?? '' }))
      if (issues.length > 0) refuseIssue(issues[0]!, issues.length - 1)
    }
    const settings = await requireSettings(ctx.db)
    const number = await takeNumber(ctx.db, settings, 'creditNote', ctx.simDate)
    const plan = await planValidation(ctx.db, draft, ctx.simDate, number)
    refuseMissingMentions(plan.issues)
    const validated: SalesDoc = { ...plan.candidate, status: 'validated', validatedOn: ctx.simDate }
    await ctx.db.salesDocs.put(validated)
    return { docId: validated.id, number, date: validated.date, amountToDeductCents: validated.totals!.amountDueCents }
  },
}

const receiveInput = z.object({ creditNoteId: idSchema, warehouseId: idSchema.optional() }).strict()

/**
 * `sales.receiveReturn`: the goods sent back on a validated credit note re-enter stock (a `return`
 * movement at their unit cost), once. Price corrections and services move no stock.
 */
export const receiveReturn: CommandDefinition<z.infer<typeof receiveInput>, { creditNoteId: string; moveId: string; quantity: number }> = {
  name: 'sales.receiveReturn',
  input: receiveInput,
  async run(ctx, input) {
    const note = await requireDoc(ctx.db, input.creditNoteId, ['creditNote'])
    requireAction(note, 'receiveReturn')
    if (note.returnReceivedOn) refuse('sales.rules.returnAlreadyReceived', { number: note.number ?? '', receivedDate: note.returnReceivedOn })
    const products = await loadProducts(ctx.db, note.lines.map((l) => l.productId))
    const returned = note.lines.filter((l) => l.creditKind !== 'priceCorrection' && products.get(l.productId)?.stockManaged && products.get(l.productId)?.kind === 'good')
    if (returned.length === 0) refuse('sales.rules.nothingToReceive', { number: note.number ?? '' })
    const warehouseId = (await requireWarehouse(ctx.db, input.warehouseId ?? note.warehouseId)).id
    const move: StockMove = {
      id: newDocId(), kind: 'return', date: ctx.simDate, warehouseId, sourceId: note.id,
      lines: returned.map((l) => ({ productId: l.productId, quantity: l.quantity, unitCostCents: l.unitCostCents })),
    }
    await ctx.db.stockMoves.add(move)
    await ctx.db.salesDocs.update(note.id, { returnReceivedOn: ctx.simDate })
    return { creditNoteId: note.id, moveId: move.id, quantity: returned.reduce((sum, l) => sum + Math.round(l.quantity * 1000), 0) / 1000 }
  },
}
