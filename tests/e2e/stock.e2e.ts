import { test, expect, openApp, axe, tabTo, settled } from './fixtures'

/**
 * Stock with the keyboard only, on the built-in company: from the catalogue's sub-navigation to the
 * stock levels with the four terms defined, then an inventory count with a variance (counted −
 * théorique), recorded, in the variance report and in the product's ledger; in French and in English.
 */

const plain = (text: string | null) => (text ?? '').replace(/[\u202f\u00a0\s]/g, '')

const TEXTS = {
  fr: {
    levels: 'Niveaux de stock', inventory: 'Inventaire', inventoryTitle: 'Inventaire physique', definition: 'Physique − réservé : ce qui peut encore être promis à un client.',
    search: 'Rechercher (référence, désignation)', counted: 'Quantité comptée de MOB-BUR-001', record: "Enregistrer l'inventaire", report: /Rapport d'écarts d'inventaire/,
    ledger: 'Fiche de stock : mouvements et solde', ledgerWarehouse: 'Mouvements du dépôt', inventoryKind: 'Inventaire', recorded: /Inventaire enregistré/, emptyRefusal: "L'inventaire est vide",
  },
  en: {
    levels: 'Stock levels', inventory: 'Inventory', inventoryTitle: 'Physical inventory', definition: 'Physical − reserved: what can still be promised to a customer.',
    search: 'Search (reference, description)', counted: 'Counted quantity of MOB-BUR-001', record: 'Record the inventory', report: /Inventory variance report/,
    ledger: 'Stock card: movements and balance', ledgerWarehouse: 'Movements of the warehouse', inventoryKind: 'Inventory count', recorded: /Inventory recorded/, emptyRefusal: 'The count is empty',
  },
} as const

for (const language of ['fr', 'en'] as const) {
  const text = TEXTS[language]
  test(`keyboard only (${language}): stock levels with their definitions, an inventory count with a variance, seen in the ledger`, async ({ page }) => {
    test.setTimeout(120_000)
    await page.addInitScript((lang) => localStorage.setItem('comptoir.language', lang), language)
    await openApp(page, '/stock-achats')
    const subnav = page.getByRole('navigation', { name: language === 'fr' ? 'Stock et achats' : 'Stock and purchasing' })
    await tabTo(page, subnav.getByRole('link', { name: text.levels }))
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { level: 1, name: text.levels })).toBeVisible()
    await expect(page.getByText(text.definition)).toBeVisible()
    await expect(page.getByRole('table', { name: language === 'fr' ? 'Niveaux de stock par article et par dépôt' : 'Stock levels per product and warehouse' }).locator('tbody tr').first()).toBeVisible()
    expect(await axe(page)).toEqual([])

    await tabTo(page, subnav.getByRole('link', { name: text.inventory, exact: true }))
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { level: 1, name: text.inventoryTitle })).toBeVisible()
    await tabTo(page, page.getByLabel(text.search))
    await page.keyboard.type('MOB-BUR-001')
    const row = page.getByTestId('count-row-MOB-BUR-001')
    await expect(row).toBeVisible()
    await expect(page.locator('tbody tr')).toHaveCount(1)
    // Recording nothing is refused with its reason; nothing is written.
    await tabTo(page, page.getByRole('button', { name: text.record }))
    await page.keyboard.press('Enter')
    await expect(page.getByTestId('inventory-refusal')).toContainText(text.emptyRefusal)
    const expected = Number(plain(await row.locator('td').nth(1).textContent()).replace(',', '.'))
    expect(expected).toBeGreaterThan(2)
    await tabTo(page, page.getByLabel(text.counted))
    await page.keyboard.type(String(expected - 2))
    await expect(page.getByTestId('variance-MOB-BUR-001')).toHaveText(/^[−-]2$/)
    await tabTo(page, page.getByRole('button', { name: text.record }))
    await page.keyboard.press('Enter')
    await expect(page.getByText(text.recorded)).toBeVisible()
    const report = page.getByTestId('inventory-report')
    await expect(report.getByRole('heading', { name: text.report })).toBeVisible()
    await expect(report.locator('tbody tr')).toHaveCount(1)
    expect(await axe(page)).toEqual([])

    // The report links to the product, whose ledger ends with the inventory movement and the counted balance.
    await tabTo(page, report.getByRole('link', { name: 'MOB-BUR-001' }))
    await page.keyboard.press('Enter')
    const ledger = page.getByRole('table', { name: text.ledger })
    await expect(ledger).toBeVisible()
    // The balance of the counted warehouse (the first one, where the count was made) ends at the counted quantity.
    await tabTo(page, page.getByLabel(text.ledgerWarehouse))
    await page.keyboard.type('Entrepôt')
    await expect(page.getByLabel(text.ledgerWarehouse)).toHaveValue('W1')
    const counted = ledger.locator('tbody tr').filter({ has: page.locator('td', { hasText: new RegExp(`^${text.inventoryKind}$`) }) })
    await expect(counted).toHaveCount(1)
    expect(plain(await counted.locator('td').nth(2).textContent())).toMatch(/^[−-]2$/)
    expect(plain(await counted.locator('td').nth(3).textContent())).toBe(String(expected - 2))
    expect(await axe(page)).toEqual([])
  })
}

test('keyboard only: donate unsold goods from the product page (loi AGEC), a missing beneficiary refused first', async ({ page }) => {
  test.setTimeout(120_000)
  await openApp(page, '/stock-achats/produits/P001')
  await tabTo(page, page.getByRole('button', { name: 'Donner des invendus' }))
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog')
  await expect(dialog).toBeVisible()
  await expect(dialog.getByText(/Loi AGEC/)).toBeVisible()
  // The dialog moves the focus inside itself once it has opened: type after that.
  await settled(page)
  await tabTo(page, dialog.getByLabel('Quantité sortie'))
  await page.keyboard.type('2')
  await tabTo(page, dialog.getByRole('button', { name: 'Enregistrer le don' }))
  await page.keyboard.press('Enter')
  await expect(dialog.getByText('« Bénéficiaire du don » est obligatoire', { exact: false })).toBeVisible()
  await expect(dialog.getByLabel('Bénéficiaire du don')).toBeFocused()
  expect(await axe(page)).toEqual([])
  await page.keyboard.type('Ressourcerie du Rhône')
  await tabTo(page, dialog.getByRole('button', { name: 'Enregistrer le don' }))
  await page.keyboard.press('Enter')
  await expect(page.getByText('Don enregistré')).toBeVisible()
  await expect(dialog).toBeHidden()
  const donation = page.getByRole('table', { name: 'Fiche de stock : mouvements et solde' }).locator('tbody tr').filter({ hasText: 'Don (loi AGEC)' })
  await expect(donation).toHaveCount(1)
  await expect(donation).toContainText('à Ressourcerie du Rhône')
  expect(plain(await donation.locator('td').nth(2).textContent())).toMatch(/^[−-]2$/)
})
