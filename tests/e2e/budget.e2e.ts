import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import type { Page } from '@playwright/test'
import { test, expect, openApp } from './fixtures'

/** Budget for the JavaScript a learner's browser downloads to show a page of the app (weak classroom networks). */
const FIRST_LOAD_BUDGET_KB = 200
/**
 * The very first start also fetches the built-in company's generator and data (~33 kB gzip) to seed
 * the first workspace; it is loaded once, after the shell, and never again.
 */
const FIRST_START_BUDGET_KB = 240

async function scriptsLoadedBy(page: Page, load: () => Promise<void>) {
  const scripts = new Set<string>()
  const listener = (response: { url(): string }) => {
    const url = new URL(response.url())
    if (url.pathname.endsWith('.js')) scripts.add(url.pathname)
  }
  page.on('response', listener)
  await load()
  await page.waitForLoadState('networkidle')
  page.off('response', listener)
  const sizes = [...scripts].map((path) => ({ path, gzip: gzipSync(readFileSync(`${process.env.E2E_DIST ?? 'dist'}${path}`), { level: 9 }).length }))
  return { sizes, totalKb: sizes.reduce((sum, s) => sum + s.gzip, 0) / 1024 }
}

test(`loading the app costs at most ${FIRST_LOAD_BUDGET_KB} kB of JavaScript (gzip)`, async ({ page }) => {
  const firstStart = await scriptsLoadedBy(page, () => openApp(page))
  // A returning learner (the workspace exists): what every later visit downloads, cache aside.
  const returning = await scriptsLoadedBy(page, async () => { await page.reload(); await openApp(page) })
  // Printed for `npm run size` and the CI log.
  console.log(`first-load JS (returning learner): ${returning.totalKb.toFixed(1)} kB gzip in ${returning.sizes.length} files (budget ${FIRST_LOAD_BUDGET_KB} kB)`)
  for (const s of returning.sizes.sort((a, b) => b.gzip - a.gzip)) console.log(`  ${(s.gzip / 1024).toFixed(1).padStart(6)} kB  ${s.path}`)
  console.log(`very first start, seeding included: ${firstStart.totalKb.toFixed(1)} kB gzip (budget ${FIRST_START_BUDGET_KB} kB)`)
  expect(returning.totalKb).toBeLessThanOrEqual(FIRST_LOAD_BUDGET_KB)
  expect(firstStart.totalKb).toBeLessThanOrEqual(FIRST_START_BUDGET_KB)
})
