// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import ScenarioReportPage from '@/pages/ScenarioReportPage.vue'
import { executeCommand } from '@/commands/command'
import { answerTask, submitAttempt } from '@/commands/scenario'
import { verifyResultFile } from '@/scenario/result-file'
import { cleanup, mountScenario, startSmallAttempt } from './mount-scenario'

afterEach(async () => {
  await cleanup()
  vi.restoreAllMocks()
})

async function submitted(language: 'fr' | 'en' = 'fr') {
  const attempt = await startSmallAttempt()
  await executeCommand(attempt.db, answerTask, { taskId: 't-montant', value: '123,45' })
  await executeCommand(attempt.db, answerTask, { taskId: 't-choix', value: 'a' })
  await executeCommand(attempt.db, submitAttempt, {})
  const mounted = await mountScenario(ScenarioReportPage, { path: '/scenarios/rapport', attempt, language })
  await vi.waitFor(() => expect(mounted.wrapper.find('[data-testid="report-automatic"]').exists()).toBe(true))
  return mounted
}

describe('ScenarioReportPage: the report of a submitted attempt', () => {
  it('gives each check passed or missed with its feedback and evidence, and the scores per criterion and competence', async () => {
    const { wrapper } = await submitted()
    expect(wrapper.get('h1').text()).toBe('Rapport d\'épreuve — Le relevé du client')
    expect(wrapper.get('[data-testid="report-learner"]').text()).toBe('Léa Petit')
    expect(wrapper.get('[data-testid="report-automatic"]').text()).toMatch(/^Vérifications réussies : 1 sur 2 — 1 point\(s\) sur 2 \(50\s%\)\.$/)

    const answer = wrapper.get('[data-testid="check-montant-du"]')
    expect(answer.text()).toContain('Réussie')
    expect(answer.text()).toContain('Réussi.')
    expect(answer.text()).toContain('— Le montant dû')
    expect(answer.get('details').text()).toMatch(/Réponse donnée : 123,45\s€ — attendu : 123,45\s€/)

    const missed = wrapper.get('[data-testid="check-fiche"]')
    expect(missed.text()).toContain('Manquée')
    expect(missed.text()).toContain('Manqué : la règle.')
    expect(missed.text()).toContain('Rien de correspondant n\'a été trouvé.')
    expect(missed.get('details').text()).toContain('Aucune action correspondante dans le journal. (0 examiné(s))')

    const criterion = wrapper.get('[data-testid="criterion-CP1.1"]')
    expect(criterion.text()).toContain('1 / 2')
    expect(criterion.text()).toContain('En partie')
    expect(wrapper.get('[data-testid="criterion-CP3.5"]').text()).toContain('À évaluer par le formateur')
    expect(wrapper.get('[data-testid="report-competences"]').text()).toContain('CP1')
  })

  it('keeps the trainer\'s part apart: listed to be graded, never scored', async () => {
    const { wrapper } = await submitted()
    const trainer = wrapper.get('section[aria-labelledby="title-trainer"]')
    expect(trainer.get('h2').text()).toBe('Partie à évaluer par le formateur')
    expect(trainer.text()).toContain('3 points au total')
    const item = trainer.get('[data-testid="report-rubric"] li')
    expect(item.text()).toContain('Ton de la relance')
    expect(item.text()).toContain('Tâche : La relance')
    expect(item.text()).toContain('À évaluer par le formateur')
    expect(item.text()).toContain('Note : …… / 3')
    expect(wrapper.get('section[aria-labelledby="title-automatic"]').text()).not.toContain('Ton de la relance')
  })

  it('downloads a result file whose checksum verifies, and says what the checksum is not', async () => {
    const { wrapper } = await submitted()
    expect(wrapper.text()).toContain('Ce n\'est pas une preuve contre une personne décidée à tricher')
    const blobs: Blob[] = []
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => { blobs.push(blob as Blob); return 'blob:result' })
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined)
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined)
    await wrapper.get('[data-testid="download-result"]').trigger('click')
    await vi.waitFor(() => expect(blobs).toHaveLength(1))
    expect(click).toHaveBeenCalled()
    const checked = await verifyResultFile(await blobs[0]!.text())
    expect(checked).toMatchObject({ ok: true, file: { learner: { name: 'Léa Petit' }, scenario: { id: 'test-scenario' }, answers: { 't-montant': 12_345, 't-choix': 'a' } } })
  })

  it('in English', async () => {
    const { wrapper } = await submitted('en')
    expect(wrapper.get('[data-testid="report-automatic"]').text()).toBe('Checks passed: 1 of 2 — 1 point(s) of 2 (50%).')
    expect(wrapper.get('[data-testid="check-fiche"]').text()).toContain('Missed: the rule.')
    expect(wrapper.get('section[aria-labelledby="title-trainer"] h2').text()).toBe('Part to be graded by the trainer')
  })

  it('waits for the submission before showing a report', async () => {
    const attempt = await startSmallAttempt()
    const { wrapper } = await mountScenario(ScenarioReportPage, { path: '/scenarios/rapport', attempt })
    await vi.waitFor(() => expect(wrapper.text()).toContain('L\'épreuve est en cours : le rapport s\'affiche une fois l\'épreuve rendue'))
    expect(wrapper.find('[data-testid="report-automatic"]').exists()).toBe(false)
  })
})
