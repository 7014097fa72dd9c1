/** Incoterms® 2020 (DOMAIN-FR §6): the table, the mention on documents, carriage and insurance. */
import { describe, expect, it } from 'vitest'
import { carriageIssue, incotermInfo, incotermMention, mainCarriagePaidBy, minimumInsuranceCents, INCOTERMS, INCOTERMS_2020 } from '@/domain'

describe('Incoterms® 2020 table (DOMAIN-FR §6)', () => {
  it('has the 11 rules, the four sea-only ones last', () => {
    expect(INCOTERMS.map((i) => i.term)).toEqual([...INCOTERMS_2020])
    expect(INCOTERMS.filter((i) => i.mode === 'sea').map((i) => i.term)).toEqual(['FAS', 'FOB', 'CFR', 'CIF'])
  })
  it('puts the main carriage on the seller under the C and D rules only', () => {
    expect(INCOTERMS.filter((i) => i.sellerPaysMainCarriage).map((i) => i.term)).toEqual(['CPT', 'CIP', 'DAP', 'DPU', 'DDP', 'CFR', 'CIF'])
    expect(mainCarriagePaidBy('FCA')).toBe('buyer')
    expect(mainCarriagePaidBy('DAP')).toBe('seller')
  })
  it('passes the risk where the table says: CPT on handover to the first carrier, CFR on board at the port of shipment', () => {
    expect(incotermInfo('CPT').riskPasses).toBe('firstCarrier')
    expect(incotermInfo('CFR').riskPasses).toBe('onBoardShipment')
    expect(incotermInfo('EXW').riskPasses).toBe('sellerPremises')
    expect(incotermInfo('DPU')).toMatchObject({ riskPasses: 'destinationUnloaded', sellerUnloads: true })
  })
  it('makes the buyer clear export under EXW only, and the seller clear import under DDP only', () => {
    expect(INCOTERMS.filter((i) => !i.sellerClearsExport).map((i) => i.term)).toEqual(['EXW'])
    expect(INCOTERMS.filter((i) => i.sellerClearsImport).map((i) => i.term)).toEqual(['DDP'])
  })
  it('obliges the seller to insure under CIP (Clauses A) and CIF (Clauses C) only', () => {
    expect(INCOTERMS.filter((i) => i.insurance).map((i) => [i.term, i.insurance])).toEqual([['CIP', 'clausesA'], ['CIF', 'clausesC']])
  })
})

describe('incotermMention: rule, named place, version', () => {
  it('writes "FCA Lyon, entrepôt vendeur, Incoterms® 2020"', () => {
    expect(incotermMention('FCA', '  Lyon,   entrepôt vendeur ')).toBe('FCA Lyon, entrepôt vendeur, Incoterms® 2020')
  })
  it('refuses an unknown rule or an empty place, naming the field', () => {
    expect(() => incotermMention('DAT', 'Lyon')).toThrow(expect.objectContaining({ field: 'term' }))
    expect(() => incotermMention('DAP', '  ')).toThrow(expect.objectContaining({ field: 'place' }))
  })
})

describe('carriage follows the rule', () => {
  it('flags carriage billed by the seller under EXW, FCA, FAS, FOB', () => {
    expect(carriageIssue('EXW', 12_000)).toBe('carriageBilledUnderBuyerRule')
    expect(carriageIssue('FCA', 1)).toBe('carriageBilledUnderBuyerRule')
    expect(carriageIssue('FCA', 0)).toBeUndefined()
    expect(carriageIssue('CPT', 12_000)).toBeUndefined()
  })
  it('insures at least 110 % of the value under CIF and CIP, rounded half-up; nothing elsewhere', () => {
    expect(minimumInsuranceCents('CIP', 1_234_505)).toBe(1_357_956) // 13 579.555 € → 13 579.56 €
    expect(minimumInsuranceCents('CIF', 100_000)).toBe(110_000)
    expect(minimumInsuranceCents('DAP', 100_000)).toBe(0)
    expect(() => minimumInsuranceCents('CIF', 1.5)).toThrow(expect.objectContaining({ field: 'valueCents' }))
  })
})
