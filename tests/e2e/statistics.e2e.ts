import { test, expect, openApp, nav, axe, tabTo, choose } from './fixtures'

/**
 * The statistics page on the built-in company, keyboard only: open it from the navigation, change the
 * period and the dimension, read the key figures and the data table, open the documents behind a row
 * and one of them; in French and in English; axe on the loaded page.
 */

const MONEY = /-?\d[\d\s\u202f\u00a0]*,\d\d\s€/
const parseEuros = (text: string) => Number(text.replace(/[^\d,-]/g, '').replace(',', '.'))

const TEXTS = {
  fr: {
    nav: 'Statistiques', title: 'Statistiques commerciales', from: 'Du mois', february: 'fé', dimension: 'Analyser par', customer: 'Cl',
    byCustomer: /CA HT par client/, period: /Période : février – \w+ \d{4}, comparée à février – \w+ \d{4}\./, sales: 'CA HT', drill: /^Documents : /,
    money: MONEY, amount: parseEuros,
  },
  en: {
    nav: 'Statistics', title: 'Sales statistics', from: 'From month', february: 'Fe', dimension: 'Analyse by', customer: 'Cu',
    byCustomer: /Sales excl\. VAT by customer/, period: /Period: February – \w+ \d{4}, compared with February – \w+ \d{4}\./, sales: 'Sales excl. VAT', drill: /^Documents: /,
    money: /-?€[\d,]+\.\d\d/, amount: (text: string) => Number(text.replace(/[^\d.-]/g, '')),
  },
} as const

for (const language of ['fr', 'en'] as const) {
  const x = TEXTS[language]
  test(`keyboard only (${language}): period, dimension, figures, data table and drill-down to a document`, async ({ page }) => {
    // The first start seeds three years of trade, then the page computes their facts: slow on a busy 2-core machine.
    test.setTimeout(120_000)
    await page.addInitScript((lang) => localStorage.setItem('comptoir.language', lang), language)
    await openApp(page)
    const link = nav(page, x.nav)
    await tabTo(page, link)
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { level: 1, name: x.title })).toBeVisible()
    // The facts of the whole history are computed once on the first visit.
    const figures = page.getByTestId('stats-figures')
    await expect(figures).toBeVisible({ timeout: 30_000 })
    await expect(page.getByTestId('figure-sales')).toContainText(x.money)

    await choose(page, page.getByRole('combobox', { name: x.from }), x.february)
    await expect(page.getByTestId('stats-period')).toHaveText(x.period)

    await choose(page, page.getByRole('combobox', { name: x.dimension }), x.customer)
    const table = page.getByRole('table', { name: x.byCustomer })
    await expect(table).toBeVisible()
    const chart = page.getByTestId('chart-dimension')
    await expect(chart).toHaveAttribute('role', 'img')
    await expect(chart).toHaveAttribute('aria-label', x.byCustomer)

    // A customer's CA is part of the CA HT of the key figures.
    const salesFigure = x.amount((await page.getByTestId('figure-sales').locator('dd').first().textContent())!)
    const firstRow = table.locator('tbody tr').first()
    const rowAmount = x.amount((await firstRow.locator('td').first().textContent())!)
    expect(rowAmount).toBeGreaterThan(0)
    expect(rowAmount).toBeLessThanOrEqual(salesFigure)

    // Drill down from the first customer: the panel's heading takes the focus, its total is the row's.
    await tabTo(page, firstRow.getByRole('button'))
    await page.keyboard.press('Enter')
    const drillHeading = page.getByRole('heading', { level: 2, name: x.drill })
    await expect(drillHeading).toBeFocused()
    const drill = page.getByTestId('drill-panel')
    await expect(drill).toContainText(x.money)
    const documents = page.getByTestId('table-drill').locator('tbody tr')
    expect(await documents.count()).toBeGreaterThan(0)
    const sum = (await documents.locator('td:last-child').allTextContents()).reduce((s, text) => s + x.amount(text), 0)
    if ((await documents.count()) <= 50) expect(sum).toBeCloseTo(rowAmount, 2)

    expect(await axe(page)).toEqual([])

    const docLink = documents.first().getByRole('link')
    const number = (await docLink.textContent())!.trim()
    await tabTo(page, docLink)
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { level: 1 })).toContainText(number)
  })
}
