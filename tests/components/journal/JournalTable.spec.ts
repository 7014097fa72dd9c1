// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import JournalTable from '@/components/journal/JournalTable.vue'
import type { JournalEntry } from '@/db/types'
import { mountWithApp } from '../../factories/mount'

const entries: JournalEntry[] = [
  { seq: 3, command: 'clock.advance', simDate: '2026-03-03', wallTime: '2026-11-23T09:02:00Z', actor: { kind: 'learner' }, input: { days: 0 }, outcome: 'refused', reason: { key: 'command.invalid.too_small', values: { field: 'days', minimum: 1 } } },
  { seq: 2, command: 'clock.advance', simDate: '2026-03-02', wallTime: '2026-11-23T09:01:00Z', actor: { kind: 'learner' }, input: { days: 1 }, outcome: 'done', result: { to: '2026-03-03' } },
  { seq: 1, command: 'workspace.seed', simDate: '2026-03-02', wallTime: '2026-11-23T09:00:00Z', actor: { kind: 'system' }, input: {}, outcome: 'done' },
]

describe('JournalTable', () => {
  it('shows each entry with its translated action, French date and the refusal reason in words', async () => {
    const wrapper = await mountWithApp(JournalTable, { props: { entries } })
    const rows = wrapper.findAll('tbody tr')
    expect(rows).toHaveLength(3)
    expect(rows[0]!.text()).toContain('03/03/2026')
    expect(rows[0]!.text()).toContain('Avancer la date simulée')
    expect(rows[0]!.text()).toContain('Refusée')
    expect(rows[0]!.text()).toContain('Saisie incorrecte : le champ « Nombre de jours » doit valoir au moins 1.')
    expect(rows[2]!.text()).toContain('Création de l\'espace de travail')
  })

  it('filters by free text across action, input and detail', async () => {
    const wrapper = await mountWithApp(JournalTable, { props: { entries } })
    await wrapper.find('input[type="search"]').setValue('création')
    const rows = wrapper.findAll('tbody tr')
    expect(rows).toHaveLength(1)
    expect(rows[0]!.text()).toContain('Système')
  })

  it('speaks English when the learner switched', async () => {
    const wrapper = await mountWithApp(JournalTable, { props: { entries } }, 'en')
    expect(wrapper.text()).toContain('Move the simulated date forward')
    expect(wrapper.text()).toContain('Invalid entry: the field “Number of days” must be at least 1.')
  })
})
