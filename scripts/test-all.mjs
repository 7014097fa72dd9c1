#!/usr/bin/env node
// `npm test`: every check, in the order CI runs them, one line per suite and a plain total line last.
// lint → typecheck → Vitest (unit, integration, components) → build → end-to-end in Debian Chromium.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { join, relative } from 'node:path'

const root = new URL('..', import.meta.url).pathname
const results = []
const run = (cmd, args, env = {}) => spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } }).status === 0
const record = (suite, passed, failed, note = '') => results.push({ suite, passed, failed, note })
const banner = (title) => console.log(`\n━━ ${title} ━━`)
const bin = (name) => join(root, 'node_modules', '.bin', name)

function ensureChromium() {
  const path = process.env.CHROME_PATH || '/usr/bin/chromium'
  if (existsSync(path)) return true
  if (typeof process.getuid === 'function' && process.getuid() === 0) {
    banner('Chromium is missing: installing Debian\'s chromium with apt-get')
    return run('apt-get', ['update']) && run('apt-get', ['install', '-y', 'chromium'], { DEBIAN_FRONTEND: 'noninteractive' }) && existsSync(path)
  }
  console.error(`\nChromium was not found at ${path}. The end-to-end tests need it; install it with:\n\n  sudo apt-get update && sudo apt-get install -y chromium\n\n(or set CHROME_PATH to a Chromium binary) and run npm test again.`)
  return false
}

function readJson(file) {
  try { return JSON.parse(readFileSync(join(root, file), 'utf8')) } catch { return null }
}

mkdirSync(join(root, 'test-results'), { recursive: true })

banner('lint (ESLint)')
record('lint', ...(run(bin('eslint'), ['.', '--max-warnings', '0']) ? [1, 0] : [0, 1]))

banner('typecheck (vue-tsc --build)')
record('typecheck', ...(run(bin('vue-tsc'), ['--build']) ? [1, 0] : [0, 1]))

banner('Vitest: unit, integration, components')
rmSync(join(root, 'test-results/vitest.json'), { force: true })
const vitestOk = run(bin('vitest'), ['run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/vitest.json'])
const vitest = readJson('test-results/vitest.json')
for (const suite of ['unit', 'integration', 'components']) {
  const files = (vitest?.testResults ?? []).filter((f) => relative(root, f.name).startsWith(`tests/${suite}/`))
  const tests = files.flatMap((f) => f.assertionResults)
  // A file that fails to load has no assertions: count it as one failure so it cannot hide.
  const broken = files.filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length
  record(suite, tests.filter((t) => t.status === 'passed').length, tests.filter((t) => t.status === 'failed').length + broken)
}
if (!vitest) record('vitest', 0, 1, 'no report')
else if (!vitestOk && results.slice(-3).every((r) => r.failed === 0)) record('vitest', 0, 1, 'vitest exited with an error')

banner('build (vite build)')
const built = run(bin('vite'), ['build'])
record('build', ...(built ? [1, 0] : [0, 1]))

banner('end-to-end (Playwright + Debian Chromium + axe)')
if (!built) {
  record('e2e', 0, 1, 'not run: the build failed')
} else if (!ensureChromium()) {
  record('e2e', 0, 1, 'not run: Chromium is missing')
} else {
  rmSync(join(root, 'test-results/e2e.json'), { force: true })
  const e2eOk = run(bin('playwright'), ['test'])
  const stats = readJson('test-results/e2e.json')?.stats
  if (!stats) record('e2e', 0, 1, 'no report')
  // A test that passed only on its retry is counted as passed but named, so a flake is seen and mended.
  else record('e2e', stats.expected + stats.flaky, stats.unexpected + (e2eOk || stats.unexpected ? 0 : 1),
    stats.flaky ? `${stats.flaky} passed on retry only: see the list above` : undefined)
}

console.log('')
for (const { suite, passed, failed, note } of results) console.log(`${suite}: ${passed} passed, ${failed} failed${note ? ` (${note})` : ''}`)
const passed = results.reduce((sum, r) => sum + r.passed, 0)
const failed = results.reduce((sum, r) => sum + r.failed, 0)
console.log(`${passed} passed, ${failed} failed`)
process.exit(failed === 0 ? 0 : 1)
