import { test, expect, openApp } from './fixtures'

/**
 * Issue 7, the order inbox on the built-in company: the web-shop order that passes every check is
 * recorded as an order (then offered "Envoyer par e-mail" to the composer with the document), the
 * marketplace order's wrong price is flagged with its figures and refused until corrected, the order
 * from an unknown customer is rejected with a reason; once in English. Also a direct service invoice.
 */

test('order inbox (fr): record the fine order, see the wrong price flagged, reject the unknown customer', async ({ page }) => {
  test.setTimeout(90_000)
  await openApp(page, '/ventes')
  await page.getByTestId('inbound-link').click()
  await expect(page.getByRole('heading', { level: 1, name: 'Commandes entrantes' })).toBeVisible()
  const list = page.getByTestId('inbound-list')
  await expect(list.locator('tbody tr')).toHaveCount(3)

  // The fine one: no blocking point, recorded, then the order's page offers the e-mail.
  await list.getByRole('link', { name: 'WEB-10482' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Commande entrante WEB-10482' })).toBeVisible()
  const findings = page.getByTestId('inbound-findings')
  await expect(findings.locator('[data-code="customerMatched"]')).toContainText('par SIREN')
  await expect(findings.locator('[data-code="priceMatches"]')).toHaveCount(2)
  await expect(page.getByTestId('inbound-blocking')).toHaveCount(0)
  await page.getByTestId('inbound-record').click()
  await expect(page).toHaveURL(/#\/ventes\/[0-9a-f-]{36}$/)
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/BC-\d{4}-\d{5}/)
  const email = page.getByRole('link', { name: 'Envoyer par e-mail' })
  await expect(email).toHaveAttribute('href', /messagerie\/nouveau\?tierId=.+&documentId=[0-9a-f-]{36}/)
  await email.click()
  await expect(page).toHaveURL(/#\/messagerie\/nouveau\?tierId=.+&documentId=/)

  // The marketplace one: the gap is shown with the figures; recording is refused until the customer price is applied.
  await openApp(page, '/ventes/commandes-entrantes/inb-mkt-1')
  const gap = page.getByTestId('inbound-findings').locator('[data-code="priceGap"]')
  await expect(gap).toContainText(/Prix de .+ : reçu [\d\s\u202f,]+ €, prix client [\d\s\u202f,]+ €, écart −?-?[\d\s\u202f,]+ € par unité/)
  await expect(gap).toContainText('C. com. L441-1')
  await page.getByTestId('inbound-record').click()
  await expect(page.getByTestId('inbound-refusal')).toContainText('écart')
  await expect(page).toHaveURL(/commandes-entrantes\/inb-mkt-1$/)
  await page.getByLabel('Appliquer le prix client aux lignes en écart').check()
  await expect(page.getByTestId('inbound-blocking')).toHaveCount(0)

  // The unknown customer: flagged, then rejected with a reason.
  await openApp(page, '/ventes/commandes-entrantes/inb-web-2')
  await expect(page.getByTestId('inbound-findings').locator('[data-code="customerUnknown"]')).toContainText('Boulangerie Les Tilleuls')
  await page.getByLabel('Motif du refus').fill('Client inconnu : SIREN et adresse de facturation demandés')
  await page.getByTestId('inbound-reject').click()
  await expect(page.getByText('Motif du refus : Client inconnu : SIREN et adresse de facturation demandés')).toBeVisible()
  await page.getByRole('link', { name: 'Retour aux commandes entrantes' }).click()
  await expect(page.getByTestId('inbound-list').locator('tr[data-inbound="WEB-10495"]')).toContainText('Refusée')
  await expect(page.getByTestId('inbound-list').locator('tr[data-inbound="WEB-10482"]')).toContainText('Enregistrée')
})

test('order inbox (en): the list and the checks in English', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('comptoir.language', 'en'))
  await openApp(page, '/ventes/commandes-entrantes')
  await expect(page.getByRole('heading', { level: 1, name: 'Inbound orders' })).toBeVisible()
  await expect(page.getByTestId('inbound-list').locator('tr[data-inbound="MKP-88213"]')).toContainText('To check')
  await page.getByRole('link', { name: 'MKP-88213' }).click()
  await expect(page.getByTestId('inbound-findings').locator('[data-code="priceGap"]')).toContainText(/Price of .+: received [\d,.]+ €, customer price [\d,.]+ €, gap/)
  await expect(page.getByRole('button', { name: 'Record the order' })).toBeVisible()
})

test('direct invoice for services (fr): a draft invoice opens, validated from its page', async ({ page }) => {
  await openApp(page, '/ventes/factures-directes')
  const form = page.getByTestId('service-invoice')
  await form.getByLabel('Client', { exact: true }).selectOption({ index: 0 })
  await form.getByLabel('Prestation', { exact: true }).selectOption({ index: 0 })
  await form.getByLabel('Quantité', { exact: true }).fill('2')
  await form.getByRole('button', { name: 'Créer la facture de prestations' }).click()
  await expect(page).toHaveURL(/#\/ventes\/[0-9a-f-]{36}$/)
  await expect(page.getByRole('group', { name: 'Actions possibles sur ce document' }).getByRole('button', { name: 'Valider', exact: true })).toBeVisible()
})
