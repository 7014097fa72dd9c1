#!/usr/bin/env node
// Grader benchmark: `node tests/bench/scenario-grader.mjs`. Grades a 40-check scenario on the built-in
// company (standard size) plus an attempt's records and a 300-entry journal, 30 times, in Node through
// Vite's module runner. Goal (issue 9): grading an attempt takes ≤ 50 ms.
import { runnerImport } from 'vite'
import { fileURLToPath } from 'node:url'
import process from 'node:process'

const root = fileURLToPath(new URL('../..', import.meta.url))
const { module } = await runnerImport(`${root}tests/bench/scenario-grader-bench.ts`, {
  configFile: false, root, logLevel: 'warn', resolve: { alias: { '@': `${root}src` } },
})
const result = module.runGraderBench(Number(process.env.BENCH_RUNS || 30))
const summary = (times) => {
  const sorted = [...times].sort((a, b) => a - b)
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))].toFixed(1)
  return `first run ${times[0].toFixed(1)} ms · median ${at(0.5)} ms · p90 ${at(0.9)} ms · max ${sorted.at(-1).toFixed(1)} ms`
}
console.log(`${result.checks} checks (${result.passed} passed), journal ${result.journal} entries, records ${JSON.stringify(result.records)}`)
console.log(`wall clock: ${summary(result.timesMs)}`)
console.log(`CPU time:   ${summary(result.cpuMs)}  (goal ≤ 50 ms per grading)`)
