/**
 * Payment commands: record a payment received and match it to invoices (lettrage), match a customer
 * credit later (a payment's unmatched part, or a credit note), refund a credit, and record a rejected
 * cheque or direct debit (impayé), which reopens its invoices. The rules live in `@/domain` (payments.ts).
 */
import { z } from 'zod'
import {
  checkAllocations, checkRejection, creditNoteRemainingCents, effectivePayments, mergeAllocations, paymentUnallocatedCents,
  type AllocationTarget, type Payment, type PaymentIssue, type SalesDoc, type Tier,
} from '@/domain'
import type { WorkspaceDb } from '@/db/workspace-db'
import type { CommandContext, CommandDefinition } from './command'
import { refuse } from './refusal'
import { idSchema, isoDateSchema } from './sales/sales-inputs'
import { withEuros } from './sales/sales-records'

const MAX_CENTS = 100_000_000_000
const methodSchema = z.enum(['transfer', 'cheque', 'card', 'lcr', 'directDebit'])
const allocationSchema = z.object({ docId: idSchema, amountCents: z.number().int().min(1).max(MAX_CENTS) }).strict()
const referenceSchema = z.string().trim().max(120)

export const recordPaymentInput = z.object({
  customerId: idSchema,
  date: isoDateSchema,
  amountCents: z.number().int().min(1).max(MAX_CENTS),
  method: methodSchema,
  reference: referenceSchema,
  /** Positive amounts: paid on an invoice, or taken from a credit note deducted from the payment. */
  allocations: z.array(allocationSchema).max(200).optional(),
  bankLineId: idSchema.optional(),
}).strict()
export type RecordPaymentInput = z.infer<typeof recordPaymentInput>

function refuseWith(issue: PaymentIssue): never {
  return refuse(issue.key, issue.values ? withEuros(issue.values) : undefined)
}

async function requirePaymentCustomer(db: WorkspaceDb, id: string): Promise<Tier> {
  const tier = await db.tiers.get(id)
  if (!tier) refuse('payments.errors.unknownCustomer', { id })
  if (tier.kind !== 'customer') refuse('payments.errors.notACustomer', { name: tier.name })
  return tier
}

async function requirePayment(db: WorkspaceDb, id: string): Promise<Payment> {
  return (await db.payments.get(id)) ?? refuse('payments.errors.paymentNotFound', { id })
}

function requirePastDate(ctx: CommandContext, date: string, field: string): void {
  if (date > ctx.simDate) refuse('payments.errors.dateInFuture', { field, date, today: ctx.simDate })
}

async function customerPayments(db: WorkspaceDb, customerId: string): Promise<Payment[]> {
  return db.payments.where('customerId').equals(customerId).toArray()
}

async function targetsOf(db: WorkspaceDb, allocations: readonly { docId: string; amountCents: number }[]): Promise<AllocationTarget[]> {
  const docs = await db.salesDocs.bulkGet(allocations.map((a) => a.docId))
  return allocations.map((a, i) => ({ doc: docs[i], amountCents: a.amountCents }))
}

function newId(): string {
  return crypto.randomUUID()
}

/**
 * `payments.record`: a payment received (transfer, cheque, card, LCR, direct debit) dated on or before
 * the simulated date, matched to open invoices (never above what each still owes) and to credit notes
 * deducted from it; what is not matched stays as the customer's credit. With `bankLineId`, the bank
 * statement line must be unmatched and of the same amount, and is marked matched with the payment.
 */
export const recordPayment: CommandDefinition<RecordPaymentInput, { paymentId: string; allocatedCents: number; unallocatedCents: number }> = {
  name: 'payments.record',
  input: recordPaymentInput,
  async run(ctx, input) {
    requirePastDate(ctx, input.date, 'date')
    await requirePaymentCustomer(ctx.db, input.customerId)
    const payments = await customerPayments(ctx.db, input.customerId)
    const checked = checkAllocations({
      customerId: input.customerId, targets: await targetsOf(ctx.db, input.allocations ?? []), availableCents: input.amountCents,
      asOf: ctx.simDate, payments,
    })
    if ('issue' in checked) refuseWith(checked.issue)
    const id = newId()
    if (input.bankLineId) {
      const line = await ctx.db.bankLines.get(input.bankLineId)
      if (!line) refuse('payments.errors.bankLineNotFound', { id: input.bankLineId })
      if (line.status !== 'unmatched') refuse('payments.errors.bankLineTaken', { label: line.label })
      if (line.amountCents !== input.amountCents) refuse('payments.errors.bankLineAmount', withEuros({ label: line.label, lineCents: line.amountCents, amountCents: input.amountCents }))
      await ctx.db.bankLines.update(line.id, { status: 'matched', paymentId: id })
    }
    const payment: Payment = {
      id, customerId: input.customerId, date: input.date, amountCents: input.amountCents, method: input.method,
      reference: input.reference, allocations: checked.allocations, ...(input.bankLineId ? { bankLineId: input.bankLineId } : {}),
    }
    await ctx.db.payments.add(payment)
    const allocated = checked.allocations.reduce((sum, a) => sum + a.amountCents, 0)
    return { paymentId: id, allocatedCents: allocated, unallocatedCents: input.amountCents - allocated }
  },
}

export const allocateCreditInput = z.object({
  /** The source of the credit: a payment's unmatched part, or a validated credit note. */
  source: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('payment'), paymentId: idSchema }).strict(),
    z.object({ kind: z.literal('creditNote'), creditNoteId: idSchema }).strict(),
  ]),
  /** Invoices to match, positive amounts. */
  allocations: z.array(allocationSchema).min(1).max(200),
}).strict()
export type AllocateCreditInput = z.infer<typeof allocateCreditInput>

/**
 * `payments.allocate`: matches a customer credit to open invoices. From a payment, its allocations
 * grow within its unmatched part; from a credit note, a compensation (no money) matches the invoices
 * against the credit note, within what it has left.
 */
export const allocateCredit: CommandDefinition<AllocateCreditInput, { paymentId: string; allocatedCents: number }> = {
  name: 'payments.allocate',
  input: allocateCreditInput,
  async run(ctx, input) {
    const targets = await targetsOf(ctx.db, input.allocations)
    const invoiceTargets = targets.filter((t) => t.doc?.type !== 'creditNote')
    if (invoiceTargets.length !== targets.length) refuse('payments.errors.creditNoteNotTarget')
    const total = input.allocations.reduce((sum, a) => sum + a.amountCents, 0)
    if (input.source.kind === 'payment') {
      const payment = await requirePayment(ctx.db, input.source.paymentId)
      if (payment.rejected) refuse('payments.errors.alreadyRejected', { date: payment.rejectedOn ?? payment.date })
      const payments = await customerPayments(ctx.db, payment.customerId)
      const available = paymentUnallocatedCents(payment, payments)
      const checked = checkAllocations({ customerId: payment.customerId, targets, availableCents: available, asOf: ctx.simDate, payments })
      if ('issue' in checked) refuseWith(checked.issue)
      await ctx.db.payments.update(payment.id, { allocations: mergeAllocations(payment.allocations, checked.allocations) })
      return { paymentId: payment.id, allocatedCents: total }
    }
    const note = await ctx.db.salesDocs.get(input.source.creditNoteId)
    if (!note || note.type !== 'creditNote') refuse('payments.errors.creditNoteNotFound', { id: input.source.creditNoteId })
    const payments = await customerPayments(ctx.db, note.customerId)
    const checked = checkAllocations({
      customerId: note.customerId, targets: [...targets, { doc: note, amountCents: total }], availableCents: 0, asOf: ctx.simDate, payments,
    })
    if ('issue' in checked) refuseWith(checked.issue)
    const id = newId()
    await ctx.db.payments.add({
      id, customerId: note.customerId, date: ctx.simDate, amountCents: 0, method: 'transfer', reference: note.number ?? note.id,
      allocations: checked.allocations, kind: 'compensation',
    })
    return { paymentId: id, allocatedCents: total }
  },
}

export const rejectPaymentInput = z.object({
  paymentId: idSchema,
  date: isoDateSchema,
  bankFeesCents: z.number().int().min(0).max(1_000_000).optional(),
  reason: z.string().trim().max(200).optional(),
}).strict()
export type RejectPaymentInput = z.infer<typeof rejectPaymentInput>

/**
 * `payments.reject`: a cheque, direct debit or LCR came back unpaid (impayé). Its allocations no
 * longer count, so its invoices are open again (overdue once past their due date); the bank fees and
 * the reason are noted on the payment.
 */
export const rejectPayment: CommandDefinition<RejectPaymentInput, { paymentId: string; reopenedDocIds: string[] }> = {
  name: 'payments.reject',
  input: rejectPaymentInput,
  async run(ctx, input) {
    requirePastDate(ctx, input.date, 'date')
    const payment = await requirePayment(ctx.db, input.paymentId)
    const issue = checkRejection(payment, await customerPayments(ctx.db, payment.customerId), input.date, input.bankFeesCents ?? 0)
    if (issue) refuseWith(issue)
    await ctx.db.payments.update(payment.id, {
      rejected: true, rejectedOn: input.date,
      ...(input.bankFeesCents ? { bankFeesCents: input.bankFeesCents } : {}),
      ...(input.reason ? { rejectionReason: input.reason } : {}),
    })
    return { paymentId: payment.id, reopenedDocIds: payment.allocations.filter((a) => a.amountCents > 0).map((a) => a.docId) }
  },
}

export const refundCreditInput = z.object({
  source: allocateCreditInput.shape.source,
  date: isoDateSchema,
  amountCents: z.number().int().min(1).max(MAX_CENTS),
  method: z.enum(['transfer', 'cheque', 'card']),
  reference: referenceSchema,
}).strict()
export type RefundCreditInput = z.infer<typeof refundCreditInput>

/**
 * `payments.refund`: gives a customer credit back (an overpayment or a credit note not used), never
 * more than it holds. Recorded as a payment of negative amount, so the balance stays
 * invoices − credit notes − payments.
 */
export const refundCredit: CommandDefinition<RefundCreditInput, { paymentId: string; remainingCreditCents: number }> = {
  name: 'payments.refund',
  input: refundCreditInput,
  async run(ctx, input) {
    requirePastDate(ctx, input.date, 'date')
    const id = newId()
    const base = { id, date: input.date, amountCents: -input.amountCents, method: input.method, reference: input.reference, kind: 'refund' as const }
    if (input.source.kind === 'payment') {
      const payment = await requirePayment(ctx.db, input.source.paymentId)
      const payments = await customerPayments(ctx.db, payment.customerId)
      const available = paymentUnallocatedCents(payment, payments)
      if (input.amountCents > available) refuseWith({ key: 'payments.errors.refundAboveCredit', values: { amountCents: input.amountCents, availableCents: available } })
      if (input.date < payment.date) refuse('payments.errors.refundBeforeReceipt', { date: payment.date })
      await ctx.db.payments.add({ ...base, customerId: payment.customerId, allocations: [], refundOf: payment.id })
      return { paymentId: id, remainingCreditCents: available - input.amountCents }
    }
    const note: SalesDoc | undefined = await ctx.db.salesDocs.get(input.source.creditNoteId)
    if (!note || note.type !== 'creditNote') refuse('payments.errors.creditNoteNotFound', { id: input.source.creditNoteId })
    if (note.status !== 'validated') refuse('payments.errors.notValidated', { number: note.number ?? note.id })
    const available = creditNoteRemainingCents(note, effectivePayments(await customerPayments(ctx.db, note.customerId)))
    if (input.amountCents > available) refuseWith({ key: 'payments.errors.refundAboveCredit', values: { amountCents: input.amountCents, availableCents: available } })
    await ctx.db.payments.add({ ...base, customerId: note.customerId, allocations: [{ docId: note.id, amountCents: -input.amountCents }] })
    return { paymentId: id, remainingCreditCents: available - input.amountCents }
  },
}
