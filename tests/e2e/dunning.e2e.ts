import type { Page } from '@playwright/test'
import { test, expect, openApp, nav, axe, tabTo } from './fixtures'

/**
 * Issue 11 (dunning), keyboard only on the built-in company: the recovery area's dunning run, relance 1
 * sent by email in English to the English customer (Bürotechnik Rheinland), a call logged with a promise
 * to pay that suspends the reminders (Imprimerie Dauphinoise, in French); axe on each page.
 */
/** From the home page to the recovery area by the main navigation, then the run filtered on a customer. */
async function runFor(page: Page, area: string, title: string, customer: string) {
  await openApp(page, '/')
  const link = nav(page, area)
  await tabTo(page, link)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
  await expect(page.getByTestId('dunning-run')).toBeVisible()
  expect(await axe(page)).toEqual([])
  await tabTo(page, page.getByTestId('run-filter'))
  await page.keyboard.type(customer)
  return page.getByTestId('dunning-run').locator('tbody tr').first()
}

test('relance 1 by email in English to the English customer, from the dunning run', async ({ page }) => {
  test.setTimeout(120_000)
  await page.addInitScript(() => localStorage.setItem('comptoir.language', 'en'))
  const row = await runFor(page, 'Collections', 'Collections', 'Bürotechnik')
  await expect(row).toContainText('Bürotechnik Rheinland GmbH')
  await expect(row).toContainText('Reminder 1 (friendly)')
  const number = (await row.locator('td').first().innerText()).trim()
  await tabTo(page, row.getByRole('link', { name: `Send the reminder for invoice ${number}` }))
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: `Reminders of invoice ${number}` })).toBeVisible()
  await expect(page.locator('#send')).toBeFocused()
  // The letter is pre-written in the contact's language (English) with the invoice and its amount incl. VAT.
  await expect(page.getByRole('combobox', { name: 'Language', exact: true }).and(page.locator('#letter-language'))).toContainText('English')
  await expect(page.getByTestId('letter-body')).toHaveValue(new RegExp(`Invoice ${number} due on .*incl\\. VAT`))
  expect(await axe(page)).toEqual([])
  await tabTo(page, page.getByTestId('send-letter'))
  await page.keyboard.press('Enter')
  await expect(page.getByText(`Reminder sent for invoice ${number}`)).toBeVisible()
  await expect(page.getByTestId('next-level')).toContainText('Reminder 2 (firm)')
  await expect(page.getByTestId('dunning-history')).toContainText('Reminder 1 (friendly)')
  await expect(page.getByTestId('dunning-history')).toContainText('Email')
  // The sent email is in the message centre (its sent box) under the English subject.
  await page.goto('./#/messagerie')
  await expect(page.getByTestId('message-link').filter({ hasText: 'Overdue invoice(s) – Bürotechnik Rheinland GmbH' })).toHaveCount(1)
})

test('un appel avec promesse de règlement suspend les relances (en français)', async ({ page }) => {
  test.setTimeout(120_000)
  const row = await runFor(page, 'Recouvrement', 'Recouvrement', 'Dauphinoise')
  const number = (await row.locator('td').first().innerText()).trim()
  await tabTo(page, row.getByRole('link', { name: `Noter un appel pour la facture ${number}` }))
  await page.keyboard.press('Enter')
  await expect(page.locator('#call')).toBeFocused()
  const simDate = (await page.getByTestId('sim-date').innerText()).trim()
  // "23 novembre 2026": the promise five days later, within the 15 days of the built-in delegation.
  const [day, month, year] = simDate.split(/\s+/)
  const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre']
  const promised = new Date(Date.UTC(Number(year), MONTHS.indexOf(month!), Number(day) + 5)).toISOString().slice(0, 10)
  // An empty outcome is refused, naming the field, and nothing changes.
  await tabTo(page, page.getByTestId('save-call'))
  await page.keyboard.press('Enter')
  await expect(page.getByText('Indiquez le résultat de l\'appel.').first()).toBeVisible()
  await tabTo(page, page.getByTestId('call-outcome'))
  await page.keyboard.type('M. Faure promet un virement de 100 € sous 5 jours.')
  await tabTo(page, page.getByTestId('promise-date'))
  await page.getByTestId('promise-date').fill(promised)
  await tabTo(page, page.getByTestId('promise-amount'))
  await page.keyboard.type('100,00')
  await tabTo(page, page.getByTestId('save-call'))
  await page.keyboard.press('Enter')
  await expect(page.getByText('Appel enregistré')).toBeVisible()
  await expect(page.getByTestId('suspension')).toContainText('Promesse de règlement')
  expect(await axe(page)).toEqual([])
})
