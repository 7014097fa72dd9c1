/**
 * The result file of a scenario attempt: what a learner hands in to the trainer. A versioned JSON
 * document (format id and version, scenario id and version, learner's name, dates, the grader's
 * report, the answers and a summary of the journal) sealed with a SHA-256 checksum of its canonical
 * JSON. The checksum detects a file damaged in transit or edited by hand without care; it is NOT a
 * signature: anyone who reads this code can recompute it, so it proves nothing against a learner
 * determined to cheat (the screens say so).
 *
 * Pure: no Vue, Dexie or i18next; Web Crypto's SHA-256 (browser and Node) through src/db/checksum.ts.
 */
import type { JournalEntry } from '@/db/types'
import { canonicalJson, sha256Checksum } from '@/db/checksum'
import type { AnswerValue, GradeReport } from './grader'

/** Identifies a Comptoir result file among other JSON files. */
export const RESULT_FILE_FORMAT = 'comptoir-scenario-result'
/** The version this code writes and reads; a file of another version is refused with a clear message. */
export const RESULT_FILE_VERSION = 1

/** What the journal says of the attempt, in figures (the full journal stays in the workspace's export). */
export interface JournalSummary {
  /** Every line, the scenario's and the system's included. */
  entries: number
  /** The learner's commands, accepted and refused. */
  learner: { done: number; refused: number }
  /** The learner's commands by name. */
  commands: Record<string, { done: number; refused: number }>
  /** Simulated dates of the learner's first and last command. */
  firstSimDate?: string
  lastSimDate?: string
  /** Timeline events delivered by the scenario. */
  scenarioEvents: number
}

export interface ResultFileContent {
  format: typeof RESULT_FILE_FORMAT
  formatVersion: typeof RESULT_FILE_VERSION
  scenario: { id: string; version: number; title: { fr: string; en: string } }
  learner: { name: string }
  dates: {
    /** Wall clock (ISO) of the start, the submission and the file's making. */
    startedAt: string
    submittedAt?: string
    exportedAt: string
    /** Simulated dates: the scenario's start and the day the attempt was submitted. */
    simStart: string
    simSubmitted?: string
  }
  report: GradeReport
  answers: Record<string, AnswerValue>
  journal: JournalSummary
}

export interface ResultFile extends ResultFileContent {
  /** 'sha256-<hex>' of the canonical JSON of everything else in the file. */
  checksum: string
}

/** Counts the journal's lines for the result file. */
export function summarizeJournal(journal: readonly JournalEntry[]): JournalSummary {
  const summary: JournalSummary = { entries: journal.length, learner: { done: 0, refused: 0 }, commands: {}, scenarioEvents: 0 }
  for (const entry of journal) {
    if (entry.actor?.kind === 'scenario' && entry.command !== 'scenario.start') summary.scenarioEvents += 1
    if (entry.actor?.kind !== 'learner') continue
    summary.learner[entry.outcome] += 1
    const counts = summary.commands[entry.command] ??= { done: 0, refused: 0 }
    counts[entry.outcome] += 1
    if (!summary.firstSimDate || entry.simDate < summary.firstSimDate) summary.firstSimDate = entry.simDate
    if (!summary.lastSimDate || entry.simDate > summary.lastSimDate) summary.lastSimDate = entry.simDate
  }
  return summary
}

export interface ResultFileInput {
  scenario: { id: string; version: number; title: { fr: string; en: string }; startDate: string }
  learnerName: string
  startedAt: string
  submittedAt?: string
  submittedOn?: string
  report: GradeReport
  answers: Readonly<Record<string, AnswerValue>>
  journal: readonly JournalEntry[]
}

/** The sealed result file of an attempt, made at `exportedAt` (ISO wall clock). */
export async function buildResultFile(input: ResultFileInput, exportedAt: string): Promise<ResultFile> {
  const content: ResultFileContent = {
    format: RESULT_FILE_FORMAT,
    formatVersion: RESULT_FILE_VERSION,
    scenario: { id: input.scenario.id, version: input.scenario.version, title: { ...input.scenario.title } },
    learner: { name: input.learnerName },
    dates: {
      startedAt: input.startedAt, ...(input.submittedAt ? { submittedAt: input.submittedAt } : {}), exportedAt,
      simStart: input.scenario.startDate, ...(input.submittedOn ? { simSubmitted: input.submittedOn } : {}),
    },
    // A JSON round trip keeps exactly what the file will hold (no undefined, no shared references).
    report: JSON.parse(JSON.stringify(input.report)) as GradeReport,
    answers: JSON.parse(JSON.stringify(input.answers)) as Record<string, AnswerValue>,
    journal: summarizeJournal(input.journal),
  }
  return { ...content, checksum: await sha256Checksum(content) }
}

/** The file's text: indented, so a trainer can read it. */
export function resultFileText(file: ResultFile): string {
  return `${JSON.stringify(file, null, 2)}\n`
}

/** 'comptoir-resultat-exemple-crm-rgpd-camille-martin-2026-11-23.json' */
export function resultFileName(file: Pick<ResultFile, 'scenario' | 'learner' | 'dates'>): string {
  const slug = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^\w-]+/g, '-').replace(/^-+|-+$/g, '').toLowerCase()
  return `comptoir-resultat-${slug(file.scenario.id)}-${slug(file.learner.name) || 'apprenant'}-${file.dates.exportedAt.slice(0, 10)}.json`
}

/** Why a result file was refused: an i18n key and its values. */
export interface ResultFileProblem {
  key: string
  values: Record<string, string | number>
}

export type ResultFileCheck = { ok: true; file: ResultFile } | { ok: false; problem: ResultFileProblem }

const problem = (key: string, values: Record<string, string | number> = {}): ResultFileCheck => ({ ok: false, problem: { key: `scenario-play.result.errors.${key}`, values } })

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value)

/**
 * Reads a result file back: refused when it is not JSON, not a Comptoir result file, of a version
 * this code does not read, incomplete, or when its checksum does not match its content (damaged, or
 * edited by hand).
 */
export async function verifyResultFile(text: string): Promise<ResultFileCheck> {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return problem('notJson')
  }
  if (!isRecord(data) || data.format !== RESULT_FILE_FORMAT) return problem('notAResultFile', { format: RESULT_FILE_FORMAT })
  const version = data.formatVersion
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return problem('unknownVersion', { version: String(version), supported: RESULT_FILE_VERSION })
  if (version > RESULT_FILE_VERSION) return problem('newerVersion', { version, supported: RESULT_FILE_VERSION })
  if (version < RESULT_FILE_VERSION) return problem('olderVersion', { version, supported: RESULT_FILE_VERSION })
  const scenario = data.scenario
  const learner = data.learner
  if (!isRecord(scenario) || typeof scenario.id !== 'string' || typeof scenario.version !== 'number'
    || !isRecord(learner) || typeof learner.name !== 'string' || !isRecord(data.dates) || !isRecord(data.report) || !isRecord(data.journal)) {
    return problem('incomplete')
  }
  if (typeof data.checksum !== 'string') return problem('noChecksum')
  const { checksum, ...content } = data
  if ((await sha256Checksum(content)) !== checksum) return problem('checksumMismatch')
  return { ok: true, file: data as unknown as ResultFile }
}

/** Canonical JSON of a file's content (what the checksum covers), for tests and tools. */
export function resultFileContentJson(file: ResultFile): string {
  const { checksum: _checksum, ...content } = file
  return canonicalJson(content)
}
