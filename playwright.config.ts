import { defineConfig } from '@playwright/test'

/** Debian's Chromium (never `npx playwright install`: the machines have no browser download). */
export const CHROMIUM_PATH = process.env.CHROME_PATH || '/usr/bin/chromium'
// Without the background-networking flags Chromium keeps calling home on a closed network.
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync']
// E2E_PORT lets a second checkout run its e2e beside another one on the same machine.
const PORT = Number(process.env.E2E_PORT ?? 4173)
// E2E_DIST serves another build folder (parallel checkouts each build into their own).
const DIST = process.env.E2E_DIST ?? 'dist'

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.e2e.ts',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  // One retry on CI only: a run there is one shot on a loaded 2-core machine. A retried test still shows
  // as flaky in the list and in the summary note, to be mended; locally every failure stops the run.
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    viewport: { width: 1280, height: 720 },
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    trace: 'off',
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    command: `node node_modules/vite/bin/vite.js preview --host 127.0.0.1 --port ${PORT} --strictPort --outDir ${DIST}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
})
