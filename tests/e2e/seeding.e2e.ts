import { test, expect, openApp, axe } from './fixtures'

// DESIGN: "The app starts, with no configuration, on a built-in company" — with three years of history.
test('the first start opens a workspace seeded with the built-in company, as the journal says', async ({ page }) => {
  await openApp(page, '/activite')
  const row = page.getByRole('row').filter({ hasText: 'Création de l\'espace de travail' })
  await expect(row).toHaveCount(1)
  await expect(row).toContainText(/company: Confluence Bureau/)
  await expect(row).toContainText('size: standard')
})

// A large company (100,000 invoice lines) is built in a Web Worker: the page shows progress and stays usable.
test('creating a large workspace shows an accessible progress bar and completes', async ({ page }) => {
  test.setTimeout(180_000)
  await openApp(page, '/espaces')
  await page.getByLabel('Nom de l\'espace').fill('Volume')
  await page.getByRole('radio', { name: /Grande/ }).check()
  await page.getByRole('button', { name: 'Créer et ouvrir' }).click()
  const bar = page.getByRole('progressbar', { name: 'Création de l\'entreprise' })
  await expect(bar).toBeVisible()
  await expect(page.getByTestId('seed-progress-text')).toHaveText(/Génération|Enregistrement/)
  // The page keeps answering while the worker generates and writes (a timer fires on time).
  expect(await page.evaluate(() => new Promise<number>((resolve) => { const t = performance.now(); setTimeout(() => resolve(performance.now() - t), 0) }))).toBeLessThan(1000)
  expect(await axe(page)).toEqual([])
  await expect(page.getByTestId('seed-progress-text')).toHaveText('L\'entreprise est prête.', { timeout: 170_000 })
  await expect(page.getByTestId('current-workspace')).toHaveText('Volume')
})
