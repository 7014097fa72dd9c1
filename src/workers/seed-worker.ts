/// <reference lib="webworker" />
/**
 * Generates the built-in company and writes it into a workspace database off the page's thread (Dexie
 * works in workers), so creating a large company never freezes the page. Posts progress, then
 * `done` or `error`.
 */
import { WorkspaceDb } from '@/db/workspace-db'
import { seedCompany } from '@/db/seed-company'
import { companyStatsCache } from '@/db/stats-cache-records'
import type { SeedRequest, SeedWorkerMessage } from './seed-protocol'

const post = (message: SeedWorkerMessage) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(message)

self.onmessage = async (event: MessageEvent<SeedRequest>) => {
  const { workspaceId, startDate, size } = event.data
  const db = new WorkspaceDb(workspaceId)
  try {
    const { company, records } = await seedCompany(db, startDate, size, (progress) => post({ type: 'progress', ...progress }), { statsCacheOf: companyStatsCache })
    post({ type: 'done', company: company.meta.settings.identity.name, records })
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) })
  } finally {
    db.close()
  }
}
