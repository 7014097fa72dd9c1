import { test, expect, nav, openApp } from './fixtures'
import { AREAS } from '../../src/router/areas'

test('first start opens a free-practice workspace in French with the simulated date', async ({ page }) => {
  await openApp(page)
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
  await expect(page.getByRole('heading', { level: 1, name: 'Accueil' })).toBeVisible()
  await expect(page.getByTestId('current-workspace')).toHaveText('Entraînement libre')
  // The simulated date starts on today's date, written the French way ("23 novembre 2026").
  await expect(page.getByTestId('sim-date')).toHaveText(/^\d{1,2} [a-zéû]+ \d{4}$/)
  await expect(page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link')).toHaveCount(AREAS.length)
})

test('the language switch changes every text and persists after a reload', async ({ page }) => {
  await openApp(page)
  await page.getByLabel('Langue').selectOption({ label: 'English' })
  await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible()
  await expect(nav(page, 'Activity')).toBeVisible()
  await expect(page).toHaveTitle('Home · Comptoir')
})

test('advancing the clock with the keyboard is journaled and survives a reload', async ({ page }) => {
  await openApp(page)
  const before = await page.getByTestId('sim-date').textContent()
  await page.getByRole('button', { name: 'Avancer le temps…' }).focus()
  await page.keyboard.press('Enter')
  const days = page.getByLabel('Nombre de jours')
  await expect(days).toBeFocused()
  await days.fill('3')
  await page.keyboard.press('Enter')
  await expect(page.getByText(/Nous sommes maintenant le/)).toBeVisible()
  await expect(page.getByTestId('sim-date')).not.toHaveText(before!)
  const after = await page.getByTestId('sim-date').textContent()
  await page.reload()
  await expect(page.getByTestId('sim-date')).toHaveText(after!)
  await nav(page, 'Activité').click()
  const row = page.getByRole('row').filter({ hasText: 'Avancer la date simulée' })
  await expect(row).toHaveCount(1)
  await expect(row).toContainText('Effectuée')
  await expect(row).toContainText('days: 3')
})

test('a refused command shows its reason and is journaled as refused', async ({ page }) => {
  await openApp(page)
  await page.getByRole('button', { name: 'Avancer le temps…' }).click()
  await page.getByLabel('Nombre de jours').fill('')
  await page.getByRole('button', { name: 'Avancer', exact: true }).click()
  await expect(page.getByText('Action refusée')).toBeVisible()
  await expect(page.getByText('Saisie incorrecte : le champ « Nombre de jours » est vide ou n\'a pas le bon type.')).toBeVisible()
  await page.getByRole('button', { name: 'Annuler' }).click()
  await nav(page, 'Activité').click()
  await expect(page.getByRole('row').filter({ hasText: 'Refusée' })).toHaveCount(1)
})

test('the skip link moves focus to the main content', async ({ page }) => {
  await openApp(page)
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Aller au contenu' })
  await expect(skip).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.locator('#main')).toBeFocused()
})

test('the recovery area has landed: its page shows today\'s dunning run, not "coming soon"', async ({ page }) => {
  await openApp(page, '/recouvrement')
  await expect(page.getByRole('heading', { level: 1, name: 'Recouvrement' })).toBeVisible()
  await expect(page.getByTestId('dunning-run')).toBeVisible()
  await expect(page.getByText('Bientôt disponible')).toHaveCount(0)
})

test('two tabs on the same workspace stay consistent', async ({ page, context }) => {
  await openApp(page)
  const other = await context.newPage()
  await openApp(other)
  await expect(other.getByTestId('sim-date')).toHaveText((await page.getByTestId('sim-date').textContent())!)
  await page.getByRole('button', { name: 'Avancer le temps…' }).click()
  await page.getByLabel('Nombre de jours').fill('7')
  await page.getByRole('button', { name: 'Avancer', exact: true }).click()
  const toast = (await page.getByText(/Nous sommes maintenant le/).textContent())!
  const advanced = toast.replace('Nous sommes maintenant le ', '').replace(/\.$/, '')
  // The other tab sees the new date without a reload (Dexie live queries span tabs).
  await expect(other.getByTestId('sim-date')).toHaveText(advanced)
  await nav(other, 'Activité').click()
  await expect(other.getByRole('row').filter({ hasText: 'days: 7' })).toHaveCount(1)
})
