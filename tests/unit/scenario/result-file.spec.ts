/**
 * The result file: built from a graded attempt, sealed with a SHA-256 of its canonical JSON, read back
 * when intact; refused, with a message that says why, when it was damaged or edited, when it is not a
 * result file, or when its format version is not the one this code reads.
 */
import { describe, expect, it } from 'vitest'
import { gradeAttempt } from '@/scenario'
import {
  buildResultFile, resultFileName, resultFileText, summarizeJournal, verifyResultFile, RESULT_FILE_FORMAT, RESULT_FILE_VERSION, type ResultFile,
} from '@/scenario/result-file'
import { emptySnapshot, entry, loadOrThrow, START } from './helpers'

const scenario = loadOrThrow()

async function file(): Promise<ResultFile> {
  const journal = [
    { ...entry('workspace.seed'), actor: { kind: 'system' as const } },
    { ...entry('messages.receive'), actor: { kind: 'scenario' as const } },
    entry('tiers.create', { name: 'Dupont' }, { simDate: START, actor: { kind: 'learner', name: 'Léa Petit' } }),
    entry('tiers.create', {}, { simDate: '2026-03-10', outcome: 'refused', reason: { key: 'tiers.rules.x' } }),
    entry('scenario.submit', {}, { simDate: '2026-03-11' }),
  ]
  const report = gradeAttempt(scenario, emptySnapshot(), journal)
  return buildResultFile({
    scenario: { ...scenario }, learnerName: 'Léa Petit', startedAt: '2026-11-23T09:00:00.000Z', submittedAt: '2026-11-23T09:40:00.000Z',
    submittedOn: '2026-03-11', report, answers: { t1: 12_345 }, journal,
  }, '2026-11-23T09:41:00.000Z')
}

const text = async (change?: (data: Record<string, unknown>) => void) => {
  const data = JSON.parse(resultFileText(await file())) as Record<string, unknown>
  change?.(data)
  return JSON.stringify(data)
}

describe('result file', () => {
  it('holds the format, the scenario, the learner, the dates, the report, the answers and a journal summary', async () => {
    const made = await file()
    expect(made).toMatchObject({
      format: RESULT_FILE_FORMAT, formatVersion: RESULT_FILE_VERSION,
      scenario: { id: 'test-scenario', version: 1, title: { fr: 'Scénario de test' } }, learner: { name: 'Léa Petit' },
      dates: { startedAt: '2026-11-23T09:00:00.000Z', submittedAt: '2026-11-23T09:40:00.000Z', exportedAt: '2026-11-23T09:41:00.000Z', simStart: START, simSubmitted: '2026-03-11' },
      report: { scenarioId: 'test-scenario', automatic: { passed: 1, total: 1 } },
      answers: { t1: 12_345 },
      journal: { entries: 5, learner: { done: 2, refused: 1 }, scenarioEvents: 1, firstSimDate: START, lastSimDate: '2026-03-11', commands: { 'tiers.create': { done: 1, refused: 1 } } },
      checksum: expect.stringMatching(/^sha256-[0-9a-f]{64}$/),
    })
    expect(resultFileName(made)).toBe('comptoir-resultat-test-scenario-lea-petit-2026-11-23.json')
  })

  it('reads back an intact file, whatever the indentation or the order of the keys', async () => {
    const made = await file()
    expect(await verifyResultFile(resultFileText(made))).toEqual({ ok: true, file: made })
    const reordered = Object.fromEntries(Object.entries(made).reverse())
    expect((await verifyResultFile(JSON.stringify(reordered))).ok).toBe(true)
  })

  it('detects a file edited by hand: a score, a check, a name or the checksum changed', async () => {
    const mismatch = { ok: false, problem: { key: 'scenario-play.result.errors.checksumMismatch', values: {} } }
    expect(await verifyResultFile(await text((d) => { (d.report as { automatic: { ratio: number } }).automatic.ratio = 0.5 }))).toEqual(mismatch)
    expect(await verifyResultFile(await text((d) => { (d.report as { checks: { passed: boolean }[] }).checks[0]!.passed = false }))).toEqual(mismatch)
    expect(await verifyResultFile(await text((d) => { (d.learner as { name: string }).name = 'Autre' }))).toEqual(mismatch)
    expect(await verifyResultFile(await text((d) => { d.checksum = `sha256-${'0'.repeat(64)}` }))).toEqual(mismatch)
    expect(await verifyResultFile(await text((d) => { d.extra = true }))).toEqual(mismatch)
    expect(await verifyResultFile(await text((d) => { delete d.checksum }))).toMatchObject({ ok: false, problem: { key: 'scenario-play.result.errors.noChecksum' } })
  })

  it('detects a damaged file', async () => {
    const intact = await text()
    expect(await verifyResultFile(intact.slice(0, intact.length - 40))).toMatchObject({ ok: false, problem: { key: 'scenario-play.result.errors.notJson' } })
    expect(await verifyResultFile(intact.replace('"Léa Petit"', '"Léa Petiu"'))).toMatchObject({ ok: false, problem: { key: 'scenario-play.result.errors.checksumMismatch' } })
  })

  it('refuses another format version with a clear message, and other files', async () => {
    expect(await verifyResultFile(await text((d) => { d.formatVersion = 2 }))).toEqual({
      ok: false, problem: { key: 'scenario-play.result.errors.newerVersion', values: { version: 2, supported: RESULT_FILE_VERSION } },
    })
    expect(await verifyResultFile(await text((d) => { d.formatVersion = 'un' }))).toMatchObject({ ok: false, problem: { key: 'scenario-play.result.errors.unknownVersion' } })
    expect(await verifyResultFile(await text((d) => { d.format = 'comptoir-workspace' }))).toMatchObject({ ok: false, problem: { key: 'scenario-play.result.errors.notAResultFile' } })
    expect(await verifyResultFile('[1, 2]')).toMatchObject({ ok: false, problem: { key: 'scenario-play.result.errors.notAResultFile' } })
    expect(await verifyResultFile(await text((d) => { delete d.report }))).toMatchObject({ ok: false, problem: { key: 'scenario-play.result.errors.incomplete' } })
  })

  it('summarises an empty journal', () => {
    expect(summarizeJournal([])).toEqual({ entries: 0, learner: { done: 0, refused: 0 }, commands: {}, scenarioEvents: 0 })
  })
})
