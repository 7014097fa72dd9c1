import { readFile, writeFile } from 'node:fs/promises'
import { test, expect, nav, openApp } from './fixtures'

test('export → delete → import round trip keeps what the learner did', async ({ page }, testInfo) => {
  await openApp(page)
  await page.getByRole('button', { name: 'Avancer le temps…' }).click()
  await page.getByLabel('Nombre de jours').fill('10')
  await page.getByRole('button', { name: 'Avancer', exact: true }).click()
  const toast = page.getByText(/Nous sommes maintenant le/)
  const advanced = (await toast.textContent())!.replace('Nous sommes maintenant le ', '').replace(/\.$/, '')
  await expect(page.getByTestId('sim-date')).toHaveText(advanced)

  await nav(page, 'Espaces de travail').click()
  const downloadPromise = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Exporter l\'espace « Entraînement libre »' }).click()
  const download = await downloadPromise
  const file = testInfo.outputPath(download.suggestedFilename())
  await download.saveAs(file)
  expect(download.suggestedFilename()).toMatch(/^comptoir-entrainement-libre-\d{4}-\d{2}-\d{2}\.json$/)
  const exported = JSON.parse(await readFile(file, 'utf8'))
  expect(exported.checksum).toMatch(/^sha256-/)

  await page.getByRole('button', { name: 'Supprimer l\'espace « Entraînement libre »' }).click()
  await page.getByRole('button', { name: 'Supprimer définitivement' }).click()
  await expect(page.getByText('« Entraînement libre » a été supprimé.')).toBeVisible()
  await expect(page.getByRole('cell', { name: 'Entraînement libre', exact: true })).toHaveCount(0)

  await page.getByTestId('import-input').setInputFiles(file)
  await expect(page.getByText('L\'espace « Entraînement libre (importé) » a été importé.')).toBeVisible()
  await page.getByRole('button', { name: 'Ouvrir l\'espace « Entraînement libre (importé) »' }).click()
  await expect(page.getByTestId('current-workspace')).toHaveText('Entraînement libre (importé)')
  await expect(page.getByTestId('sim-date')).toHaveText(advanced)
})

test('a corrupted or altered import is refused with a clear message and changes nothing', async ({ page }, testInfo) => {
  await openApp(page, '/espaces')
  const downloadPromise = page.waitForEvent('download')
  await page.getByRole('button', { name: /^Exporter l'espace/ }).first().click()
  const download = await downloadPromise
  const original = testInfo.outputPath('original.json')
  await download.saveAs(original)
  const rows = page.getByRole('row')
  const rowCount = await rows.count()

  // A learner edits the simulated date by hand: the checksum no longer matches.
  const altered = JSON.parse(await readFile(original, 'utf8'))
  altered.tables.meta.find((r: { key: string }) => r.key === 'clock').value.date = '2030-01-01'
  const alteredPath = testInfo.outputPath('altered.json')
  await writeFile(alteredPath, JSON.stringify(altered))
  await page.getByTestId('import-input').setInputFiles(alteredPath)
  await expect(page.getByTestId('import-error')).toContainText('Le fichier « altered.json » est refusé')
  await expect(page.getByTestId('import-error')).toContainText('somme de contrôle')
  await expect(page.getByTestId('import-error')).toContainText('Rien n\'a été modifié.')
  await expect(rows).toHaveCount(rowCount)

  // A truncated file is not JSON.
  const truncatedPath = testInfo.outputPath('truncated.json')
  await writeFile(truncatedPath, (await readFile(original, 'utf8')).slice(0, 100))
  await page.getByTestId('import-input').setInputFiles(truncatedPath)
  await expect(page.getByTestId('import-error')).toContainText('ce n\'est pas un fichier JSON lisible')
  await expect(rows).toHaveCount(rowCount)
})

test('create, rename and reset a workspace', async ({ page }) => {
  await openApp(page, '/espaces')
  await page.getByLabel('Nom de l\'espace').fill('Séance CP1')
  await page.getByLabel('Date simulée de départ').fill('2026-03-02')
  await page.getByRole('button', { name: 'Créer et ouvrir' }).click()
  await expect(page.getByTestId('current-workspace')).toHaveText('Séance CP1')
  await expect(page.getByTestId('sim-date')).toHaveText('2 mars 2026')

  await page.getByRole('button', { name: 'Renommer l\'espace « Séance CP1 »' }).click()
  await page.getByRole('dialog').getByLabel('Nom de l\'espace').fill('Séance CP1 — groupe B')
  await page.getByRole('button', { name: 'Enregistrer' }).click()
  await expect(page.getByTestId('current-workspace')).toHaveText('Séance CP1 — groupe B')

  await page.getByRole('button', { name: 'Avancer le temps…' }).click()
  await page.getByLabel('Nombre de jours').fill('5')
  await page.getByRole('button', { name: 'Avancer', exact: true }).click()
  await expect(page.getByTestId('sim-date')).toHaveText('7 mars 2026')
  await page.getByRole('button', { name: 'Réinitialiser l\'espace « Séance CP1 — groupe B »' }).click()
  await page.getByRole('alertdialog').getByRole('button', { name: 'Réinitialiser' }).click()
  await expect(page.getByTestId('sim-date')).toHaveText('2 mars 2026')

  await page.getByLabel('Nom de l\'espace').fill('   ')
  await page.getByRole('button', { name: 'Créer et ouvrir' }).click()
  await expect(page.getByText('Donnez un nom à l\'espace de travail.')).toBeVisible()
})
