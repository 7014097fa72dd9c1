import { readFileSync } from 'node:fs'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { test, expect, openApp } from './fixtures'

/** The text of every page of a PDF, spaces normalised (amounts use narrow no-break spaces). */
async function pdfText(path: string): Promise<string> {
  const pdf = await getDocument({ data: new Uint8Array(readFileSync(path)), useSystemFonts: false }).promise
  let text = ''
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent()
    text += content.items.map((item) => ('str' in item ? item.str : '')).join(' ') + '\n'
  }
  return text.replace(/[\s\u00a0\u202f]+/g, ' ')
}

// Issue 7: every document prints to a PDF in the customer's language, with its legal mentions.
test('a validated invoice downloads as a PDF that carries its number, amount due and the late-payment mentions', async ({ page }) => {
  test.setTimeout(90_000)
  await openApp(page, '/tiers')
  await page.getByRole('searchbox', { name: 'Rechercher' }).fill('dauphinoise')
  await page.getByRole('link', { name: 'Imprimerie Dauphinoise' }).click()
  const documents = page.getByRole('table', { name: 'Documents du client, du plus récent au plus ancien' })
  const invoiceLink = documents.getByRole('row').filter({ has: page.getByRole('cell', { name: 'Facture', exact: true }) }).first().getByTestId('doc-link')
  const number = (await invoiceLink.textContent())!.trim()
  await invoiceLink.click()
  await expect(page.getByRole('heading', { level: 1, name: `Facture ${number}` })).toBeVisible()
  const amountDue = (await page.getByTestId('amount-due').textContent())!.replace(/[\s\u00a0\u202f]+/g, ' ').trim()

  const button = page.getByRole('button', { name: 'Télécharger le PDF' })
  await button.focus()
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.keyboard.press('Enter')])
  expect(download.suggestedFilename()).toBe(`${number}.pdf`)
  const text = await pdfText(await download.path())
  expect(text).toContain(number)
  expect(text).toContain(amountDue)
  expect(text).toMatch(/40,00 €/) // the fixed recovery indemnity (C. com. D441-5)
  expect(text).toMatch(/pénalités/i)
})
