import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { ignoreBankLine, importBankStatement } from '@/commands/bank'
import { executeCommand, type CommandDefinition } from '@/commands/command'
import { bankView } from '@/db/queries/bank'
import type { WorkspaceDb } from '@/db/workspace-db'
import { makeCustomer, makePayment, makeSalesDoc } from '../../factories/company-records'
import { FIXED_NOW, makeWorkspace } from '../../factories/workspace'

const rows = (text: string) => Papa.parse<string[]>(text, { delimiter: ';', skipEmptyLines: true }).data
const STATEMENT = 'Date;Libellé;Montant\n25/02/2026;VIR SEPA RECU /DE ATELIER DUBOIS /REF FA-2026-00012;1 200,00\n26/02/2026;FRAIS TENUE DE COMPTE;-12,00\n27/02/2026;VIR SEPA RECU /DE BRASSERIE LUMIERE;450,50\n'

const totals = (cents: number) => ({ grossCents: cents, netCommercialCents: cents, totalExclVatCents: cents, totalVatCents: 0, totalInclVatCents: cents, amountDueCents: cents })

async function setup() {
  const { db } = await makeWorkspace('2026-03-02')
  await db.tiers.bulkAdd([makeCustomer({ id: 'c-dubois', name: 'Atelier Dubois SARL' }), makeCustomer({ id: 'c-lumiere', name: 'Brasserie Lumière' })])
  await db.salesDocs.bulkAdd([
    makeSalesDoc({ id: 'f12', type: 'invoice', number: 'FA-2026-00012', customerId: 'c-dubois', date: '2026-02-01', lines: [], totals: totals(150_000) }),
    makeSalesDoc({ id: 'f13', type: 'invoice', number: 'FA-2026-00013', customerId: 'c-lumiere', date: '2026-02-02', lines: [], totals: totals(45_050) }),
    makeSalesDoc({ id: 'f14', type: 'invoice', number: 'FA-2026-00014', customerId: 'c-lumiere', date: '2026-02-03', lines: [], totals: totals(10_000) }),
  ])
  // 300,00 € already paid on FA-2026-00012: 1 200,00 € remain.
  await db.payments.add(makePayment({ id: 'r1', customerId: 'c-dubois', date: '2026-02-10', amountCents: 30_000, allocations: [{ docId: 'f12', amountCents: 30_000 }] }))
  const run = <I, R extends Record<string, unknown>>(command: CommandDefinition<I, R>, input: unknown) => executeCommand(db, command, input, { now: FIXED_NOW })
  return { db, run }
}
const lastEntry = async (db: WorkspaceDb) => (await db.journal.orderBy('seq').last())!

describe('bank.import', () => {
  it('stores the lines of the file under one import id, unmatched, and journals a summary (not the rows)', async () => {
    const { db, run } = await setup()
    const result = await run(importBankStatement, { fileName: 'releve.csv', sizeBytes: STATEMENT.length, rows: rows(STATEMENT) })
    expect(result).toMatchObject({ ok: true, value: { count: 3, credits: 2, debits: 1 } })
    const lines = await db.bankLines.orderBy('date').toArray()
    expect(lines.map((l) => [l.date, l.amountCents, l.status])).toEqual([['2026-02-25', 120_000, 'unmatched'], ['2026-02-26', -1_200, 'unmatched'], ['2026-02-27', 45_050, 'unmatched']])
    expect(new Set(lines.map((l) => l.importId))).toEqual(new Set([result.ok && result.value.importId]))
    expect(await lastEntry(db)).toMatchObject({ command: 'bank.import', outcome: 'done', input: { fileName: 'releve.csv', rows: 4 } })
  })

  it('refuses the same file twice, and a file that repeats an imported line; nothing is stored', async () => {
    const { db, run } = await setup()
    await run(importBankStatement, { fileName: 'a.csv', sizeBytes: 100, rows: rows(STATEMENT) })
    expect(await run(importBankStatement, { fileName: 'a.csv', sizeBytes: 100, rows: rows(STATEMENT) }))
      .toMatchObject({ ok: false, reason: { key: 'bank.errors.alreadyImported', values: { count: 3 } } })
    const overlapping = 'Date;Libellé;Montant\n28/02/2026;CB;-5,00\n26/02/2026;frais  tenue de compte;-12,00\n'
    expect(await run(importBankStatement, { fileName: 'b.csv', sizeBytes: 100, rows: rows(overlapping) }))
      .toMatchObject({ ok: false, reason: { key: 'bank.errors.someAlreadyImported', values: { row: 3, count: 1 } } })
    expect(await db.bankLines.count()).toBe(3)
    expect(await lastEntry(db)).toMatchObject({ command: 'bank.import', outcome: 'refused' })
  })

  it('keeps two identical operations of one file (two equal card payments the same day)', async () => {
    const { db, run } = await setup()
    expect(await run(importBankStatement, { fileName: 'c.csv', sizeBytes: 10, rows: [['01/03/2026', 'CB PARKING', '-3,00'], ['01/03/2026', 'CB PARKING', '-3,00']] })).toMatchObject({ ok: true })
    expect(await db.bankLines.count()).toBe(2)
  })

  it('refuses a file with a problem, naming its row and column, and stores nothing', async () => {
    const { db, run } = await setup()
    const broken = 'Date;Libellé;Montant\n01/03/2026;VIR;10,00\n31/02/2026;VIR;10,00\n01/03/2026;=cmd;1\n'
    expect(await run(importBankStatement, { fileName: 'x.csv', sizeBytes: 60, rows: rows(broken) }))
      .toMatchObject({ ok: false, reason: { key: 'bank.problems.badDate', values: { row: 3, column: 'date', text: '31/02/2026', otherProblems: 1 } } })
    expect(await run(importBankStatement, { fileName: 'big.csv', sizeBytes: 2_000_000, rows: [] }))
      .toMatchObject({ ok: false, reason: { key: 'bank.problems.fileTooLarge' } })
    expect(await run(importBankStatement, { fileName: 'x.csv', sizeBytes: 0, rows: [] })).toMatchObject({ ok: false, reason: { key: 'bank.problems.emptyFile' } })
    expect(await run(importBankStatement, { fileName: 'x.csv', sizeBytes: 0, rows: 'nope' })).toMatchObject({ ok: false, reason: { key: 'command.invalid.invalid_type' } })
    expect(await db.bankLines.count()).toBe(0)
  })
})

describe('bank.ignore', () => {
  it('sets aside a line with its reason, once; a matched line cannot be ignored', async () => {
    const { db, run } = await setup()
    await run(importBankStatement, { fileName: 'a.csv', sizeBytes: 100, rows: rows(STATEMENT) })
    const fees = (await db.bankLines.where('date').equals('2026-02-26').first())!
    expect(await run(ignoreBankLine, { lineId: fees.id, reason: '  Frais bancaires ' })).toMatchObject({ ok: true })
    expect(await db.bankLines.get(fees.id)).toMatchObject({ status: 'ignored', ignoredReason: 'Frais bancaires' })
    expect(await run(ignoreBankLine, { lineId: fees.id, reason: 'encore' })).toMatchObject({ ok: false, reason: { key: 'bank.errors.lineIgnored' } })
    expect(await run(ignoreBankLine, { lineId: 'nope', reason: 'x' })).toMatchObject({ ok: false, reason: { key: 'bank.errors.lineNotFound' } })
    const other = (await db.bankLines.where('date').equals('2026-02-25').first())!
    expect(await run(ignoreBankLine, { lineId: other.id, reason: '   ' })).toMatchObject({ ok: false, reason: { values: { field: 'reason' } } })
    await db.bankLines.update(other.id, { status: 'matched', paymentId: 'r9' })
    expect(await run(ignoreBankLine, { lineId: other.id, reason: 'x' })).toMatchObject({ ok: false, reason: { key: 'bank.errors.lineMatched' } })
    expect(await lastEntry(db)).toMatchObject({ command: 'bank.ignore', outcome: 'refused' })
  })
})

describe('bank page view (suggestions from the stored open invoices)', () => {
  it('suggests for unmatched credit lines what remains due after earlier payments, and filters by status', async () => {
    const { db, run } = await setup()
    await run(importBankStatement, { fileName: 'a.csv', sizeBytes: 100, rows: rows(STATEMENT) })
    const view = await bankView(db, 'unmatched', '2026-03-02')
    expect(view.total).toBe(3)
    const byLabel = new Map(view.rows.map((r) => [r.line.label, r.suggestions]))
    expect(byLabel.get('VIR SEPA RECU /DE ATELIER DUBOIS /REF FA-2026-00012')?.[0]).toMatchObject({ customerId: 'c-dubois', score: 100, invoices: [{ id: 'f12', remainingCents: 120_000 }] })
    expect(byLabel.get('VIR SEPA RECU /DE BRASSERIE LUMIERE')?.[0]).toMatchObject({ customerId: 'c-lumiere', invoices: [{ id: 'f13' }] })
    expect(byLabel.get('FRAIS TENUE DE COMPTE')).toEqual([])
    const fees = view.rows.find((r) => r.line.amountCents < 0)!.line
    await run(ignoreBankLine, { lineId: fees.id, reason: 'Frais' })
    expect((await bankView(db, 'ignored', '2026-03-02')).rows.map((r) => r.line.id)).toEqual([fees.id])
    expect((await bankView(db, 'unmatched', '2026-03-02')).rows).toHaveLength(2)
  })
})
