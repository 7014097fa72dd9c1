import { test, expect, openApp, axe, tabTo } from './fixtures'

/**
 * Editing the catalogue on the built-in company: create a service with the keyboard only (a wrong
 * price refused with its message first), change a product's price (existing documents keep theirs),
 * add a customer's net price and read why it applies; one pass in English.
 */

const plain = (text: string | null) => (text ?? '').replace(/[\u202f\u00a0]/g, ' ')

test('keyboard only: create a service, a price with 3 decimals refused under its field, then saved', async ({ page }) => {
  await openApp(page, '/stock-achats')
  const newLink = page.getByRole('link', { name: 'Nouvel article' })
  await tabTo(page, newLink)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'Nouvel article' })).toBeVisible()

  await tabTo(page, page.getByLabel('Référence'))
  await page.keyboard.type('SER-AUD-001')
  await page.keyboard.press('Tab') // family (a native select: typing its first letters picks it)
  await page.keyboard.type('Services')
  await page.keyboard.press('Tab')
  await page.keyboard.type('Audit ergonomique du poste')
  await page.keyboard.press('Tab')
  await page.keyboard.type('Workstation ergonomic audit')
  await tabTo(page, page.getByRole('radio', { name: 'Bien' }))
  await page.keyboard.press('ArrowDown')
  await expect(page.getByRole('radio', { name: 'Service' })).toBeChecked()
  await tabTo(page, page.getByLabel('Unité'))
  await page.keyboard.type('heure')
  await expect(page.getByLabel('Unité')).toHaveValue('h')
  await tabTo(page, page.getByLabel('Prix HT'))
  await page.keyboard.type('95,505')
  await tabTo(page, page.getByLabel("Coût d'achat HT"))
  await page.keyboard.type('41')
  await page.keyboard.press('Enter')

  await expect(page.getByText('« Prix HT » : 2 décimale(s) au plus.')).toBeVisible()
  await expect(page.getByLabel('Prix HT')).toBeFocused()
  await expect(page.getByLabel('Prix HT')).toHaveAttribute('aria-invalid', 'true')
  expect(await axe(page)).toEqual([])
  await page.keyboard.press('ControlOrMeta+a')
  await page.keyboard.type('95,50')
  // Margins follow as the learner types: (95,50 − 41) ÷ 95,50 = 57,07 % taux de marque; ÷ 41 = 132,93 % taux de marge.
  await expect(page.getByTestId('mark-rate')).toHaveText(/57,07\s%/)
  await expect(page.getByTestId('markup-rate')).toHaveText(/132,93\s%/)
  await page.keyboard.press('Enter')

  await expect(page.getByRole('heading', { level: 1, name: 'SER-AUD-001 — Audit ergonomique du poste' })).toBeVisible()
  await expect(page.getByText('Article SER-AUD-001 créé et inscrit au journal d\'activité.')).toBeVisible()
  await expect(page.getByText('95,50 €').first()).toBeVisible()
})

test('edit a product price: saved, and documents already written keep their prices', async ({ page }) => {
  await openApp(page, '/stock-achats/produits/P001')
  await expect(page.getByRole('heading', { level: 1, name: /^MOB-BUR-001 — / })).toBeVisible()
  await page.getByRole('link', { name: 'Modifier' }).click()
  await expect(page.getByRole('heading', { level: 1, name: "Modifier l'article MOB-BUR-001" })).toBeVisible()
  await expect(page.getByLabel('Prix HT')).toHaveValue('329')
  await page.getByLabel('Prix HT').fill('-5')
  await page.getByRole('button', { name: "Enregistrer l'article" }).click()
  await expect(page.getByText('« Prix HT » ne peut pas être négatif.')).toBeVisible()

  await page.getByLabel('Prix HT').fill('345,90')
  await page.getByRole('button', { name: "Enregistrer l'article" }).click()
  await expect(page.getByRole('heading', { level: 1, name: /^MOB-BUR-001 — / })).toBeVisible()
  await expect(page.getByText(/Article MOB-BUR-001 enregistré \(1 valeur\(s\) changée\(s\)\)/)).toBeVisible()
  await expect(page.getByText("Les devis, commandes et factures déjà établis gardent l'ancien prix", { exact: false })).toBeVisible()
  await expect(page.getByText('345,90 €').first()).toBeVisible()
})

test('add a customer net price on a product and read why it applies', async ({ page }) => {
  await openApp(page, '/stock-achats/produits/P001')
  await expect(page.getByRole('heading', { level: 2, name: 'Prix clients' })).toBeVisible()
  await expect(page.getByText('Aucun prix client pour cet article.')).toBeVisible()
  const form = page.getByRole('form', { name: 'Nouveau prix client' })
  await form.getByLabel('Client', { exact: true }).selectOption({ label: 'Imprimerie Dauphinoise' })
  await form.getByLabel('Prix net HT (€)').last().fill('299')
  await form.getByRole('button', { name: 'Ajouter le prix client' }).click()

  const table = page.getByRole('table', { name: 'Prix clients de cet article' })
  const row = table.getByRole('row').filter({ hasText: 'Imprimerie Dauphinoise' })
  await expect(row).toContainText('Prix net 299,00')
  await expect(row).toContainText('En vigueur')
  expect(plain(await row.getByTestId('effective-price').textContent())).toBe('299,00 €')
  await row.getByRole('button', { name: 'Voir le calcul' }).click()
  await expect(page.getByText(/C'est un prix net : la remise générale du client \(3\s%\) ne s'y ajoute pas/)).toBeVisible()
  expect(await axe(page)).toEqual([])

  // The same customer and product on overlapping days are refused, with the existing period.
  await form.getByLabel('Client', { exact: true }).selectOption({ label: 'Imprimerie Dauphinoise' })
  await form.getByLabel('Remise sur le prix catalogue (%)').check()
  await form.getByLabel('Remise sur le prix catalogue (%)').last().fill('5')
  await form.getByRole('button', { name: 'Ajouter le prix client' }).click()
  await expect(page.getByTestId('agreement-refusal')).toContainText('Imprimerie Dauphinoise a déjà un prix convenu pour MOB-BUR-001')
})

test('in English: edit a price and add a customer discount', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('comptoir.language', 'en'))
  await openApp(page, '/stock-achats/produits/P001/modifier')
  await expect(page.getByRole('heading', { level: 1, name: 'Edit product MOB-BUR-001' })).toBeVisible()
  await expect(page.getByText('Margin rate on price (taux de marque)', { exact: true })).toBeVisible()
  await page.getByLabel('Price excl. VAT').fill('12.345')
  await page.getByRole('button', { name: 'Save the product' }).click()
  await expect(page.getByText('“Price excl. VAT”: at most 2 decimal(s).')).toBeVisible()
  await page.getByLabel('Price excl. VAT').fill('340')
  await page.getByRole('button', { name: 'Save the product' }).click()
  await expect(page.getByText(/Product MOB-BUR-001 saved/)).toBeVisible()

  const form = page.getByRole('form', { name: 'New customer price' })
  await form.getByLabel('Customer', { exact: true }).selectOption({ label: 'Imprimerie Dauphinoise' })
  await form.getByLabel('Discount off the catalogue price (%)').check()
  await form.getByLabel('Discount off the catalogue price (%)').last().fill('10')
  await form.getByRole('button', { name: 'Add the customer price' }).click()
  const row = page.getByRole('table', { name: 'Customer prices of this product' }).getByRole('row').filter({ hasText: 'Imprimerie Dauphinoise' })
  await expect(row).toContainText('Discount of 10%')
  // 340,00 − 10 % = 306,00: the agreed discount replaces the customer's general 3 %.
  expect(plain(await row.getByTestId('effective-price').textContent())).toBe('€306.00')
})
