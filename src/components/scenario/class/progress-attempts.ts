/**
 * The submitted scenario attempts of this browser, for the learner's progress map: the registry
 * lists the scenario workspaces; each is read and graded as its report page does (read only).
 */
import type { WorkspaceRegistry } from '@/db/workspaces'
import type { ProgressAttempt } from '@/scenario/class-report'

export async function loadSubmittedAttempts(registry: WorkspaceRegistry): Promise<ProgressAttempt[]> {
  const [{ WorkspaceDb }, { gradeWorkspaceAttempt }] = await Promise.all([import('@/db/workspace-db'), import('@/db/scenario-snapshot')])
  const records = (await registry.list()).filter((record) => record.kind === 'scenario')
  const attempts: ProgressAttempt[] = []
  for (const record of records) {
    const db = new WorkspaceDb(record.id)
    try {
      const graded = await gradeWorkspaceAttempt(db)
      if (graded?.attempt.submittedAt) attempts.push({ learnerName: graded.attempt.learnerName, scenarioId: graded.scenario.id, report: graded.report })
    } finally {
      db.close()
    }
  }
  return attempts
}
