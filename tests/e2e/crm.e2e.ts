import type { Locator, Page } from '@playwright/test'
import { test, expect, openApp, axe, tabTo } from './fixtures'

/**
 * The CRM's file of a tier, the way a learner works (REAC CP1: keep the customer file up to date):
 * create a B2B prospect whose SIREN key is first mistyped, see the duplicate warning when the same
 * name is entered again, convert the prospect to a customer, change a contact's language. Once in
 * French, once in English (switched in the header).
 */

/** Focuses a field and types into it, replacing what it held. */
async function typeInto(page: Page, field: Locator, text: string) {
  await field.focus()
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.type(text)
}

const TEXTS = {
  fr: {
    newTier: 'Nouveau tiers', name: /^Raison sociale/, siren: /^SIREN/, billing: 'Facturation', line1: /^Adresse\*?$/, postalCode: /^Code postal/, city: /^Ville/,
    contact: 'Contact 1', lastName: /^Nom\*?$/, email: 'Courriel', create: 'Créer le tiers', sirenKey: 'la clé est fausse (le 9e chiffre est une clé de Luhn, INSEE)',
    duplicate: 'Doublon possible', duplicateReason: 'même nom : doublon probable', convert: 'Passer en client', salesperson: /^Commercial/,
    confirm: 'Confirmer le passage en client', customer: 'Client', since: 'Client depuis le', edit: 'Modifier', language: 'Langue',
    save: 'Enregistrer les modifications', contactsTab: 'Contacts (1)', created: /est créé/,
  },
  en: {
    newTier: 'New tier', name: /^Company name/, siren: /^SIREN/, billing: 'Billing', line1: /^Address\*?$/, postalCode: /^Postal code/, city: /^City/,
    contact: 'Contact 1', lastName: /^Last name/, email: 'Email', create: 'Create the tier', sirenKey: 'the key is wrong (the 9th digit is a Luhn key, INSEE)',
    duplicate: 'Possible duplicate', duplicateReason: 'same name: probable duplicate', convert: 'Convert to customer', salesperson: /^Salesperson/,
    confirm: 'Confirm the conversion', customer: 'Customer', since: 'Customer since', edit: 'Edit', language: 'Language',
    save: 'Save the changes', contactsTab: 'Contacts (1)', created: /is created/,
  },
} as const

const NAME = 'Clermont Biotech Innovation'

for (const language of ['fr', 'en'] as const) {
  test(`keyboard: create a B2B prospect (SIREN key checked), see the duplicate warning, convert it to a customer, change a contact's language — ${language}`, async ({ page }) => {
    test.setTimeout(60_000)
    const x = TEXTS[language]
    await openApp(page, '/tiers')
    if (language === 'en') await page.getByLabel('Langue', { exact: true }).selectOption('en')
    await expect(page.locator('html')).toHaveAttribute('lang', language)

    // From the list, the "new tier" link with the keyboard.
    const newTier = page.getByRole('link', { name: x.newTier })
    await tabTo(page, newTier)
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { level: 1, name: x.newTier })).toBeVisible()

    // Identity: the name, then a SIREN with a wrong key; the message shows once the field is left.
    await typeInto(page, page.getByLabel(x.name), NAME)
    await typeInto(page, page.getByLabel(x.siren), '404 833 049')
    await page.keyboard.press('Tab')
    await expect(page.locator('#err-tier-siren')).toContainText(x.sirenKey)
    await expect(page.getByLabel(x.siren)).toHaveAttribute('aria-invalid', 'true')
    expect(await axe(page)).toEqual([])
    await typeInto(page, page.getByLabel(x.siren), '404 833 048')
    await page.keyboard.press('Tab')
    await expect(page.locator('#err-tier-siren')).toHaveCount(0)

    const billing = page.getByRole('group', { name: x.billing })
    await typeInto(page, billing.getByLabel(x.line1), '28 place de Jaude')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    await expect(billing.getByLabel(x.postalCode)).toBeFocused()
    await page.keyboard.type('63000')
    await page.keyboard.press('Tab')
    await page.keyboard.type('Clermont-Ferrand')
    const contact = page.getByRole('group', { name: x.contact })
    await typeInto(page, contact.getByLabel(x.lastName), 'Chassaing')
    await typeInto(page, contact.getByLabel(x.email), 'e.chassaing@cb-innovation.example')
    // Enter in a field submits the form.
    await page.keyboard.press('Enter')

    await expect(page.getByRole('heading', { level: 1, name: NAME })).toBeVisible()
    await expect(page.getByText(x.created)).toBeVisible()
    await expect(page.getByTestId('tier-siren')).toHaveText('404833048')
    const tierUrl = page.url()

    // The same name again: the form warns of a probable duplicate and links to the first one.
    await openApp(page, '/tiers/nouveau')
    await typeInto(page, page.getByLabel(x.name), NAME.toUpperCase())
    const warning = page.getByTestId('duplicate-warning')
    await expect(warning).toContainText(x.duplicate)
    await expect(warning).toContainText(x.duplicateReason)
    await expect(warning.getByRole('link', { name: new RegExp(NAME) })).toHaveAttribute('href', new RegExp(`#/tiers/${tierUrl.split('/tiers/')[1]}$`))
    expect(await axe(page)).toEqual([])

    // Back to the prospect: convert it to a customer, choosing its salesperson.
    await page.goto(tierUrl)
    await expect(page.getByRole('heading', { level: 1, name: NAME })).toBeVisible()
    const convert = page.getByRole('button', { name: x.convert })
    await tabTo(page, convert)
    await page.keyboard.press('Enter')
    const dialog = page.getByRole('dialog')
    await expect(dialog).toBeVisible()
    expect(await axe(page)).toEqual([])
    await dialog.getByLabel(x.salesperson).focus()
    await dialog.getByLabel(x.salesperson).selectOption({ index: 1 })
    await tabTo(page, dialog.getByRole('button', { name: x.confirm }))
    await page.keyboard.press('Enter')
    await expect(dialog).toBeHidden()
    await expect(page.getByTestId('tier-kind')).toHaveText(x.customer)
    await expect(page.getByText(x.since, { exact: true })).toBeVisible()
    await expect(page.getByTestId('tier-converted-on')).toHaveText(/^\d\d\/\d\d\/\d{4}$/)

    // Edit: the contact now writes in English.
    const edit = page.getByRole('link', { name: x.edit, exact: true })
    await tabTo(page, edit)
    await page.keyboard.press('Enter')
    const contactGroup = page.getByRole('group', { name: x.contact })
    await contactGroup.getByLabel(x.language).focus()
    await contactGroup.getByLabel(x.language).selectOption('en')
    await tabTo(page, page.getByRole('button', { name: x.save }))
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { level: 1, name: NAME })).toBeVisible()
    const contactsTab = page.getByRole('tab', { name: x.contactsTab })
    await contactsTab.focus()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('tabpanel').getByRole('table')).toContainText('English')
    expect(await axe(page)).toEqual([])

    // Survives a reload.
    await page.reload()
    await expect(page.getByTestId('tier-kind')).toHaveText(x.customer)
  })
}

/**
 * Test set-up only: copies the open workspace's tiers under new ids until it holds `count` of them,
 * straight into IndexedDB, then reloads (the learner's actions above all go through the pages).
 */
async function growTiers(page: Page, count: number) {
  await page.evaluate(async (wanted) => {
    const id = localStorage.getItem('comptoir.lastWorkspace')
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(`comptoir-ws-${id}`)
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    const existing = await new Promise<Record<string, unknown>[]>((resolve, reject) => {
      const request = db.transaction('tiers').objectStore('tiers').getAll()
      request.onsuccess = () => resolve(request.result as Record<string, unknown>[])
      request.onerror = () => reject(request.error)
    })
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('tiers', 'readwrite')
      const store = tx.objectStore('tiers')
      for (let i = existing.length; i < wanted; i += 1) {
        const source = existing[i % existing.length]!
        store.put({ ...source, id: `${String(source.id)}-x${i}`, name: `${String(source.name)} ${i}` })
      }
      tx.oncomplete = () => resolve()
      tx.onerror = () => reject(tx.error)
    })
    db.close()
  }, count)
  await page.reload()
}

/** Milliseconds from each keystroke of `text` in the tiers search to the next painted frame, measured in the page. */
function timeSearch(page: Page, text: string) {
  return page.evaluate(async (typed) => {
    const input = document.querySelector<HTMLInputElement>('#tiers-search')!
    const out: number[] = []
    for (const value of ['', ...Array.from({ length: typed.length }, (_, n) => typed.slice(0, n + 1))]) {
      const start = performance.now()
      input.value = value
      input.dispatchEvent(new Event('input', { bubbles: true }))
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
      out.push(performance.now() - start)
    }
    return out.slice(1)
  }, text)
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

test('a search on 5,000 tiers finds the tier and prints its cost per keystroke (figures for the benchmark notes, not a timed assertion)', async ({ page }) => {
  test.setTimeout(90_000)
  await openApp(page, '/tiers')
  await expect(page.getByText(/Tiers affichés : \d+/)).toBeVisible()
  const few = await timeSearch(page, 'dauphinoise')
  await growTiers(page, 5_000)
  await expect(page.getByText('Tiers affichés : 5000')).toBeVisible({ timeout: 20_000 })
  const many = await timeSearch(page, 'dauphinoise')
  console.log(`tiers search in Chromium, ms per keystroke — built-in company: ${few.map((t) => t.toFixed(0)).join(' / ')}; 5,000 tiers: ${many.map((t) => t.toFixed(0)).join(' / ')}`)
  await expect(page.getByRole('link', { name: /^Imprimerie Dauphinoise/ }).first()).toBeVisible()
  // Timing depends on the machine's load (CI shares 2 cores): the figures are printed for the closing
  // note; the test asserts the search still finds the tier among 5,000.
  console.log(`median: ${median(few).toFixed(0)} ms vs ${median(many).toFixed(0)} ms`)
})
