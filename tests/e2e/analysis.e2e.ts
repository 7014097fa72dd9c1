import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { test, expect, openApp, axe } from './fixtures'

// The learner's analysis (issue 12, REAC CP6), keyboard only: from /statistiques, keep two key
// figures, pick a chart, write the synthesis, save; read it back on /statistiques/analyses; export a
// table as CSV for French Excel (BOM, ';'). In French and in English, axe clean.

const TEXTS = {
  fr: { saved: /Analyse « Revue de mars » enregistrée/, chart: 'Graphique : Courbes', list: 'Analyses commerciales', figure: 'CA HT', csv: /^CSV : / },
  en: { saved: /Analysis “Revue de mars” saved/, chart: 'Chart: Line chart', list: 'Commercial analyses', figure: 'Sales excl. VAT', csv: /^CSV: / },
} as const

async function typeInto(page: Page, selector: string, text: string) {
  await page.locator(selector).focus()
  await page.keyboard.type(text)
}

for (const language of ['fr', 'en'] as const) {
  test(`builds, saves and reads back an analysis with the keyboard, and exports a CSV for Excel (${language})`, async ({ page }) => {
    test.setTimeout(120_000)
    const texts = TEXTS[language]
    await page.addInitScript((lang) => localStorage.setItem('comptoir.language', lang), language)
    await openApp(page, '/statistiques')
    const panel = page.getByTestId('analysis-panel')
    await expect(panel).toBeVisible({ timeout: 30_000 })

    await typeInto(page, '#analysis-title', 'Revue de mars')
    await typeInto(page, '#analysis-objective', 'Mesurer la réalisation de l’objectif du mois')
    for (const figure of ['salesCents', 'evolutionPercent']) {
      await panel.locator(`[data-figure="${figure}"]`).focus()
      await page.keyboard.press('Space')
      await expect(panel.locator(`[data-figure="${figure}"]`)).toBeChecked()
    }
    // The chart select follows the page's (bars); one step down is "lines".
    await page.locator('#analysis-chart').focus()
    await page.keyboard.press('ArrowDown')
    await expect(page.locator('#analysis-chart')).toHaveValue('line')
    await typeInto(page, '#analysis-synthesis', 'Objectif du mois atteint à 96 %. Écart dû à un avoir. Relancer les devis en attente.')
    await expect(page.locator('#analysis-counter')).toContainText('84 / 2000')
    expect(await axe(page)).toEqual([])
    await page.getByTestId('analysis-save').focus()
    await page.keyboard.press('Enter')
    await expect(page.getByTestId('analysis-saved')).toHaveText(texts.saved)

    // A CSV export opens right in French Excel: UTF-8 BOM, then ';'-separated fields.
    const csvButton = page.getByRole('button', { name: texts.csv }).first()
    const downloading = page.waitForEvent('download')
    await csvButton.focus()
    await page.keyboard.press('Enter')
    const download = await downloading
    expect(download.suggestedFilename()).toMatch(/\.csv$/)
    const bytes = readFileSync((await download.path())!)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(bytes.subarray(3).toString('utf8').split('\r\n')[0]).toContain(';')

    await panel.getByRole('link').focus()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(texts.list)
    const card = page.getByTestId('analysis-card').first()
    await expect(card.getByRole('heading', { level: 2 })).toHaveText('Revue de mars')
    await expect(card).toContainText(texts.chart)
    await expect(card.getByRole('row')).toHaveCount(2)
    await expect(card.getByRole('rowheader').first()).toHaveText(texts.figure)
    await expect(card).toContainText('Relancer les devis en attente.')
    expect(await axe(page)).toEqual([])
  })
}
