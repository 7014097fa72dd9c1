import { describe, expect, it } from 'vitest'
import { unzipSync, strFromU8 } from 'fflate'
import { filingIndexCsv, zipFile } from '@/components/filing/filing-export'
import { centsToDecimalComma } from '@/lib/csv'

const archive = { number: 'FA-2026-0001', docType: 'invoice', archivedOn: '2026-11-23', retainUntil: '2036-11-23', sha256: 'ab'.repeat(32) }

describe('the CSV index of a customer file (French spreadsheet: ";", decimal comma, UTF-8 BOM)', () => {
  it('writes amounts with a decimal comma and no thousands separator', () => {
    expect(centsToDecimalComma(123_456)).toBe('1234,56')
    expect(centsToDecimalComma(5)).toBe('0,05')
    expect(centsToDecimalComma(-32_075)).toBe('-320,75')
  })

  it('starts with a BOM, separates with ";" and quotes a cell holding one', () => {
    const csv = filingIndexCsv(
      [{ archive, date: '2026-11-02', totalInclVatCents: 327_221, fileName: 'FA-2026-0001.pdf' }],
      ['Numéro', 'Type', 'Date', 'Montant TTC', 'Archivé le', 'Conservation', 'SHA-256', 'Fichier'],
      () => 'Facture; client',
    )
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    const [header, row] = csv.slice(1).split('\r\n')
    expect(header).toBe('Numéro;Type;Date;Montant TTC;Archivé le;Conservation;SHA-256;Fichier')
    expect(row).toBe(`FA-2026-0001;"Facture; client";2026-11-02;3272,21;2026-11-23;2036-11-23;${'ab'.repeat(32)};FA-2026-0001.pdf`)
  })

  it('zips the PDFs and the index so they unzip unchanged', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.7 test')
    const zipped = await zipFile({ 'FA-1.pdf': pdf, 'index.csv': new TextEncoder().encode('\uFEFFa;b') })
    const files = unzipSync(zipped)
    expect(Object.keys(files).sort()).toEqual(['FA-1.pdf', 'index.csv'])
    expect(files['FA-1.pdf']).toEqual(pdf)
    expect([...files['index.csv']!.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]) // the UTF-8 BOM survives
    expect(strFromU8(files['index.csv']!.subarray(3))).toBe('a;b')
  })
})
