import { test, expect, openApp } from './fixtures'

// DOMAIN-FR §1 example A, typed the way a learner would, with the keyboard.
test('the pricing calculator explains example A step by step and points at a wrong field', async ({ page }) => {
  await openApp(page)
  await page.getByRole('link', { name: 'Calculette commerciale' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Calculette commerciale' })).toBeVisible()
  const panel = page.getByRole('region', { name: 'Détail du calcul' })
  // 12 × 145,00 + 3 × 389,90 = 2 909,70; −5 % → 2 764,21; −2 % → 2 708,93; escompte → 2 681,84; + port → 2 726,84 HT; TVA 545,37; TTC 3 272,21.
  await expect(panel).toContainText('2 909,70')
  await expect(panel).toContainText('2 708,93')
  await expect(panel).toContainText('545,37')
  await expect(panel).toContainText('3 272,21')

  // A learner who adds the discounts instead of cascading them still types them in cascade here:
  // one 7 % discount gives a different net commercial (2 706,02, not 2 708,93).
  const discounts = page.getByLabel('Remises (%)').last()
  await discounts.fill('7')
  await expect(panel).toContainText('2 706,02')

  // A wrong entry is named in the field's message, and the calculation waits for the fix.
  const price = page.getByLabel('Prix unitaire HT (€)').first()
  await price.fill('145,005')
  await expect(page.getByText('Prix unitaire HT (€) : trop de décimales')).toBeVisible()
  await expect(price).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByText('Corrigez 1 champ(s) signalé(s) pour voir le calcul.')).toBeVisible()
  await price.fill('145')
  await expect(panel).toBeVisible()
})

test('the calculator speaks English', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('comptoir.language', 'en'))
  await openApp(page, '/outils/calcul')
  await expect(page.getByRole('heading', { level: 1, name: 'Pricing calculator' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Calculation details' })).toContainText('€3,272.21')
})
