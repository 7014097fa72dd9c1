import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { readBankRows, suggestMatches, type OpenInvoice } from '@/domain'
import { buildBankSample } from './bank-sample'

const SAMPLE = resolve(__dirname, '../../../public/exemples/releve-banque.csv')

describe('the learners’ sample statement (public/exemples/releve-banque.csv)', () => {
  const sample = buildBankSample()
  // UPDATE_BANK_SAMPLE=1 npx vitest run tests/unit/domain/bank-import-sample.spec.ts rewrites the file.
  if (process.env.UPDATE_BANK_SAMPLE === '1') writeFileSync(SAMPLE, sample.csv)

  it('is still what the built-in company’s open invoices give on the sample start date', () => {
    expect(readFileSync(SAMPLE, 'utf8')).toBe(sample.csv)
  })

  it('reads without problem and suggests the invoice whose number is in the label, amount equal', () => {
    const rows = Papa.parse<string[]>(sample.csv, { delimiter: ';', skipEmptyLines: true }).data
    const read = readBankRows(rows)
    expect(read.ok).toBe(true)
    if (!read.ok) return
    expect(read.lines).toHaveLength(10)
    const known: OpenInvoice = sample.knownInvoice
    const [best] = suggestMatches(read.lines[0]!, [known])
    expect(best?.invoices.map((i) => i.number)).toEqual([known.number])
    expect(best?.score).toBeGreaterThanOrEqual(90)
  })
}, 60_000)
