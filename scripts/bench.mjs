#!/usr/bin/env node
// `npm run bench`: builds the benchmark page (tests/bench/bench.html, not part of the app) with the
// app's own seeding code, serves it with `vite preview` on a free port, and in Debian Chromium seeds a
// 100,000-invoice-line company: generation time, the app's write time, and a bare `bulkAdd` of the same
// records in the same run. `--variants` also times other `salesDocs` index sets.
// Statistics (issue 12): on the same 100,000-line company, the statistics page's cold load, facts
// extraction, aggregations by month and by customer and whole-view recomputes after a filter change,
// next to bare scans of the same rows (tests/bench/stats-bench.ts). `--stats-only` skips the seeding
// runs; `--app` also builds the real app, creates a large workspace through its UI and times
// /statistiques opening cold and recomputing after a filter change, in the same Chromium.
import { build, preview } from 'vite'
import { chromium } from '@playwright/test'
import { fileURLToPath } from 'node:url'
import { mkdirSync, writeFileSync } from 'node:fs'

const root = fileURLToPath(new URL('..', import.meta.url))
const outDir = `${root}bench-results/dist`
const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium'
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic']
const runs = Number(process.env.BENCH_RUNS || 2)
const variants = process.argv.includes('--variants')
const statsOnly = process.argv.includes('--stats-only')
const appRun = process.argv.includes('--app')

const config = {
  configFile: false,
  root: `${root}tests/bench`,
  base: './',
  logLevel: 'warn',
  resolve: { alias: { '@': `${root}src` } },
  build: { outDir, emptyOutDir: true, target: 'es2022', rollupOptions: { input: { bench: `${root}tests/bench/bench.html`, stats: `${root}tests/bench/stats-bench.html` } } },
  worker: { format: 'es' },
  preview: { host: '127.0.0.1', port: 4174, strictPort: false },
}

console.log('Building the benchmark page…')
await build(config)
const server = await preview(config)
const url = server.resolvedUrls.local[0]
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS })
try {
  const page = await browser.newPage()
  page.on('pageerror', (error) => console.error('page error:', error.message))
  await page.goto(`${url}bench.html`)
  await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready')
  const results = []
  for (let i = 0; i < (statsOnly ? 0 : runs); i += 1) {
    const result = await page.evaluate((options) => window.runBench(options), { variants })
    results.push(result)
    console.log(`\nrun ${i + 1}: ${result.invoiceLines} invoice lines, ${result.records} records`, JSON.stringify(result.counts))
    console.log(`  generation (main thread)          ${result.generateMs} ms`)
    console.log(`  write through the app's seeding   ${result.appWriteMs} ms`)
    console.log(`  bare bulkAdd, same records        ${result.bareBulkAddMs} ms`)
    console.log(`  create a large workspace (worker) ${result.workerCreateMs} ms (generation + write, end to end)`)
    console.log(`  built-in company (${result.standard.invoiceLines} lines, ${result.standard.records} records): generation ${result.standard.generateMs} ms, write ${result.standard.writeMs} ms`)
    for (const [name, ms] of Object.entries(result.variants)) console.log(`  bare bulkAdd, ${name.padEnd(48)} ${ms} ms`)
  }
  if (!statsOnly) console.log(`\nChromium ${browser.version()}; goal ≤ 2000 ms for the write.`)

  const { runStatsBench, printStats, runAppStats, printAppStats } = await import('../tests/bench/stats-chromium.mjs')
  const stats = await runStatsBench(browser, url)
  printStats(stats)
  let app = null
  if (appRun) {
    app = await runAppStats(browser, root)
    printAppStats(app)
  }
  mkdirSync(`${root}bench-results`, { recursive: true })
  writeFileSync(`${root}bench-results/bench.json`, JSON.stringify({ date: new Date().toISOString(), chromium: browser.version(), results, stats, app }, null, 2))
  console.log('\nFigures saved in bench-results/bench.json.')
} finally {
  await browser.close()
  await new Promise((resolve) => server.httpServer.close(resolve))
}
