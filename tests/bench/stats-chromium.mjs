// Statistics benchmark in Chromium, run by scripts/bench.mjs (`npm run bench`). No timed assertion:
// the figures are printed next to bare scans of the same rows, measured in the same run.
import { build, preview } from 'vite'

const pad = (text, width) => String(text).padEnd(width)
const ms = (value) => `${value} ms`.padStart(10)

/** The benchmark page's statistics run (tests/bench/stats-bench.ts) on a fresh page. */
export async function runStatsBench(browser, url) {
  const page = await browser.newPage()
  page.on('pageerror', (error) => console.error('page error:', error.message))
  await page.goto(`${url}stats-bench.html`)
  await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready')
  const result = await page.evaluate(() => window.runStatsBench())
  await page.close()
  return result
}

export function printStats(r) {
  console.log(`\nStatistics on ${r.invoiceLines} invoice lines + ${r.creditNoteLines} credit-note lines (${r.facts} facts; bare sum matches the facts: ${r.checksum})`)
  const rows = [
    ['bare IndexedDB scan of the same rows (one read, lines summed)', ms(r.bareIdbScanMs), ''],
    ['first visit after seeding (the seed wrote the cache)', ms(r.firstVisitMs), `longest main-thread block ${r.firstLongestBlockMs} ms`],
    ['whole rebuild (cache cleared: every document read + facts, cache written)', ms(r.rebuildMs), `longest main-thread block ${r.rebuildLongestBlockMs} ms`],
    ['page cold load (cache read + index)', ms(r.coldLoadMs), `longest main-thread block ${r.longestBlockMs} ms; same facts as the documents: ${r.cacheMatches}`],
    [`  of which: the whole cache read (${r.buckets} records, ${r.quoteCount} quote/order summaries)`, ms(r.cacheReadMs), ''],
    ['reload after one invoice written (one month recomputed)', ms(r.reloadAfterWriteMs), ''],
    ['  facts extraction alone (in memory, cold)', ms(r.factsMs), ''],
    ['  fact index alone', ms(r.indexMs), ''],
    ['bare in-memory scan of the facts (one loop)', ms(r.bareFactScan.medianMs), `first ${r.bareFactScan.firstMs} ms, max ${r.bareFactScan.maxMs} ms`],
    ['aggregate by month (all years)', ms(r.byMonth.medianMs), `first ${r.byMonth.firstMs} ms, max ${r.byMonth.maxMs} ms`],
    ['aggregate by customer (one year)', ms(r.byCustomer.medianMs), `first ${r.byCustomer.firstMs} ms, max ${r.byCustomer.maxMs} ms`],
    ...Object.entries(r.filterChanges).map(([label, t]) => [`filter change → whole view: ${label}`, ms(t.medianMs), `first ${t.firstMs} ms, max ${t.maxMs} ms`]),
  ]
  console.log(`  ${pad('measure', 72)}${pad('median', 10)}  notes`)
  for (const [label, value, note] of rows) console.log(`  ${pad(label, 72)}${value}  ${note}`)
  console.log('  Goals (issue 12): page opens cold ≤ 1000 ms, recompute after a filter change ≤ 50 ms, no freeze.')
}

/** Waits in the page (animation frames) until `test()` holds; returns the ms since `start`. */
const UNTIL = `(start, test) => new Promise((resolve) => { const check = () => (test() ? resolve(performance.now() - start) : requestAnimationFrame(check)); check() })`

/**
 * The real app: built with its own config, a large workspace created through its UI, then
 * /statistiques opened cold (after a reload) and a filter changed (grouping by customer), timed in
 * the page from the navigation / the click until the figures are on screen.
 */
export async function runAppStats(browser, root) {
  // Keeps Node alive while only the browser works (Playwright's connection does not hold the event loop).
  const keepAlive = setInterval(() => {}, 1000)
  const outDir = `${root}bench-results/app-dist`
  console.log('\nBuilding the app for the statistics page timing…')
  const config = { root, logLevel: 'warn', build: { outDir, emptyOutDir: true }, preview: { host: '127.0.0.1', port: 4175, strictPort: false } }
  let server
  let page
  try {
    await build(config)
    server = await preview(config)
    const url = server.resolvedUrls.local[0]
    page = await browser.newPage()
    page.setDefaultTimeout(60_000)
    await page.goto(`${url}#/espaces`)
    await page.getByTestId('sim-date').filter({ hasNotText: '—' }).waitFor({ timeout: 60_000 })
    await page.getByLabel("Nom de l'espace").fill('Banc statistiques')
    await page.getByRole('radio', { name: /Grande/ }).check()
    const t0 = Date.now()
    await page.getByRole('button', { name: 'Créer et ouvrir' }).click()
    await page.getByTestId('seed-progress-text').filter({ hasText: "L'entreprise est prête." }).waitFor({ timeout: 400_000 })
    const createMs = Date.now() - t0
    const runs = []
    for (let i = 0; i < 3; i += 1) {
      await page.goto(`${url}#/`)
      await page.reload()
      await page.getByTestId('sim-date').filter({ hasNotText: '—' }).waitFor()
      const openMs = await page.evaluate(`(${UNTIL})(performance.now(), () => document.querySelector('[data-testid="stats-period"]'), location.hash = '#/statistiques')`)
      const marks = await page.evaluate(() => performance.getEntriesByType('mark').filter((m) => m.name.startsWith('stats:')).map((m) => ({ name: m.name, at: Math.round(m.startTime) })))
      // Filter change: group by customer (the dimension select), until the dimension section shows it.
      await page.locator('#stats-dimension').click()
      const option = page.getByRole('option', { name: 'Client', exact: true })
      await option.waitFor()
      const headingBefore = await page.locator('#stats-dimension-title').first().textContent()
      const filterMs = await page.evaluate(`(${UNTIL})(performance.now(), () => { const h = document.querySelector('#stats-dimension-title'); return h && h.textContent !== ${JSON.stringify(headingBefore)} }, [...document.querySelectorAll('[role="option"]')].find((o) => o.textContent.trim() === 'Client').click())`)
      runs.push({ openMs: Math.round(openMs), filterMs: Math.round(filterMs), marks })
    }
    return { createMs, runs }
  } finally {
    clearInterval(keepAlive)
    await page?.close()
    if (server) await new Promise((resolve) => server.httpServer.close(resolve))
  }
}

export function printAppStats(app) {
  console.log(`\nReal app, large workspace created through the UI in ${app.createMs} ms`)
  console.log(`  ${pad('run', 6)}${pad('/statistiques opens cold', 28)}${pad('filter change (group by customer)', 36)}page marks`)
  app.runs.forEach((run, i) => console.log(`  ${pad(i + 1, 6)}${pad(`${run.openMs} ms`, 28)}${pad(`${run.filterMs} ms`, 36)}${run.marks.map((m) => `${m.name}@${m.at}`).join(' ') || '—'}`))
  console.log('  (timed in the page with animation frames: ±16 ms; cold = after a reload, the page chunk and the facts loaded on the visit)')
}
