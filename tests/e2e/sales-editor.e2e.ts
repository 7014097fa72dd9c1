import type { Locator, Page } from '@playwright/test'
import { test, expect, openApp, axe, tabTo, choose } from './fixtures'
import { customerUnitPrice, lineVatRatePercent, priceDocument, type PriceAgreement, type Product, type Tier } from '../../src/domain'

/**
 * The sales document editor, keyboard only (REAC CP1.1: the order process; CP1.3: the CGV applied):
 * a quote for a B2B customer with two lines, two cascade discounts "5 ; 2" and a 2 % escompte, whose
 * totals must be the domain's own figures (computed here from the workspace's records with
 * `customerUnitPrice` and `priceDocument`, never typed); saved, it opens on its page; then the draft
 * is edited (a line removed, a quantity changed). In French and in English. A direct order too.
 */

const TEXTS = {
  fr: {
    newQuote: 'Nouveau devis', customer: 'Client', product: (n: number) => `Article (ligne ${n})`, quantity: (n: number) => `Quantité (ligne ${n})`,
    addLine: 'Ajouter une ligne', removeLine: (n: number) => `Supprimer la ligne ${n}`, discounts: 'Remises en cascade sur le document (%)',
    earlyPayment: 'Escompte (%)', create: 'Créer le devis', update: 'Enregistrer le devis', totals: 'Totaux', quote: /^Devis DE-/, edit: /^Modifier le devis DE-/,
    totalExclVat: 'Total HT', totalInclVat: 'Total TTC',
  },
  en: {
    newQuote: 'New quote', customer: 'Customer', product: (n: number) => `Item (line ${n})`, quantity: (n: number) => `Quantity (line ${n})`,
    addLine: 'Add a line', removeLine: (n: number) => `Remove line ${n}`, discounts: 'Cascade discounts on the document (%)',
    earlyPayment: 'Early-payment discount (%)', create: 'Create the quote', update: 'Save the quote', totals: 'Totals', quote: /^Quote DE-/, edit: /^Edit quote DE-/,
    totalExclVat: 'Total excl. VAT', totalInclVat: 'Total incl. VAT',
  },
} as const

const CUSTOMER = 'C001'
const REFERENCES = ['MOB-BUR-001', 'MOB-TAB-001'] as const

async function typeInto(page: Page, field: Locator, text: string) {
  await tabTo(page, field)
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.type(text)
}

/** The records the figures come from, read straight from the open workspace's IndexedDB. */
async function records(page: Page) {
  return page.evaluate(async ({ customerId, references }) => {
    const name = `comptoir-ws-${localStorage.getItem('comptoir.lastWorkspace')}`
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open(name)
      open.onsuccess = () => resolve(open.result)
      open.onerror = () => reject(open.error)
    })
    const all = <T>(store: string) => new Promise<T[]>((resolve, reject) => {
      const request = db.transaction(store).objectStore(store).getAll()
      request.onsuccess = () => resolve(request.result as T[])
      request.onerror = () => reject(request.error)
    })
    const [tiers, products, agreements, meta] = await Promise.all([all<Tier>('tiers'), all<Product>('products'), all<PriceAgreement>('priceAgreements'), all<{ key: string; value: { date: string } }>('meta')])
    db.close()
    return {
      customer: tiers.find((t) => t.id === customerId)!,
      products: references.map((ref) => products.find((p) => p.reference === ref)!),
      agreements: agreements.filter((a) => a.customerId === customerId),
      date: meta.find((m) => m.key === 'clock')!.value.date,
    }
  }, { customerId: CUSTOMER, references: [...REFERENCES] })
}

/** What the editor must show: the customer's price of each article, the cascade, the escompte, VAT. */
function expectedTotals(data: Awaited<ReturnType<typeof records>>, quantities: readonly number[]) {
  const lines = quantities.map((quantity, i) => {
    const product = data.products[i]!
    const price = customerUnitPrice({ product, customerDiscountPercent: data.customer.customer!.discountPercent, agreements: data.agreements, date: data.date })
    return {
      quantity, unitPriceCents: price.unitPriceCents, vatRatePercent: lineVatRatePercent(product, data.customer.customer!.vatRegime),
      ...(price.discountPercent > 0 ? { discountsPercent: [price.discountPercent] } : {}),
    }
  })
  return priceDocument({ lines, discountsPercent: [5, 2], earlyPaymentDiscountPercent: 2, vatDate: data.date })
}

/** Euros as the app prints them (src/i18n/format.ts: fr-FR, en-GB), from integer cents. */
const formatMoney = (cents: number, language: 'fr' | 'en') =>
  new Intl.NumberFormat(language === 'fr' ? 'fr-FR' : 'en-GB', { style: 'currency', currency: 'EUR' }).format(cents / 100)
const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ').trim()

async function expectTotals(page: Page, language: 'fr' | 'en', expected: ReturnType<typeof priceDocument>) {
  const x = TEXTS[language]
  await expect.poll(async () => plain(await page.getByTestId('amount-due').textContent() ?? '')).toBe(plain(formatMoney(expected.amountDueCents, language)))
  const totals = page.getByRole('region', { name: x.totals })
  const text = plain(await totals.textContent() ?? '')
  expect(text).toContain(`${x.totalExclVat}${plain(formatMoney(expected.totalExclVatCents, language))}`)
  expect(text).toContain(`${x.totalInclVat}${plain(formatMoney(expected.totalInclVatCents, language))}`)
}

for (const language of ['fr', 'en'] as const) {
  test(`keyboard: a quote for a B2B customer, two lines, discounts "5 ; 2" and 2 % escompte, totals from the domain, saved, then the draft edited — ${language}`, async ({ page }) => {
    test.setTimeout(90_000)
    const x = TEXTS[language]
    await page.addInitScript((lang) => localStorage.setItem('comptoir.language', lang), language)
    await openApp(page, '/ventes')
    const data = await records(page)

    await tabTo(page, page.getByRole('link', { name: x.newQuote }))
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { level: 1, name: x.newQuote })).toBeVisible()

    const customer = page.getByRole('combobox', { name: x.customer })
    await choose(page, customer, 'Aubry')
    await expect(customer).toHaveText(data.customer.name)

    await choose(page, page.getByRole('combobox', { name: x.product(1) }), REFERENCES[0])
    await expect(page.getByRole('combobox', { name: x.product(1) })).toContainText(REFERENCES[0])
    await typeInto(page, page.getByLabel(x.quantity(1)), '3')

    await tabTo(page, page.getByRole('button', { name: x.addLine }))
    await page.keyboard.press('Enter')
    const second = page.getByRole('combobox', { name: x.product(2) })
    await expect(second).toBeFocused()
    await choose(page, second, REFERENCES[1])
    await typeInto(page, page.getByLabel(x.quantity(2)), '2')

    await typeInto(page, page.getByLabel(x.discounts), '5 ; 2')
    await typeInto(page, page.getByLabel(x.earlyPayment), '2')
    await expectTotals(page, language, expectedTotals(data, [3, 2]))
    expect(await axe(page)).toEqual([])

    await tabTo(page, page.getByRole('button', { name: x.create }))
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { level: 1, name: x.quote })).toBeVisible()
    await expect(page).toHaveURL(/#\/ventes\/[^/]+$/)
    await expect.poll(async () => plain(await page.getByTestId('amount-due').textContent() ?? '')).toBe(plain(formatMoney(expectedTotals(data, [3, 2]).amountDueCents, language)))

    // The draft, edited: the second line removed from the keyboard, the first quantity changed.
    const id = /#\/ventes\/([^/]+)$/.exec(page.url())![1]!
    await openApp(page, `/ventes/${id}/modifier`)
    await expect(page.getByRole('heading', { level: 1, name: x.edit })).toBeVisible()
    await expectTotals(page, language, expectedTotals(data, [3, 2]))
    expect(await axe(page)).toEqual([])
    await tabTo(page, page.getByRole('button', { name: x.removeLine(2) }))
    await page.keyboard.press('Enter')
    await expect(page.getByRole('button', { name: x.addLine })).toBeFocused()
    await expect(page.getByRole('combobox', { name: x.product(2) })).toHaveCount(0)
    await typeInto(page, page.getByLabel(x.quantity(1)), '5')
    const edited = expectedTotals(data, [5])
    await expectTotals(page, language, edited)
    await tabTo(page, page.getByRole('button', { name: x.update }))
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { level: 1, name: x.quote })).toBeVisible()
    await expect.poll(async () => plain(await page.getByTestId('amount-due').textContent() ?? '')).toBe(plain(formatMoney(edited.amountDueCents, language)))
  })
}

test('keyboard: a direct order with the customer\'s purchase-order number opens on its page', async ({ page }) => {
  test.setTimeout(60_000)
  await openApp(page, '/ventes')
  await tabTo(page, page.getByRole('link', { name: 'Nouvelle commande' }))
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'Nouvelle commande directe' })).toBeVisible()
  // A customer within its credit limit and with no invoice overdue beyond 30 days (Aubry's orders are blocked, issue 11).
  await choose(page, page.getByRole('combobox', { name: 'Client' }), 'Bisontins')
  await choose(page, page.getByRole('combobox', { name: 'Article (ligne 1)' }), REFERENCES[0])
  await typeInto(page, page.getByLabel('N° de commande du client'), 'PO-2026-118')
  await tabTo(page, page.getByRole('button', { name: 'Enregistrer la commande' }))
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: /^Commande BC-/ })).toBeVisible()
  await expect(page.getByText('PO-2026-118')).toBeVisible()
})
