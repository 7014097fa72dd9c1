import { readFile } from 'node:fs/promises'
import { test, expect, openApp, axe } from './fixtures'

/**
 * GDPR on the built-in company: on a consumer customer's file, record a consent and answer the seeded
 * access request (the data file downloads), then see the files to review; and the review page in English.
 * The seeded request is the access request of the first consumer customer (src/seed/generator/gdpr.ts).
 */
const CUSTOMER_ID = 'C028'
const CUSTOMER = 'Antoine Giraud'

test('on a customer: record a consent, answer the access request with the data file, then see the review list', async ({ page }) => {
  await openApp(page, `/tiers/${CUSTOMER_ID}`)
  await expect(page.getByRole('heading', { level: 1, name: CUSTOMER })).toBeVisible()
  await page.getByRole('tab', { name: 'RGPD' }).click()
  const panel = page.getByRole('region', { name: 'Données personnelles (RGPD)' })
  await expect(panel.getByTestId('gdpr-legal-basis')).toHaveText('Exécution du contrat (art. 6 §1 b)')

  // Record a consent to phone offers, collected during a call.
  const form = panel.getByRole('form', { name: 'Enregistrer un consentement' })
  await form.getByLabel('Objet').selectOption({ label: 'Prospection par téléphone' })
  await form.getByLabel('Source').fill('Appel entrant du client')
  await form.getByLabel('Canal').selectOption({ label: 'Téléphone' })
  await form.getByRole('button', { name: 'Enregistrer le consentement' }).click()
  await expect(page.getByText('Consentement enregistré au journal.')).toBeVisible()
  await expect(panel.getByTestId('gdpr-consents')).toContainText('Appel entrant du client')
  await expect(panel.getByTestId('gdpr-phone')).toContainText('consentement préalable aux appels donné')

  // Answer the seeded access request: the data file downloads, the answer is prefilled, the request closes.
  const requests = panel.getByTestId('gdpr-requests')
  await expect(requests).toContainText('Accès (art. 15)')
  await expect(requests).toContainText('En cours — reste')
  await requests.getByRole('button', { name: /^Répondre/ }).click()
  const dialog = page.getByRole('dialog', { name: 'Répondre à la demande' })
  await expect(dialog).toBeVisible()
  expect(await axe(page)).toEqual([])
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Télécharger le fichier des données (JSON)' }).click()])
  expect(download.suggestedFilename()).toMatch(new RegExp(`^rgpd-acces-${CUSTOMER_ID}-\\d{4}-\\d{2}-\\d{2}\\.json$`))
  const data = JSON.parse(await readFile((await download.path())!, 'utf8')) as { dataSubject: { name: string }; gdpr: { consents: { source: string }[] }; documents: unknown[]; source: string }
  expect(data.source).toBe('RGPD art. 15')
  expect(data.dataSubject.name).toBe(CUSTOMER)
  expect(data.gdpr.consents.map((c) => c.source)).toContain('Appel entrant du client')
  expect(data.documents.length).toBeGreaterThan(0)
  await expect(dialog.getByLabel('Réponse apportée à la personne')).toHaveValue(/Copie des données transmise le .* \(fichier rgpd-acces-/)
  await dialog.getByRole('button', { name: 'Enregistrer la réponse' }).click()
  await expect(page.getByText('Réponse enregistrée au journal.')).toBeVisible()
  await expect(requests).toContainText('Satisfaite le')

  // The review list: the consumer prospect whose 3-year retention is over, and no request left open.
  await page.goto('./#/tiers')
  await page.getByRole('link', { name: 'RGPD : fiches à revoir et demandes' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'RGPD : fiches à revoir et demandes' })).toBeVisible()
  const review = page.getByTestId('gdpr-review')
  await expect(review.getByRole('row').filter({ hasText: 'Camille Roussel' })).toContainText('Conservation dépassée depuis le')
  await expect(page.getByText('Aucune demande en cours.')).toBeVisible()
})

test('the review page in English', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('comptoir.language', 'en'))
  await openApp(page, '/tiers/rgpd')
  await expect(page.getByRole('heading', { level: 1, name: 'GDPR: files to review and requests' })).toBeVisible()
  await expect(page.getByTestId('gdpr-review').getByRole('row').filter({ hasText: 'Camille Roussel' })).toContainText('Retention over since')
  await expect(page.getByTestId('gdpr-open-requests')).toContainText('Access (art. 15)')
})

test('a lapsed consumer prospect: the erasure plan shown before confirming, then erased; panel and dialog pass axe', async ({ page }) => {
  await openApp(page, '/tiers/C045')
  await page.getByRole('tab', { name: 'RGPD' }).click()
  const panel = page.getByRole('region', { name: 'Données personnelles (RGPD)' })
  await expect(panel.getByTestId('gdpr-retention')).toContainText('Délai dépassé')
  expect(await axe(page)).toEqual([])
  await panel.getByRole('button', { name: 'Effacer les données personnelles…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Effacer les données personnelles' })
  await expect(dialog.getByTestId('erase-list')).toContainText('Identité (nom, adresse de facturation)')
  expect(await axe(page)).toEqual([])
  await dialog.getByRole('button', { name: 'Effacer ce que la loi permet' }).click()
  await expect(page.getByText('Données effacées ; les éléments conservés sont listés au journal.')).toBeVisible()
  await expect(page.getByRole('heading', { level: 1, name: 'C045' })).toBeVisible()
})
