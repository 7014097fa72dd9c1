import { createHash } from 'node:crypto'
import { beforeEach, describe, expect, it } from 'vitest'
import { executeCommand } from '@/commands/command'
import { archiveDocuments, sha256Hex } from '@/commands/filing'
import type { WorkspaceDb } from '@/db/workspace-db'
import { line, makeProduct, makeSalesDoc } from '../../factories/company-records'
import { FIXED_NOW, makeWorkspace } from '../../factories/workspace'

const product = makeProduct({ id: 'p', reference: 'X', priceCents: 10_000 })
const invoice = makeSalesDoc({ id: 'f1', type: 'invoice', number: 'FA-2026-0001', customerId: 'C1', date: '2026-02-10', lines: [line(product, 1)] })
const credit = makeSalesDoc({ id: 'a1', type: 'creditNote', number: 'AV-2026-0001', customerId: 'C1', date: '2026-02-12', lines: [line(product, 1)] })
const other = makeSalesDoc({ id: 'f2', type: 'invoice', number: 'FA-2026-0002', customerId: 'C2', date: '2026-02-11', lines: [line(product, 1)] })
const draft = makeSalesDoc({ id: 'd1', type: 'invoice', status: 'draft', customerId: 'C1', date: '2026-02-13', lines: [line(product, 1)] })

const pdfOf = (text: string) => new TextEncoder().encode(`%PDF-1.7\n${text}\n%%EOF`)
const item = (docId: string, pdf = pdfOf(docId)) => ({ docId, pdf, sha256: sha256Hex(pdf) })
const archive = (input: unknown) => executeCommand(db, archiveDocuments, input, { now: FIXED_NOW })

let db: WorkspaceDb
beforeEach(async () => {
  db = (await makeWorkspace('2026-03-02')).db
  await db.salesDocs.bulkAdd([invoice, credit, other, draft])
})

describe('sha256Hex (FIPS 180-4)', () => {
  it.each([0, 3, 55, 56, 63, 64, 65, 1000, 100_000])('matches node:crypto on %i bytes', (size) => {
    const bytes = Uint8Array.from({ length: size }, (_, n) => (n * 31 + 7) % 256)
    expect(sha256Hex(bytes)).toBe(createHash('sha256').update(bytes).digest('hex'))
  })
})

// C. com. L123-22: accounting documents are kept 10 years; an archive is never replaced.
describe('filing.archive', () => {
  it('files the PDF with its hash, the simulated date and a retention of 10 years, and journals it without the bytes', async () => {
    const result = await archive({ documents: [item('f1')] })
    expect(result).toMatchObject({ ok: true, value: { archived: ['f1'], archivedOn: '2026-03-02', retainUntil: '2036-03-02' } })
    const stored = await db.archives.where('docId').equals('f1').first()
    expect(stored).toMatchObject({ docType: 'invoice', number: 'FA-2026-0001', customerId: 'C1', archivedOn: '2026-03-02', retainUntil: '2036-03-02' })
    expect(stored!.sha256).toBe(createHash('sha256').update(pdfOf('f1')).digest('hex'))
    expect(new TextDecoder().decode(stored!.pdf)).toContain('f1')
    const entry = await db.journal.orderBy('seq').last()
    expect(entry).toMatchObject({ command: 'filing.archive', outcome: 'done', input: { documents: [{ docId: 'f1', bytes: pdfOf('f1').length }] } })
  })

  it('files all of a customer\'s documents at once', async () => {
    const result = await archive({ customerId: 'C1', documents: [item('f1'), item('a1')] })
    expect(result.ok).toBe(true)
    expect((await db.archives.toArray()).map((a) => a.docId).sort()).toEqual(['a1', 'f1'])
  })

  it('refuses bytes whose hash is not the one given, and files nothing', async () => {
    const tampered = { ...item('f1'), pdf: pdfOf('f1 changed') }
    const result = await archive({ documents: [item('a1'), tampered] })
    expect(result).toMatchObject({ ok: false, reason: { key: 'filing.errors.hashMismatch', values: { number: 'FA-2026-0001' } } })
    expect(await db.archives.count()).toBe(0)
  })

  it('refuses to archive again: the first archive stays as it was', async () => {
    await archive({ documents: [item('f1')] })
    const before = await db.archives.toArray()
    const again = await archive({ documents: [item('f1', pdfOf('another print'))] })
    expect(again).toMatchObject({ ok: false, reason: { key: 'filing.errors.alreadyArchived', values: { number: 'FA-2026-0001' } } })
    expect(await db.archives.toArray()).toEqual(before)
    const twice = await archive({ documents: [item('a1'), item('a1')] })
    expect(twice).toMatchObject({ ok: false, reason: { key: 'filing.errors.alreadyArchived' } })
    expect(await db.archives.count()).toBe(1)
  })

  it('refuses a draft, an unknown document, another customer\'s document and a file that is not a PDF', async () => {
    expect(await archive({ documents: [item('d1')] })).toMatchObject({ ok: false, reason: { key: 'filing.errors.notValidated' } })
    expect(await archive({ documents: [item('nope')] })).toMatchObject({ ok: false, reason: { key: 'filing.errors.notFound' } })
    expect(await archive({ customerId: 'C1', documents: [item('f2')] })).toMatchObject({ ok: false, reason: { key: 'filing.errors.otherCustomer' } })
    const text = new TextEncoder().encode('hello')
    expect(await archive({ documents: [{ docId: 'f1', pdf: text, sha256: sha256Hex(text) }] })).toMatchObject({ ok: false, reason: { key: 'filing.errors.notPdf' } })
    expect(await archive({ documents: [{ docId: 'f1', pdf: pdfOf('x'), sha256: 'abc' }] })).toMatchObject({ ok: false })
    expect(await db.archives.count()).toBe(0)
    const refusals = await db.journal.where('outcome').equals('refused').count()
    expect(refusals).toBe(5)
  })
})
