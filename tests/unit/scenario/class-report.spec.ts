/**
 * The trainer's class table: learners × criteria from verified result files, the trainer's rubric
 * points added to a criterion once graded (pending before, never guessed), refused files kept with
 * their reason, a file given twice counted once, and the CSV for a French Excel (BOM, ";", decimal comma).
 */
import { describe, expect, it } from 'vitest'
import {
  attemptKey, buildClassTable, buildProgressMap, classCsv, frenchDecimal, progressLearners, readGradeInput, readStoredGrades, withGrade,
  type ClassCsvLabels, type ClassImport,
} from '@/scenario/class-report'
import { ACOM_PROFESSIONAL_COMPETENCES } from '@/scenario/referentials'
import { verifyResultFile } from '@/scenario/result-file'
import { classResultFile, tamperedText } from '../../factories/class-results'

const labels: ClassCsvLabels = {
  learner: 'Apprenant', scenario: 'Scénario', version: 'Version', submittedAt: 'Remis le', automatic: 'Score automatique (%)', trainer: 'Points formateur',
  criterionScore: (id) => `${id} (points)`, status: { evidenced: 'Mis en évidence', partly: 'En partie', notYet: 'Pas encore', trainerOnly: 'À évaluer' },
  rubricItem: (scenarioId, itemId, points) => `${scenarioId} / ${itemId} (sur ${points})`, language: 'fr',
}

async function imports(): Promise<ClassImport[]> {
  const zoe = await classResultFile('Zoé Martin', { devis: true, delai: true })
  const emile = await classResultFile('Émile Durand', { devis: true, delai: false })
  const tampered = await verifyResultFile(tamperedText(await classResultFile('Tom Triche', { devis: false, delai: false })))
  if (tampered.ok) throw new Error('the tampered file should be refused')
  return [
    { fileName: 'zoe.json', ok: true, file: zoe },
    { fileName: 'emile.json', ok: true, file: emile },
    { fileName: 'tom.json', ok: false, problem: tampered.problem },
  ]
}

describe('class table', () => {
  it('lists learners alphabetically (French collation) with a cell per criterion, and keeps refused files with their reason', async () => {
    const table = buildClassTable(await imports())
    expect(table.rows.map((row) => row.learnerName)).toEqual(['Émile Durand', 'Zoé Martin'])
    expect(table.criteria.map((criterion) => criterion.id)).toEqual(['CP1.1', 'CP1.2'])
    expect(table.criteria[0]!.label).not.toBe('CP1.1')
    const [emile, zoe] = table.rows
    expect(emile!.cells['CP1.1']).toEqual({ status: 'evidenced', earned: 2, possible: 2, pending: 0 })
    expect(emile!.cells['CP1.2']).toEqual({ status: 'notYet', earned: 0, possible: 1, pending: 1 })
    expect(zoe!.automatic).toEqual({ earned: 3, possible: 3, ratio: 1 })
    expect(zoe!.trainer).toEqual({ awarded: 0, possible: 4, graded: 0, total: 1 })
    expect(table.refused).toEqual([{ fileName: 'tom.json', ok: false, problem: { key: 'scenario-play.result.errors.checksumMismatch', values: {} } }])
  })

  it('adds the trainer\'s graded points to the criterion the rubric item evidences', async () => {
    const files = await imports()
    const emileKey = attemptKey((files[1] as Extract<ClassImport, { ok: true }>).file)
    const table = buildClassTable(files, withGrade({}, emileKey, 'ton-courriel', 2.5))
    const emile = table.rows[0]!
    expect(emile.cells['CP1.2']).toEqual({ status: 'partly', earned: 2.5, possible: 5, pending: 0 })
    expect(emile.rubric[0]!.awarded).toBe(2.5)
    expect(emile.trainer).toEqual({ awarded: 2.5, possible: 4, graded: 1, total: 1 })
    // Zoé is not graded: her criterion stays on the automatic part, one item pending.
    expect(table.rows[1]!.cells['CP1.2']).toEqual({ status: 'evidenced', earned: 1, possible: 1, pending: 1 })
  })

  it('counts a file given twice once, and says which one repeated', async () => {
    const files = await imports()
    const table = buildClassTable([...files, { ...files[0]!, fileName: 'zoe (1).json' }])
    expect(table.rows).toHaveLength(2)
    expect(table.duplicates).toEqual(['zoe (1).json'])
  })

  it('shows a criterion only the trainer can judge as such until graded', async () => {
    const zoe = await classResultFile('Zoé Martin', { devis: true, delai: true })
    zoe.report.checks = zoe.report.checks.filter((check) => check.id !== 'delai-ok')
    const table = buildClassTable([{ fileName: 'z.json', ok: true, file: zoe }])
    expect(table.rows[0]!.cells['CP1.2']).toEqual({ status: 'trainerOnly', earned: 0, possible: 0, pending: 1 })
    const graded = buildClassTable([{ fileName: 'z.json', ok: true, file: zoe }], withGrade({}, attemptKey(zoe), 'ton-courriel', 4))
    expect(graded.rows[0]!.cells['CP1.2']!.status).toBe('evidenced')
  })
})

describe('trainer grades', () => {
  it('reads points from 0 to the maximum, comma or dot, one decimal; empty clears', () => {
    expect(readGradeInput('2,5', 4)).toEqual({ ok: true, points: 2.5 })
    expect(readGradeInput(' 3.0 ', 4)).toEqual({ ok: true, points: 3 })
    expect(readGradeInput('', 4)).toEqual({ ok: true, points: null })
    expect(readGradeInput('4,1', 4)).toEqual({ ok: false, key: 'scenario-class.grade.errors.tooHigh', values: { maximum: 4 } })
    expect(readGradeInput('-1', 4)).toMatchObject({ ok: false, key: 'scenario-class.grade.errors.notANumber' })
    expect(readGradeInput('2,55', 4)).toMatchObject({ ok: false, key: 'scenario-class.grade.errors.notANumber' })
    expect(readGradeInput('abc', 4)).toMatchObject({ ok: false })
  })

  it('sets and clears one grade without touching the others', () => {
    const before = { a: { x: 1 } }
    const after = withGrade(before, 'a', 'y', 2)
    expect(after).toEqual({ a: { x: 1, y: 2 } })
    expect(before).toEqual({ a: { x: 1 } })
    expect(withGrade(withGrade(after, 'a', 'x', null), 'a', 'y', null)).toEqual({})
  })

  it('keeps only well-formed grades from storage', () => {
    expect(readStoredGrades({ a: { x: 2, y: 'trois', z: -1 }, b: 'nope', c: {} })).toEqual({ a: { x: 2 } })
    expect(readStoredGrades('[]')).toEqual({})
    expect(readStoredGrades(null)).toEqual({})
  })
})

describe('CSV for a French Excel', () => {
  it('formats decimals with a comma, half-up on tenths', () => {
    expect(frenchDecimal(2.5)).toBe('2,5')
    expect(frenchDecimal(3)).toBe('3')
    expect(frenchDecimal(200 / 3)).toBe('66,7')
    expect(frenchDecimal(0.25)).toBe('0,3')
  })

  it('starts with a UTF-8 BOM, separates with ";", ends lines with CRLF, and writes decimal commas', async () => {
    const files = await imports()
    const emileKey = attemptKey((files[1] as Extract<ClassImport, { ok: true }>).file)
    const csv = classCsv(buildClassTable(files, withGrade({}, emileKey, 'ton-courriel', 2.5)), labels)
    expect(csv.startsWith('\uFEFF')).toBe(true)
    const lines = csv.slice(1).split('\r\n')
    expect(lines.at(-1)).toBe('')
    expect(lines[0]).toBe('Apprenant;Scénario;Version;Remis le;Score automatique (%);Points formateur;CP1.1;CP1.1 (points);CP1.2;CP1.2 (points);cp1-devis-remises / ton-courriel (sur 4)')
    expect(lines[1]).toBe('Émile Durand;Devis avec remises en cascade;2;2026-11-23;66,7;2,5 / 4;Mis en évidence;2 / 2;En partie;2,5 / 5;2,5')
    expect(lines[2]).toBe('Zoé Martin;Devis avec remises en cascade;2;2026-11-23;100;;Mis en évidence;2 / 2;Mis en évidence;1 / 1;')
    expect(lines).toHaveLength(4)
  })

  it('quotes fields holding ";" or quotes, and defuses formulas', async () => {
    const file = await classResultFile('=HYPERLINK("x";"y")', { devis: true, delai: true })
    const csv = classCsv(buildClassTable([{ fileName: 'f.json', ok: true, file }]), labels)
    expect(csv.split('\r\n')[1]!.startsWith('"\'=HYPERLINK(""x"";""y"")";')).toBe(true)
  })
})

describe('progress map across attempts', () => {
  const attempt = (learnerName: string, scenarioId: string, criteria: [string, 'evidenced' | 'partly' | 'notYet' | 'trainerOnly'][]) =>
    ({ learnerName, scenarioId, report: { criteria: criteria.map(([id, status]) => ({ id, status })) } })
  const attempts = [
    attempt('Zoé Martin', 'a', [['CP1.1', 'partly'], ['CP1.2', 'notYet']]),
    attempt('Zoé Martin', 'b', [['CP1.1', 'evidenced'], ['CP1.3', 'partly'], ['CP1.4', 'trainerOnly']]),
    attempt('Émile Durand', 'a', [['CP1.2', 'evidenced']]),
  ]

  it('maps the 31 professional criteria, keeping the best status of a learner\'s attempts', () => {
    const map = buildProgressMap(attempts, 'Zoé Martin', ACOM_PROFESSIONAL_COMPETENCES)
    const all = map.competences.flatMap((competence) => competence.criteria)
    expect(all).toHaveLength(31)
    expect(map.attempts).toBe(2)
    const byId = new Map(all.map((criterion) => [criterion.id, criterion]))
    expect(byId.get('CP1.1')).toMatchObject({ status: 'evidenced', attempts: 2, evidenced: 1 })
    // Émile's evidence is not Zoé's.
    expect(byId.get('CP1.2')).toMatchObject({ status: 'notYet', attempts: 1, evidenced: 0 })
    expect(byId.get('CP1.3')).toMatchObject({ status: 'partly', attempts: 1 })
    expect(byId.get('CP1.4')).toMatchObject({ status: 'notYet', attempts: 1 })
    expect(byId.get('CP2.1')).toMatchObject({ status: 'notYet', attempts: 0 })
    expect(map.counts).toEqual({ evidenced: 1, partly: 1, notYet: 29 })
  })

  it('lists the learners of the attempts once each, alphabetically', () => {
    expect(progressLearners(attempts)).toEqual(['Émile Durand', 'Zoé Martin'])
  })
})
