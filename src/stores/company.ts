import { defineStore, storeToRefs } from 'pinia'
import { computed } from 'vue'
import { useWorkspaceStore } from './workspace'
import { useLiveQuery } from '@/composables/use-live-query'
import { NUMBERING_SERIES, type CompanySettings, type NumberingPrefixes } from '@/domain'
import { firstNumberedDocument, readSettings } from '@/commands/company-state'
import type { UpdateSettingsInput } from '@/commands/company'

/** What the page needs to know about the open workspace's company. */
interface CompanyState {
  /** False until the first read of the open workspace. */
  loaded: boolean
  /** Null when the workspace was created before the company was seeded. */
  settings: CompanySettings | null
  /** For each series that already numbered documents, one of their numbers (its prefix is locked). */
  numbered: Partial<Record<keyof NumberingPrefixes, string>>
}

const NOT_LOADED: CompanyState = { loaded: false, settings: null, numbered: {} }

/** The open workspace's company settings, live (a change in another tab shows here too). */
export const useCompanyStore = defineStore('company', () => {
  const workspace = useWorkspaceStore()
  const { db } = storeToRefs(workspace)
  const state = useLiveQuery(db, async (d): Promise<CompanyState> => {
    if (!d) return NOT_LOADED
    const settings = await readSettings(d)
    const numbered: CompanyState['numbered'] = {}
    for (const series of NUMBERING_SERIES) {
      const example = await firstNumberedDocument(d, series)
      if (example) numbered[series] = example
    }
    return { loaded: true, settings, numbered }
  }, NOT_LOADED, workspace.reportStorageError)

  const loaded = computed(() => state.value.loaded)
  const settings = computed(() => state.value.settings)
  const numbered = computed(() => state.value.numbered)
  /** Delegation levels are part of a scenario's exercise: locked during an attempt (DESIGN). */
  const delegationLocked = computed(() => workspace.current?.kind === 'scenario')

  async function update(input: UpdateSettingsInput) {
    // The command carries its zod schema: loaded on first save, not with the first page.
    const { updateCompanySettings } = await import('@/commands/company')
    return workspace.run(updateCompanySettings, input)
  }

  return { loaded, settings, numbered, delegationLocked, update }
})
