import { defineStore, storeToRefs } from 'pinia'
import { computed } from 'vue'
import { useWorkspaceStore } from './workspace'
import { useLiveQuery } from '@/composables/use-live-query'
import { ATTEMPT_META_KEYS, type AttemptAnswer, type AttemptState } from '@/commands/scenario-state'
import type { MetaRecord } from '@/db/types'
import type { Scenario } from '@/scenario/schema'

/** The open workspace's attempt: its state, the scenario it plays and the answers given so far. */
export interface OpenAttempt {
  attempt: AttemptState
  scenario: Scenario
  answers: Record<string, AttemptAnswer>
}

/**
 * The scenario attempt of the open workspace, live (an answer saved in another tab shows here too),
 * and the learner's actions on it: start, answer, submit, grade. The scenario engine, the commands
 * and the grader load on first use, never with the first page.
 */
export const useScenarioAttemptStore = defineStore('scenarioAttempt', () => {
  const workspace = useWorkspaceStore()
  const { db } = storeToRefs(workspace)
  const open = useLiveQuery(db, async (d): Promise<OpenAttempt | null> => {
    if (!d) return null
    const [attempt, scenario, answers] = (await d.meta.bulkGet([ATTEMPT_META_KEYS.attempt, ATTEMPT_META_KEYS.definition, ATTEMPT_META_KEYS.answers])) as
      [MetaRecord<AttemptState> | undefined, MetaRecord<Scenario> | undefined, MetaRecord<Record<string, AttemptAnswer>> | undefined]
    if (!attempt || !scenario) return null
    return { attempt: attempt.value, scenario: scenario.value, answers: answers?.value ?? {} }
  }, null, workspace.reportStorageError)

  const submitted = computed(() => Boolean(open.value?.attempt.submittedAt))

  /** Starts an attempt in a new workspace and opens it. Throws a `ScenarioStartError` on a scenario that does not fit. */
  async function start(scenario: Scenario, learnerName: string, source: string) {
    const { startScenarioAttempt } = await import('@/db/scenario-attempt')
    const record = await startScenarioAttempt(workspace.registry, scenario, { learnerName, source })
    await workspace.open(record.id)
    return record
  }

  async function answer(taskId: string, value: string | string[] | null) {
    const { answerTask } = await import('@/commands/scenario')
    return workspace.run(answerTask, { taskId, value })
  }

  async function submit() {
    const { submitAttempt } = await import('@/commands/scenario')
    return workspace.run(submitAttempt, {})
  }

  /** Reads and grades the open attempt (undefined outside an attempt). */
  async function grade() {
    if (!db.value) return undefined
    const { gradeWorkspaceAttempt } = await import('@/db/scenario-snapshot')
    return gradeWorkspaceAttempt(db.value)
  }

  /** The result file of the open attempt, graded now. */
  async function resultFile() {
    const graded = await grade()
    if (!graded) return undefined
    const [{ attemptResultFile }, { resultFileName, resultFileText }] = await Promise.all([import('@/db/scenario-snapshot'), import('@/scenario/result-file')])
    const file = await attemptResultFile(graded, new Date().toISOString())
    return { fileName: resultFileName(file), text: resultFileText(file) }
  }

  return { open, submitted, start, answer, submit, grade, resultFile }
})
