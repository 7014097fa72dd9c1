import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Page } from '@playwright/test'
import { test, expect, openApp, axe } from './fixtures'

/**
 * Bank reconciliation: the learners' sample statement (built on the built-in company's open invoices
 * on 1 October 2026, see tests/unit/domain/bank-sample.ts) is imported on a workspace starting that
 * day, so its first transfer is suggested for the invoice its label names; a broken file names its row.
 */
const SAMPLE = fileURLToPath(new URL('../../public/exemples/releve-banque.csv', import.meta.url))
// The invoice number in the first transfer's label (the sample follows the seed: bank-import-sample.spec.ts).
const KNOWN_INVOICE = /FA-\d{4}-\d{5}/.exec(readFileSync(SAMPLE, 'utf8'))![0]

async function openOnSampleDate(page: Page, language: 'fr' | 'en' = 'fr') {
  await page.clock.setFixedTime(new Date('2026-10-01T09:00:00+02:00'))
  if (language === 'en') await page.addInitScript(() => localStorage.setItem('comptoir.language', 'en'))
  await openApp(page, '/ventes/banque')
}

test('import the sample statement, read the suggestion for a known invoice, ignore the bank fees', async ({ page }) => {
  await openOnSampleDate(page)
  await expect(page.getByRole('heading', { level: 1, name: 'Rapprochement bancaire' })).toBeVisible()
  const sample = page.getByTestId('bank-sample')
  const served = await page.request.get(new URL(await sample.getAttribute('href') ?? '', page.url()).href)
  expect(await served.text()).toContain('Date;Libellé;Montant')

  await page.getByLabel('Choisir un fichier CSV').setInputFiles(SAMPLE)
  await expect(page.getByText('10 lignes importées.')).toBeVisible({ timeout: 15_000 })
  const known = page.getByTestId('bank-suggestion').filter({ hasText: KNOWN_INVOICE }).first()
  await expect(known).toContainText(`le n° de facture ${KNOWN_INVOICE} figure dans le libellé`)
  await expect(known).toContainText('Confiance 100 %')
  const link = known.getByRole('link', { name: /Rapprocher la ligne/ })
  await expect(link).toHaveAttribute('href', /#\/ventes\/reglements\/nouveau\?customerId=.+&invoiceId=.+&bankLineId=.+/)

  // Toasts (checked in a11y.e2e.ts) are left out: this one may still be fading in.
  expect(await axe(page, { exclude: ['.p-toast'] })).toEqual([])

  // Keyboard only: the fees line is set aside with a reason.
  await page.getByRole('button', { name: 'Ignorer la ligne « FRAIS TENUE DE COMPTE »' }).press('Enter')
  await expect(page.getByLabel('Motif (ce n\'est pas un règlement client)')).toBeFocused()
  await page.keyboard.type('Frais bancaires')
  await page.keyboard.press('Enter')
  await expect(page.getByText('Ligne ignorée.')).toBeVisible()
  await expect(page.getByRole('rowheader', { name: 'FRAIS TENUE DE COMPTE' })).toBeHidden()

  // The same file again is refused: nothing is added.
  await page.getByLabel('Choisir un fichier CSV').setInputFiles(SAMPLE)
  await expect(page.getByText(/Ce relevé a déjà été importé/)).toBeVisible()
})

test('a broken file lists its rows and columns and imports nothing', async ({ page }) => {
  await openOnSampleDate(page)
  await page.getByLabel('Choisir un fichier CSV').setInputFiles({
    name: 'casse.csv', mimeType: 'text/csv',
    buffer: Buffer.from('Date;Libellé;Montant\n26/09/2026;VIR SEPA;12,00\n31/09/2026;VIR SEPA;12,00\n27/09/2026;=cmd|calc;1,00\n'),
  })
  const alert = page.getByTestId('bank-problems')
  await expect(alert).toContainText('Ligne 3, colonne Date : date illisible « 31/09/2026 »')
  await expect(alert).toContainText('Ligne 4, colonne Libellé : « =cmd|calc » ressemble à une formule')
  await expect(page.getByText('0 ligne(s) affichée(s) sur 0')).toBeVisible()
})

test('in English: the problems of a file', async ({ page }) => {
  await openOnSampleDate(page, 'en')
  await expect(page.getByRole('heading', { level: 1, name: 'Bank reconciliation' })).toBeVisible()
  await page.getByLabel('Choose a CSV file').setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from('Date,Label,Amount\n2026-09-26,Transfer,twelve\n') })
  await expect(page.getByTestId('bank-problems')).toContainText('Row 2, column Amount: unreadable amount “twelve”')
})
