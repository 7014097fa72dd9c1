// @vitest-environment happy-dom
/**
 * The learner's progress map: the attempts submitted in this browser's registry, graded, give the
 * 31 professional criteria their status; an attempt not submitted does not count.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import ScenarioProgressPage from '@/pages/ScenarioProgressPage.vue'
import { executeCommand } from '@/commands/command'
import { answerTask, submitAttempt } from '@/commands/scenario'
import { cleanup, mountScenario, startSmallAttempt } from './mount-scenario'

afterEach(cleanup)

describe('ScenarioProgressPage', () => {
  it('says there is nothing yet while no attempt is submitted', async () => {
    const attempt = await startSmallAttempt()
    const { wrapper } = await mountScenario(ScenarioProgressPage, { attempt, path: '/scenarios/progression' })
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.find('[data-testid="progress-empty"]').exists()).toBe(true)
    })
  })

  it('maps the 31 criteria from the submitted attempt', async () => {
    const attempt = await startSmallAttempt()
    const run = (command: Parameters<typeof executeCommand>[1], input: unknown) => executeCommand(attempt.db, command, input)
    expect((await run(answerTask as never, { taskId: 't-montant', value: '123,45' })).ok).toBe(true)
    expect((await run(submitAttempt as never, {})).ok).toBe(true)
    const { wrapper } = await mountScenario(ScenarioProgressPage, { attempt, path: '/scenarios/progression' })
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.find('[data-testid="progress-summary"]').exists()).toBe(true)
    })
    expect(wrapper.findAll('li.progress-tile')).toHaveLength(31)
    // One of the two checks on CP1.1 passed (the answer), the other missed (no tier created): partly.
    expect(wrapper.get('[data-testid="progress-CP1.1"]').text()).toContain('En partie')
    expect(wrapper.get('[data-testid="progress-CP2.1"]').text()).toContain('Pas encore')
    expect(wrapper.get('[data-testid="progress-summary"]').text()).toMatch(/^1 épreuve\(s\) rendue\(s\) : 0 critère\(s\) mis en évidence, 1 en partie, 30 pas encore\.$/)
    expect((wrapper.get('#progress-learner').element as HTMLSelectElement).value).toBe('Léa Petit')
  })
})
