import { describe, expect, it } from 'vitest'
import { createDuplicateIndex, duplicatesBlocking, findDuplicateTiers, normalizePhone, normalizeTierName, type Tier } from '@/domain'
import { BUILT_IN_CATALOG } from '@/seed/company'

/**
 * Duplicate detection before a tier is created (REAC CP1: keep the customer file up to date — one
 * file per customer): the same SIREN or VAT number is the same legal entity (certain); the same name
 * once normalised, or the same contact email or phone, is probably the same tier.
 */
const tiers = BUILT_IN_CATALOG.tiers
const aubry = tiers.find((t) => t.id === 'C001')!
const probe = (overrides: Partial<Parameters<typeof findDuplicateTiers>[0]>) => ({ name: 'Nouvelle société', contacts: [], ...overrides })

describe('names compared once normalised', () => {
  it('drops accents, case and punctuation, reads & as "et"', () => {
    expect(normalizeTierName('Cabinet AUBRY & Associés')).toBe('cabinet aubry et associes')
    expect(normalizeTierName('Papeteries de l\'Anjou')).toBe('papeteries de lanjou')
    expect(normalizeTierName('Coworking — Les Canuts !')).toBe('coworking les canuts')
  })

  it('leaves out legal forms, with or without dots (SARL, SAS, SA, GmbH, Ltd, S.p.A., B.V., S.à r.l.…)', () => {
    expect(normalizeTierName('Kelvio SAS')).toBe('kelvio')
    expect(normalizeTierName('S.A.R.L. Kelvio')).toBe('kelvio')
    expect(normalizeTierName('Sedia Ergonomica S.p.A.')).toBe('sedia ergonomica')
    expect(normalizeTierName('Amsterdam Flex Offices B.V.')).toBe('amsterdam flex offices')
    expect(normalizeTierName('Fiduciaire Moselle Luxembourg S.à r.l.')).toBe('fiduciaire moselle luxembourg')
    expect(normalizeTierName('SARL')).toBe('')
  })

  it('phones compare on their digits, +33, 0033 and +33 (0) read as a French 0', () => {
    expect(normalizePhone('+33 4 78 55 10 21')).toBe('0478551021')
    expect(normalizePhone('0033 (0)4 78 55 10 21')).toBe('0478551021')
    expect(normalizePhone('+33 (0)4 78 55 10 21')).toBe('0478551021')
    expect(normalizePhone('04.78.55.10.21')).toBe('0478551021')
    expect(normalizePhone('12 34')).toBe('')
  })
})

describe('candidates', () => {
  it('the same SIREN is a certain duplicate, whatever the name', () => {
    expect(findDuplicateTiers(probe({ siren: '867 407 371' }), tiers)).toEqual([
      { tierId: 'C001', name: aubry.name, kind: 'customer', certainty: 'certain', reasons: ['siren'] },
    ])
  })

  it('the same VAT number is a certain duplicate too', () => {
    expect(findDuplicateTiers(probe({ vatNumber: 'de 294 817 365' }), tiers)).toMatchObject([{ tierId: 'C033', certainty: 'certain', reasons: ['vatNumber'] }])
  })

  it('the same normalised name is a probable duplicate', () => {
    expect(findDuplicateTiers(probe({ name: 'CABINET AUBRY ET ASSOCIES SARL' }), tiers)).toEqual([
      { tierId: 'C001', name: aubry.name, kind: 'customer', certainty: 'probable', reasons: ['name'] },
    ])
  })

  it('the same contact email (any case) or phone (any layout) is a probable duplicate', () => {
    const byEmail = findDuplicateTiers(probe({ contacts: [{ firstName: '', lastName: 'X', role: '', language: 'fr', email: 'V.Aubry@Cabinet-Aubry.example' }] }), tiers)
    expect(byEmail).toMatchObject([{ tierId: 'C001', certainty: 'probable', reasons: ['email'] }])
    const byPhone = findDuplicateTiers(probe({ contacts: [{ firstName: '', lastName: 'X', role: '', language: 'fr', phone: '+33 4 78 55 10 21' }] }), tiers)
    expect(byPhone).toMatchObject([{ tierId: 'C001', reasons: ['phone'] }])
  })

  it('lists every reason once, certain candidates first, and finds nothing for a new tier', () => {
    const found = findDuplicateTiers(probe({ name: 'Kelvio', siren: '867407371' }), tiers)
    expect(found.map((c) => [c.tierId, c.certainty])).toEqual([['C001', 'certain'], ['C009', 'probable']])
    const both = findDuplicateTiers(probe({ name: aubry.name, siren: aubry.siren, vatNumber: aubry.vatNumber, contacts: aubry.contacts }), tiers)
    expect(both).toEqual([{ tierId: 'C001', name: aubry.name, kind: 'customer', certainty: 'certain', reasons: ['siren', 'vatNumber', 'name', 'email', 'phone'] }])
    expect(findDuplicateTiers(probe({ name: 'Entreprise inconnue', siren: '732829320' }), tiers)).toEqual([])
  })

  it('leaves out the tier being edited', () => {
    expect(findDuplicateTiers(probe({ name: aubry.name }), tiers, { excludeId: 'C001' })).toEqual([])
  })

  it('an empty name (only a legal form) matches nothing', () => {
    const sarl: Tier = { ...aubry, id: 'X1', name: 'SARL', contacts: [], siren: undefined, vatNumber: undefined }
    expect(createDuplicateIndex([sarl]).find(probe({ name: 'SAS' }))).toEqual([])
  })
})

describe('what blocks a creation', () => {
  const candidates = findDuplicateTiers(probe({ name: 'Kelvio', siren: '867407371' }), tiers)

  it('a certain duplicate always blocks; a probable one until acknowledged', () => {
    expect(duplicatesBlocking(candidates).certain.map((c) => c.tierId)).toEqual(['C001'])
    expect(duplicatesBlocking(candidates).unacknowledged.map((c) => c.tierId)).toEqual(['C009'])
    expect(duplicatesBlocking(candidates, ['C009']).unacknowledged).toEqual([])
  })
})
