// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import ScenarioEvidence from '@/components/scenario/ScenarioEvidence.vue'
import type { Evidence } from '@/scenario/grader'
import type { Scenario } from '@/scenario/schema'
import { mountWithApp } from '../../factories/mount'

const scenario = { tasks: [] } as unknown as Scenario

describe('ScenarioEvidence: a refusal found in the journal', () => {
  it('shows the refusal with its figures, never a raw {{…}} placeholder', async () => {
    const evidence: Evidence = {
      kind: 'journal', seq: 4, command: 'sales.addLine', simDate: '2026-03-09', outcome: 'refused',
      reason: 'sales.errors.inactiveProduct', reasonValues: { reference: 'CH-ERGO-01' },
    }
    const wrapper = await mountWithApp(ScenarioEvidence, { props: { evidence, scenario } })
    expect(wrapper.text()).toContain('L\'article CH-ERGO-01 n\'est plus vendu')
    expect(wrapper.text()).not.toContain('{{')
  })
})
