import type { WorkspaceDb } from '@/db/workspace-db'
import type { MetaRecord, WorkspaceKind } from '@/db/types'
import type { CompanySettings, NumberingPrefixes } from '@/domain'
import { META_KEYS } from '@/seed/catalog'

/** The company settings of a workspace, or null for a workspace created before the company was seeded. */
export async function readSettings(db: WorkspaceDb): Promise<CompanySettings | null> {
  const record = (await db.meta.get(META_KEYS.settings)) as MetaRecord<CompanySettings> | undefined
  return record?.value ?? null
}

/**
 * The kind of workspace, as its database itself records it: the first journal line (`workspace.seed`)
 * keeps the kind it was created with. The registry is not reachable from inside a command's
 * transaction, and the journal travels with an export, so an imported attempt stays a scenario.
 */
export async function readWorkspaceKind(db: WorkspaceDb): Promise<WorkspaceKind> {
  const seed = await db.journal.where('command').equals('workspace.seed').first()
  return seed?.input.kind === 'scenario' ? 'scenario' : 'practice'
}

const SALES_SERIES = new Set<keyof NumberingPrefixes>(['quote', 'order', 'delivery', 'invoice', 'creditNote', 'downPayment'])

/**
 * A document already numbered in `series`, or undefined when the series has none yet. Stops at the
 * first match, so it stays instant on a 100,000-line company.
 */
export async function firstNumberedDocument(db: WorkspaceDb, series: keyof NumberingPrefixes): Promise<string | undefined> {
  const doc = SALES_SERIES.has(series)
    ? await db.salesDocs.where('type').equals(series).and((d) => Boolean(d.number)).first()
    : await db.purchaseDocs.where('type').equals(series).and((d) => Boolean(d.number)).first()
  return doc?.number
}
