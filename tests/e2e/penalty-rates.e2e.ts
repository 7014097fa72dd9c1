import type { Page } from '@playwright/test'
import { test, expect, openApp, nav, axe, tabTo } from './fixtures'

/**
 * « Taux publiés », keyboard only on the built-in company (simulated date 23 November 2026): the
 * built-in rate table ends with H1 2026 (C. com. L441-10 II rates are published per half-year), so an
 * overdue invoice's penalties are refused « taux non publié ». The trainer follows the refusal's link,
 * records the H2 2026 ECB and legal interest rates with their source in the company settings (default
 * rate and floor derived), and the invoice's dunning page then shows the penalties. axe on both pages.
 * The two rates typed are the test's trainer input, not figures shipped with Comptoir.
 */
async function runRow(page: Page, customer?: string) {
  await openApp(page, '/')
  await tabTo(page, nav(page, 'Recouvrement'))
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('dunning-run')).toBeVisible()
  if (customer) {
    await tabTo(page, page.getByTestId('run-filter'))
    await page.keyboard.type(customer)
  }
  return page.getByTestId('dunning-run').locator('tbody tr')
}

test('recording the H2 2026 rates lets the dunning page compute the penalties instead of refusing', async ({ page }) => {
  test.setTimeout(150_000)
  // An invoice days late (« J+n »): its late days run after 30 June 2026.
  const refused = (await runRow(page)).filter({ hasText: /J\+[1-9]/ }).first()
  await expect(refused).toBeVisible()
  const customer = (await refused.locator('th').innerText()).trim()
  const number = (await refused.locator('td').first().innerText()).trim()
  const row = (await runRow(page, customer)).filter({ hasText: number })
  await tabTo(page, row.getByRole('link', { name: `Envoyer la relance de la facture ${number}` }))
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(number) })).toBeVisible()
  const noRate = page.getByTestId('no-rate')
  await expect(noRate).toContainText('Entreprise › Taux publiés')
  expect(await axe(page)).toEqual([])

  // The refusal says where to record the rate, and links there.
  await tabTo(page, noRate.getByRole('link'))
  await page.keyboard.press('Enter')
  const section = page.getByRole('region', { name: 'Taux publiés' })
  await expect(section).toBeVisible()
  // The next half-year after the last known one is proposed: second half of 2026.
  await expect(section.getByLabel('Année')).toHaveValue('2026')
  await expect(section.getByLabel('Semestre', { exact: true })).toHaveValue('2')
  await tabTo(page, section.getByLabel('Taux de la BCE (%)'))
  await page.keyboard.type('2')
  await page.keyboard.press('Tab')
  await expect(section.getByLabel("Taux d'intérêt légal, créanciers professionnels (%)")).toBeFocused()
  await page.keyboard.type('2,5')
  await expect(section.getByTestId('rates-derived')).toContainText('plancher contractuel : 7,5')
  await tabTo(page, section.getByLabel('Source', { exact: true }))
  await page.keyboard.type('JO, arrêté du 18 juin 2026')
  await tabTo(page, section.getByTestId('rates-add'))
  await page.keyboard.press('Enter')
  await expect(section.getByText('Modifications enregistrées')).toBeVisible()
  await expect(section.getByTestId('rates-2026-07-01')).toContainText('JO, arrêté du 18 juin 2026')
  expect(await axe(page, { include: '#penalty-rates' })).toEqual([])

  // Back to the invoice: penalties computed, no refusal.
  const again = (await runRow(page, customer)).filter({ hasText: number })
  await tabTo(page, again.getByRole('link', { name: `Envoyer la relance de la facture ${number}` }))
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('penalty-summary')).toBeVisible()
  await expect(page.getByTestId('no-rate')).toHaveCount(0)
  expect(await axe(page)).toEqual([])
})
