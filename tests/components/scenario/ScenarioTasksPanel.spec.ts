// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import ScenarioTasksPanel from '@/components/scenario/ScenarioTasksPanel.vue'
import { executeCommand } from '@/commands/command'
import { advanceClock } from '@/commands/clock'
import { readAnswers, readAttempt } from '@/commands/scenario-state'
import { cleanup, mountScenario, startSmallAttempt } from './mount-scenario'

afterEach(cleanup)

async function open(language: 'fr' | 'en' = 'fr') {
  const attempt = await startSmallAttempt()
  const mounted = await mountScenario(ScenarioTasksPanel, { attempt, language })
  await vi.waitFor(() => expect(mounted.wrapper.find('[data-testid="scenario-tasks-button"]').exists()).toBe(true))
  return { ...mounted, db: attempt.db }
}

describe('ScenarioTasksPanel: the tasks of the attempt, from the header', () => {
  it('opens on the tasks given so far, with their instructions, and says how many come later', async () => {
    const { wrapper, db } = await open()
    const button = wrapper.get('[data-testid="scenario-tasks-button"]')
    expect(button.text()).toBe('Tâches (2)')
    expect(button.attributes('aria-expanded')).toBe('false')
    expect(wrapper.get('#scenario-tasks-panel').isVisible()).toBe(false)
    await button.trigger('click')
    expect(button.attributes('aria-expanded')).toBe('true')
    const panel = wrapper.get('#scenario-tasks-panel')
    expect(panel.isVisible()).toBe(true)
    expect(panel.findAll('h3').map((h) => h.text())).toEqual(['Le montant dû', 'Le bon délai'])
    expect(panel.get('[data-testid="task-t-montant"]').html()).toContain('<strong>dû</strong>')
    expect(panel.get('[data-testid="tasks-later"]').text()).toBe('D\'autres tâches arriveront avec la date simulée : 1.')
    // The brief is there too, rendered without its HTML.
    expect(panel.find('script').exists()).toBe(false)
    expect(panel.get('details').text()).toContain('<script>alert(1)</script>')

    // Day 2: the third task is given.
    await executeCommand(db, advanceClock, { days: 2 })
    await vi.waitFor(() => expect(button.text()).toBe('Tâches (3)'))
    expect(panel.get('[data-testid="task-t-plus-tard"]').text()).toContain('Donnée le 11/03/2026')
  })

  it('refuses a bad amount under its field and changes nothing; keeps a good one in cents', async () => {
    const { wrapper, db } = await open()
    await wrapper.get('[data-testid="scenario-tasks-button"]').trigger('click')
    const task = wrapper.get('[data-testid="task-t-montant"]')
    await task.get('#answer-t-montant').setValue('cent euros')
    await task.get('form').trigger('submit')
    await vi.waitFor(() => expect(task.find('#answer-t-montant-error').exists()).toBe(true))
    expect(task.get('#answer-t-montant-error').text()).toBe('La réponse à la tâche « Le montant dû » n\'est pas un montant : écrivez par exemple 1 234,56.')
    expect(task.get('#answer-t-montant').attributes('aria-describedby')).toBe('answer-t-montant-error')
    expect(await readAnswers(db)).toEqual({})

    await task.get('#answer-t-montant').setValue('123,45')
    await task.get('form').trigger('submit')
    await vi.waitFor(async () => expect(await readAnswers(db)).toEqual({ 't-montant': 12_345 }))
    await vi.waitFor(() => expect(task.text()).toContain('Réponse enregistrée.'))
    expect(task.find('#answer-t-montant-error').exists()).toBe(false)

    const choice = wrapper.get('[data-testid="task-t-choix"]')
    expect(choice.get('legend').text()).toBe('Choisissez une réponse')
    await choice.get('#answer-t-choix-b').setValue(true)
    await choice.get('form').trigger('submit')
    await vi.waitFor(async () => expect(await readAnswers(db)).toEqual({ 't-montant': 12_345, 't-choix': 'b' }))
  })

  it('submits after a confirmation that counts the questions left unanswered, then goes to the report; read-only afterwards', async () => {
    const { wrapper, db, push } = await open()
    await wrapper.get('[data-testid="scenario-tasks-button"]').trigger('click')
    await wrapper.get('[data-testid="submit-attempt"]').trigger('click')
    await flushPromises()
    const dialog = document.body.querySelector('[role="dialog"]')!
    expect(dialog.textContent).toContain('Rendre l\'épreuve ?')
    expect(dialog.textContent).toContain('Questions encore sans réponse : 2.')
    expect(dialog.textContent).toContain('Tâches pas encore données (date simulée à venir) : 1.')
    const confirm = [...dialog.querySelectorAll('button')].find((b) => b.textContent?.includes('Rendre définitivement'))!
    confirm.click()
    await vi.waitFor(() => expect(push).toHaveBeenCalledWith('/scenarios/rapport'))
    expect(await readAttempt(db)).toMatchObject({ submittedOn: '2026-03-09', submittedAt: expect.any(String) })

    await wrapper.get('[data-testid="scenario-tasks-button"]').trigger('click')
    await vi.waitFor(() => expect(wrapper.find('[data-testid="submit-attempt"]').exists()).toBe(false))
    expect(wrapper.get('#scenario-tasks-panel').text()).toContain('Épreuve rendue (date simulée : 09/03/2026) : lecture seule.')
    expect(wrapper.get('#answer-t-montant').attributes('disabled')).toBeDefined()
    expect(wrapper.find('[data-testid="task-t-montant"] button[type="submit"]').exists()).toBe(false)
  })

  it('speaks English, scenario texts included', async () => {
    const { wrapper } = await open('en')
    const button = wrapper.get('[data-testid="scenario-tasks-button"]')
    expect(button.text()).toBe('Tasks (2)')
    await button.trigger('click')
    expect(wrapper.findAll('#scenario-tasks-panel h3').map((h) => h.text())).toEqual(['The amount due', 'The right term'])
    expect(wrapper.get('[data-testid="task-t-montant"] label').text()).toBe('Your answer (amount in euros)')
  })

  it('folds on Escape and gives the focus back to its button', async () => {
    const { wrapper } = await open()
    const button = wrapper.get('[data-testid="scenario-tasks-button"]')
    await button.trigger('click')
    await flushPromises()
    expect(document.activeElement?.id).toBe('scenario-tasks-title')
    await wrapper.get('#scenario-tasks-panel').trigger('keydown', { key: 'Escape' })
    await flushPromises()
    expect(wrapper.get('#scenario-tasks-panel').isVisible()).toBe(false)
    expect(document.activeElement).toBe(button.element)
  })
})
