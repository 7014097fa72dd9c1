/**
 * XLSX export (issue 12): a valid workbook (a zip of XML parts) whose cells hold numbers, amounts in
 * euros with a euro format and rates as fractions with a percent format, read back with fflate.
 */
import { describe, expect, it } from 'vitest'
import { strFromU8, unzipSync } from 'fflate'
import { buildXlsxBlob, XLSX_FORMATS } from '@/components/statistics/exports/xlsx'

describe('XLSX export', () => {
  it('writes a zip whose sheet holds the amounts in euros and the rates as numbers, with number formats', async () => {
    const blob = await buildXlsxBlob({
      columns: [{ key: 'month', label: 'Mois' }, { key: 'salesCents', label: 'CA HT' }, { key: 'achievementPercent', label: 'Réalisation' }],
      rows: [{ month: '2026-01', salesCents: 51_600_000, achievementPercent: 95.5 }, { month: '2026-02', salesCents: 12_345, achievementPercent: null }],
    }, 'Ventes')
    const files = unzipSync(new Uint8Array(await blob.arrayBuffer()))
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml', 'xl/styles.xml']))
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!)
    expect(sheet).toMatch(/<c r="B2"[^>]*><v>516000<\/v><\/c>/)
    expect(sheet).toMatch(/<c r="B3"[^>]*><v>123.45<\/v><\/c>/)
    expect(sheet).toMatch(/<c r="C2"[^>]*><v>0.955<\/v><\/c>/)
    // Numbers are numbers (no t="s"/"inlineStr" on them); the header and the n.s. are texts.
    expect(sheet).not.toMatch(/<c r="B2"[^>]*t="/)
    expect(sheet).toMatch(/<c r="C3"[^>]*t="(s|inlineStr)"/)
    const styles = strFromU8(files['xl/styles.xml']!)
    expect(styles).toContain('0.00%')
    expect(styles).toContain(XLSX_FORMATS.cents.replace(/"/g, '&quot;'))
    expect(strFromU8(files['xl/workbook.xml']!)).toContain('name="Ventes"')
  })
})
