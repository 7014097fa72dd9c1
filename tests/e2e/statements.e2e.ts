import { readFileSync } from 'node:fs'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { test, expect, openApp, axe } from './fixtures'

async function pdfText(path: string): Promise<string> {
  const pdf = await getDocument({ data: new Uint8Array(readFileSync(path)), useSystemFonts: false }).promise
  let text = ''
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent()
    text += content.items.map((item) => ('str' in item ? item.str : '')).join(' ') + '\n'
  }
  return text.replace(/[\s\u00a0\u202f]+/g, ' ')
}

const spaces = (text: string | null) => (text ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim()

// Issue 8: a customer's account statement (relevé de compte) for a period, its PDF, and the message to send it.
test('the Relevé tab shows the statement of a period, follows a change of period and downloads its PDF', async ({ page }) => {
  test.setTimeout(120_000)
  await openApp(page, '/tiers')
  await page.getByRole('searchbox', { name: 'Rechercher' }).fill('dauphinoise')
  await page.getByRole('link', { name: 'Imprimerie Dauphinoise' }).click()
  await page.getByRole('tab', { name: 'Relevé' }).click()
  const table = page.getByTestId('statement-table')
  await expect(table).toBeVisible()
  const closing = spaces(await page.getByTestId('statement-closing').textContent())
  expect(closing).toMatch(/€/)

  // A period from the first day of the history: the opening balance is zero, the closing one the same.
  await page.getByLabel('Du', { exact: true }).fill('2023-01-01')
  await expect(page.getByTestId('statement-opening')).toHaveText(/^0,00\s€$/)
  await expect.poll(async () => spaces(await page.getByTestId('statement-closing').textContent())).toBe(closing)
  const rows = await table.locator('tbody tr').count()
  expect(rows).toBeGreaterThan(3)

  // A start after the end is refused with a message naming the field.
  await page.getByLabel('Du', { exact: true }).fill('2030-01-01')
  await expect(page.getByRole('alert')).toContainText('Date de fin')
  await expect(table).toBeHidden()
  await page.getByLabel('Du', { exact: true }).fill('2026-01-01')
  await expect(table).toBeVisible()

  expect(await axe(page)).toEqual([])

  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByRole('button', { name: 'Télécharger le relevé (PDF)' }).click(),
  ])
  expect(download.suggestedFilename()).toMatch(/^releve-C\d+-\d{4}-\d{2}-\d{2}\.pdf$/)
  const text = await pdfText(await download.path())
  expect(text).toContain('RELEVÉ DE COMPTE')
  expect(text).toContain(closing)
  expect(text).toContain('Balance âgée au')

  // Sent to the customer from the tab: the statement of the period shown goes with the message, and is printed again from it.
  await page.getByRole('link', { name: 'Envoyer au client' }).click()
  await expect(page).toHaveURL(/#\/messagerie\/nouveau\?tierId=C\d+&statementFrom=2026-01-01&statementTo=\d{4}-\d{2}-\d{2}/)
  await expect(page.getByTestId('statement-attachment')).toContainText('Relevé de compte du 01/01/2026 au')
  await page.getByText('Courrier', { exact: true }).click()
  await page.getByLabel('Objet', { exact: true }).fill('Votre relevé de compte')
  await page.getByLabel('Texte', { exact: true }).fill('Madame, Monsieur,\n\nVeuillez trouver ci-joint votre relevé de compte.\n\nCordialement')
  await page.getByTestId('send').click()
  await expect(page).toHaveURL(/#\/messagerie\/msg-\d+/)
  await expect(page.getByTestId('message-statement')).toContainText('Relevé de compte du 01/01/2026 au')
  const [again] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByTestId('message-statement-pdf').click(),
  ])
  expect(again.suggestedFilename()).toMatch(/^releve-C\d+-\d{4}-\d{2}-\d{2}\.pdf$/)
  expect(await pdfText(await again.path())).toContain(closing)
})

test('the aged balance lists the customers by bucket with the totals at the foot', async ({ page }) => {
  await openApp(page, '/ventes/balance-agee')
  await expect(page.getByRole('heading', { level: 1, name: 'Balance âgée clients' })).toBeVisible()
  const table = page.getByTestId('aged-balance')
  await expect(table.getByRole('columnheader', { name: 'Plus de 90 jours' })).toBeVisible()
  expect(await table.locator('tbody tr').count()).toBeGreaterThan(5)
  await expect(page.getByTestId('aged-totals')).toContainText('€')
  await table.locator('tbody tr').first().getByRole('link').click()
  await expect(page).toHaveURL(/#\/tiers\/C\d+/)
})

test('in English the aged balance and the statement tab speak English', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('comptoir.language', 'en'))
  await openApp(page, '/ventes/balance-agee')
  await expect(page.getByRole('heading', { level: 1, name: 'Aged receivables' })).toBeVisible()
  await expect(page.getByRole('columnheader', { name: 'Over 90 days' })).toBeVisible()
  await page.getByTestId('aged-balance').locator('tbody tr').first().getByRole('link').click()
  await page.getByRole('tab', { name: 'Statement' }).click()
  await expect(page.getByText('Opening balance')).toBeVisible()
})

// Issue 8: validated documents archived unchangeably with their PDF, retention shown, the file exported as a zip.
test('the filing page archives a customer\'s validated documents once and exports the file as a zip with its CSV index', async ({ page }) => {
  test.setTimeout(180_000)
  await openApp(page, '/ventes/classement')
  await expect(page.getByRole('heading', { level: 1, name: 'Classement et archives' })).toBeVisible()
  await page.getByRole('combobox', { name: 'Client' }).click()
  await page.getByRole('searchbox').last().fill('dauphinoise')
  await page.getByRole('option', { name: 'Imprimerie Dauphinoise' }).click()
  const invoices = page.getByTestId('filing-invoice')
  await expect(invoices).toBeVisible()
  await expect(invoices).toContainText('Non archivé')
  const archiveButton = page.getByTestId('filing-archive')
  await expect(archiveButton).toBeEnabled()
  await archiveButton.click()
  await expect(page.getByTestId('filing-status')).toContainText('archivé', { timeout: 120_000 })
  await expect(invoices).not.toContainText('Non archivé')
  await expect(invoices).toContainText(/Archivé le \d{2}\/\d{2}\/\d{4}/)
  await expect(invoices).toContainText(/\d{2}\/\d{2}\/20[3-4]\d/) // retention: 10 years later
  await expect(archiveButton).toBeDisabled()

  // Searchable by number.
  const number = (await invoices.locator('tbody tr th').first().textContent())!.trim()
  await page.getByLabel('Rechercher un numéro').fill(number)
  await expect(invoices.locator('tbody tr')).toHaveCount(1)

  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('filing-export').click()])
  expect(download.suggestedFilename()).toMatch(/^dossier-C\d+\.zip$/)
  const { unzipSync } = await import('fflate')
  const files = unzipSync(new Uint8Array(readFileSync(await download.path())))
  const pdfs = Object.keys(files).filter((name) => name.endsWith('.pdf'))
  expect(pdfs.length).toBeGreaterThan(0)
  expect(new TextDecoder().decode(files[pdfs[0]!]!.subarray(0, 5))).toBe('%PDF-')
  const index = files['index.csv']!
  expect([...index.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  const csv = new TextDecoder().decode(index)
  expect(csv.split('\r\n')[0]).toBe('Numéro;Type;Date;Montant TTC;Archivé le;Conservation jusqu\'au;Empreinte SHA-256;Fichier')
  expect(csv).toContain(number)
  expect(csv).toMatch(/;\d+,\d{2};/)
})
