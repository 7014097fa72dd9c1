import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { test, expect, openApp } from './fixtures'

/** Budget for the JavaScript a learner's browser downloads to show the first page (weak classroom networks). */
const FIRST_LOAD_BUDGET_KB = 200

test(`first-load JavaScript stays within ${FIRST_LOAD_BUDGET_KB} kB gzip`, async ({ page }) => {
  const scripts = new Set<string>()
  page.on('response', (response) => {
    const url = new URL(response.url())
    if (url.pathname.endsWith('.js')) scripts.add(url.pathname)
  })
  await openApp(page)
  await page.waitForLoadState('networkidle')
  const sizes = [...scripts].map((path) => ({ path, gzip: gzipSync(readFileSync(`dist${path}`), { level: 9 }).length }))
  const totalKb = sizes.reduce((sum, s) => sum + s.gzip, 0) / 1024
  // Printed for `npm run size` and the CI log.
  console.log(`first-load JS: ${totalKb.toFixed(1)} kB gzip in ${sizes.length} files (budget ${FIRST_LOAD_BUDGET_KB} kB)`)
  for (const s of sizes.sort((a, b) => b.gzip - a.gzip)) console.log(`  ${(s.gzip / 1024).toFixed(1).padStart(6)} kB  ${s.path}`)
  expect(totalKb).toBeLessThanOrEqual(FIRST_LOAD_BUDGET_KB)
})
