import type { Locator, Page } from '@playwright/test'
import { test, expect, openApp, axe, tabTo, openSelect, choose } from './fixtures'

/**
 * Issue 8, keyboard only on the built-in company (Grenoble Alpes Ingénierie has many open invoices):
 * a partial payment on one invoice, one payment spread over two invoices (oldest due date first), a
 * cheque that comes back unpaid and reopens its invoice; axe on each page; the first flow also in English.
 */
const CUSTOMER = { id: 'C002', name: 'Grenoble Alpes Ingénierie' }
/** Cents of an amount as shown ("1 234,56 €" / "€1,234.56"). */
function cents(text: string, language: 'fr' | 'en'): number {
  const plain = text.replace(/[\s\u202f\u00a0€]/g, '')
  return Math.round(Number(language === 'fr' ? plain.replace(',', '.') : plain.replace(/,/g, '')) * 100)
}
const input = (c: number) => `${Math.floor(c / 100)},${String(c % 100).padStart(2, '0')}`

const TEXTS = {
  fr: {
    payments: 'Règlements', new: 'Enregistrer un règlement', customer: 'Client', amount: 'Montant reçu (€)', method: 'Mode de règlement',
    submit: 'Enregistrer le règlement', spread: 'Répartir (échéance la plus ancienne d\'abord)', paid: 'Payée', reject: 'Enregistrer l\'impayé',
    cheque: 'Chèque', rejected: 'Rejeté', tick: 'Lettrer', allocated: 'Montant lettré sur', reopened: /Non payée|En retard/, partly: /Payée en partie|En retard/,
  },
  en: {
    payments: 'Payments', new: 'Record a payment', customer: 'Customer', amount: 'Amount received (€)', method: 'Means of payment',
    submit: 'Record the payment', spread: 'Spread (oldest due date first)', paid: 'Paid', reject: 'Record as unpaid',
    cheque: 'Cheque', rejected: 'Rejected', tick: 'Allocate', allocated: 'Amount allocated to', reopened: /Unpaid|Overdue/, partly: /Partly paid|Overdue/,
  },
} as const

async function start(page: Page, language: 'fr' | 'en') {
  await page.addInitScript((lang) => localStorage.setItem('comptoir.language', lang), language)
  const T = TEXTS[language]
  await openApp(page, '/ventes')
  await tabTo(page, page.getByTestId('payments-link'))
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: T.payments })).toBeVisible()
  expect(await axe(page)).toEqual([])
  await tabTo(page, page.getByTestId('new-payment'))
  await page.keyboard.press('Enter')
  const customer = page.getByRole('combobox', { name: T.customer })
  // Typed in the list's search box, the name finds the customer first (↓, Enter takes it).
  await choose(page, customer, CUSTOMER.name)
  await expect(customer).toHaveText(CUSTOMER.name)
  const rows = page.getByTestId('allocation-table').locator('tbody tr[data-testid^="open-"]')
  await expect(rows.nth(1)).toBeVisible()
  expect(await axe(page)).toEqual([])
  return rows
}
const remainingOf = async (row: Locator, language: 'fr' | 'en') => cents((await row.locator('td.num').textContent())!, language)
async function submit(page: Page, language: 'fr' | 'en') {
  await tabTo(page, page.getByTestId('record-payment'))
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#\/ventes\/reglements\/[0-9a-f-]{36}$/)
  await expect(page.getByTestId('payment-allocations')).toBeVisible()
  void language
}

for (const language of ['fr', 'en'] as const) {
  test(`a partial payment on one invoice, keyboard only (${language})`, async ({ page }) => {
    test.setTimeout(90_000)
    const T = TEXTS[language]
    const rows = await start(page, language)
    const first = rows.first()
    const number = (await first.getAttribute('data-testid'))!.slice('open-'.length)
    const remaining = await remainingOf(first, language)
    const part = Math.min(1_000, remaining - 1)
    await tabTo(page, page.getByLabel(T.amount))
    await page.keyboard.type(input(part))
    await tabTo(page, first.getByRole('checkbox'))
    await page.keyboard.press('Space')
    const amount = page.getByLabel(`${T.allocated} ${number}`, { exact: true })
    await expect(amount).toHaveValue(input(remaining))
    await tabTo(page, amount)
    await page.keyboard.press('ControlOrMeta+a')
    await page.keyboard.type(input(part))
    await submit(page, language)
    const row = page.getByTestId('payment-allocations').locator('tbody tr')
    await expect(row).toHaveCount(1)
    await expect(page.getByTestId(`state-${number}`)).toHaveText(T.partly)
    expect(cents((await row.locator('td.num').nth(1).textContent())!, language)).toBe(remaining - part)
    expect(await axe(page)).toEqual([])
  })
}

test('one payment spread over two invoices, oldest due date first (fr)', async ({ page }) => {
  test.setTimeout(90_000)
  const T = TEXTS.fr
  const rows = await start(page, 'fr')
  const numbers = await Promise.all([0, 1].map(async (i) => (await rows.nth(i).getAttribute('data-testid'))!.slice('open-'.length)))
  const total = (await remainingOf(rows.nth(0), 'fr')) + (await remainingOf(rows.nth(1), 'fr'))
  await tabTo(page, page.getByLabel(T.amount))
  await page.keyboard.type(input(total))
  await tabTo(page, page.getByRole('button', { name: T.spread }))
  await page.keyboard.press('Enter')
  await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(2)
  await expect(page.getByTestId('allocation-summary')).not.toContainText('crédit')
  await submit(page, 'fr')
  await expect(page.getByTestId('payment-allocations').locator('tbody tr')).toHaveCount(2)
  for (const number of numbers) await expect(page.getByTestId(`state-${number}`)).toHaveText(T.paid)
})

test('a rejected cheque reopens its invoice (fr)', async ({ page }) => {
  test.setTimeout(90_000)
  const T = TEXTS.fr
  const rows = await start(page, 'fr')
  const first = rows.first()
  const number = (await first.getAttribute('data-testid'))!.slice('open-'.length)
  const remaining = await remainingOf(first, 'fr')
  await tabTo(page, page.getByLabel(T.amount))
  await page.keyboard.type(input(remaining))
  const method = page.getByRole('combobox', { name: T.method })
  // The list opens on the current means (transfer); the cheque is found by typing its name.
  await openSelect(page, method)
  await expect(page.getByRole('option', { name: T.cheque })).toBeVisible()
  await choose(page, method, T.cheque)
  await expect(method).toContainText(T.cheque)
  await tabTo(page, first.getByRole('checkbox'))
  await page.keyboard.press('Space')
  await submit(page, 'fr')
  await expect(page.getByTestId(`state-${number}`)).toHaveText(T.paid)
  expect(await axe(page)).toEqual([])
  await tabTo(page, page.getByRole('button', { name: T.reject }))
  await page.keyboard.press('Enter')
  await expect(page.getByText(T.rejected, { exact: true })).toBeVisible()
  await expect(page.getByTestId(`state-${number}`)).toHaveText(T.reopened)
  await expect(page.getByRole('button', { name: T.reject })).toHaveCount(0)
})
