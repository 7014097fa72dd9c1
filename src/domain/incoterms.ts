/**
 * Incoterms® 2020 (ICC; DOMAIN-FR §6): for each of the 11 rules, the modes it fits, who pays the
 * main carriage, who clears export and import, where the risk passes and whether the seller must
 * insure (only CIF, Institute Cargo Clauses (C), and CIP, Clauses (A), at least 110 % of the value).
 * A document names the rule, the place and the version: "FCA Lyon, entrepôt vendeur, Incoterms® 2020".
 */
import { DomainInputError } from './errors'
import type { IncotermClause } from './model'
import { divideRounded } from './rounding'

export type IncotermRule = IncotermClause['term']

/** Where the risk passes from the seller to the buyer (i18n key suffix). */
export type RiskPoint =
  | 'sellerPremises' | 'handoverToCarrier' | 'firstCarrier' | 'destinationReadyForUnloading' | 'destinationUnloaded'
  | 'destination' | 'alongsideShip' | 'onBoardShipment'

/** One rule of the table. */
export interface IncotermInfo {
  term: IncotermRule
  /** 'any' mode of transport, or sea and inland waterway only. */
  mode: 'any' | 'sea'
  /** The seller contracts and pays the main carriage (C and D rules). */
  sellerPaysMainCarriage: boolean
  sellerClearsExport: boolean
  sellerClearsImport: boolean
  /** The seller unloads at destination (DPU only). */
  sellerUnloads: boolean
  /** Insurance the seller must buy: CIP (Clauses A), CIF (Clauses C); none for the other rules. */
  insurance?: 'clausesA' | 'clausesC'
  riskPasses: RiskPoint
}

const row = (term: IncotermRule, mode: 'any' | 'sea', carriage: boolean, riskPasses: RiskPoint, extra: Partial<IncotermInfo> = {}): IncotermInfo => ({
  term, mode, sellerPaysMainCarriage: carriage, sellerClearsExport: term !== 'EXW', sellerClearsImport: false, sellerUnloads: false, riskPasses, ...extra,
})

/** The 11 rules of Incoterms® 2020, in the ICC's order (DOMAIN-FR §6 table). */
export const INCOTERMS: readonly IncotermInfo[] = [
  row('EXW', 'any', false, 'sellerPremises'),
  row('FCA', 'any', false, 'handoverToCarrier'),
  row('CPT', 'any', true, 'firstCarrier'),
  row('CIP', 'any', true, 'firstCarrier', { insurance: 'clausesA' }),
  row('DAP', 'any', true, 'destinationReadyForUnloading'),
  row('DPU', 'any', true, 'destinationUnloaded', { sellerUnloads: true }),
  row('DDP', 'any', true, 'destination', { sellerClearsImport: true }),
  row('FAS', 'sea', false, 'alongsideShip'),
  row('FOB', 'sea', false, 'onBoardShipment'),
  row('CFR', 'sea', true, 'onBoardShipment'),
  row('CIF', 'sea', true, 'onBoardShipment', { insurance: 'clausesC' }),
]

/** Minimum insured value under CIF and CIP: 110 % of the goods' value (Incoterms® 2020 A5). */
export const INCOTERM_MIN_INSURANCE_PERCENT = 110

/**
 * The table row of a rule.
 * @throws DomainInputError `outOfRange` on `term` when it is not one of the 11 rules.
 */
export function incotermInfo(term: string): IncotermInfo {
  const found = INCOTERMS.find((info) => info.term === term)
  if (!found) throw new DomainInputError('term', 'outOfRange', term)
  return found
}

/**
 * The clause as printed: rule, named place, version — "FCA Lyon, entrepôt vendeur, Incoterms® 2020"
 * (DOMAIN-FR §6: an Incoterm without its place and version is ambiguous).
 * @throws DomainInputError on an unknown rule or an empty place.
 */
export function incotermMention(term: string, place: string): string {
  const info = incotermInfo(term)
  const named = place.trim().replace(/\s+/g, ' ')
  if (!named) throw new DomainInputError('place', 'invalidType', place)
  return `${info.term} ${named}, Incoterms® 2020`
}

/** Who bears the main carriage under a rule: the seller (C and D rules) or the buyer (E and F rules). */
export function mainCarriagePaidBy(term: string): 'seller' | 'buyer' {
  return incotermInfo(term).sellerPaysMainCarriage ? 'seller' : 'buyer'
}

/**
 * Whether a carriage charge on the seller's document agrees with the rule. Under EXW, FCA, FAS and
 * FOB the buyer contracts and pays the main carriage: the seller bills none (`carriageBilledToBuyer`).
 * Under the C and D rules the seller pays it (in its price or as a carriage line): no issue.
 */
export function carriageIssue(term: string, shippingCents: number | undefined): 'carriageBilledUnderBuyerRule' | undefined {
  return !incotermInfo(term).sellerPaysMainCarriage && (shippingCents ?? 0) > 0 ? 'carriageBilledUnderBuyerRule' : undefined
}

/**
 * Minimum insured amount under CIF or CIP: 110 % of the value, in cents, rounded half-up; 0 under
 * the rules that put no insurance on the seller.
 * @throws DomainInputError when the value is not a non-negative whole number of cents.
 */
export function minimumInsuranceCents(term: string, valueCents: number): number {
  if (!Number.isInteger(valueCents)) throw new DomainInputError('valueCents', 'notInteger', valueCents)
  if (valueCents < 0) throw new DomainInputError('valueCents', 'negative', valueCents)
  if (!incotermInfo(term).insurance) return 0
  return Number(divideRounded(BigInt(valueCents) * BigInt(INCOTERM_MIN_INSURANCE_PERCENT), 100n))
}
