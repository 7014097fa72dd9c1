import type { Page } from '@playwright/test'
import { test, expect, openApp, axe } from './fixtures'

/**
 * The message centre on the built-in company, as a learner uses it: read what came in, answer an
 * English-speaking customer from a template, log a call and find its follow-up.
 */

const ENGLISH_CUSTOMER = 'Thames Office Interiors Ltd'

/** Picks an option of a labelled PrimeVue Select, typing in its search box when it has one. */
async function pick(page: Page, label: string, option: string | RegExp, search?: string) {
  await page.getByRole('combobox', { name: label, exact: true }).click()
  if (search) await page.locator('.p-select-overlay input[type="text"]').fill(search)
  await page.getByRole('option', { name: option }).first().click()
}

/** The simulated date shown in the header, as 'YYYY-MM-DD', moved `days` forward. */
async function simDatePlus(page: Page, days: number): Promise<string> {
  const iso = await page.evaluate(async () => {
    // Read through the page's own IndexedDB: the clock of the open workspace.
    const name = `comptoir-ws-${localStorage.getItem('comptoir.lastWorkspace')}`
    return new Promise<string>((resolve, reject) => {
      const open = indexedDB.open(name)
      open.onerror = () => reject(open.error)
      open.onsuccess = () => {
        const get = open.result.transaction('meta').objectStore('meta').get('clock')
        get.onsuccess = () => { resolve((get.result as { value: { date: string } }).value.date); open.result.close() }
      }
    })
  })
  const date = new Date(`${iso}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}

test('inbox: the seeded messages wait unread; reading one and marking it read updates the count', async ({ page }) => {
  await openApp(page, '/messagerie')
  await expect(page.getByRole('heading', { level: 1, name: 'Messagerie' })).toBeVisible()
  const count = page.getByTestId('unread-count')
  await expect(count).toContainText(/Messages non lus : [1-9]/)
  const before = Number(/Messages non lus : (\d+)/.exec((await count.textContent())!)![1])

  const inbox = page.getByRole('table', { name: 'Messages reçus, du plus récent au plus ancien' })
  await inbox.getByRole('link', { name: 'Request for quotation' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Request for quotation' })).toBeVisible()
  await expect(page.getByTestId('message-body')).toContainText('We would like a quotation')
  await expect(page.getByTestId('message-unread')).toBeVisible()
  expect(await axe(page)).toEqual([])
  await page.getByRole('button', { name: 'Marquer comme lu' }).click()
  await expect(page.getByText('Message marqué comme lu.')).toBeVisible()
  await expect(page.getByTestId('message-unread')).toBeHidden()

  await page.getByRole('link', { name: 'Retour à la messagerie' }).click()
  await expect(count).toContainText(`Messages non lus : ${before - 1}`)
})

test('compose: an English templated message to an English-speaking customer, refused while a placeholder is left, then sent', async ({ page }) => {
  await openApp(page, '/messagerie')
  await page.getByRole('link', { name: 'Nouveau message' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Nouveau message' })).toBeVisible()

  await pick(page, 'Tiers', new RegExp(`^${ENGLISH_CUSTOMER}`), 'Thames')
  await pick(page, 'Interlocuteur', /^Oliver Bennett/)
  // The contact speaks English: so does the message.
  await expect(page.getByRole('radio', { name: 'English' })).toBeChecked()
  await pick(page, 'Modèle de message', 'Réponse à une demande d\'information')
  await page.getByRole('button', { name: 'Appliquer le modèle' }).click()

  const subject = page.getByLabel('Objet', { exact: true })
  const body = page.getByLabel('Texte', { exact: true })
  await expect(subject).toHaveValue('Your request for information')
  await expect(body).toHaveValue(/^Dear Mr Bennett,\n\nThank you for your message and for your interest in Confluence Bureau\./)
  await expect(page.getByTestId('placeholders')).toHaveText('À compléter avant l\'envoi : {{fill.answer}}')

  await page.getByRole('button', { name: 'Envoyer' }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'Le texte contient encore des champs à remplacer : {{fill.answer}}.' })).toBeVisible()
  // The filled-in composer, its warnings and the refusal are accessible too.
  expect(await axe(page)).toEqual([])

  const text = (await body.inputValue()).replace('{{fill.answer}}', 'Our standard lead time is ten working days from your order.')
  await body.fill(text)
  await expect(page.getByTestId('placeholders')).toBeHidden()
  await page.getByRole('button', { name: 'Envoyer' }).click()

  await expect(page.getByRole('heading', { level: 1, name: 'Your request for information' })).toBeVisible()
  await expect(page.getByTestId('message-counterpart')).toHaveText(ENGLISH_CUSTOMER)
  await expect(page.getByTestId('message-body')).toContainText('Our standard lead time is ten working days')
  // Its language, among the message's facts.
  await expect(page.getByRole('definition').filter({ hasText: /^English$/ })).toBeVisible()
})

test('log a call with a follow-up date and find it among the follow-ups to do', async ({ page }) => {
  await openApp(page, '/messagerie')
  await page.getByRole('link', { name: 'Consigner un appel, un rendez-vous ou une note' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Consigner un échange' })).toBeVisible()
  await expect(page.getByRole('radio', { name: 'Appel émis' })).toBeChecked()
  await pick(page, 'Tiers', new RegExp(`^${ENGLISH_CUSTOMER}`), 'Thames')
  await pick(page, 'Interlocuteur', /^Oliver Bennett/)
  await page.getByLabel('Objet', { exact: true }).fill('Follow-up of the request for quotation')
  await page.getByLabel('Résultat', { exact: true }).fill('Interested; waiting for his budget approval')
  await page.getByLabel('Relance le').fill(await simDatePlus(page, 7))
  await page.getByRole('button', { name: 'Enregistrer l\'échange' }).click()

  await expect(page.getByText('Échange consigné.')).toBeVisible()
  const followUps = page.getByRole('table', { name: 'Relances à faire, de la plus proche à la plus lointaine' })
  const row = followUps.getByRole('row').filter({ hasText: 'Follow-up of the request for quotation' })
  await expect(row).toBeVisible()
  await expect(row).toContainText('À venir')
  await expect(row).toContainText(ENGLISH_CUSTOMER)
  await expect(row).toContainText('Interested; waiting for his budget approval')
  expect(await axe(page)).toEqual([])
})
