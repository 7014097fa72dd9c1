import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { test, expect, openApp, axe } from './fixtures'
import { sha256Checksum } from '../../src/db/checksum'

/**
 * A scenario played in Chromium from load to report, as a learner does it: the example scenario of
 * the built-in pack (exemple-crm-rgpd.yaml), a name, the start; the tasks panel; the prospect created
 * in the CRM with her contact, her consent recorded on the tier's GDPR tab, the checklist answered;
 * the clock moved to day 2, where the manager's message arrives; the conversion to customer and the
 * welcome email in English from the message centre; the submission, the report with every automatic
 * check passed and the trainer's part apart, and the result file. Then a broken file shows its line
 * and column, and the scenario pages pass axe.
 */
/** Picks an option of a labelled PrimeVue Select, typing in its search box when it has one. */
async function pick(page: Page, label: string, option: string | RegExp, search?: string) {
  await page.getByRole('combobox', { name: label, exact: true }).click()
  if (search) await page.locator('.p-select-overlay input[type="text"]').fill(search)
  await page.getByRole('option', { name: option }).first().click()
}

const TITLE = 'Un prospect du salon devient client'
const NORDIC = 'Nordic Office Supplies AB'
const WELCOME = 'Dear Ms Lindqvist,\n\nWelcome to Confluence Bureau! Our invoices are payable within 30 days, and our full catalogue is online.\n'
  + 'You can unsubscribe from our newsletter at any time with the link at the bottom of each issue.\n\nBest regards,\nCamille Martin'

async function openTasks(page: Page) {
  const panel = page.getByTestId('scenario-tasks')
  if (!(await panel.isVisible())) await page.getByTestId('scenario-tasks-button').click()
  await expect(panel).toBeVisible()
  return panel
}

async function closeTasks(page: Page) {
  await page.locator('#scenario-tasks-panel').getByRole('button', { name: 'Fermer les tâches' }).click()
  await expect(page.getByTestId('scenario-tasks')).toBeHidden()
  await expect(page.getByTestId('scenario-tasks-button')).toBeFocused()
}

test('play the example scenario from the pack to the report and the result file', async ({ page }) => {
  test.setTimeout(180_000)
  await openApp(page, '/scenarios')
  const pack = page.getByTestId('scenario-pack')
  const row = pack.getByRole('row').filter({ hasText: TITLE })
  await expect(row).toContainText('Débutant')
  await expect(row).toContainText('25 min')
  await expect(row).toContainText('CP1.4, CP5.2, CP8.4, CP3.5')
  expect(await axe(page)).toEqual([])

  // The brief and the start.
  await row.getByRole('link', { name: TITLE }).click()
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible()
  await expect(page.getByText('Bureaux & Espaces', { exact: false }).first()).toBeVisible()
  await expect(page.getByText('La fiche contact est correctement renseignée')).toBeVisible()
  await page.getByTestId('start-attempt').click()
  await expect(page.locator('#learner-name-error')).toHaveText('Saisissez votre nom : il figure dans le journal et le fichier de résultats.')
  expect(await axe(page)).toEqual([])
  await page.getByLabel('Votre nom et prénom').fill('Camille Martin')
  await page.getByTestId('start-attempt').click()
  await expect(page.getByTestId('current-attempt')).toContainText('Épreuve en cours', { timeout: 90_000 })
  await expect(page.getByTestId('current-workspace')).toHaveText(`${TITLE} — Camille Martin`)
  await expect(page.getByTestId('sim-date')).toHaveText('9 mars 2026')

  // The tasks panel: three tasks on day 0, one to come; the checklist answered there.
  const panel = await openTasks(page)
  await expect(page.getByTestId('scenario-tasks-button')).toHaveText('Tâches (3)')
  await expect(panel.getByTestId('tasks-later')).toContainText('1')
  expect(await axe(page)).toEqual([])
  const proof = panel.getByTestId('task-t-preuve')
  await proof.getByLabel('La date du consentement').check()
  await proof.getByLabel('Où il a été recueilli (le salon)').check()
  await proof.getByLabel('Ce à quoi elle a consenti (la lettre d\'information)').check()
  await proof.getByRole('button', { name: 'Enregistrer la réponse' }).click()
  await expect(proof.getByText('Réponse enregistrée.')).toBeVisible()
  await closeTasks(page)

  // Task 1: the prospect's file in the CRM, with her contact and her language.
  await page.goto('./#/tiers/nouveau')
  await expect(page.getByRole('heading', { level: 1, name: 'Nouveau tiers' })).toBeVisible()
  await page.getByLabel(/^Type de tiers/).selectOption('prospect')
  await page.getByLabel(/^Raison sociale/).fill(NORDIC)
  // The business card gives no VAT number; an EU customer needs one (CGI art. 262 ter I): the learner asked for it.
  await page.getByLabel('N° de TVA intracommunautaire').fill('SE556677889901')
  await page.getByLabel('Langue de correspondance').selectOption('en')
  const billing = page.getByRole('group', { name: 'Facturation' })
  await billing.getByLabel(/^Adresse\*?$/).fill('Sveavägen 44')
  await billing.getByLabel(/^Code postal/).fill('111 34')
  await billing.getByLabel(/^Ville/).fill('Stockholm')
  await billing.getByLabel(/^Pays/).selectOption('SE')
  const contact = page.getByRole('group', { name: 'Contact 1' })
  await contact.getByLabel(/^Prénom/).fill('Ingrid')
  await contact.getByLabel(/^Nom\*?$/).fill('Lindqvist')
  await contact.getByLabel(/^Fonction/).fill('Purchasing Manager')
  await contact.getByLabel(/^Courriel/).fill('ingrid.lindqvist@nordic-office.example')
  await contact.getByLabel(/^Téléphone/).fill('+46 8 555 012 34')
  await contact.getByLabel(/^Langue/).selectOption('en')
  await page.getByRole('button', { name: 'Créer le tiers' }).click()
  await expect(page.getByRole('heading', { level: 1, name: NORDIC })).toBeVisible()
  const tierUrl = page.url()

  // Task 2: her consent to the newsletter by email (and nothing about partners), on the GDPR tab.
  await page.getByRole('tab', { name: 'RGPD' }).click()
  const gdpr = page.getByRole('region', { name: 'Données personnelles (RGPD)' })
  const consent = gdpr.getByRole('form', { name: 'Enregistrer un consentement' })
  await consent.getByLabel('Objet').selectOption({ label: 'Prospection par e-mail' })
  await consent.getByLabel('Source').fill('Salon Bureaux & Espaces, Lyon')
  await consent.getByLabel('Canal').selectOption({ label: 'En personne' })
  await consent.getByRole('button', { name: 'Enregistrer le consentement' }).click()
  await expect(page.getByText('Consentement enregistré au journal.')).toBeVisible()

  // Day 2: the sales manager's message arrives, and with it the last task.
  await page.getByRole('button', { name: 'Avancer le temps…' }).click()
  await page.getByLabel('Nombre de jours').fill('2')
  await page.getByRole('button', { name: 'Avancer', exact: true }).click()
  await expect(page.getByTestId('sim-date')).toHaveText('11 mars 2026')
  await expect(page.getByTestId('scenario-tasks-button')).toHaveText('Tâches (4)')
  await page.goto('./#/messagerie')
  await expect(page.getByRole('table', { name: 'Messages reçus, du plus récent au plus ancien' }).getByRole('link', { name: 'Nordic Office Supplies passe commande' })).toBeVisible()

  // Task 4: the conversion to customer, then the welcome email in English.
  await page.goto(tierUrl)
  await page.getByRole('button', { name: 'Passer en client' }).click()
  const convert = page.getByRole('dialog')
  await convert.getByLabel(/^Commercial/).selectOption({ index: 1 })
  await convert.getByRole('button', { name: 'Confirmer le passage en client' }).click()
  await expect(convert).toBeHidden()
  await expect(page.getByTestId('tier-kind')).toHaveText('Client')

  await page.goto('./#/messagerie/nouveau')
  await expect(page.getByRole('heading', { level: 1, name: 'Nouveau message' })).toBeVisible()
  await pick(page, 'Tiers', /^Nordic Office Supplies/, 'Nordic')
  await pick(page, 'Interlocuteur', /^Ingrid Lindqvist/)
  await expect(page.getByRole('radio', { name: 'English' })).toBeChecked()
  await page.getByLabel('Objet', { exact: true }).fill('Welcome to Confluence Bureau')
  await page.getByLabel('Texte', { exact: true }).fill(WELCOME)
  await page.getByRole('button', { name: 'Envoyer' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Confluence Bureau' })).toBeVisible()

  // Submit, with confirmation.
  const tasks = await openTasks(page)
  await expect(tasks.getByTestId('task-t-client')).toBeVisible()
  await tasks.getByTestId('submit-attempt').click()
  const confirm = page.getByRole('dialog', { name: 'Rendre l\'épreuve ?' })
  await expect(confirm).toBeVisible()
  expect(await axe(page)).toEqual([])
  await confirm.getByRole('button', { name: 'Rendre définitivement' }).click()

  // The report: every automatic check passed, scores per criterion, the trainer's part apart.
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(`Rapport d'épreuve — ${TITLE}`) })).toBeVisible()
  await expect(page.getByTestId('report-learner')).toHaveText('Camille Martin')
  await expect(page.getByTestId('report-automatic')).toContainText('Vérifications réussies : 8 sur 8')
  for (const id of ['prospect-cree', 'contact-complet', 'consentement-courriel', 'pas-de-partage', 'consentement-avant-envoi', 'preuve-consentement', 'passage-client', 'courriel-bienvenue']) {
    await expect(page.getByTestId(`check-${id}`)).toContainText('Réussie')
  }
  await expect(page.getByTestId('check-courriel-bienvenue')).toContainText('Le courriel en anglais donne le délai de paiement')
  await expect(page.getByTestId('criterion-CP5.2')).toContainText('Mis en évidence')
  await expect(page.getByTestId('criterion-CP3.5')).toContainText('Mis en évidence')
  const trainer = page.getByRole('region', { name: 'Partie à évaluer par le formateur' })
  await expect(trainer).toContainText('Qualité de l\'anglais écrit (niveau B1)')
  await expect(trainer).toContainText('À évaluer par le formateur')
  await expect(page.getByText('Ce n\'est pas une preuve contre une personne décidée à tricher', { exact: false })).toBeVisible()
  expect(await axe(page)).toEqual([])

  // The result file: versioned, with the report, and a checksum that matches its content.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-result').click()])
  expect(download.suggestedFilename()).toMatch(/^comptoir-resultat-exemple-crm-rgpd-camille-martin-\d{4}-\d{2}-\d{2}\.json$/)
  const file = JSON.parse(await readFile((await download.path())!, 'utf8')) as Record<string, unknown> & { checksum: string }
  expect(file).toMatchObject({
    format: 'comptoir-scenario-result', formatVersion: 1, scenario: { id: 'exemple-crm-rgpd', version: 1 }, learner: { name: 'Camille Martin' },
    dates: { simStart: '2026-03-09', simSubmitted: '2026-03-11' }, report: { automatic: { passed: 8, total: 8 } },
  })
  const { checksum, ...content } = file
  expect(await sha256Checksum(content)).toBe(checksum)

  // Read-only now: the clock refuses to move, and says why.
  await page.getByRole('button', { name: 'Avancer le temps…' }).click()
  await page.getByLabel('Nombre de jours').fill('1')
  await page.getByRole('button', { name: 'Avancer', exact: true }).click()
  await expect(page.getByText(/Cette épreuve a été rendue le .* lecture seule/)).toBeVisible()
  await page.getByRole('button', { name: 'Annuler' }).click()
  await expect(page.getByTestId('sim-date')).toHaveText('11 mars 2026')
})

test('a broken scenario file (picked, then dropped) lists its errors with line and column, and changes nothing', async ({ page }) => {
  await openApp(page, '/scenarios')
  const broken = 'id: casse\nversion: 1\ntitle:\n  fr: Cassé\n  en: Broken\nlevel: expert\n'
  await page.setInputFiles('#scenario-file', { name: 'casse.yaml', mimeType: 'text/yaml', buffer: Buffer.from(broken) })
  const errors = page.getByTestId('scenario-load-errors')
  await expect(errors).toContainText('Le scénario casse.yaml n\'a pas été chargé')
  await expect(errors).toContainText('Rien n\'a été modifié.')
  await expect(errors.getByTestId('scenario-load-error').filter({ hasText: 'casse.yaml, ligne 6, colonne 8' })).toContainText('level')
  await expect(errors).toContainText('Le champ obligatoire « brief » manque.')
  await expect(page).toHaveURL(/#\/scenarios$/)
  expect(await axe(page)).toEqual([])

  // Dropped on the zone: a YAML syntax error, positioned.
  await page.evaluate((text) => {
    const data = new DataTransfer()
    data.items.add(new File([text], 'glisse.yaml', { type: 'text/yaml' }))
    document.querySelector('[data-testid="scenario-drop-zone"]')!.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }))
  }, 'id: glisse\ntitle: [non fermé\n')
  await expect(errors).toContainText('Le scénario glisse.yaml n\'a pas été chargé')
  await expect(errors.getByTestId('scenario-load-error').first()).toContainText(/glisse\.yaml, ligne \d+, colonne \d+/)
  await expect(page.getByTestId('scenario-pack')).toBeVisible()

  // In English, the same problems in English.
  await page.getByLabel('Langue', { exact: true }).selectOption('en')
  await page.setInputFiles('#scenario-file', { name: 'casse.yaml', mimeType: 'text/yaml', buffer: Buffer.from(broken) })
  await expect(errors).toContainText('The scenario casse.yaml was not loaded')
  await expect(errors.getByTestId('scenario-load-error').filter({ hasText: 'casse.yaml, line 6, column 8' })).toBeVisible()
})
