import { describe, expect, it } from 'vitest'
import { addCompanyIfMissing } from '@/db/workspaces'
import { WorkspaceDb } from '@/db/workspace-db'
import { META_KEYS } from '@/seed/catalog'
import { makeWorkspace } from '../../factories/workspace'

// An app update must bring an existing free-practice workspace the company a new one gets.
describe('addCompanyIfMissing', () => {
  it('adds the built-in company to an empty practice workspace once, keeping what the learner did', async () => {
    const { record, db } = await makeWorkspace('2026-03-02')
    await db.meta.put({ key: 'learner-note', value: 'kept' })
    expect(await addCompanyIfMissing(db, { ...record, companySize: 'standard' }, '2026-11-23T10:00:00Z')).toBe(true)
    expect(await db.meta.get(META_KEYS.settings)).toBeDefined()
    expect(await db.tiers.count()).toBeGreaterThan(40)
    expect(await db.salesDocs.where('type').equals('invoice').count()).toBeGreaterThan(100)
    expect((await db.meta.get('learner-note'))?.value).toBe('kept')
    const last = await db.journal.orderBy('seq').last()
    expect(last).toMatchObject({ command: 'workspace.addCompany', simDate: '2026-03-02', outcome: 'done' })
    // A second opening changes nothing.
    const count = await db.salesDocs.count()
    expect(await addCompanyIfMissing(db, { ...record, companySize: 'standard' }, '2026-11-23T10:05:00Z')).toBe(false)
    expect(await db.salesDocs.count()).toBe(count)
  })

  it('leaves a scenario attempt and a deliberately empty workspace alone', async () => {
    const { record, db } = await makeWorkspace()
    expect(await addCompanyIfMissing(db, { ...record, kind: 'scenario', companySize: 'standard' }, 'x')).toBe(false)
    expect(await addCompanyIfMissing(db, { ...record, companySize: 'none' }, 'x')).toBe(false)
    const fresh = new WorkspaceDb(record.id)
    expect(await fresh.tiers.count()).toBe(0)
    fresh.close()
  })
})
