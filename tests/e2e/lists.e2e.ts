import { test, expect, openApp, axe, tabTo, openSelect, choose } from './fixtures'

/**
 * The read-only screens on the built-in company (seeded in the default workspace): lists, detail pages,
 * keyboard use and axe on the detail pages (the list pages are areas: a11y.e2e.ts checks them).
 */

const CUSTOMER = 'Imprimerie Dauphinoise'

test('keyboard only: search a customer, open its page, open one of its invoices, see the totals and the calculation', async ({ page }) => {
  await openApp(page, '/tiers')
  await expect(page.getByRole('heading', { level: 1, name: 'Tiers' })).toBeVisible()
  const search = page.getByRole('searchbox', { name: 'Rechercher' })
  await tabTo(page, search)
  await page.keyboard.type('dauphinoise')
  const link = page.getByRole('link', { name: CUSTOMER })
  await expect(link).toHaveCount(1)
  await tabTo(page, link)
  await page.keyboard.press('Enter')

  await expect(page.getByRole('heading', { level: 1, name: CUSTOMER })).toBeVisible()
  await expect(page.getByTestId('tier-siren')).toHaveText(/^\d{9}$/)
  await expect(page.getByTestId('tier-balance')).toHaveText(/€$/)
  await expect(page.getByText(/Solde = factures − avoirs − règlements/)).toBeVisible()
  await expect(page.getByRole('meter', { name: 'Encours par rapport au plafond de crédit' })).toBeVisible()

  const documents = page.getByRole('table', { name: 'Documents du client, du plus récent au plus ancien' })
  const invoiceRow = documents.getByRole('row').filter({ has: page.getByRole('cell', { name: 'Facture', exact: true }) }).first()
  const invoiceLink = invoiceRow.getByTestId('doc-link')
  const number = (await invoiceLink.textContent())!.trim()
  await tabTo(page, invoiceLink, 200)
  await page.keyboard.press('Enter')

  await expect(page.getByRole('heading', { level: 1, name: `Facture ${number}` })).toBeVisible()
  await expect(page.getByRole('list', { name: 'Étapes du document' })).toBeVisible()
  await expect(page.getByTestId('amount-due')).toHaveText(/\d,\d\d\s€$/)
  await expect(page.getByTestId('payment-state')).toHaveText(/Payée|Payée en partie|Non payée|En retard/)
  await expect(page.getByRole('table', { name: /Lignes du document/ })).toBeVisible()
  // The invoice comes from a delivery note (smart button back in the chain).
  await expect(page.getByTestId('chain-source').first()).toContainText('Bon de livraison')

  const toggle = page.getByRole('button', { name: 'Voir le calcul' })
  await tabTo(page, toggle, 200)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('button', { name: 'Masquer le calcul' })).toHaveAttribute('aria-expanded', 'true')
  const panel = page.getByRole('list', { name: 'Étapes du calcul' })
  await expect(panel.getByRole('listitem').first()).toBeVisible()
  await expect(page.getByRole('table', { name: 'Récapitulatif de la TVA par taux' })).toContainText('Total TTC')
})

test('sales documents: filter the invoices by type with the keyboard, totals at the foot, search by number', async ({ page }) => {
  await openApp(page, '/ventes')
  await expect(page.getByRole('heading', { level: 1, name: 'Ventes' })).toBeVisible()
  const table = page.getByRole('table', { name: 'Documents de vente' })
  await expect(table.getByTestId('sales-doc-link').first()).toBeVisible()
  await expect(page.getByText(/Les totaux HT et TTC s'affichent en pied de liste quand un type de document est choisi/)).toBeVisible()

  const type = page.getByRole('combobox', { name: 'Type de document' })
  await openSelect(page, type)
  await expect(page.getByRole('option', { name: 'Factures', exact: true })).toBeVisible()
  // Type-ahead moves to the first option starting with the letters typed, Enter chooses it.
  await choose(page, type, 'Fact')
  await expect(type).toContainText('Factures')

  const typeCells = table.locator('tbody tr td:nth-child(2)')
  await expect(typeCells.first()).toHaveText('Facture')
  expect(new Set(await typeCells.allTextContents())).toEqual(new Set(['Facture']))
  // The totals of ~3,000 invoices are summed in the background ("Calcul des totaux : n %"): slower on a busy machine.
  await expect(table).toContainText(/Total HT : [\d\s\u202f]+,\d\d\s€/, { timeout: 20_000 })
  await expect(table).toContainText(/Total TTC : [\d\s\u202f]+,\d\d\s€/)
  await expect(table).toContainText(/Documents : \d+/)

  const first = (await table.getByTestId('sales-doc-link').first().textContent())!.trim()
  const numberSearch = page.getByRole('searchbox', { name: 'Numéro commence par' })
  await tabTo(page, numberSearch)
  await page.keyboard.type(first)
  await expect(table.getByTestId('sales-doc-link')).toHaveCount(1)
  await expect(table).toContainText('Documents : 1')
})

test('catalogue: products at or below their reorder point, and a product page with its stock per warehouse', async ({ page }) => {
  await openApp(page, '/stock-achats')
  await expect(page.getByRole('heading', { level: 1, name: 'Stock & achats' })).toBeVisible()
  const table = page.getByRole('table', { name: 'Catalogue des articles avec leur stock physique' })
  await expect(table.getByTestId('product-link').first()).toBeVisible()
  await expect(page.getByText(/Taux de marque = \(prix de vente HT − coût d'achat HT\) ÷ prix de vente HT/).first()).toBeVisible()

  const below = page.getByRole('checkbox', { name: 'Seulement les articles au point de commande ou en dessous' })
  await tabTo(page, below)
  await page.keyboard.press('Space')
  await expect(below).toBeChecked()
  const rows = table.locator('tbody tr')
  await expect(rows.first().getByTestId('below-flag')).toBeVisible()
  expect(await rows.count()).toBe(await table.getByTestId('below-flag').count())

  const product = table.getByTestId('product-link').first()
  const reference = (await product.textContent())!.trim()
  await tabTo(page, product)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(`^${reference} — `) })).toBeVisible()
  await expect(page.getByTestId('reorder-status')).toContainText('à réapprovisionner')
  await expect(page.getByRole('table', { name: /Stock au / })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: 'Stock et fiche de stock' })).toBeVisible()
  await expect(page.getByRole('table', { name: 'Stock par dépôt' })).toBeVisible()
})

for (const language of ['fr', 'en'] as const) {
  test(`axe finds no WCAG 2.1 AA violation on the detail pages in ${language}`, async ({ page }) => {
    await page.addInitScript((lang) => localStorage.setItem('comptoir.language', lang), language)
    // A customer, with its documents and account.
    await openApp(page, '/tiers')
    await page.getByRole('searchbox').fill('dauphinoise')
    await page.getByRole('link', { name: CUSTOMER }).click()
    await expect(page.getByRole('heading', { level: 1, name: CUSTOMER })).toBeVisible()
    await expect(page.getByTestId('tier-balance')).toBeVisible()
    expect(await axe(page)).toEqual([])

    // One of its invoices, with the calculation open.
    const invoice = language === 'fr' ? 'Facture' : 'Invoice'
    await page.getByRole('row').filter({ has: page.getByRole('cell', { name: invoice, exact: true }) }).first().getByTestId('doc-link').click()
    await expect(page.getByTestId('amount-due')).toBeVisible()
    await page.locator('.calc-toggle').click()
    await expect(page.locator('.calc-panel')).toBeVisible()
    expect(await axe(page)).toEqual([])

    // A supplier and a carrier.
    const kinds = language === 'fr' ? [/^Fournisseurs/, /^Transporteurs/] : [/^Suppliers/, /^Carriers/]
    for (const kind of kinds) {
      await page.goto('./#/tiers')
      await page.getByRole('combobox', { name: language === 'fr' ? 'Type de tiers' : 'Type of tier' }).click()
      await page.getByRole('option', { name: kind }).click()
      await page.getByTestId('tier-link').first().click()
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible()
      expect(await axe(page)).toEqual([])
    }

    // A product.
    await page.goto('./#/stock-achats')
    await page.getByTestId('product-link').first().click()
    await expect(page.getByTestId('mark-rate')).toBeVisible()
    expect(await axe(page)).toEqual([])
  })
}
