import { RegistryDb } from '@/db/registry-db'
import { WorkspaceRegistry, type CompanySizeChoice } from '@/db/workspaces'
import { WorkspaceDb } from '@/db/workspace-db'

let counter = 0

/** A fixed wall clock, so journal stamps are predictable. */
export const FIXED_NOW = () => new Date('2026-11-23T09:00:00.000Z')

/**
 * A registry in its own fake-indexeddb database, so test files never see each other's workspaces.
 * Its workspaces start without the built-in company (tests bring their own fixtures) unless told.
 */
export function makeRegistry(defaultCompanySize: CompanySizeChoice = 'none'): WorkspaceRegistry {
  counter += 1
  return new WorkspaceRegistry(new RegistryDb(`test-registry-${counter}-${Math.random().toString(36).slice(2)}`), FIXED_NOW, defaultCompanySize)
}

/** A seeded free-practice workspace whose simulated clock starts on `startDate`. */
export async function makeWorkspace(startDate = '2026-03-02', name = 'Atelier test') {
  const registry = makeRegistry()
  const record = await registry.create({ name, startDate })
  const db = new WorkspaceDb(record.id)
  return { registry, record, db }
}
