/**
 * Bank statement commands: import the lines of one CSV statement (read by the domain's
 * `readBankRows`) and set aside a line that is no customer payment. Matching a line to a payment is
 * `payments.record` with its `bankLineId`.
 */
import { z } from 'zod'
import { bankLineKey, readBankRows } from '@/domain'
import type { BankLine } from '@/domain/model'
import type { CommandDefinition } from './command'
import { refuse } from './refusal'

export const importBankInput = z.object({
  fileName: z.string().max(255),
  sizeBytes: z.number().int().min(0),
  // Generous shape limits: the domain names the row and column of what is wrong (too many rows…).
  rows: z.array(z.array(z.string().max(100_000)).max(200)).max(100_000),
}).strict()
export type ImportBankInput = z.input<typeof importBankInput>

export interface ImportBankResult extends Record<string, unknown> {
  importId: string
  count: number
  credits: number
  debits: number
}

/**
 * `bank.import`: stores the lines of one statement file under a new import id, all unmatched.
 * Refused, nothing stored, on the first problem of the file (its row and column in the reason), and
 * when one of its lines (same date, label and amount) was already imported.
 */
export const importBankStatement: CommandDefinition<z.output<typeof importBankInput>, ImportBankResult> = {
  name: 'bank.import',
  input: importBankInput,
  summarize: (input) => ({ fileName: input.fileName, sizeBytes: input.sizeBytes, rows: input.rows.length }),
  async run(ctx, input) {
    const read = readBankRows(input.rows, input.sizeBytes)
    if (!read.ok) {
      const [first] = read.problems
      refuse(`bank.problems.${first!.code}`, {
        ...first!.values, ...(first!.row ? { row: first!.row } : {}), ...(first!.column ? { column: first!.column } : {}),
        otherProblems: read.problems.length - 1 + read.more,
      })
    }
    // Each stored line counts once: a file may hold two identical lines (two equal card payments).
    const stored = new Map<string, number>()
    const first = read.lines.reduce((min, l) => (l.date < min ? l.date : min), read.lines[0]!.date)
    const last = read.lines.reduce((max, l) => (l.date > max ? l.date : max), read.lines[0]!.date)
    for (const line of await ctx.db.bankLines.where('date').between(first, last, true, true).toArray()) {
      const key = bankLineKey(line)
      stored.set(key, (stored.get(key) ?? 0) + 1)
    }
    const duplicates = read.lines.filter((line) => {
      const key = bankLineKey(line)
      const left = stored.get(key) ?? 0
      if (left > 0) stored.set(key, left - 1)
      return left > 0
    })
    if (duplicates.length === read.lines.length) refuse('bank.errors.alreadyImported', { count: duplicates.length })
    if (duplicates.length > 0) refuse('bank.errors.someAlreadyImported', { row: duplicates[0]!.row, count: duplicates.length })

    const importId = crypto.randomUUID()
    const lines: BankLine[] = read.lines.map((line) => ({
      id: crypto.randomUUID(), importId, date: line.date, label: line.label, amountCents: line.amountCents, status: 'unmatched',
    }))
    await ctx.db.bankLines.bulkAdd(lines)
    const credits = lines.filter((l) => l.amountCents > 0).length
    return { importId, count: lines.length, credits, debits: lines.length - credits }
  },
}

export const ignoreBankLineInput = z.object({
  lineId: z.string().min(1).max(80),
  reason: z.string().trim().min(1).max(200),
}).strict()
export type IgnoreBankLineInput = z.input<typeof ignoreBankLineInput>

/**
 * `bank.ignore`: a line that is no customer payment (bank fees, a supplier's direct debit…) leaves
 * the lines to reconcile, with the reason given. Refused on a matched or already ignored line.
 */
export const ignoreBankLine: CommandDefinition<z.output<typeof ignoreBankLineInput>, { lineId: string }> = {
  name: 'bank.ignore',
  input: ignoreBankLineInput,
  async run(ctx, input) {
    const line = await ctx.db.bankLines.get(input.lineId)
    if (!line) refuse('bank.errors.lineNotFound')
    if (line.status === 'matched') refuse('bank.errors.lineMatched', { label: line.label })
    if (line.status === 'ignored') refuse('bank.errors.lineIgnored', { label: line.label })
    await ctx.db.bankLines.update(line.id, { status: 'ignored', ignoredReason: input.reason })
    return { lineId: line.id }
  },
}
