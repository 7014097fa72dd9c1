#!/usr/bin/env node
// `npm run scenario:schema`: writes scenarios/scenario.schema.json from the zod schema of scenario
// files (src/scenario/schema.ts), through Vite's module runner so the TypeScript source and the '@/'
// alias load as in the app. `--check` only compares and exits 1 when the committed file is stale.
import { runnerImport } from 'vite'
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const { module } = await runnerImport(`${root}src/scenario/json-schema.ts`, {
  configFile: false,
  root,
  logLevel: 'warn',
  resolve: { alias: { '@': `${root}src` } },
})
const target = `${root}${module.SCENARIO_JSON_SCHEMA_PATH}`
const text = module.scenarioJsonSchemaText()

if (process.argv.includes('--check')) {
  let current = ''
  try {
    current = readFileSync(target, 'utf8')
  } catch {
    // missing: stale
  }
  if (current !== text) {
    console.error(`${module.SCENARIO_JSON_SCHEMA_PATH} is stale: run npm run scenario:schema`)
    process.exit(1)
  }
  console.log(`${module.SCENARIO_JSON_SCHEMA_PATH} is up to date.`)
} else {
  writeFileSync(target, text)
  console.log(`Wrote ${module.SCENARIO_JSON_SCHEMA_PATH} (${Math.round(text.length / 1024)} kB).`)
}
