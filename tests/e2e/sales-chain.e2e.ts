import { test, expect, openApp, axe, tabTo, choose } from './fixtures'

/**
 * Issue 7, keyboard only on the built-in company: a sent quote → accept → order with the customer's
 * PO number → partial delivery (the backorder stays on the order) → invoice from the delivery note →
 * mentions checked → validation (number shown) → credit note for a return → validation → return
 * received; axe on the page with every action dialog open. Once in French, once in English.
 */

const TEXTS = {
  fr: {
    typeFilter: 'Type de document', quotes: 'Devis', statusFilter: 'Statut', sent: 'Envoyé',
    bar: 'Actions possibles sur ce document', quote: 'Devis', order: 'Commande', delivery: 'Bon de livraison', invoice: 'Facture', creditNote: 'Avoir', draft: '(brouillon)',
    accept: 'Accepter', refuse: 'Refuser', toOrder: 'Transformer en commande', deliver: 'Livrer', downPayment: 'Facture d\'acompte', cancel: 'Annuler la commande',
    invoiceIt: 'Facturer', update: 'Modifier', validate: 'Valider', credit: 'Créer un avoir', receive: 'Réceptionner le retour',
    accepted: 'Accepté', partlyDelivered: 'Livrée en partie', allPresent: 'Toutes les mentions obligatoires sont présentes', reason: 'Retour d\'un article abîmé',
    received: /Retour réceptionné : 1 unité\(s\) remise\(s\) en stock/, chain: 'Chaîne du dossier',
  },
  en: {
    typeFilter: 'Type of document', quotes: 'Quotes', statusFilter: 'Status', sent: 'Sent',
    bar: 'Actions available on this document', quote: 'Quote', order: 'Order', delivery: 'Delivery note', invoice: 'Invoice', creditNote: 'Credit note', draft: '(draft)',
    accept: 'Accept', refuse: 'Refuse', toOrder: 'Turn into an order', deliver: 'Deliver', downPayment: 'Down-payment invoice', cancel: 'Cancel the order',
    invoiceIt: 'Invoice', update: 'Edit', validate: 'Validate', credit: 'Create a credit note', receive: 'Receive the return',
    accepted: 'Accepted', partlyDelivered: 'Partly delivered', allPresent: 'Every mandatory mention is present', reason: 'Damaged item sent back',
    received: /Return received: 1 unit\(s\) back in stock/, chain: 'Deal chain',
  },
} as const

/** A French or English number as shown ("1 234,5" / "1,234.5"). */
const readNumber = (text: string, language: 'fr' | 'en') =>
  Number(language === 'fr' ? text.replace(/[\s\u202f\u00a0]/g, '').replace(',', '.') : text.replace(/,/g, ''))

for (const language of ['fr', 'en'] as const) {
  test(`sales chain, keyboard only (${language}): quote → order → partial delivery → invoice → credit note for a return`, async ({ page }) => {
    test.setTimeout(120_000)
    const T = TEXTS[language]
    await page.addInitScript((lang) => localStorage.setItem('comptoir.language', lang), language)
    const bar = page.getByRole('group', { name: T.bar })
    const action = (name: string) => bar.getByRole('button', { name, exact: true })
    const dialog = page.getByRole('dialog')
    /** Opens an action's dialog with the keyboard and checks the page with it open. */
    async function open(name: string) {
      await tabTo(page, action(name))
      await page.keyboard.press('Enter')
      await expect(dialog).toBeVisible()
      // The keyboard starts inside the dialog.
      await expect.poll(() => dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true)
      expect(await axe(page)).toEqual([])
    }
    async function close() {
      await page.keyboard.press('Escape')
      await expect(dialog).toBeHidden()
    }
    async function confirm() {
      await tabTo(page, dialog.getByTestId('action-submit'))
      await page.keyboard.press('Enter')
      await expect(dialog).toBeHidden()
    }

    // A sent quote of the built-in company, found with the list's filters.
    await openApp(page, '/ventes')
    const type = page.getByRole('combobox', { name: T.typeFilter })
    await choose(page, type, T.quotes)
    await expect(type).toContainText(T.quotes)
    const status = page.getByRole('combobox', { name: T.statusFilter })
    await choose(page, status, T.sent)
    await expect(status).toContainText(T.sent)
    const table = page.locator('table').first()
    await expect(table.locator('tbody tr td:nth-child(2)').first()).toHaveText(T.quote)
    const quoteLink = table.getByTestId('sales-doc-link').first()
    const quoteNumber = (await quoteLink.textContent())!.trim()
    await tabTo(page, quoteLink, 200)
    await page.keyboard.press('Enter')

    await expect(page.getByRole('heading', { level: 1, name: `${T.quote} ${quoteNumber}` })).toBeVisible()
    expect(await axe(page)).toEqual([])
    await open(T.refuse)
    await close()
    await open(T.accept)
    await confirm()
    await expect(page.locator('[aria-current="step"]')).toHaveText(T.accepted)

    // The order, with the customer's purchase-order number (Enter in the field submits).
    await open(T.toOrder)
    await page.keyboard.type('PO-E2E-77')
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { level: 1, name: new RegExp(`^${T.order} BC-`) })).toBeVisible()
    await expect(page.getByText('PO-E2E-77')).toBeVisible()
    await open(T.downPayment)
    await close()
    await open(T.cancel)
    await close()

    // Partial delivery: one unit of the first line in stock, nothing of the others; the rest is a backorder.
    await open(T.deliver)
    const rows = dialog.getByTestId('delivery-line')
    const count = await rows.count()
    let chosen = -1
    for (let i = 0; i < count; i += 1) {
      const stock = readNumber((await rows.nth(i).getByTestId('line-stock').textContent())!, language)
      const remaining = readNumber((await rows.nth(i).getByTestId('line-remaining').textContent())!, language)
      const input = rows.nth(i).getByTestId('ship-quantity')
      await tabTo(page, input)
      await page.keyboard.press('ControlOrMeta+A')
      const ship = chosen < 0 && stock >= 1 && remaining >= 1 ? '1' : '0'
      if (ship === '1') chosen = i
      await page.keyboard.type(ship)
    }
    expect(chosen, 'a line with stock to ship').toBeGreaterThanOrEqual(0)
    await expect(dialog.getByTestId('backorder-after')).not.toHaveText(/[:：]\s*0$/)
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { level: 1, name: new RegExp(`^${T.delivery} BL-`) })).toBeVisible()
    const chain = page.getByTestId('deal-chain')
    await expect(chain.locator('[data-stage="order"]')).toContainText(T.partlyDelivered)

    // The invoice from the delivery note, checked for its mentions, then validated: its number appears.
    await open(T.invoiceIt)
    await expect(dialog.getByTestId('invoice-delivery')).toHaveCount(1)
    await confirm()
    await expect(page.getByRole('heading', { level: 1, name: `${T.invoice} ${T.draft}` })).toBeVisible()
    await expect(page.getByTestId('mentions-summary')).toContainText(T.allPresent)
    expect(await axe(page)).toEqual([])
    await open(T.update)
    await close()
    await open(T.validate)
    await confirm()
    await expect(page.getByRole('heading', { level: 1, name: new RegExp(`^${T.invoice} FA-\\d{4}-\\d+$`) })).toBeVisible()
    await expect(page.getByTestId('mentions-panel')).toHaveCount(0)

    // Credit note for the return of that unit.
    await open(T.credit)
    // First field: the "full credit note" choice; the arrow key moves to "partial".
    await page.keyboard.press('ArrowDown')
    await expect(dialog.getByTestId('credit-partial')).toBeChecked()
    await tabTo(page, dialog.getByTestId('credit-reason'))
    await page.keyboard.type(T.reason)
    const quantity = dialog.getByTestId('credit-quantity').first()
    await tabTo(page, quantity)
    await page.keyboard.press('ControlOrMeta+A')
    await page.keyboard.type('1')
    expect(await axe(page)).toEqual([])
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { level: 1, name: `${T.creditNote} ${T.draft}` })).toBeVisible()
    await expect(page.getByTestId('mentions-summary')).toContainText(T.allPresent)
    await open(T.validate)
    await confirm()
    await expect(page.getByRole('heading', { level: 1, name: new RegExp(`^${T.creditNote} AV-\\d{4}-\\d+$`) })).toBeVisible()
    await open(T.receive)
    await confirm()
    await expect(page.getByText(T.received)).toBeVisible()
    await expect(action(T.receive)).toHaveCount(0)

    // The chain view: quote → order → delivery → invoice → credit note, each a link with its number.
    await expect(page.getByRole('heading', { level: 2, name: T.chain })).toBeVisible()
    const docs = chain.getByTestId('chain-doc')
    await expect(docs).toHaveCount(5)
    await expect(docs.first()).toContainText(quoteNumber)
    await expect(chain.locator('[aria-current="page"]')).toContainText(/AV-/)
    await tabTo(page, docs.first(), 200)
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { level: 1, name: `${T.quote} ${quoteNumber}` })).toBeVisible()
    expect(await axe(page)).toEqual([])
  })
}
