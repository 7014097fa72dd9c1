import { test, expect, openApp, axe } from './fixtures'
import { AREAS } from '../../src/router/areas'

// Every area, the tools that are not areas, and the not-found page.
const ROUTES = [...AREAS.map((a) => a.path), '/outils/calcul', '/tiers/nouveau', '/tiers/C001/modifier', '/tiers/rgpd', '/statistiques/analyses', '/ventes/balance-agee', '/recouvrement/encours', '/recouvrement/balance-agee', '/recouvrement/dossiers', '/recouvrement/relance/invoice-000041', '/ventes/classement', '/stock-achats/produits/nouveau', '/stock-achats/produits/P001/modifier', '/stock-achats/stock', '/stock-achats/inventaire', '/stock-achats/transporteurs', '/stock-achats/place-de-marche', '/stock-achats/reapprovisionnement', '/stock-achats/commandes-fournisseurs', '/stock-achats/produits/P001', '/messagerie/nouveau', '/messagerie/activite', '/ventes/devis/nouveau', '/ventes/commandes/nouvelle', '/ventes/commandes-entrantes', '/ventes/commandes-entrantes/inb-mkt-1', '/ventes/factures-directes', '/ventes/banque', '/ventes/reglements', '/ventes/reglements/nouveau?customerId=C002', '/scenarios/pack/exemple-crm-rgpd.yaml', '/scenarios/apercu', '/scenarios/rapport', '/scenarios/classe', '/scenarios/progression', '/nowhere']

for (const language of ['fr', 'en'] as const) {
  for (const route of ROUTES) {
    test(`axe finds no WCAG 2.1 AA violation on ${route} in ${language}`, async ({ page }) => {
      await page.addInitScript((lang) => localStorage.setItem('comptoir.language', lang), language)
      await openApp(page, route)
      await expect(page.locator('html')).toHaveAttribute('lang', language)
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      expect(await axe(page)).toEqual([])
    })
  }
}

test('dialogs are accessible too (clock dialog, confirmation)', async ({ page }) => {
  await openApp(page, '/espaces')
  await page.getByRole('button', { name: 'Avancer le temps…' }).click()
  await expect(page.getByRole('dialog')).toBeVisible()
  expect(await axe(page)).toEqual([])
})

test('a success toast and a refusal toast are accessible too', async ({ page }) => {
  await openApp(page)
  await page.getByRole('button', { name: 'Avancer le temps…' }).click()
  await page.getByRole('button', { name: 'Avancer', exact: true }).click()
  await expect(page.getByText(/Nous sommes maintenant le/)).toBeVisible()
  await page.getByRole('button', { name: 'Avancer le temps…' }).click()
  await page.getByLabel('Nombre de jours').fill('0')
  await page.getByRole('button', { name: 'Avancer', exact: true }).click()
  await expect(page.getByText('Action refusée')).toBeVisible()
  await page.getByRole('button', { name: 'Annuler' }).click()
  await expect(page.getByRole('dialog')).toBeHidden()
  expect(await axe(page)).toEqual([])
})
