import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { test, expect, openApp, axe } from './fixtures'
import { sha256Checksum } from '../../src/db/checksum'

/**
 * The trainer's class view in Chromium: two result files made here and sealed with the app's
 * checksum code (one then tampered by hand), the table of learners × criteria with the tampered
 * file flagged and its reason, a rubric item graded (still there after a reload), the CSV export
 * for a French Excel, and axe on the filled page.
 */
// The e2e project (tsconfig.node.json) has no '@/' alias, so src/scenario/result-file.ts cannot be
// imported here: the file is written as buildResultFile writes it (format 1) and sealed with the same
// checksum code; the page verifies it with result-file.ts.
async function resultFile(learnerName: string, passed: boolean): Promise<Record<string, unknown>> {
  const check = (id: string, criteria: string[], ok: boolean, weight: number) => ({
    kind: 'documentExists', passed: ok, evidence: [], id, criteria, weight, feedback: { fr: `Retour ${id}`, en: `Feedback ${id}` }, ...(ok ? {} : { miss: 'notFound' }),
  })
  const earned = passed ? 3 : 0
  const content = {
    format: 'comptoir-scenario-result', formatVersion: 1,
    scenario: { id: 'cp1-devis-remises', version: 2, title: { fr: 'Devis avec remises en cascade', en: 'Quote with cascade discounts' } },
    learner: { name: learnerName },
    dates: { startedAt: '2026-11-23T09:00:00.000Z', submittedAt: '2026-11-23T09:40:00.000Z', exportedAt: '2026-11-23T09:41:00.000Z', simStart: '2026-03-09', simSubmitted: '2026-03-10' },
    report: {
      scenarioId: 'cp1-devis-remises', scenarioVersion: 2,
      checks: [check('devis-cree', ['CP1.1'], passed, 2), check('delai-ok', ['CP1.2'], passed, 1)],
      criteria: [
        { id: 'CP1.1', competenceId: 'CP1', checks: ['devis-cree'], rubric: [], earned: passed ? 2 : 0, possible: 2, ratio: passed ? 1 : 0, status: passed ? 'evidenced' : 'notYet' },
        { id: 'CP1.2', competenceId: 'CP1', checks: ['delai-ok'], rubric: ['ton-courriel'], earned: passed ? 1 : 0, possible: 1, ratio: passed ? 1 : 0, status: passed ? 'evidenced' : 'notYet' },
      ],
      competences: [{ id: 'CP1', criteria: ['CP1.1', 'CP1.2'], earned, possible: 3, ratio: earned / 3, status: passed ? 'evidenced' : 'notYet' }],
      automatic: { earned, possible: 3, ratio: earned / 3, passed: passed ? 2 : 0, total: 2 },
      trainer: { items: [{ id: 'ton-courriel', criteria: ['CP1.2'], label: { fr: 'Ton du courriel', en: 'Tone of the e-mail' }, points: 4, status: 'toBeGradedByTrainer' }], points: 4 },
    },
    answers: {},
    journal: { entries: 0, learner: { done: 0, refused: 0 }, commands: {}, scenarioEvents: 0 },
  }
  return { ...content, checksum: await sha256Checksum(content) }
}

async function importFiles(page: Page) {
  const good = JSON.stringify(await resultFile('Zoé Martin', true), null, 2)
  // Tom raised his automatic score by hand: the checksum no longer matches.
  const tom = await resultFile('Tom Triche', false) as { report: { automatic: { earned: number } } }
  tom.report.automatic.earned = 3
  const tampered = JSON.stringify(tom, null, 2)
  await page.getByLabel('Fichiers de résultats des apprenants').setInputFiles([
    { name: 'zoe.json', mimeType: 'application/json', buffer: Buffer.from(good) },
    { name: 'tom-modifie.json', mimeType: 'application/json', buffer: Buffer.from(tampered) },
  ])
  await expect(page.getByTestId('class-import-status')).toHaveText('1 fichier(s) accepté(s), 1 refusé(s).')
}

test('a trainer imports result files, sees the class table, grades a rubric item and exports CSV', async ({ page }) => {
  await openApp(page, '/scenarios/classe')
  await expect(page.getByRole('heading', { level: 1, name: 'Vue de la classe' })).toBeVisible()
  await importFiles(page)

  const table = page.getByTestId('class-table')
  await expect(table.getByRole('row')).toHaveCount(2)
  await expect(table.getByRole('rowheader', { name: /Zoé Martin/ })).toBeVisible()
  await expect(table).not.toContainText('Tom Triche')
  await expect(page.getByTestId('class-refused')).toContainText('tom-modifie.json :')
  await expect(page.getByTestId('cell-Zoé Martin-CP1.1')).toContainText('Mis en évidence')
  await expect(page.getByTestId('cell-Zoé Martin-CP1.2')).toContainText('1 élément(s) à noter')

  const grade = page.getByLabel('Points de « Ton du courriel » pour Zoé Martin (sur 4)')
  await grade.fill('5')
  await grade.press('Enter')
  await expect(page.getByRole('alert').filter({ hasText: 'au plus 4' })).toBeVisible()
  await grade.fill('3')
  await grade.press('Tab')
  await expect(page.getByTestId('cell-Zoé Martin-CP1.2')).toContainText('En partie')
  await expect(page.getByTestId('cell-Zoé Martin-CP1.2')).toContainText('4 / 5')

  expect(await axe(page)).toEqual([])

  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Exporter en CSV (Excel)' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/^comptoir-classe-\d{4}-\d{2}-\d{2}\.csv$/)
  const csv = await readFile((await download.path())!, 'utf8')
  expect(csv.startsWith('\uFEFF')).toBe(true)
  const [header, zoe] = csv.slice(1).split('\r\n')
  expect(header).toContain('Apprenant;Scénario;Version;')
  expect(zoe).toBe('Zoé Martin;Devis avec remises en cascade;2;2026-11-23;100;3 / 4;Mis en évidence;2 / 2;En partie;4 / 5;3')

  // The grade is kept in this browser: after a reload and a new import, it is still there.
  await page.reload()
  await importFiles(page)
  await expect(page.getByLabel('Points de « Ton du courriel » pour Zoé Martin (sur 4)')).toHaveValue('3')
  await expect(page.getByTestId('cell-Zoé Martin-CP1.2')).toContainText('En partie')
})
