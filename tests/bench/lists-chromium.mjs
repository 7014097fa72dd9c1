// Runs tests/bench/lists-bench.ts in Debian Chromium through a Vite dev server and prints its timings:
//   node tests/bench/lists-chromium.mjs [invoiceLines=100000]
import process from 'node:process'
import { createServer } from 'vite'
import { chromium } from '@playwright/test'

const lines = Number(process.argv[2] ?? 100_000)
const server = await createServer({ server: { host: '127.0.0.1', port: 5199, strictPort: true }, logLevel: 'error' })
await server.listen()
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
try {
  const page = await browser.newPage()
  page.on('pageerror', (error) => console.error('pageerror:', error.message))
  await page.goto(`http://127.0.0.1:5199/tests/bench/lists-bench.html?lines=${lines}`)
  await page.waitForFunction(() => window.benchResult !== undefined, null, { timeout: 600_000 })
  const result = await page.evaluate(() => window.benchResult)
  console.log(`Chromium ${browser.version()}, ${lines} invoice lines asked`)
  console.log(result.lines.join('\n'))
  if (result.error) { console.error(result.error); process.exitCode = 1 }
} finally {
  await browser.close()
  await server.close()
}
