import { computed, ref, watch, type Ref } from 'vue'
import type { CompanySettings, SettingsIssue } from '@/domain'
import type { CommandResult } from '@/commands/command'
import type { UpdateSettingsInput, UpdateSettingsResult } from '@/commands/company'
import type { Reason } from '@/db/types'

/** How a section's forms save: the page passes the company store's `update`. */
export type SaveSettings = (input: UpdateSettingsInput) => Promise<CommandResult<UpdateSettingsResult>>

/** What the last save of a section did, shown under its button. */
export type SaveOutcome = { ok: true; changed: number } | { ok: false; reason: Reason }

/**
 * The editable copy of one section of the settings. The copy is reset from the stored settings only
 * when *this* section's stored value changes, so saving one section never wipes what is being typed
 * in another. `issues` are the domain's rules on the copy, live, for the messages under the fields.
 */
export function useSectionForm<M>(options: {
  settings: () => CompanySettings | null
  slice: (settings: CompanySettings) => unknown
  toModel: (settings: CompanySettings | null) => M
  toInput: (model: M) => UpdateSettingsInput
  check: (input: UpdateSettingsInput) => SettingsIssue[]
  save: () => SaveSettings
}) {
  const model = ref(options.toModel(options.settings())) as Ref<M>
  watch(
    () => { const s = options.settings(); return s ? JSON.stringify(options.slice(s)) : null },
    () => { model.value = options.toModel(options.settings()) },
  )
  const issues = computed(() => options.check(options.toInput(model.value)))
  const saving = ref(false)
  const outcome = ref<SaveOutcome | null>(null)

  const issuesOf = (field: string) => issues.value.filter((i) => i.field === field)

  /** Runs the command whatever the inline checks say: a refusal is journaled and explained too. */
  async function submit() {
    if (saving.value) return
    saving.value = true
    outcome.value = null
    try {
      const result = await options.save()(options.toInput(model.value))
      outcome.value = result.ok ? { ok: true, changed: result.value.changed.length } : { ok: false, reason: result.reason }
    } finally {
      saving.value = false
    }
  }

  return { model, issues, issuesOf, saving, outcome, submit }
}
