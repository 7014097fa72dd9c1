import { describe, expect, it } from 'vitest'
import {
  ACOM, ACOM_COMPETENCES, ACOM_CRITERIA, ACOM_PROFESSIONAL_COMPETENCES, OTHER_REFERENTIALS, acomCompetence, acomCriterion, isAcomCriterion, isKnownBlock,
} from '@/scenario/referentials'

describe('ACom 2025 referential (REAC TP-01285)', () => {
  it('has the 8 professional competences CP1…CP8 and the 3 transversal ones CT1…CT3', () => {
    expect(ACOM.code).toBe('TP-01285')
    expect(ACOM_PROFESSIONAL_COMPETENCES.map((c) => c.id)).toEqual(['CP1', 'CP2', 'CP3', 'CP4', 'CP5', 'CP6', 'CP7', 'CP8'])
    expect(ACOM.transversal.map((c) => c.id)).toEqual(['CT1', 'CT2', 'CT3'])
  })

  it('gives every competence its criteria, numbered under the competence id', () => {
    for (const competence of ACOM_COMPETENCES) {
      expect(competence.criteria.length, competence.id).toBeGreaterThan(0)
      competence.criteria.forEach((criterion, index) => {
        expect(criterion.id).toBe(`${competence.id}.${index + 1}`)
        expect(criterion.label.trim().length).toBeGreaterThan(10)
      })
    }
  })

  it('counts 31 professional criteria and 5 transversal ones, with unique ids', () => {
    expect(ACOM_CRITERIA.filter((c) => !c.transversal)).toHaveLength(31)
    expect(ACOM_CRITERIA.filter((c) => c.transversal)).toHaveLength(5)
    const ids = ACOM_CRITERIA.map((c) => c.id)
    expect(new Set(ids).size).toBe(ids.length)
    const competenceIds = ACOM_COMPETENCES.map((c) => c.id)
    expect(new Set(competenceIds).size).toBe(competenceIds.length)
  })

  it('looks criteria and competences up by id', () => {
    expect(acomCriterion('CP4.1')).toMatchObject({ competenceId: 'CP4', transversal: false })
    expect(acomCriterion('CP4.1')?.label).toMatch(/encours/)
    expect(acomCriterion('CT2.2')).toMatchObject({ competenceId: 'CT2', transversal: true })
    expect(acomCriterion('CP9.1')).toBeUndefined()
    expect(isAcomCriterion('CP1.4')).toBe(true)
    expect(isAcomCriterion('CP1.5')).toBe(false)
    expect(acomCompetence('CP3')?.title).toMatch(/anglais/)
  })

  it('knows the blocks of RNCP 6568 and ASCOM', () => {
    expect(OTHER_REFERENTIALS['rncp-6568'].blocks.map((b) => b.id)).toEqual(['B1', 'B2', 'B3'])
    expect(OTHER_REFERENTIALS.ascom.blocks.map((b) => b.id)).toEqual(['B1', 'B2', 'B3'])
    expect(isKnownBlock('ascom', 'B2')).toBe(true)
    expect(isKnownBlock('rncp-6568', 'B4')).toBe(false)
  })
})
