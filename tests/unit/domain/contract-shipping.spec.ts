import { describe, expect, it } from 'vitest'
import * as domain from '@/domain'

// The shipping API named by issue 10's brief, copied so `vue-tsc --build` fails if the domain drifts from it.
type ContractIncotermMention = (term: string, place: string) => string
type ContractTransportCo2Grams = (weightGrams: number, distanceKm: number, gramsPerTonneKm: number) => number
type ContractCarriageIssue = (term: string, shippingCents: number | undefined) => 'carriageBilledUnderBuyerRule' | undefined

const incotermMention: ContractIncotermMention = domain.incotermMention
const transportCo2Grams: ContractTransportCo2Grams = domain.transportCo2Grams
const carriageIssue: ContractCarriageIssue = domain.carriageIssue

describe('issue 10 shipping contract', () => {
  it('answers with the worked figures of DOMAIN-FR §6–§7', () => {
    expect(incotermMention('FCA', 'Lyon, entrepôt vendeur')).toBe('FCA Lyon, entrepôt vendeur, Incoterms® 2020')
    // 1 t over 100 km by heavy truck (≈ 80 g per t·km): 8 kg CO₂e.
    expect(transportCo2Grams(1_000_000, 100, 80)).toBe(8_000)
    expect(carriageIssue('EXW', 5_000)).toBe('carriageBilledUnderBuyerRule')
  })
})
