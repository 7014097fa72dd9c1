import type { Page } from '@playwright/test'
import { test, expect, nav, openApp, axe } from './fixtures'
import { makeSettings } from '../factories/settings'

/**
 * Puts `settings` in the open workspace's `meta` when it holds none (a workspace created before the
 * built-in company was seeded), or removes them with `null`; then reloads so the page reads them.
 * Test set-up only: the learner's changes below all go through the page and its command.
 */
async function setStoredSettings(page: Page, mode: 'ensure' | 'remove') {
  await page.evaluate(async ({ settings, mode }) => {
    const id = localStorage.getItem('comptoir.lastWorkspace')
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(`comptoir-ws-${id}`)
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('meta', 'readwrite')
      const store = tx.objectStore('meta')
      if (mode === 'remove') store.delete('company.settings')
      else {
        const existing = store.get('company.settings')
        existing.onsuccess = () => { if (!existing.result) store.put({ key: 'company.settings', value: settings }) }
      }
      tx.oncomplete = () => resolve()
      tx.onerror = () => reject(tx.error)
    })
    db.close()
  }, { settings: makeSettings(), mode })
  await page.reload()
  await expect(page.getByTestId('sim-date')).not.toHaveText('—')
}

test('keyboard only: change the default payment terms and the penalty rate; a too-low rate is refused with its reason; the change survives a reload and is journaled', async ({ page }) => {
  await openApp(page, '/entreprise')
  await setStoredSettings(page, 'ensure')
  await expect(page.getByRole('heading', { level: 1, name: 'Entreprise' })).toBeVisible()
  const section = page.getByRole('region', { name: 'Conditions de paiement et pénalités' })
  await expect(section.getByRole('heading', { level: 2 })).toBeVisible()

  // Payment terms: from the checked terms radio, the arrow keys pick "N jours fin de mois".
  await section.getByRole('radio', { checked: true }).first().focus()
  const endOfMonth = section.getByRole('radio', { name: 'N jours fin de mois' })
  while (!(await endOfMonth.isChecked())) await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Tab')
  const days = section.getByLabel('Nombre de jours')
  await expect(days).toBeFocused()
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.type('45')
  // Both readings of "fin de mois" are explained, with the due date of an invoice dated today.
  await expect(section.getByRole('radio', { name: /Date de facture \+ N jours, puis fin de ce mois/ })).toBeChecked()
  await expect(section.getByRole('radio', { name: /Fin du mois de facture, puis \+ N jours/ })).toBeVisible()
  await expect(section.getByTestId('terms-example')).toContainText(/une facture datée d'aujourd'hui \(\d\d\/\d\d\/\d{4}, date simulée\) est due le \d\d\/\d\d\/\d{4}/)

  // The legal default and its floor are shown beside the rate; a contractual 5 % is below it.
  await expect(section.getByTestId('penalty-info')).toContainText('Un taux contractuel ne peut pas être inférieur à 7,86 %')
  await section.getByRole('radio', { name: /Taux légal par défaut/ }).focus()
  await page.keyboard.press('ArrowDown')
  await expect(section.getByRole('radio', { name: 'Taux contractuel fixé par les CGV' })).toBeChecked()
  await page.keyboard.press('Tab')
  const rate = section.getByLabel('Taux de pénalité contractuel (%)')
  await expect(rate).toBeFocused()
  await page.keyboard.type('5')
  const floorMessage = 'Taux de pénalité 5 % inférieur au minimum légal de 7,86 % (3 × taux d\'intérêt légal de 2,62 %, C. com. L441-10 II).'
  await expect(section.locator('#err-latePenaltyRatePercent')).toHaveText(floorMessage)
  await page.keyboard.press('Enter')
  await expect(section.getByRole('alert')).toContainText('Modification refusée')
  await expect(section.getByRole('alert')).toContainText(floorMessage)
  // The error state is accessible too.
  expect(await axe(page)).toEqual([])

  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.type('9,5')
  await expect(section.locator('#err-latePenaltyRatePercent')).toHaveCount(0)
  await page.keyboard.press('Enter')
  await expect(section.getByText(/Modifications enregistrées \(\d+ valeur\(s\) changée\(s\)\)/)).toBeVisible()

  await page.reload()
  await expect(section.getByRole('radio', { name: 'N jours fin de mois' })).toBeChecked()
  await expect(section.getByLabel('Nombre de jours')).toHaveValue('45')
  await expect(section.getByLabel('Taux de pénalité contractuel (%)')).toHaveValue('9,5')

  await nav(page, 'Activité').click()
  const rows = page.getByRole('row').filter({ hasText: 'Modifier les paramètres de l\'entreprise' })
  await expect(rows).toHaveCount(2)
  await expect(rows.filter({ hasText: 'Refusée' })).toContainText(floorMessage)
  await expect(rows.filter({ hasText: 'Effectuée' })).toContainText('latePenaltyRatePercent')

  // The same page and journal in English.
  await page.getByLabel('Langue').selectOption({ label: 'English' })
  await expect(page.getByRole('row').filter({ hasText: 'Refused' })).toContainText('Penalty rate 5% below the legal minimum of 7.86%')
  await nav(page, 'Company').click()
  await expect(page.getByRole('heading', { level: 1, name: 'Company' })).toBeVisible()
  const english = page.getByRole('region', { name: 'Payment terms and penalties' })
  await expect(english.getByRole('radio', { name: 'N days end of month' })).toBeChecked()
  await expect(english.getByTestId('penalty-info')).toContainText('A contractual rate may not be lower than 7.86%')
  for (const heading of ['Identity', 'General terms of sale', 'Numbering', 'Delegation levels']) {
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible()
  }
  expect(await axe(page)).toEqual([])
})

test('the VAT number is suggested from the SIREN and a wrong SIREN key is explained under the field', async ({ page }) => {
  await openApp(page, '/entreprise')
  await setStoredSettings(page, 'ensure')
  const identity = page.getByRole('region', { name: 'Identité' })
  const siren = identity.getByLabel('SIREN', { exact: true })
  await siren.fill('812456713')
  await expect(identity.getByTestId('vat-suggestion')).toHaveText('Numéro calculé à partir du SIREN : FR32812456713')
  await siren.fill('812456714')
  await expect(identity.locator('#err-identity-siren')).toContainText('la clé est fausse')
  await expect(siren).toHaveAttribute('aria-invalid', 'true')
})

test('a workspace without company settings says so and shows the page read-only', async ({ page }) => {
  await openApp(page, '/entreprise')
  await setStoredSettings(page, 'remove')
  await expect(page.getByTestId('settings-missing')).toContainText('il n\'a pas de paramètres d\'entreprise')
  await expect(page.getByLabel('Raison sociale')).toBeDisabled()
  await expect(page.getByRole('button', { name: 'Enregistrer les conditions de paiement' })).toBeDisabled()
  expect(await axe(page)).toEqual([])
})
