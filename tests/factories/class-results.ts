/**
 * Result files for the trainer's class view: a small graded report made by hand (two checks on
 * CP1.1 and CP1.2, one rubric item on CP1.2) sealed by the real result-file code, and a tampered copy.
 */
import type { GradeReport } from '@/scenario/grader'
import { buildResultFile, resultFileText, type ResultFile } from '@/scenario/result-file'

export function classReport(passed: { devis: boolean; delai: boolean }): GradeReport {
  const check = (id: string, criteria: string[], ok: boolean, weight: number) => ({
    kind: 'documentExists' as const, passed: ok, evidence: [], id, criteria, weight, feedback: { fr: `Retour ${id}`, en: `Feedback ${id}` },
    ...(ok ? {} : { miss: 'notFound' as const }),
  })
  const checks = [check('devis-cree', ['CP1.1'], passed.devis, 2), check('delai-ok', ['CP1.2'], passed.delai, 1)]
  const earned = checks.reduce((sum, c) => sum + (c.passed ? c.weight : 0), 0)
  const score = (e: number, p: number) => ({ earned: e, possible: p, ratio: p ? e / p : null, status: (p && e >= p ? 'evidenced' : e > 0 ? 'partly' : 'notYet') as 'evidenced' | 'partly' | 'notYet' })
  return {
    scenarioId: 'cp1-devis-remises', scenarioVersion: 2, checks,
    criteria: [
      { id: 'CP1.1', competenceId: 'CP1', checks: ['devis-cree'], rubric: [], ...score(passed.devis ? 2 : 0, 2) },
      { id: 'CP1.2', competenceId: 'CP1', checks: ['delai-ok'], rubric: ['ton-courriel'], ...score(passed.delai ? 1 : 0, 1) },
    ],
    competences: [{ id: 'CP1', criteria: ['CP1.1', 'CP1.2'], ...score(earned, 3) }],
    automatic: { earned, possible: 3, ratio: earned / 3, passed: checks.filter((c) => c.passed).length, total: 2 },
    trainer: {
      items: [{ id: 'ton-courriel', criteria: ['CP1.2'], label: { fr: 'Ton du courriel', en: 'Tone of the e-mail' }, points: 4, status: 'toBeGradedByTrainer' }],
      points: 4,
    },
  }
}

export function classResultFile(learnerName: string, passed: { devis: boolean; delai: boolean }): Promise<ResultFile> {
  return buildResultFile({
    scenario: { id: 'cp1-devis-remises', version: 2, title: { fr: 'Devis avec remises en cascade', en: 'Quote with cascade discounts' }, startDate: '2026-03-09' },
    learnerName, startedAt: '2026-11-23T09:00:00.000Z', submittedAt: '2026-11-23T09:40:00.000Z', submittedOn: '2026-03-10',
    report: classReport(passed), answers: {}, journal: [],
  }, '2026-11-23T09:41:00.000Z')
}

/** The file's text with the automatic score raised by hand: the checksum no longer matches. */
export function tamperedText(file: ResultFile): string {
  const data = JSON.parse(resultFileText(file)) as ResultFile
  data.report.automatic.earned = data.report.automatic.possible
  return JSON.stringify(data, null, 2)
}
