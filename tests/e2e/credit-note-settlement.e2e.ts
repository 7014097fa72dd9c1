import type { Page } from '@playwright/test'
import { test, expect, openApp, axe } from './fixtures'

/**
 * Issue 8: "an overpayment stays as a customer credit to use later or refund" — a credit note of the
 * built-in company (Grenoble Alpes Ingénierie has open invoices) is set off against the invoice it credits.
 */
const CUSTOMER = 'Grenoble Alpes Ingénierie'

/** The number of the customer's first open invoice, read from the new payment's lettrage table. */
async function openInvoiceNumber(page: Page): Promise<string> {
  await openApp(page, '/ventes/reglements/nouveau')
  await page.getByRole('combobox', { name: 'Client' }).click()
  await page.getByRole('searchbox').last().fill(CUSTOMER)
  await page.getByRole('option', { name: CUSTOMER }).click()
  const row = page.getByTestId('allocation-table').locator('tbody tr[data-testid^="open-"]').first()
  await expect(row).toBeVisible()
  return (await row.getAttribute('data-testid'))!.slice('open-'.length)
}

test('a validated credit note is set off against an open invoice of the same customer from its page', async ({ page }) => {
  test.setTimeout(120_000)
  const number = await openInvoiceNumber(page)
  await openApp(page, '/ventes')
  await page.getByLabel('Numéro commence par').fill(number)
  await page.getByRole('link', { name: number, exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: `Facture ${number}` })).toBeVisible()

  // A partial credit note of one unit, validated.
  const bar = page.getByRole('group', { name: 'Actions possibles sur ce document' })
  const dialog = page.getByRole('dialog')
  await bar.getByRole('button', { name: 'Créer un avoir', exact: true }).click()
  await dialog.getByTestId('credit-partial').check()
  await dialog.getByTestId('credit-reason').fill('Geste commercial sur une unité')
  await dialog.getByTestId('credit-quantity').first().fill('1')
  await dialog.getByTestId('action-submit').click()
  await expect(page.getByRole('heading', { level: 1, name: 'Avoir (brouillon)' })).toBeVisible()
  await expect(page.getByTestId('credit-note-settlement')).toHaveCount(0)
  await bar.getByRole('button', { name: 'Valider', exact: true }).click()
  await dialog.getByTestId('action-submit').click()
  await expect(page.getByRole('heading', { level: 1, name: /^Avoir AV-\d{4}-\d+$/ })).toBeVisible()

  // The panel: what the note has left, set off against the invoice it credits.
  const panel = page.getByTestId('credit-note-settlement')
  await expect(panel.getByTestId('credit-note-remaining')).not.toContainText(' 0,00')
  expect(await axe(page)).toEqual([])
  const target = panel.getByLabel('Facture ouverte')
  const value = await target.locator('option', { hasText: `${number} —` }).getAttribute('value')
  await target.selectOption(value!)
  await expect(panel.getByLabel('Montant lettré')).not.toHaveValue('')
  await panel.getByRole('button', { name: 'Imputer l\'avoir' }).click()
  await expect(panel.getByTestId('credit-note-remaining')).toContainText(/0,00\s€/)
  await expect(panel.getByText('L\'avoir est entièrement imputé ou remboursé.')).toBeVisible()
})
