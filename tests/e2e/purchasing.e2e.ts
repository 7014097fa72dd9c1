import type { Locator, Page } from '@playwright/test'
import { test, expect, openApp, axe, tabTo, settled } from './fixtures'

/**
 * Issue 10 (CP2), keyboard only on the built-in company, in French: a shortage in the replenishment
 * view → supplier order from the proposal → sent (numbered) → confirmed with the supplier's promised
 * date → partial reception with a damaged line (a claim opens) → a day later the order is late and the
 * supplier is chased in its own language → the waiting customer order is delivered in the sales UI.
 * axe on every page and with the reception dialog open.
 */

async function press(page: Page, target: Locator) {
  await tabTo(page, target)
  await page.keyboard.press('Enter')
}

async function typeOver(page: Page, target: Locator, text: string) {
  await tabTo(page, target)
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.type(text)
}

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre']
/** "23 novembre 2026" (the simulated date shown) → 2026-11-23. */
function isoOfLong(text: string): string {
  const [day, month, year] = text.trim().split(/\s+/)
  return `${year}-${String(MONTHS.indexOf(month!) + 1).padStart(2, '0')}-${day!.padStart(2, '0')}`
}
/** "08/12/2026" → 2026-12-08. */
const isoOfShort = (text: string) => text.trim().split('/').reverse().join('-')
const daysFrom = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)
const readNumber = (text: string) => Number(text.replace(/[\s\u202f\u00a0]/g, '').replace(',', '.'))

test('shortage → supplier order → send → confirm → partial reception with a damaged line → chase → customer delivery (fr, keyboard only)', async ({ page }) => {
  test.setTimeout(180_000)
  const dialog = page.getByRole('dialog')
  const step = page.locator('[data-testid="po-status"] [aria-current="step"]')

  // The replenishment view proposes what to order and says why, with the figures.
  await openApp(page, '/stock-achats/reapprovisionnement')
  await expect(page.getByRole('heading', { level: 1, name: 'Réapprovisionnement' })).toBeVisible()
  const table = page.getByTestId('replenishment-table')
  await expect(table).toBeVisible({ timeout: 20_000 })
  const firstRow = table.locator('tbody tr').first()
  await expect(firstRow).toContainText('Stock prévisionnel')
  await expect(firstRow).toContainText('Quantité économique de Wilson')
  expect(await axe(page)).toEqual([])
  await press(page, firstRow.getByRole('button', { name: /^Créer la commande fournisseur de/ }))

  // The draft, then sent: numbered at sending.
  await expect(page.getByRole('heading', { level: 1, name: 'Commande fournisseur Brouillon' })).toBeVisible()
  await expect(step).toHaveText('Brouillon')
  expect(await axe(page)).toEqual([])
  await press(page, page.getByTestId('po-send'))
  const heading = page.getByRole('heading', { level: 1, name: /^Commande fournisseur CF-\d{4}-\d+$/ })
  await expect(heading).toBeVisible()
  const number = (await heading.textContent())!.replace('Commande fournisseur ', '').trim()
  await expect(step).toHaveText('Envoyée')

  // The supplier confirms the delivery date of its lead time (the field starts on it).
  const today = isoOfLong((await page.getByTestId('sim-date').textContent())!)
  const expected = isoOfShort((await page.getByTestId('po-expected').textContent())!)
  await expect(page.getByLabel('Date de livraison promise')).toHaveValue(expected)
  await press(page, page.getByTestId('po-confirm-submit'))
  await expect(step).toHaveText('Confirmée')
  await expect(page.getByTestId('po-promised')).toBeVisible()

  // Reception: 2 damaged, 1 still to come, the rest in good condition.
  await press(page, page.getByTestId('po-receive'))
  await expect(dialog).toBeVisible()
  await expect.poll(() => dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true)
  const ordered = readNumber((await dialog.locator('tbody tr').first().locator('td').first().textContent())!)
  expect(ordered).toBeGreaterThanOrEqual(3)
  await settled(page)
  await typeOver(page, dialog.getByTestId('rec-0-good'), String(ordered - 3))
  await typeOver(page, dialog.getByTestId('rec-0-damaged'), '2')
  await expect(dialog.getByTestId('rec-0-good')).toHaveValue(String(ordered - 3))
  await expect(dialog.getByTestId('rec-0-damaged')).toHaveValue('2')
  expect(await axe(page)).toEqual([])
  await press(page, dialog.getByTestId('action-submit'))
  await expect(dialog).toBeHidden()
  await expect(step).toHaveText('Reçue partiellement')
  const claim = page.getByTestId('supplier-claim')
  await expect(claim).toContainText('Ouverte')
  await expect(claim).toContainText('2 ×')
  await expect(claim).toContainText('Avariées')
  await expect(page.getByTestId('po-receptions').locator('li')).toHaveCount(1)
  expect(await axe(page)).toEqual([])

  // The day after the promised date the last unit has not come: the order is late, the supplier is chased in its language.
  await press(page, page.getByRole('button', { name: 'Avancer le temps…' }))
  const days = page.getByLabel('Nombre de jours')
  await expect(days).toBeVisible()
  // The dialog puts the focus in the field once it has opened: type after that.
  await settled(page)
  const advance = String(daysFrom(today, expected) + 1)
  await typeOver(page, days, advance)
  await expect(days).toHaveValue(advance)
  await page.keyboard.press('Enter')
  await expect(page.getByText(/Nous sommes maintenant le/)).toBeVisible()
  await expect(page.getByTestId('po-late')).toHaveText('1 j de retard')
  await press(page, page.getByTestId('po-chase'))
  const toast = page.getByText(/^Relance envoyée à .+ \((anglais|français)\)\.$/)
  await expect(toast).toBeVisible()
  const english = (await toast.textContent())!.includes('(anglais)')
  await expect(page.getByTestId('po-chased')).toBeVisible()

  // The customer order waiting for the item is delivered with what is in stock now.
  const waiting = page.getByTestId('po-waiting').getByRole('link').first()
  await expect(waiting).toBeVisible()
  await press(page, waiting)
  await expect(page.getByRole('heading', { level: 1, name: /^Commande BC-/ })).toBeVisible()
  await press(page, page.getByRole('group', { name: 'Actions possibles sur ce document' }).getByRole('button', { name: 'Livrer', exact: true }))
  await expect(dialog).toBeVisible()
  const rows = dialog.getByTestId('delivery-line')
  let shipped = 0
  for (let i = 0; i < await rows.count(); i += 1) {
    if (await rows.nth(i).getByTestId('ship-quantity').count() === 0) continue
    const remaining = readNumber((await rows.nth(i).getByTestId('line-remaining').textContent())!)
    // A service shows no stock: it ships in full.
    const stock = readNumber((await rows.nth(i).getByTestId('line-stock').textContent())!.replace('—', String(remaining)))
    const quantity = Math.max(0, Math.min(stock, remaining))
    shipped += quantity
    await typeOver(page, rows.nth(i).getByTestId('ship-quantity'), String(quantity))
  }
  expect(shipped, 'units in stock to ship').toBeGreaterThan(0)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: /^Bon de livraison BL-/ })).toBeVisible()

  // The chase went out in the supplier's language, with the order number and the days late.
  await openApp(page, '/messagerie')
  // The "Sent" tab, with the arrow keys of the tab list.
  await tabTo(page, page.getByRole('tab', { selected: true }))
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('tab', { name: 'Envoyés' })).toHaveAttribute('aria-selected', 'true')
  const subject = english ? `Reminder — our order ${number}` : `Relance — notre commande ${number}`
  const message = page.getByRole('link', { name: new RegExp(subject) }).first()
  await expect(message).toBeVisible()
  await press(page, message)
  await expect(page.getByText(english ? /it is now 1 day\(s\) late/ : /elle accuse à ce jour 1 jour\(s\) de retard/)).toBeVisible()
  expect(await axe(page)).toEqual([])
})
